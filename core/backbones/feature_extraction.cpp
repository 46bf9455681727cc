#include "backbones/feature_extraction.h"

#include "backbones/backbones_torch.h"
#include "common/error.h"
#include "common/progress.h"
#include "data/image_batch_torch.h"
#include "data/image_decode.h"
#include "io/safetensors_torch.h"
#include "train/input_resize_torch.h"

#include <QCoreApplication>
#include <QFile>

#include <torch/torch.h>

namespace nexvitad::backbones {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::backbones::Features)
};

constexpr int kDefaultImageSize = 224;

QString shapeText(const torch::Tensor &t)
{
    QStringList dims;
    for (int64_t d : t.sizes())
        dims << QString::number(d);
    return QLatin1Char('[') + dims.join(QLatin1String(", ")) + QLatin1Char(']');
}

// The normalised [1, 3, S, S] tensor the backbones will see.
torch::Tensor loadInput(const FeatureRequest &request)
{
    if (!request.imagePath.isEmpty()) {
        const int size = request.size > 0 ? request.size : kDefaultImageSize;
        const cv::Mat rgb = data::readImageRgb8(QFile::encodeName(request.imagePath).toStdString());
        return data::imageToTensor(data::resizeImage(rgb, size)).unsqueeze(0);
    }
    const io::SafeTensorsFile file = io::SafeTensorsFile::open(request.inputPath);
    const io::TensorInfo *info = file.find(QStringLiteral("input"));
    if (!info)
        throw Error(Tr::tr("The input file has no tensor named \"input\"."), request.inputPath);
    const bool square = info->shape.size() == 4 && info->shape[0] == 1 && info->shape[1] == 3 &&
                        info->shape[2] == info->shape[3];
    if (!square)
        throw Error(Tr::tr("The tensor \"input\" must have shape [1, 3, S, S]."),
                    request.inputPath);
    if (request.size > 0 && request.size != info->shape[2])
        throw Error(Tr::tr("The input is %1 px but --size asks for %2.")
                        .arg(info->shape[2])
                        .arg(request.size),
                    request.inputPath);
    return io::toFloat32Tensor(file, *info);
}

} // namespace

FeatureReport extractFeatures(const FeatureRequest &request, Progress &progress)
{
    if (request.imagePath.isEmpty() == request.inputPath.isEmpty())
        throw Error(Tr::tr("Give exactly one of an input tensor file and an image."));
    FeatureReport report;
    progress.setStage(Tr::tr("Loading the backbones"));
    LoadedHiera hiera = loadHiera(request.hieraSpec, request.modelsDir);
    LoadedDinoV2 dino = loadDinoV2(request.dinoSpec, request.modelsDir);
    report.hiera = hiera.source;
    report.dino = dino.source;
    progress.throwIfCanceled();

    progress.setStage(Tr::tr("Computing features"));
    const torch::Tensor input = loadInput(request);
    report.size = int(input.size(2));
    std::map<std::string, torch::Tensor> out{{"input", input}};
    {
        torch::InferenceMode inference;
        const std::vector<torch::Tensor> stages = hiera.module->forwardStages(input);
        for (size_t i = 0; i < stages.size(); ++i)
            out["stage" + std::to_string(i + 1)] = stages[i];
        progress.throwIfCanceled();
        const int64_t patch = dino.module->config().patchSize;
        const torch::Tensor dinoInput = train::resizeForPatches(input, patch);
        report.dinoSize = int(dinoInput.size(2));
        const torch::Tensor tokens = dino.module->forwardTokens(dinoInput);
        const int64_t grid = dinoInput.size(2) / patch;
        out["dino_patch_tokens"] =
            tokens.narrow(1, dino.module->config().prefixTokens(), grid * grid)
                .reshape({tokens.size(0), grid, grid, tokens.size(2)});
        out["dino_cls"] = tokens.select(1, 0);
    }
    for (const auto &[name, tensor] : out)
        report.tensors << QStringLiteral("%1 %2").arg(QString::fromStdString(name), shapeText(tensor));

    const QMap<QString, QString> metadata{
        {QStringLiteral("hiera_spec"), report.hiera.spec},
        {QStringLiteral("hiera_variant"), report.hiera.variant},
        {QStringLiteral("dinov2_spec"), report.dino.spec},
        {QStringLiteral("dinov2_variant"), report.dino.variant},
        {QStringLiteral("untrained_backbone"),
         report.untrained() ? QStringLiteral("true") : QStringLiteral("false")},
        {QStringLiteral("stage_layout"), QStringLiteral("NCHW")},
        {QStringLiteral("dino_patch_tokens_layout"), QStringLiteral("NHWC")},
    };
    io::saveSafeTensors(request.outPath, out, metadata);
    return report;
}

} // namespace nexvitad::backbones
