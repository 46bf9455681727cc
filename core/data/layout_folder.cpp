// anomalib's Folder layout (a normal folder, an abnormal folder, optional mask and
// normal-test folders) and the layout detection for all layouts.

#include "data/image_header.h"
#include "data/scan_context.h"

#include <QFileInfo>

#include <cmath>
#include <map>

namespace nexvitad::data {

namespace {
const QStringList kNormalNames = {QStringLiteral("good"), QStringLiteral("normal"),
                                  QStringLiteral("ok"), QStringLiteral("nominal")};
const QStringList kAbnormalNames = {
    QStringLiteral("bad"),     QStringLiteral("defect"),    QStringLiteral("defects"),
    QStringLiteral("abnormal"), QStringLiteral("anomaly"),  QStringLiteral("anomalous"),
    QStringLiteral("ng"),      QStringLiteral("defective")};
const QStringList kMaskNames = {QStringLiteral("mask"), QStringLiteral("masks"),
                                QStringLiteral("ground_truth"), QStringLiteral("gt")};
const QStringList kNormalTestNames = {QStringLiteral("good_test"), QStringLiteral("test_good"),
                                      QStringLiteral("normal_test"), QStringLiteral("test_normal")};

// The first root sub-folder whose name (any case) is in `names`.
QString findFolder(const ScanContext &ctx, const QStringList &names)
{
    for (const QString &n : names)
        for (const QString &variant : {n, n.toUpper(), n.at(0).toUpper() + n.mid(1)})
            if (ctx.isFolder(variant.toUtf8()))
                return variant;
    return {};
}

Candidate candidate(const QString &className, SplitKind kind, const QString &type,
                    const QByteArray &path)
{
    Candidate c;
    c.className = className;
    c.kind = kind;
    c.defectType = type;
    c.path = path;
    return c;
}

// The mask of abnormal image <sub>/<stem>.* in the mask folder: <sub>/<stem>.* or
// <sub>/<stem>_mask.*.
std::map<QByteArray, QByteArray> masksOf(ScanContext &ctx, const QByteArray &maskDir)
{
    std::map<QByteArray, QByteArray> masks;
    std::vector<QByteArray> dirs{maskDir};
    for (std::size_t i = 0; i < dirs.size() && i < 64; ++i)
        for (const DirEntry &e : ctx.list(dirs[i])) {
            const QByteArray rel = joinPath(dirs[i], e.name);
            if (e.kind == DirEntry::Kind::Folder) {
                dirs.push_back(rel);
                continue;
            }
            QByteArray key = fileStem(rel.mid(maskDir.size() + 1));
            if (key.endsWith("_mask"))
                key.chop(5);
            masks.emplace(key, rel);
        }
    return masks;
}
} // namespace

bool detectFolderSpec(const ScanContext &ctx, FolderLayoutSpec *spec)
{
    if (spec->normalDir.isEmpty())
        spec->normalDir = findFolder(ctx, kNormalNames);
    if (spec->normalDir.isEmpty())
        return false;
    if (spec->abnormalDir.isEmpty())
        spec->abnormalDir = findFolder(ctx, kAbnormalNames);
    if (spec->maskDir.isEmpty())
        spec->maskDir = findFolder(ctx, kMaskNames);
    if (spec->normalTestDir.isEmpty())
        spec->normalTestDir = findFolder(ctx, kNormalTestNames);
    if (spec->className.isEmpty())
        spec->className = QFileInfo(ctx.root()).fileName();
    return true;
}

Layout detectLayout(const ScanContext &ctx)
{
    if (ctx.isFolder("train") || ctx.isFolder("test"))
        return Layout::MvtecClass;
    std::vector<DirEntry> entries;
    int error = 0;
    DirWalker probe; // a separate walker: this look-ahead must not mark folders as listed
    if (probe.list(ctx.rootBytes(), &entries, &error))
        for (const DirEntry &e : entries)
            if (e.kind == DirEntry::Kind::Folder
                && (ctx.isFolder(e.name + "/train") || ctx.isFolder(e.name + "/test")))
                return Layout::MvtecRoot;
    FolderLayoutSpec spec = ctx.options().folder;
    return detectFolderSpec(ctx, &spec) ? Layout::Folder : Layout::Unknown;
}

void readFolderLayout(ScanContext &ctx)
{
    FolderLayoutSpec spec = ctx.options().folder;
    if (!detectFolderSpec(ctx, &spec)) {
        ctx.report(Severity::Error, QStringLiteral("folder-layout"), {},
                   ScanText::tr("no normal-image folder (good/, normal/, ok/) found"));
        return;
    }
    const std::size_t first = ctx.candidates.size();
    const QString cls = spec.className;
    std::vector<QByteArray> normal = ctx.imageFiles(spec.normalDir.toUtf8());
    std::size_t trainCount = normal.size();
    if (!spec.normalTestDir.isEmpty()) {
        for (const QByteArray &p : ctx.imageFiles(spec.normalTestDir.toUtf8()))
            ctx.candidates.push_back(candidate(cls, SplitKind::TestGood, QStringLiteral("good"), p));
    } else if (!normal.empty()) {
        const auto testCount = static_cast<std::size_t>(
            std::ceil(spec.normalTestFraction * static_cast<double>(normal.size())));
        trainCount = normal.size() - std::min(testCount, normal.size() - 1);
        ctx.report(Severity::Note, QStringLiteral("normal-split"), spec.normalDir.toUtf8(),
                   ScanText::tr("no normal-test folder: the last %1 of the %2 normal images "
                                "(by name) are used as test/good")
                       .arg(normal.size() - trainCount)
                       .arg(normal.size()));
    }
    for (std::size_t i = 0; i < normal.size(); ++i)
        ctx.candidates.push_back(candidate(cls, i < trainCount ? SplitKind::TrainGood
                                                               : SplitKind::TestGood,
                                           QStringLiteral("good"), normal[i]));
    if (!spec.abnormalDir.isEmpty()) {
        const QByteArray abnormal = spec.abnormalDir.toUtf8();
        const std::map<QByteArray, QByteArray> masks =
            spec.maskDir.isEmpty() ? std::map<QByteArray, QByteArray>{}
                                   : masksOf(ctx, spec.maskDir.toUtf8());
        // Files directly in the abnormal folder are one defect type named after it;
        // sub-folders are defect types of their own.
        std::vector<std::pair<QByteArray, QString>> files; // path, defect type
        for (const DirEntry &e : ctx.list(abnormal)) {
            const QByteArray rel = joinPath(abnormal, e.name);
            if (e.kind == DirEntry::Kind::Folder) {
                for (const QByteArray &p : ctx.imageFiles(rel))
                    files.push_back({p, displayName(e.name)});
            } else if (hasImageExtension(e.name)) {
                files.push_back({rel, spec.abnormalDir});
            } else {
                ctx.report(Severity::Note, QStringLiteral("extra-file"), rel,
                           ScanText::tr("not an image (PNG, JPEG, BMP, TIFF); ignored"));
            }
        }
        for (const auto &[path, type] : files) {
            Candidate c = candidate(cls, SplitKind::TestDefect, type, path);
            const QByteArray key = fileStem(path.mid(abnormal.size() + 1));
            c.needsMask = !spec.maskDir.isEmpty();
            if (const auto it = masks.find(key); it != masks.end())
                c.maskPath = it->second;
            else
                c.expectedMask = spec.maskDir + QLatin1Char('/') + displayName(key)
                                 + QStringLiteral("_mask.png");
            ctx.candidates.push_back(std::move(c));
        }
        if (spec.maskDir.isEmpty())
            ctx.report(Severity::Note, QStringLiteral("no-masks"), abnormal,
                       ScanText::tr("no mask folder: defect images have no ground truth "
                                    "(image-level evaluation only)"));
    }
    if (ctx.candidates.size() == first)
        ctx.report(Severity::Error, QStringLiteral("class-empty"), {},
                   ScanText::tr("the class '%1' has no images").arg(cls));
}

} // namespace nexvitad::data
