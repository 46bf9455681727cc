#include "infer/bank_builder.h"

#include "common/error.h"
#include "data/random.h"
#include "infer/bank_encoder_torch.h"
#include "infer/image_input_torch.h"
#include "infer/torch_matrix_torch.h"
#include "io/chunked_read.h"
#include "store/artifacts.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>
#include <torch/torch.h>

namespace nexvitad::infer {

namespace {

struct BuilderText
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::infer::BankBuilder)
};

std::vector<int> stagesOf(const MemoryBankInfo &info)
{
    std::vector<int> stages;
    for (const BankLayer &l : info.layers)
        stages.push_back(l.stage);
    return stages;
}

// Encodes the files in batches; the layers' grid sizes are filled in from the first batch
// when `info.layers` has none yet.
std::vector<BankImage> encodeImages(BankEncoder &encoder, MemoryBankInfo &info,
                                    const QStringList &files, int batchSize, Progress &progress)
{
    std::vector<BankImage> out;
    const int total = int(files.size());
    for (int first = 0; first < total; first += batchSize) {
        progress.throwIfCanceled();
        progress.report(first, total);
        const int count = std::min(batchSize, total - first);
        std::vector<torch::Tensor> inputs;
        std::vector<cv::Mat> views; // kept in the bank for explanations (bank_views.h)
        for (int i = first; i < first + count; ++i) {
            InputImage input = loadInputImage(files[i], encoder.imageSize());
            inputs.push_back(input.tensor);
            views.push_back(input.rgb);
        }
        const std::vector<torch::Tensor> features =
            encoder.encode(torch::stack(inputs), stagesOf(info));
        for (size_t l = 0; l < info.layers.size(); ++l) {
            BankLayer &layer = info.layers[l];
            layer.channels = int(features[l].size(1));
            layer.gridHeight = int(features[l].size(2));
            layer.gridWidth = int(features[l].size(3));
        }
        for (int i = 0; i < count; ++i) {
            BankImage image;
            image.sha256 = io::sha256OfFile(files[first + i]);
            image.name = QFileInfo(files[first + i]).fileName();
            image.view = views[size_t(i)];
            for (const torch::Tensor &f : features) {
                const torch::Tensor rows = f[i].permute({1, 2, 0}).reshape({-1, f.size(1)});
                image.patches.push_back(toFeatureMatrix(rows.to(torch::kCPU)));
            }
            out.push_back(std::move(image));
        }
    }
    progress.report(total, total);
    return out;
}

} // namespace

MemoryBank buildBank(const BankBuildRequest &request, Progress &progress)
{
    if (request.images.isEmpty())
        throw Error(BuilderText::tr("A memory bank needs at least one good image."));
    if (request.layers.empty())
        throw Error(BuilderText::tr("A memory bank needs at least one encoder layer."));
    for (const int stage : request.layers)
        if (stage < 1 || stage > 4)
            throw Error(BuilderText::tr("Encoder layer %1 does not exist (layers are 1 to 4).")
                            .arg(stage));
    progress.setStage(BuilderText::tr("Loading the encoder"));
    BankEncoder encoder = BankEncoder::create(request.encoder);

    MemoryBankInfo info;
    info.runId = request.encoder.runDir;
    info.encoder = encoder.description();
    info.encoderHashes = encoder.hashes();
    for (const int stage : request.layers)
        info.layers.push_back(BankLayer{stage, 0, 0, 0});
    info.prototypes = request.prototypes;
    info.clustering = request.clustering;
    info.scoring = request.scoring;
    info.scoring.imageSize = encoder.imageSize();

    progress.setStage(BuilderText::tr("Encoding good images"));
    Progress encoding = progress.child(0.0, 0.6);
    std::vector<BankImage> images =
        encodeImages(encoder, info, request.images, std::max(1, request.batchSize), encoding);
    progress.setStage(BuilderText::tr("Clustering"));
    Progress clustering = progress.child(0.6, 1.0);
    MemoryBank bank = buildMemoryBank(std::move(info), std::move(images), clustering);
    bank.extraTensors() = encoder.exportWeights();
    return bank;
}

void addImagesToBank(MemoryBank &bank, const QStringList &images, const QString &modelsDir,
                     const QString &device, Progress &progress)
{
    BankEncoder encoder = BankEncoder::fromBank(bank, modelsDir, device);
    MemoryBankInfo info = bank.info();
    Progress encoding = progress.child(0.0, 0.6);
    std::vector<BankImage> encoded = encodeImages(encoder, info, images, 10, encoding);
    if (!(info.layers == bank.info().layers))
        throw Error(BuilderText::tr("The new images give features of another shape than the "
                                    "memory bank holds."),
                    bank.sourcePath());
    for (BankImage &image : encoded)
        bank.addImage(std::move(image));
    Progress clustering = progress.child(0.6, 1.0);
    bank.recluster(clustering);
}

QStringList chooseGoodImages(const data::Manifest &manifest, const QString &className, int count,
                             quint64 seed)
{
    const data::ClassEntry *entry = manifest.findClass(className);
    if (!entry)
        throw Error(BuilderText::tr("The dataset has no class \"%1\" (classes: %2).")
                        .arg(className, manifest.classNames().join(QStringLiteral(", "))),
                    manifest.root);
    const data::Split *good = entry->find(data::SplitKind::TrainGood);
    if (!good || good->images.empty())
        throw Error(BuilderText::tr("The class \"%1\" has no train/good images.").arg(className),
                    manifest.root);
    std::vector<const data::ImageEntry *> pool;
    for (const data::ImageEntry &image : good->images)
        pool.push_back(&image);
    data::Rng rng(seed);
    rng.shuffle(pool);
    pool.resize(std::min<size_t>(pool.size(), size_t(std::max(count, 1))));
    QStringList out;
    for (const data::ImageEntry *image : pool)
        out << manifest.absoluteDisplayPath(image->path);
    out.sort();
    return out;
}

} // namespace nexvitad::infer
