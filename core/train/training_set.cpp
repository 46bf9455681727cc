#include "common/error.h"
#include "common/progress.h"
#include "data/image_batch_torch.h"
#include "data/image_header.h"
#include "data/splits.h"
#include "train/feature_cache_torch.h"
#include "train/training_set_torch.h"

#include <QDir>

namespace nexvitad::train {
namespace {

struct Set
{
    Q_DECLARE_TR_FUNCTIONS(TrainingSet)
};

struct Pending
{
    data::ImageSample sample;
    int classIndex = 0;
    QString path;
};

std::vector<Pending> sourceImages(const data::Manifest &manifest, const data::ClassEntry &cls,
                                  int classIndex)
{
    std::vector<Pending> out;
    for (const data::Split &split : cls.splits) // train/good, test/good, test/<defect>
        for (const data::ImageEntry &e : split.images)
            out.push_back(
                {data::sampleOf(manifest, e), classIndex, manifest.absoluteDisplayPath(e.path)});
    return out;
}

std::vector<Pending> poolImages(const data::Manifest &manifest, const QString &pool,
                                const data::ClassEntry &target)
{
    const QDir dir(pool);
    if (!dir.exists())
        throw Error(Set::tr("the target pool folder does not exist"), pool);
    std::vector<Pending> out;
    std::vector<data::ImageIdentity> poolIds, evaluation;
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        if (!data::hasImageExtension(QFile::encodeName(name)))
            continue;
        const QString path = dir.absoluteFilePath(name);
        out.push_back({{QFile::encodeName(path).toStdString(), {}}, 0, path});
        poolIds.push_back(
            {QFile::encodeName(QFileInfo(path).canonicalFilePath()).toStdString(), {}});
    }
    for (const data::Split &split : target.splits)
        if (split.kind != data::SplitKind::TrainGood)
            for (const data::ImageEntry &e : split.images)
                evaluation.push_back(data::identityOf(manifest, e));
    data::ensureNoOverlap(evaluation, poolIds);
    return out;
}

// Decodes in chunks so that cancel is honoured and progress moves.
std::vector<TrainingImage> decode(const std::vector<Pending> &pending, bool withMasks, int size,
                                  Progress &progress)
{
    std::vector<TrainingImage> out;
    std::vector<data::ImageSample> samples;
    for (const Pending &p : pending)
        samples.push_back(p.sample);
    constexpr std::size_t kChunk = 16;
    for (std::size_t first = 0; first < samples.size(); first += kChunk) {
        progress.throwIfCanceled();
        const std::size_t count = std::min(kChunk, samples.size() - first);
        const data::Batch batch = data::loadBatch(samples, first, count, size);
        for (std::size_t i = 0; i < count; ++i) {
            const Pending &p = pending[first + i];
            TrainingImage t;
            t.image = batch.images[int64_t(i)].contiguous();
            if (withMasks)
                t.mask = batch.masks[int64_t(i)][0].to(torch::kLong);
            t.hash = FeatureKey::hashTensor(t.image);
            t.classIndex = p.classIndex;
            t.path = p.path;
            out.push_back(std::move(t));
        }
        progress.report(qint64(first + count), qint64(samples.size()));
    }
    return out;
}

} // namespace

TrainingSet loadTrainingSet(const data::Manifest &manifest, const QStringList &sourceClasses,
                            const QStringList &targetClasses, const QString &targetPool, int size,
                            Progress &progress)
{
    const data::ClassSplit split =
        data::explicitSplit(manifest.classNames(), sourceClasses, targetClasses);
    if (!targetPool.isEmpty() && split.target.size() != 1)
        throw Error(Set::tr("a target pool folder serves exactly one target class, not %1")
                        .arg(split.target.size()),
                    targetPool);
    TrainingSet set;
    set.sourceClasses = split.source;
    set.targetClasses = split.target;

    std::vector<Pending> source, target;
    for (int i = 0; i < split.source.size(); ++i) {
        const auto images = sourceImages(manifest, *manifest.findClass(split.source[i]), i);
        source.insert(source.end(), images.begin(), images.end());
    }
    for (int j = 0; j < split.target.size(); ++j) {
        const data::ClassEntry &cls = *manifest.findClass(split.target[j]);
        std::vector<Pending> images;
        if (!targetPool.isEmpty()) {
            images = poolImages(manifest, targetPool, cls);
        } else if (const data::Split *good = cls.find(data::SplitKind::TrainGood)) {
            for (const data::ImageEntry &e : good->images)
                images.push_back(
                    {data::sampleOf(manifest, e), j, manifest.absoluteDisplayPath(e.path)});
        }
        if (images.empty())
            throw Error(Set::tr("target class \"%1\" has no training images (train/good or the "
                                "target pool)")
                            .arg(cls.name),
                        targetPool.isEmpty() ? manifest.root : targetPool);
        target.insert(target.end(), images.begin(), images.end());
    }
    const double share = double(source.size()) / double(source.size() + target.size());
    Progress sourceProgress = progress.child(0.0, share);
    Progress targetProgress = progress.child(share, 1.0);
    set.source = decode(source, true, size, sourceProgress);
    set.target = decode(target, false, size, targetProgress);
    return set;
}

} // namespace nexvitad::train
