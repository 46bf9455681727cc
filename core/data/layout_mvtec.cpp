// The MVTec AD layout: <class>/train/good/*, <class>/test/<type>/*,
// <class>/ground_truth/<type>/<stem>_mask.png (test/good has no masks).

#include "data/image_header.h"
#include "data/scan_context.h"

#include <map>
#include <set>

namespace nexvitad::data {

namespace {
const QByteArray kTrain = "train";
const QByteArray kTest = "test";
const QByteArray kGroundTruth = "ground_truth";
const QByteArray kGood = "good";

void addImages(ScanContext &ctx, const QByteArray &relDir, const QString &className,
               SplitKind kind, const QString &defectType)
{
    for (const QByteArray &rel : ctx.imageFiles(relDir)) {
        Candidate c;
        c.className = className;
        c.kind = kind;
        c.defectType = defectType;
        c.path = rel;
        ctx.candidates.push_back(std::move(c));
    }
}

// Masks of one defect type, by image stem ("000_mask.png" and "000.png" both serve "000").
std::map<QByteArray, QByteArray> masksByStem(ScanContext &ctx, const QByteArray &relDir)
{
    std::map<QByteArray, QByteArray> masks;
    for (const QByteArray &rel : ctx.imageFiles(relDir)) {
        QByteArray stem = fileStem(rel.mid(rel.lastIndexOf('/') + 1));
        if (stem.endsWith("_mask"))
            stem.chop(5);
        masks.emplace(stem, rel); // sorted listing: the first name wins
    }
    return masks;
}

void readTrain(ScanContext &ctx, const QByteArray &classDir, const QString &className)
{
    const QByteArray trainDir = joinPath(classDir, kTrain);
    bool good = false;
    for (const DirEntry &e : ctx.list(trainDir)) {
        const QByteArray rel = joinPath(trainDir, e.name);
        if (e.kind == DirEntry::Kind::Folder && e.name == kGood) {
            good = true;
            addImages(ctx, rel, className, SplitKind::TrainGood, QStringLiteral("good"));
        } else if (e.kind == DirEntry::Kind::Folder) {
            ctx.report(Severity::Warning, QStringLiteral("train-not-good"), rel,
                       ScanText::tr("training images must be good: only train/good is used; "
                                    "this folder is ignored"));
        } else {
            ctx.report(Severity::Note, QStringLiteral("extra-file"), rel,
                       ScanText::tr("not inside a split folder; ignored"));
        }
    }
    if (!good)
        ctx.report(Severity::Warning, QStringLiteral("no-train-good"), trainDir,
                   ScanText::tr("there is no train/good folder: this class has no good "
                                "training images"));
}

void readTest(ScanContext &ctx, const QByteArray &classDir, const QString &className,
              std::set<QByteArray> *defectTypes)
{
    const QByteArray testDir = joinPath(classDir, kTest);
    for (const DirEntry &e : ctx.list(testDir)) {
        const QByteArray rel = joinPath(testDir, e.name);
        if (e.kind != DirEntry::Kind::Folder) {
            ctx.report(Severity::Note, QStringLiteral("extra-file"), rel,
                       ScanText::tr("not inside a split folder; ignored"));
        } else if (e.name == kGood) {
            addImages(ctx, rel, className, SplitKind::TestGood, QStringLiteral("good"));
        } else {
            defectTypes->insert(e.name);
            addImages(ctx, rel, className, SplitKind::TestDefect, displayName(e.name));
        }
    }
}

// Attaches masks to the defect candidates added since `first`; reports missing and
// orphaned masks.
void attachMasks(ScanContext &ctx, const QByteArray &classDir, std::size_t first,
                 const std::set<QByteArray> &defectTypes)
{
    const QByteArray gtDir = joinPath(classDir, kGroundTruth);
    std::map<QByteArray, std::map<QByteArray, QByteArray>> masks; // type -> stem -> path
    if (ctx.isFolder(gtDir)) {
        for (const DirEntry &e : ctx.list(gtDir)) {
            const QByteArray rel = joinPath(gtDir, e.name);
            if (e.kind != DirEntry::Kind::Folder)
                ctx.report(Severity::Note, QStringLiteral("extra-file"), rel,
                           ScanText::tr("not inside a mask folder; ignored"));
            else if (!defectTypes.count(e.name) && e.name != kGood)
                ctx.report(Severity::Warning, QStringLiteral("mask-orphan"), rel,
                           ScanText::tr("masks for a defect type that has no test/%1 folder; "
                                        "ignored").arg(displayName(e.name)));
            else if (e.name != kGood)
                masks[e.name] = masksByStem(ctx, rel);
        }
    }
    for (std::size_t i = first; i < ctx.candidates.size(); ++i) {
        Candidate &c = ctx.candidates[i];
        if (c.kind != SplitKind::TestDefect)
            continue;
        const int slash = c.path.lastIndexOf('/');
        const QByteArray type = c.path.mid(0, slash).mid(c.path.lastIndexOf('/', slash - 1) + 1);
        const QByteArray stem = fileStem(c.path.mid(slash + 1));
        c.needsMask = true;
        auto &ofType = masks[type];
        if (const auto it = ofType.find(stem); it != ofType.end()) {
            c.maskPath = it->second;
            ofType.erase(it);
        } else {
            c.expectedMask = displayName(joinPath(joinPath(gtDir, type), stem + "_mask.png"));
        }
    }
    for (const auto &[type, left] : masks)
        for (const auto &[stem, path] : left)
            ctx.report(Severity::Warning, QStringLiteral("mask-orphan"), path,
                       ScanText::tr("mask without an image (no test/%1/%2.*); ignored")
                           .arg(displayName(type), displayName(stem)));
}
} // namespace

void readMvtecClass(ScanContext &ctx, const QByteArray &relDir, const QString &className)
{
    const std::size_t first = ctx.candidates.size();
    bool hasTrain = false, hasTest = false, listed = false;
    const std::vector<DirEntry> entries = ctx.list(relDir, &listed);
    if (!listed)
        return; // unreadable, or reached again through a link: already reported
    for (const DirEntry &e : entries) {
        const QByteArray rel = joinPath(relDir, e.name);
        if (e.kind == DirEntry::Kind::Folder && e.name == kTrain)
            hasTrain = true;
        else if (e.kind == DirEntry::Kind::Folder && e.name == kTest)
            hasTest = true;
        else if (e.kind == DirEntry::Kind::Folder && e.name != kGroundTruth)
            ctx.report(Severity::Note, QStringLiteral("extra-folder"), rel,
                       ScanText::tr("not part of the MVTec AD layout; ignored"));
        else if (e.kind == DirEntry::Kind::File)
            ctx.report(Severity::Note, QStringLiteral("extra-file"), rel,
                       ScanText::tr("extra file; ignored"));
    }
    if (hasTrain)
        readTrain(ctx, relDir, className);
    else
        ctx.report(Severity::Warning, QStringLiteral("no-train-good"), relDir,
                   ScanText::tr("there is no train/good folder: this class has no good "
                                "training images"));
    std::set<QByteArray> defectTypes;
    if (hasTest)
        readTest(ctx, relDir, className, &defectTypes);
    attachMasks(ctx, relDir, first, defectTypes);
    if (ctx.candidates.size() == first)
        ctx.report(Severity::Error, QStringLiteral("class-empty"), relDir,
                   ScanText::tr("the class '%1' has no images").arg(className));
}

void readMvtecRoot(ScanContext &ctx)
{
    for (const DirEntry &e : ctx.list({})) {
        if (e.kind == DirEntry::Kind::File) {
            ctx.report(Severity::Note, QStringLiteral("extra-file"), e.name,
                       ScanText::tr("extra file; ignored"));
        } else if (ctx.isFolder(joinPath(e.name, kTrain)) || ctx.isFolder(joinPath(e.name, kTest))) {
            readMvtecClass(ctx, e.name, displayName(e.name));
        } else {
            bool readable = false;
            if (ctx.list(e.name, &readable).empty() && readable)
                ctx.report(Severity::Error, QStringLiteral("class-empty"), e.name,
                           ScanText::tr("the class folder is empty (no train/ or test/ inside)"));
            else if (readable)
                ctx.report(Severity::Note, QStringLiteral("extra-folder"), e.name,
                           ScanText::tr("not a class folder (no train/ or test/ inside); "
                                        "ignored"));
        }
    }
}

} // namespace nexvitad::data
