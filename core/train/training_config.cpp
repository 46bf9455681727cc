#include "train/training_config.h"

#include "common/error.h"
#include "io/atomic_file.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>
#include <functional>
#include <limits>

namespace nexvitad::train {
namespace {

struct Cfg
{
    Q_DECLARE_TR_FUNCTIONS(TrainingConfig)
};

constexpr const char *kFormat = "nexvitad-training-config";
constexpr int kVersion = 1;

// One JSON key bound to one member: how to write it, read it from JSON and parse it from
// "--set key=value" text. A parse failure returns false; range checks live in validate().
struct Field
{
    const char *key;
    std::function<QJsonValue(const TrainingConfig &)> get;
    std::function<bool(TrainingConfig &, const QJsonValue &)> setJson;
    std::function<bool(TrainingConfig &, const QString &)> setText;
};

// Whether `d` is a whole number that T holds: [min, -min) is exact in double for int and
// qint64. Converting any other double is undefined behaviour (a config.json with
// "seed": 1e19; found reading it for its fuzz harness, docs/reliability.md).
template <typename T> bool fitsWhole(double d)
{
    const double min = double(std::numeric_limits<T>::min());
    return d >= min && d < -min && d == std::floor(d);
}

template <typename T> Field intField(const char *key, T TrainingConfig::*member)
{
    return {key, [member](const TrainingConfig &c) { return QJsonValue(qint64(c.*member)); },
            [member](TrainingConfig &c, const QJsonValue &v) {
                const double d = v.toDouble(std::nan(""));
                if (!v.isDouble() || !fitsWhole<T>(d))
                    return false;
                // Read exactly, not through the double: a whole number above 2^53 (a seed
                // of 166666666666666666, written by toJson) came back changed (found by
                // fuzz_training_config's round trip). toInteger succeeds when it gives the
                // same for two different defaults.
                const qint64 exact = v.toInteger(0);
                if (exact != v.toInteger(1) || exact < std::numeric_limits<T>::min() ||
                    exact > std::numeric_limits<T>::max())
                    return false;
                c.*member = T(exact);
                return true;
            },
            [member](TrainingConfig &c, const QString &t) {
                bool ok = false;
                const qint64 x = t.toLongLong(&ok);
                // No silent wrap-around: "epochs=4294967297" is not 1 epoch.
                ok = ok && x >= std::numeric_limits<T>::min() && x <= std::numeric_limits<T>::max();
                if (ok)
                    c.*member = T(x);
                return ok;
            }};
}

Field doubleField(const char *key, double TrainingConfig::*member)
{
    return {key, [member](const TrainingConfig &c) { return QJsonValue(c.*member); },
            [member](TrainingConfig &c, const QJsonValue &v) {
                if (!v.isDouble())
                    return false;
                c.*member = v.toDouble();
                return true;
            },
            [member](TrainingConfig &c, const QString &t) {
                bool ok = false;
                const double x = t.toDouble(&ok);
                if (ok && std::isfinite(x))
                    c.*member = x;
                return ok && std::isfinite(x);
            }};
}

Field boolField(const char *key, bool TrainingConfig::*member)
{
    return {key, [member](const TrainingConfig &c) { return QJsonValue(c.*member); },
            [member](TrainingConfig &c, const QJsonValue &v) {
                if (!v.isBool())
                    return false;
                c.*member = v.toBool();
                return true;
            },
            [member](TrainingConfig &c, const QString &t) {
                const QString s = t.trimmed().toLower();
                if (s == QLatin1String("true") || s == QLatin1String("1") ||
                    s == QLatin1String("yes"))
                    c.*member = true;
                else if (s == QLatin1String("false") || s == QLatin1String("0") ||
                         s == QLatin1String("no"))
                    c.*member = false;
                else
                    return false;
                return true;
            }};
}

Field stringField(const char *key, QString TrainingConfig::*member)
{
    return {key, [member](const TrainingConfig &c) { return QJsonValue(c.*member); },
            [member](TrainingConfig &c, const QJsonValue &v) {
                if (!v.isString())
                    return false;
                c.*member = v.toString();
                return true;
            },
            [member](TrainingConfig &c, const QString &t) {
                c.*member = t;
                return true;
            }};
}

// Integer lists: a JSON array, or "256,128,64" / "[256, 128, 64]" on the command line.
Field intListField(const char *key, std::vector<int> TrainingConfig::*member)
{
    return {key,
            [member](const TrainingConfig &c) {
                QJsonArray a;
                for (int x : c.*member)
                    a.append(x);
                return QJsonValue(a);
            },
            [member](TrainingConfig &c, const QJsonValue &v) {
                if (!v.isArray())
                    return false;
                std::vector<int> out;
                for (const QJsonValue &e : v.toArray()) {
                    if (!e.isDouble() || e.toDouble() != std::floor(e.toDouble()))
                        return false;
                    out.push_back(e.toInt());
                }
                c.*member = out;
                return true;
            },
            [member](TrainingConfig &c, const QString &t) {
                QString s = t.trimmed();
                if (s.startsWith(QLatin1Char('[')) && s.endsWith(QLatin1Char(']')))
                    s = s.mid(1, s.size() - 2);
                std::vector<int> out;
                for (const QString &part : s.split(QLatin1Char(','))) {
                    bool ok = false;
                    out.push_back(part.trimmed().toInt(&ok));
                    if (!ok)
                        return false;
                }
                c.*member = out;
                return true;
            }};
}

const std::vector<Field> &fields()
{
    using C = TrainingConfig;
    static const std::vector<Field> table = {
        stringField("preset", &C::preset),
        stringField("hiera", &C::hiera),
        stringField("dinov2", &C::dinov2),
        intField("image_size", &C::imageSize),
        intField("epochs", &C::epochs),
        intField("batch_size", &C::batchSize),
        intField("seed", &C::seed),
        doubleField("lr", &C::lr),
        doubleField("adam_beta1", &C::adamBeta1),
        doubleField("adam_beta2", &C::adamBeta2),
        doubleField("adam_eps", &C::adamEps),
        doubleField("weight_decay", &C::weightDecay),
        doubleField("lr_warmup_fraction", &C::lrWarmupFraction),
        doubleField("phase1_fraction", &C::phase1Fraction),
        doubleField("lambda1", &C::lambda1),
        doubleField("lambda2", &C::lambda2),
        doubleField("theta", &C::theta),
        boolField("mtl", &C::mtl),
        boolField("pseudo_labels", &C::pseudoLabels),
        intField("adapter_reduction", &C::adapterReduction),
        intListField("decoder_widths", &C::decoderWidths),
        intListField("pseudo_hidden", &C::pseudoHidden),
        doubleField("aug_hflip", &C::augHflip),
        doubleField("aug_vflip", &C::augVflip),
        doubleField("aug_rot90", &C::augRot90),
        doubleField("aug_scale", &C::augScale),
        doubleField("aug_scale_min", &C::augScaleMin),
        doubleField("aug_scale_max", &C::augScaleMax),
        intField("aug_scale_levels", &C::augScaleLevels),
        doubleField("aug_noise", &C::augNoise),
        doubleField("aug_noise_std", &C::augNoiseStd),
        intField("aug_variants", &C::augVariants),
        stringField("target_pool", &C::targetPool),
        intField("cache_memory_mb", &C::cacheMemoryMb),
        boolField("cache_on_disk", &C::cacheOnDisk),
    };
    return table;
}

const Field *findField(const QString &key)
{
    for (const Field &f : fields())
        if (key == QLatin1String(f.key))
            return &f;
    return nullptr;
}

QString unknownKeyMessage(const QString &key)
{
    return Cfg::tr("unknown training setting \"%1\" (known: %2)")
        .arg(key, TrainingConfig::keys().join(QStringLiteral(", ")));
}

} // namespace

int TrainingConfig::phase1Epochs() const
{
    return int(std::lround(phase1Fraction * epochs));
}

QStringList TrainingConfig::keys()
{
    QStringList out;
    for (const Field &f : fields())
        out << QLatin1String(f.key);
    return out;
}

QJsonObject TrainingConfig::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("format"), QLatin1String(kFormat));
    json.insert(QStringLiteral("version"), kVersion);
    for (const Field &f : fields())
        json.insert(QLatin1String(f.key), f.get(*this));
    return json;
}

TrainingConfig TrainingConfig::fromJson(const QJsonObject &json, const QString &pathForErrors)
{
    if (json.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        throw Error(Cfg::tr("not a NexViTAD training configuration (\"format\" must be \"%1\")")
                        .arg(QLatin1String(kFormat)),
                    pathForErrors);
    if (json.value(QStringLiteral("version")).toInt() != kVersion)
        throw Error(Cfg::tr("unsupported training configuration version %1 (expected %2)")
                        .arg(json.value(QStringLiteral("version")).toVariant().toString())
                        .arg(kVersion),
                    pathForErrors);
    TrainingConfig config;
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.key() == QLatin1String("format") || it.key() == QLatin1String("version"))
            continue;
        const Field *f = findField(it.key());
        if (!f)
            throw Error(unknownKeyMessage(it.key()), pathForErrors);
        if (!f->setJson(config, it.value()))
            throw Error(
                Cfg::tr("training setting \"%1\" has a value of the wrong type").arg(it.key()),
                pathForErrors);
    }
    try {
        config.validate();
    } catch (const Error &e) {
        throw Error(e.message(), pathForErrors);
    }
    return config;
}

void TrainingConfig::applyOverride(const QString &assignment)
{
    const qsizetype eq = assignment.indexOf(QLatin1Char('='));
    if (eq <= 0)
        throw Error(Cfg::tr("\"%1\" is not of the form key=value").arg(assignment));
    const QString key = assignment.left(eq).trimmed();
    const QString value = assignment.mid(eq + 1).trimmed();
    const Field *f = findField(key);
    if (!f)
        throw Error(unknownKeyMessage(key));
    TrainingConfig changed = *this;
    if (!f->setText(changed, value))
        throw Error(
            Cfg::tr("\"%1\" is not a valid value for training setting \"%2\"").arg(value, key));
    changed.validate();
    *this = changed;
}

TrainingConfig TrainingConfig::fromPreset(const QString &name)
{
    TrainingConfig c; // the defaults are the paper's
    if (name == QLatin1String("paper"))
        return c;
    if (name == QLatin1String("cpu")) {
        c.preset = name;
        c.hiera = QStringLiteral("hiera_tiny_224");
        // Sized for 2 cores: the frozen features of each image and of each of its
        // augmentations are computed once and then served by the feature cache.
        c.imageSize = 128;
        c.epochs = 10;
        c.batchSize = 4;
        c.augVariants = 2;
        c.cacheMemoryMb = 2048;
        return c;
    }
    throw Error(Cfg::tr("unknown preset \"%1\" (known: %2)")
                    .arg(name, presetNames().join(QStringLiteral(", "))));
}

QStringList TrainingConfig::presetNames()
{
    return {QStringLiteral("paper"), QStringLiteral("cpu")};
}

TrainingConfig loadTrainingConfig(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Cfg::tr("cannot read the training configuration: %1").arg(file.errorString()),
                    path);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        throw Error(Cfg::tr("the training configuration is not a JSON object (%1 at byte %2)")
                        .arg(parseError.errorString())
                        .arg(parseError.offset),
                    path);
    return TrainingConfig::fromJson(doc.object(), path);
}

void saveTrainingConfig(const TrainingConfig &config, const QString &path)
{
    io::writeFileAtomically(path, QJsonDocument(config.toJson()).toJson(QJsonDocument::Indented));
}

} // namespace nexvitad::train
