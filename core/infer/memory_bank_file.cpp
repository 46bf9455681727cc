// The memory bank's file: safetensors tensors + the JSON description in the metadata entry
// "nexvitad.bank" (layout in memory_bank.h and docs/inference.md).

#include "common/error.h"
#include "infer/bank_views.h"
#include "infer/json_fields.h"
#include "infer/memory_bank.h"
#include "io/safetensors.h"

#include <QJsonDocument>

namespace nexvitad::infer {

namespace {

const QString kMetadataKey = QStringLiteral("nexvitad.bank");
constexpr int kFormatVersion = 1;
// Optional (banks before it load without): the drift monitor's reference.
const QString kGoodScoresKey = QStringLiteral("good_score_reference");

QString patchesName(const BankLayer &l)
{
    return QStringLiteral("patches.layer%1").arg(l.stage);
}

QString prototypesName(const BankLayer &l)
{
    return QStringLiteral("prototypes.layer%1").arg(l.stage);
}

QJsonObject clusteringToJson(const SinkhornKMeansOptions &c)
{
    return QJsonObject{
        {QStringLiteral("k"), c.k},
        {QStringLiteral("seed"), QString::number(c.seed)}, // a string: 64 bits exceed JSON's
        {QStringLiteral("epsilon"), c.epsilon},
        {QStringLiteral("marginal_tolerance"), c.marginalTolerance},
        {QStringLiteral("max_sinkhorn_iterations"), c.maxSinkhornIterations},
        {QStringLiteral("move_tolerance"), c.moveTolerance},
        {QStringLiteral("max_iterations"), c.maxIterations},
    };
}

SinkhornKMeansOptions clusteringFromJson(const QJsonObject &o, const QString &path)
{
    SinkhornKMeansOptions c;
    c.k = int(json::requireInteger(o, QStringLiteral("k"), 0, json::kMaxInt, path));
    c.seed = json::requireString(o, QStringLiteral("seed"), path).toULongLong();
    c.epsilon = json::requireNumber(o, QStringLiteral("epsilon"), path);
    c.marginalTolerance = json::requireNumber(o, QStringLiteral("marginal_tolerance"), path);
    c.maxSinkhornIterations = int(json::requireInteger(
        o, QStringLiteral("max_sinkhorn_iterations"), 0, json::kMaxInt, path));
    c.moveTolerance = json::requireNumber(o, QStringLiteral("move_tolerance"), path);
    c.maxIterations =
        int(json::requireInteger(o, QStringLiteral("max_iterations"), 0, json::kMaxInt, path));
    return c;
}

QJsonObject scoringToJson(const ScoringOptions &s)
{
    return QJsonObject{{QStringLiteral("image_size"), s.imageSize},
                       {QStringLiteral("sigma"), s.sigma},
                       {QStringLiteral("image_score"), imageScoreModeName(s.imageScore)},
                       {QStringLiteral("top_fraction"), s.topFraction}};
}

ScoringOptions scoringFromJson(const QJsonObject &o, const QString &path)
{
    ScoringOptions s;
    s.imageSize =
        int(json::requireInteger(o, QStringLiteral("image_size"), 1, json::kMaxImageSize, path));
    s.sigma = json::requireNumber(o, QStringLiteral("sigma"), path);
    s.imageScore =
        imageScoreModeFromName(json::requireString(o, QStringLiteral("image_score"), path));
    s.topFraction = json::requireNumber(o, QStringLiteral("top_fraction"), path);
    return s;
}

QJsonObject describe(const MemoryBank &bank)
{
    const MemoryBankInfo &info = bank.info();
    QJsonObject hashes;
    for (auto it = info.encoderHashes.begin(); it != info.encoderHashes.end(); ++it)
        hashes[it.key()] = it.value();
    QJsonArray layers;
    for (const BankLayer &l : info.layers)
        layers.append(QJsonObject{{QStringLiteral("stage"), l.stage},
                                  {QStringLiteral("grid_height"), l.gridHeight},
                                  {QStringLiteral("grid_width"), l.gridWidth},
                                  {QStringLiteral("channels"), l.channels}});
    QJsonArray images;
    for (const BankImage &i : bank.images())
        images.append(
            QJsonObject{{QStringLiteral("sha256"), i.sha256}, {QStringLiteral("name"), i.name}});
    QJsonObject description{
        {QStringLiteral("format_version"), kFormatVersion},
        {QStringLiteral("run_id"), info.runId},
        {QStringLiteral("encoder_hashes"), hashes},
        {QStringLiteral("encoder"), info.encoder},
        {QStringLiteral("layers"), layers},
        {QStringLiteral("prototypes"), prototypeModeName(info.prototypes)},
        {QStringLiteral("clustering"), clusteringToJson(info.clustering)},
        {QStringLiteral("scoring"), scoringToJson(info.scoring)},
        {QStringLiteral("images"), images},
        {QStringLiteral("thresholds"), bank.thresholds().toJson()},
        {QStringLiteral("thresholds_stale"), bank.thresholdsStale()},
    };
    if (bank.goodScoreReference())
        description[kGoodScoresKey] = bank.goodScoreReference()->toJson();
    return description;
}

MemoryBankInfo infoFromJson(const QJsonObject &o, const QString &path)
{
    MemoryBankInfo info;
    info.runId = json::requireString(o, QStringLiteral("run_id"), path);
    const QJsonObject hashes = json::requireObject(o, QStringLiteral("encoder_hashes"), path);
    for (auto it = hashes.begin(); it != hashes.end(); ++it)
        info.encoderHashes.insert(it.key(), it.value().toString());
    info.encoder = json::requireObject(o, QStringLiteral("encoder"), path);
    for (const QJsonValue &v : json::requireArray(o, QStringLiteral("layers"), path)) {
        const QJsonObject l = v.toObject();
        // Grids and channels bounded so that images x patches x channels cannot overflow.
        const auto dimension = [&](const char *key) {
            return int(json::requireInteger(l, QLatin1String(key), 0, json::kMaxImageSize, path));
        };
        info.layers.push_back(
            BankLayer{int(json::requireInteger(l, QStringLiteral("stage"), 0, json::kMaxInt, path)),
                      dimension("grid_height"), dimension("grid_width"), dimension("channels")});
    }
    const QString mode = json::requireString(o, QStringLiteral("prototypes"), path);
    if (mode == prototypeModeName(PrototypeMode::AllPatches))
        info.prototypes = PrototypeMode::AllPatches;
    else if (mode != prototypeModeName(PrototypeMode::SinkhornKMeans))
        throw Error(MemoryBank::tr("Unknown prototype mode \"%1\".").arg(mode), path);
    info.clustering =
        clusteringFromJson(json::requireObject(o, QStringLiteral("clustering"), path), path);
    info.scoring = scoringFromJson(json::requireObject(o, QStringLiteral("scoring"), path), path);
    return info;
}

// Reads a tensor and checks it is rows x cols.
FeatureMatrix readMatrix(const io::SafeTensorsFile &file, const QString &name, qint64 rows,
                         qint64 cols)
{
    const io::TensorInfo *t = file.find(name);
    if (!t || t->shape != std::vector<qint64>{rows, cols})
        throw Error(MemoryBank::tr("The tensor \"%1\" is missing or not %2 x %3.")
                        .arg(name)
                        .arg(rows)
                        .arg(cols),
                    file.path());
    FeatureMatrix m;
    m.rows = rows;
    m.cols = cols;
    m.values = file.readFloat32(name);
    return m;
}

// The bank's JSON description, its format version checked.
QJsonObject readDescription(const io::SafeTensorsFile &file, const QString &path)
{
    const auto meta = file.header().metadata.constFind(kMetadataKey);
    if (meta == file.header().metadata.constEnd())
        throw Error(MemoryBank::tr("This safetensors file is not a NexViTAD memory bank."), path);
    const QJsonDocument doc = QJsonDocument::fromJson(meta.value().toUtf8());
    if (!doc.isObject())
        throw Error(MemoryBank::tr("The memory bank's description is not valid JSON."), path);
    const QJsonObject o = doc.object();
    const int version =
        int(json::requireInteger(o, QStringLiteral("format_version"), 0, json::kMaxInt, path));
    if (version != kFormatVersion)
        throw Error(
            MemoryBank::tr("The memory bank has format version %1; this program reads version %2.")
                .arg(version)
                .arg(kFormatVersion),
            path);
    return o;
}

std::optional<GoodScoreReference> goodScoresFromJson(const QJsonObject &o, const QString &path)
{
    if (!o.contains(kGoodScoresKey))
        return std::nullopt;
    return GoodScoreReference::fromJson(json::requireObject(o, kGoodScoresKey, path), path);
}

} // namespace

void MemoryBank::save(const QString &path) const
{
    const std::vector<FeatureMatrix> &protos = prototypes(); // throws while stale
    std::vector<FeatureMatrix> patches;
    for (size_t l = 0; l < m_info.layers.size(); ++l)
        patches.push_back(layerPatches(l));

    std::vector<io::Float32Tensor> tensors;
    for (size_t l = 0; l < m_info.layers.size(); ++l) {
        const BankLayer &layer = m_info.layers[l];
        tensors.push_back(
            {patchesName(layer), {patches[l].rows, patches[l].cols}, patches[l].values.data()});
        if (m_info.prototypes == PrototypeMode::SinkhornKMeans)
            tensors.push_back(
                {prototypesName(layer), {protos[l].rows, protos[l].cols}, protos[l].values.data()});
    }
    for (const ExtraTensor &e : m_extraTensors)
        tensors.push_back({e.name, e.shape, e.values.data()});

    // Without every image's view (a grown old bank) none are written: explanations stay off.
    const std::vector<quint8> views = packViews(*this);
    std::vector<io::UInt8Tensor> byteTensors;
    if (!views.empty()) {
        const qint64 size = m_info.scoring.imageSize;
        byteTensors.push_back({QLatin1String(kBankViewsTensor),
                               {qint64(m_images.size()), size, size, 3},
                               views.data()});
    }

    const QMap<QString, QString> metadata{
        {kMetadataKey,
         QString::fromUtf8(QJsonDocument(describe(*this)).toJson(QJsonDocument::Compact))}};
    io::writeSafeTensors(path, tensors, metadata, byteTensors);
}

BankScoreBaseline readBankScoreBaseline(const QString &path)
{
    const io::SafeTensorsFile file = io::SafeTensorsFile::open(path);
    const QJsonObject o = readDescription(file, path);
    return BankScoreBaseline{
        ThresholdSet::fromJson(json::requireObject(o, QStringLiteral("thresholds"), path), path),
        goodScoresFromJson(o, path)};
}

MemoryBank MemoryBank::load(const QString &path)
{
    const io::SafeTensorsFile file = io::SafeTensorsFile::open(path);
    const QJsonObject o = readDescription(file, path);

    MemoryBank bank(infoFromJson(o, path));
    const QJsonArray images = json::requireArray(o, QStringLiteral("images"), path);
    const qint64 m = images.size();
    if (m == 0)
        throw Error(tr("The memory bank has no images."), path);
    QStringList known;
    for (const BankLayer &layer : bank.m_info.layers) {
        const FeatureMatrix all =
            readMatrix(file, patchesName(layer), m * layer.patchesPerImage(), layer.channels);
        known << patchesName(layer);
        const qint64 perImage = layer.patchesPerImage() * layer.channels;
        for (qint64 i = 0; i < m; ++i) {
            if (qint64(bank.m_images.size()) <= i) {
                const QJsonObject entry = images[int(i)].toObject();
                bank.m_images.push_back(
                    BankImage{json::requireString(entry, QStringLiteral("sha256"), path),
                              json::requireString(entry, QStringLiteral("name"), path),
                              {},
                              {}});
            }
            FeatureMatrix p(layer.patchesPerImage(), layer.channels);
            std::copy_n(all.values.begin() + i * perImage, perImage, p.values.begin());
            bank.m_images[size_t(i)].patches.push_back(std::move(p));
        }
        if (bank.m_info.prototypes == PrototypeMode::SinkhornKMeans) {
            bank.m_prototypes.push_back(
                readMatrix(file, prototypesName(layer), bank.m_info.clustering.k, layer.channels));
            known << prototypesName(layer);
        } else {
            bank.m_prototypes.push_back(all);
        }
    }
    bank.m_prototypesStale = false;
    bank.m_thresholds =
        ThresholdSet::fromJson(json::requireObject(o, QStringLiteral("thresholds"), path), path);
    bank.m_thresholdsStale = o.value(QStringLiteral("thresholds_stale")).toBool();

    std::vector<cv::Mat> views = readViewsTensor(file, m, bank.m_info.scoring.imageSize);
    for (size_t i = 0; i < views.size(); ++i)
        bank.m_images[i].view = std::move(views[i]);
    known << QLatin1String(kBankViewsTensor);
    bank.m_goodScores = goodScoresFromJson(o, path);

    for (const io::TensorInfo &t : file.header().tensors)
        if (!known.contains(t.name))
            bank.m_extraTensors.push_back(ExtraTensor{t.name, t.shape, file.readFloat32(t.name)});
    bank.m_sourcePath = path;
    return bank;
}

} // namespace nexvitad::infer
