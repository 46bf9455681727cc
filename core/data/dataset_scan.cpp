#include "data/dataset_scan.h"

#include "common/logging.h"
#include "common/progress.h"
#include "data/scan_context.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <map>

namespace nexvitad::data {

namespace {
int splitOrder(const Split &s)
{
    return s.kind == SplitKind::TrainGood ? 0 : (s.kind == SplitKind::TestGood ? 1 : 2);
}

void addToManifest(Manifest &m, const Candidate &c, ImageEntry entry)
{
    auto cls = std::find_if(m.classes.begin(), m.classes.end(),
                            [&](const ClassEntry &e) { return e.name == c.className; });
    if (cls == m.classes.end()) {
        m.classes.push_back({c.className, {}});
        cls = m.classes.end() - 1;
    }
    auto split = std::find_if(cls->splits.begin(), cls->splits.end(), [&](const Split &s) {
        return s.kind == c.kind && s.defectType == c.defectType;
    });
    if (split == cls->splits.end()) {
        cls->splits.push_back({c.kind, c.defectType, {}});
        split = cls->splits.end() - 1;
    }
    split->images.push_back(std::move(entry));
}

void sortManifest(Manifest &m)
{
    std::sort(m.classes.begin(), m.classes.end(),
              [](const ClassEntry &a, const ClassEntry &b) { return a.name < b.name; });
    for (ClassEntry &c : m.classes) {
        std::sort(c.splits.begin(), c.splits.end(), [](const Split &a, const Split &b) {
            return std::make_pair(splitOrder(a), a.defectType)
                   < std::make_pair(splitOrder(b), b.defectType);
        });
        for (Split &s : c.splits)
            std::sort(s.images.begin(), s.images.end(),
                      [](const ImageEntry &a, const ImageEntry &b) { return a.path < b.path; });
    }
}

// The same bytes in two places: a test image that is also a training image inflates every
// metric, so it is worth a warning even within one split.
void reportDuplicates(ScanContext &ctx, const Manifest &m)
{
    std::map<QByteArray, QByteArray> firstSeen; // sha1 -> path
    for (const ClassEntry &c : m.classes)
        for (const Split &s : c.splits)
            for (const ImageEntry &e : s.images) {
                if (e.sha1.isEmpty())
                    continue;
                const auto [it, fresh] = firstSeen.emplace(e.sha1, e.path);
                if (!fresh)
                    ctx.report(Severity::Warning, QStringLiteral("duplicate-image"), e.path,
                               ScanText::tr("same content as %1").arg(displayName(it->second)));
            }
}

// Classes that had candidates but kept no image, and split-level gaps worth a warning.
void reportClassGaps(ScanContext &ctx, const Manifest &m, const std::vector<Candidate> &all)
{
    std::map<QString, QByteArray> classFolders; // class -> folder, for messages
    for (const Candidate &c : all) {
        const int cut = c.path.indexOf('/');
        classFolders.emplace(c.className, m.layout == Layout::MvtecRoot ? c.path.left(cut)
                                                                          : QByteArray());
    }
    for (const auto &[name, folder] : classFolders) {
        const ClassEntry *cls = m.findClass(name);
        if (!cls)
            ctx.report(Severity::Error, QStringLiteral("class-unusable"), folder,
                       ScanText::tr("no usable image is left in the class '%1' (see the errors "
                                    "above)").arg(name));
        else if (!cls->find(SplitKind::TestGood) && cls->defectTypes().isEmpty())
            ctx.report(Severity::Warning, QStringLiteral("no-test-images"), folder,
                       ScanText::tr("the class '%1' has no test images: it cannot be evaluated")
                           .arg(name));
    }
}
} // namespace

Manifest scanDataset(const QString &root, const ScanOptions &options, Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    ScanContext ctx(root, options);
    Manifest m;
    m.root = ctx.root();
    progress.setStage(ScanText::tr("Listing the dataset folders"));
    if (!ctx.isFolder({})) {
        ctx.report(Severity::Error, QStringLiteral("root-missing"), {},
                   ScanText::tr("the dataset folder %1 does not exist or is not a folder")
                       .arg(ctx.root()));
        m.problems = ctx.takeProblems();
        return m;
    }
    m.layout = options.layout == Layout::Unknown ? detectLayout(ctx) : options.layout;
    switch (m.layout) {
    case Layout::MvtecRoot: readMvtecRoot(ctx); break;
    case Layout::MvtecClass: readMvtecClass(ctx, {}, QFileInfo(ctx.root()).fileName()); break;
    case Layout::Folder: readFolderLayout(ctx); break;
    case Layout::Unknown:
        ctx.report(Severity::Error, QStringLiteral("unknown-layout"), {},
                   ScanText::tr("unknown dataset layout: expected MVTec AD (<class>/train/good, "
                                "<class>/test/<defect>, <class>/ground_truth/<defect>), one "
                                "MVTec AD class (train/, test/), or the Folder layout (good/ "
                                "and bad/ folders, optional mask/)"));
        break;
    }

    progress.setStage(ScanText::tr("Checking images"));
    const auto total = static_cast<qint64>(ctx.candidates.size());
    for (qint64 i = 0; i < total; ++i) {
        progress.throwIfCanceled();
        const Candidate &c = ctx.candidates[static_cast<std::size_t>(i)];
        ImageEntry entry;
        if (checkCandidate(ctx, c, &entry))
            addToManifest(m, c, std::move(entry));
        progress.report(i + 1, total);
    }
    sortManifest(m);
    reportDuplicates(ctx, m);
    reportClassGaps(ctx, m, ctx.candidates);
    m.problems = ctx.takeProblems();
    qCDebug(lcData).noquote() << "scanned" << m.root << ":" << total << "images,"
                             << m.problems.size() << "problems in" << timer.elapsed() << "ms";
    return m;
}

} // namespace nexvitad::data
