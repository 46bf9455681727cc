#include "infer/memory_bank.h"

#include "common/error.h"

#include <algorithm>

namespace nexvitad::infer {

QString prototypeModeName(PrototypeMode mode)
{
    return mode == PrototypeMode::AllPatches ? QStringLiteral("all_patches")
                                             : QStringLiteral("sinkhorn_kmeans");
}

MemoryBank::MemoryBank(MemoryBankInfo info) : m_info(std::move(info))
{
    if (m_info.layers.empty())
        throw Error(tr("A memory bank needs at least one encoder layer."));
}

bool MemoryBank::contains(const QString &sha256) const
{
    return std::any_of(m_images.begin(), m_images.end(),
                       [&](const BankImage &i) { return i.sha256 == sha256; });
}

void MemoryBank::addImage(BankImage image)
{
    if (image.sha256.isEmpty())
        throw Error(tr("The image \"%1\" has no hash.").arg(image.name));
    if (contains(image.sha256))
        throw Error(tr("The image \"%1\" is already in the memory bank.").arg(image.name));
    if (image.patches.size() != m_info.layers.size())
        throw Error(tr("The image \"%1\" has features of %2 layers; the bank has %3.")
                        .arg(image.name)
                        .arg(image.patches.size())
                        .arg(m_info.layers.size()));
    for (size_t l = 0; l < m_info.layers.size(); ++l) {
        const BankLayer &layer = m_info.layers[l];
        const FeatureMatrix &p = image.patches[l];
        if (p.rows != layer.patchesPerImage() || p.cols != layer.channels ||
            qint64(p.values.size()) != p.rows * p.cols)
            throw Error(tr("The image \"%1\" has %2 x %3 features at layer %4; the bank "
                           "expects %5 x %6 (another encoder or image size?).")
                            .arg(image.name)
                            .arg(p.rows)
                            .arg(p.cols)
                            .arg(layer.stage)
                            .arg(layer.patchesPerImage())
                            .arg(layer.channels));
    }
    const int size = m_info.scoring.imageSize;
    if (!image.view.empty() &&
        (image.view.rows != size || image.view.cols != size || image.view.type() != CV_8UC3))
        throw Error(tr("The image \"%1\" is shown as %2 x %3 (type %4); the bank expects %5 x %5 "
                       "RGB.")
                        .arg(image.name)
                        .arg(image.view.cols)
                        .arg(image.view.rows)
                        .arg(image.view.type())
                        .arg(size));
    m_images.push_back(std::move(image));
    markImagesChanged();
}

void MemoryBank::markImagesChanged()
{
    m_prototypesStale = true;
    m_goodScores.reset();
    auto calibrated = [](const std::optional<Threshold> &t) {
        return t && t->method != ThresholdMethod::Manual;
    };
    if (calibrated(m_thresholds.pixel) || calibrated(m_thresholds.image))
        m_thresholdsStale = true;
}

bool MemoryBank::removeImage(const QString &sha256)
{
    const auto it = std::find_if(m_images.begin(), m_images.end(),
                                 [&](const BankImage &i) { return i.sha256 == sha256; });
    if (it == m_images.end())
        return false;
    m_images.erase(it);
    markImagesChanged();
    return true;
}

bool MemoryBank::canExplain() const
{
    return !m_images.empty() && std::all_of(m_images.begin(), m_images.end(),
                                            [](const BankImage &i) { return !i.view.empty(); });
}

QString MemoryBank::explainUnavailableReason() const
{
    return canExplain() ? QString() : imagesMissingText();
}

QString MemoryBank::imagesMissingText()
{
    return tr("This memory bank does not hold its images (it was built before explanations "
              "existed): rebuild the bank to enable explanations.");
}

void MemoryBank::setThresholds(ThresholdSet thresholds)
{
    m_thresholds = std::move(thresholds);
    m_thresholdsStale = false;
}

FeatureMatrix MemoryBank::layerPatches(size_t layer) const
{
    const BankLayer &l = m_info.layers.at(layer);
    FeatureMatrix all(l.patchesPerImage() * qint64(m_images.size()), l.channels);
    auto out = all.values.begin();
    for (const BankImage &image : m_images)
        out =
            std::copy(image.patches[layer].values.begin(), image.patches[layer].values.end(), out);
    return all;
}

void MemoryBank::recluster(Progress &progress)
{
    if (m_images.empty())
        throw Error(tr("The memory bank has no images."));
    progress.throwIfCanceled();
    std::vector<FeatureMatrix> patches;
    for (size_t l = 0; l < m_info.layers.size(); ++l)
        patches.push_back(layerPatches(l));
    std::vector<SinkhornKMeansStats> stats;
    if (m_info.prototypes == PrototypeMode::AllPatches) {
        m_prototypes = std::move(patches);
    } else {
        progress.setStage(tr("Clustering the layers' patches"));
        m_prototypes = sinkhornKMeansEach(patches, m_info.clustering, progress, &stats);
    }
    m_clusteringStats = std::move(stats);
    m_prototypesStale = false;
}

void MemoryBank::setPrototypes(PrototypeMode mode, const SinkhornKMeansOptions &clustering)
{
    m_info.prototypes = mode;
    m_info.clustering = clustering;
    m_prototypesStale = true;
}

const std::vector<FeatureMatrix> &MemoryBank::prototypes() const
{
    if (m_prototypesStale)
        throw Error(tr("The memory bank changed and must be re-clustered first."));
    return m_prototypes;
}

MemoryBank buildMemoryBank(MemoryBankInfo info, std::vector<BankImage> images, Progress &progress)
{
    MemoryBank bank(std::move(info));
    for (BankImage &image : images)
        bank.addImage(std::move(image));
    bank.recluster(progress);
    return bank;
}

} // namespace nexvitad::infer
