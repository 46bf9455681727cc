#include "data/manifest_summary.h"

#include <QJsonArray>

namespace nexvitad::data {

ManifestSummary summarize(const Manifest &manifest)
{
    ManifestSummary s;
    for (const ClassEntry &c : manifest.classes) {
        ClassSummary cs;
        cs.name = c.name;
        for (const Split &split : c.splits) {
            const int n = static_cast<int>(split.images.size());
            cs.splits.emplace_back(split.name(), n);
            cs.images += n;
            (split.kind == SplitKind::TrainGood
                 ? s.trainGood
                 : (split.kind == SplitKind::TestGood ? s.testGood : s.testDefect)) += n;
            for (const ImageEntry &e : split.images) {
                cs.masks += e.maskPath.isEmpty() ? 0 : 1;
                ++s.sizes[QStringLiteral("%1x%2").arg(e.width).arg(e.height)];
            }
        }
        s.images += cs.images;
        s.masks += cs.masks;
        s.classes.push_back(std::move(cs));
    }
    s.errors = manifest.problemCount(Severity::Error);
    s.warnings = manifest.problemCount(Severity::Warning);
    s.notes = manifest.problemCount(Severity::Note);
    return s;
}

QJsonObject toJson(const ManifestSummary &s)
{
    QJsonArray classes;
    for (const ClassSummary &c : s.classes) {
        QJsonObject splits;
        for (const auto &[name, n] : c.splits)
            splits.insert(name, n);
        classes.append(QJsonObject{{QStringLiteral("name"), c.name},
                                   {QStringLiteral("images"), c.images},
                                   {QStringLiteral("masks"), c.masks},
                                   {QStringLiteral("splits"), splits}});
    }
    QJsonObject sizes;
    for (const auto &[size, n] : s.sizes)
        sizes.insert(size, n);
    return QJsonObject{{QStringLiteral("classes"), classes},
                       {QStringLiteral("images"), s.images},
                       {QStringLiteral("train_good"), s.trainGood},
                       {QStringLiteral("test_good"), s.testGood},
                       {QStringLiteral("test_defect"), s.testDefect},
                       {QStringLiteral("masks"), s.masks},
                       {QStringLiteral("sizes"), sizes},
                       {QStringLiteral("errors"), s.errors},
                       {QStringLiteral("warnings"), s.warnings},
                       {QStringLiteral("notes"), s.notes}};
}

} // namespace nexvitad::data
