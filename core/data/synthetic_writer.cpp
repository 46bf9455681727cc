// Writes the synthetic dataset in the MVTec AD layout, or confirms that a folder already
// holds exactly that dataset (so `./workstation demo` can run again without rewriting it).

#include "common/error.h"
#include "common/progress.h"
#include "data/synthetic.h"
#include "io/atomic_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <opencv2/imgcodecs.hpp>

namespace nexvitad::data {

namespace {
struct WriterText
{
    Q_DECLARE_TR_FUNCTIONS(SyntheticWriter)
};

const QString kDescriptionFile = QStringLiteral("synthetic.json");

QByteArray encodePng(const cv::Mat &image)
{
    std::vector<uchar> buffer;
    cv::imencode(".png", image, buffer);
    return QByteArray(reinterpret_cast<const char *>(buffer.data()), static_cast<qsizetype>(buffer.size()));
}

QByteArray description(const SyntheticOptions &o)
{
    const QJsonObject json{{QStringLiteral("generator"), QStringLiteral("nexvitad-synthetic-1")},
                           {QStringLiteral("seed"), QString::number(o.seed)},
                           {QStringLiteral("classes"), o.classes},
                           {QStringLiteral("size"), o.size},
                           {QStringLiteral("train_good"), o.trainGood},
                           {QStringLiteral("test_good"), o.testGood},
                           {QStringLiteral("test_defects"), o.testDefects}};
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

void validate(const SyntheticOptions &o)
{
    syntheticClasses(o.classes); // throws on a bad class count
    if (o.size < 32 || o.size > 1024)
        throw Error(WriterText::tr("the image size must be 32 to 1024 pixels, not %1").arg(o.size));
    if (o.trainGood < 0 || o.testGood < 0 || o.testDefects < 0 || o.trainGood > 100000
        || o.testGood > 100000 || o.testDefects > 100000)
        throw Error(WriterText::tr("image counts must be 0 to 100000"));
}

// Either writes each file or, in verify mode, checks that it is already there byte for byte.
class Output
{
public:
    Output(QString root, bool verify) : m_root(std::move(root)), m_verify(verify) {}

    void put(const QString &relative, const QByteArray &bytes)
    {
        const QString path = m_root + QLatin1Char('/') + relative;
        if (m_verify) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly) || f.readAll() != bytes)
                throw Error(WriterText::tr("the folder is not empty and does not hold this "
                                           "synthetic dataset (first difference: %1); choose an "
                                           "empty folder, or pass --force to write over it")
                                .arg(relative),
                            m_root);
            return;
        }
        const QString dir = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(dir))
            throw Error(WriterText::tr("cannot create the folder"), dir);
        io::writeFileAtomically(path, bytes);
    }

private:
    QString m_root;
    bool m_verify;
};

bool isNonEmptyFolder(const QString &dir)
{
    const QDir d(dir);
    return d.exists() && !d.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System).isEmpty();
}
} // namespace

SyntheticResult writeSyntheticDataset(const QString &dir, const SyntheticOptions &options,
                                      bool force, Progress &progress)
{
    validate(options);
    if (QFileInfo(dir).exists() && !QFileInfo(dir).isDir())
        throw Error(WriterText::tr("exists and is not a folder"), dir);
    SyntheticResult result;
    result.alreadyPresent = isNonEmptyFolder(dir) && !force;
    Output out(QDir(dir).absolutePath(), result.alreadyPresent);

    const std::vector<SyntheticClass> classes = syntheticClasses(options.classes);
    qint64 total = 0;
    for (const SyntheticClass &c : classes)
        total += options.trainGood + options.testGood
                 + qint64(options.testDefects) * c.defectTypes.size();
    progress.setStage(result.alreadyPresent ? WriterText::tr("Checking the synthetic dataset")
                                            : WriterText::tr("Generating the synthetic dataset"));
    out.put(kDescriptionFile, description(options));
    qint64 done = 0;
    for (int ci = 0; ci < static_cast<int>(classes.size()); ++ci) {
        const SyntheticClass &cls = classes[static_cast<std::size_t>(ci)];
        QStringList splitTypes{QStringLiteral("good"), QStringLiteral("good")};
        splitTypes += cls.defectTypes;
        for (int split = 0; split < splitTypes.size(); ++split) {
            const QString &type = splitTypes[split];
            const int count = split == 0 ? options.trainGood
                                         : (split == 1 ? options.testGood : options.testDefects);
            const QString folder = cls.name + (split == 0 ? QStringLiteral("/train/") : QStringLiteral("/test/")) + type;
            for (int i = 0; i < count; ++i) {
                progress.throwIfCanceled();
                const SyntheticSample s = renderSyntheticSample(
                    ci, type, syntheticImageSeed(options.seed, ci, split, i), options.size);
                const QString stem = QStringLiteral("%1").arg(i, 3, 10, QLatin1Char('0'));
                out.put(folder + QLatin1Char('/') + stem + QStringLiteral(".png"), encodePng(s.image));
                ++result.images;
                if (split >= 2) {
                    out.put(cls.name + QStringLiteral("/ground_truth/") + type + QLatin1Char('/')
                                + stem + QStringLiteral("_mask.png"),
                            encodePng(s.mask));
                    ++result.masks;
                }
                progress.report(++done, total);
            }
        }
    }
    return result;
}

} // namespace nexvitad::data
