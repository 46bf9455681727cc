// The model registry: the known names, their URLs and architectures, parameter counts
// derived from the architectures, and the "present" check on a real models folder.

#include "backbones/model_registry.h"
#include "backbones/weights_check.h"
#include "backbones/weights_download.h"
#include "backbones/weights_spec.h"
#include "weights_test_models.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace nexvitad::backbones;

class TestWeightsRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { testsupport::isolateSettings(); }

    void knowsEveryModelOfTheIssue()
    {
        const QStringList names = {
            "hiera_tiny_224.mae_in1k_ft_in1k",        "hiera_small_224.mae_in1k_ft_in1k",
            "hiera_base_224.mae_in1k_ft_in1k",        "hiera_base_plus_224.mae_in1k_ft_in1k",
            "hiera_large_224.mae_in1k_ft_in1k",       "hiera_huge_224.mae_in1k_ft_in1k",
            "vit_small_patch14_dinov2.lvd142m",       "vit_small_patch14_reg4_dinov2.lvd142m",
            "vit_base_patch14_dinov2.lvd142m",        "vit_base_patch14_reg4_dinov2.lvd142m",
            "vit_large_patch14_dinov2.lvd142m",       "vit_large_patch14_reg4_dinov2.lvd142m"};
        QCOMPARE(knownModels().size(), size_t(names.size()));
        const QStringList variants = knownVariants();
        for (const QString &name : names) {
            const KnownModel *m = findKnownModel(name);
            QVERIFY2(m, qPrintable(name));
            // The architecture is the timm name without the pretrained tag, and the
            // backbones code can build it.
            QCOMPARE(m->variant, name.section(QLatin1Char('.'), 0, 0));
            QVERIFY2(variants.contains(m->variant), qPrintable(m->variant));
            QCOMPARE(m->family, name.startsWith(QLatin1String("hiera")) ? Family::Hiera
                                                                        : Family::DinoV2);
            QCOMPARE(m->url, QStringLiteral("https://huggingface.co/timm/%1/resolve/main/"
                                            "model.safetensors").arg(name));
            // Nothing may be invented: a recorded digest must at least look like one.
            QVERIFY(m->sha256.isEmpty() || m->sha256.size() == 64);
            QVERIFY(!m->expectedBytes || *m->expectedBytes > 0);
        }
        QVERIFY(!findKnownModel(QStringLiteral("hiera_tiny_224")));
        QVERIFY(!findKnownModel(QStringLiteral("HIERA_TINY_224.mae_in1k_ft_in1k")));
    }

    void pathsAndUrls()
    {
        const KnownModel &m = *findKnownModel(QStringLiteral("vit_small_patch14_dinov2.lvd142m"));
        QCOMPARE(localWeightsPath(m, QStringLiteral("/models")),
                 QStringLiteral("/models/vit_small_patch14_dinov2.lvd142m.safetensors"));
        QCOMPARE(partialWeightsPath(m, QStringLiteral("/models")),
                 QStringLiteral("/models/vit_small_patch14_dinov2.lvd142m.safetensors.part"));
        qunsetenv("NEXVITAD_WEIGHTS_BASE_URL");
        QCOMPARE(weightsDownloadUrl(m), m.url);
        qputenv("NEXVITAD_WEIGHTS_BASE_URL", "http://mirror.local/hub/");
        QCOMPARE(weightsDownloadUrl(m), QStringLiteral("http://mirror.local/hub/"
                                                       "vit_small_patch14_dinov2.lvd142m/resolve/"
                                                       "main/model.safetensors"));
        DownloadOptions explicitBase;
        explicitBase.baseUrl = QStringLiteral("http://other");
        QVERIFY(weightsDownloadUrl(m, explicitBase).startsWith(QLatin1String("http://other/vit_")));
        qunsetenv("NEXVITAD_WEIGHTS_BASE_URL");
    }

    // Counted from the expected keys and shapes, checked against an independent count of the
    // same architectures (formula in docs/weights.md). Hiera's checkpoints also carry a
    // classification head (head.norm + head.fc, 1000 classes), which the loaders ignore;
    // with it the totals are timm's published 27.9 M (tiny) and 672.8 M (huge).
    void parameterCountsFollowTheArchitecture()
    {
        const auto hieraHead = [](qint64 dim) { return 2 * dim + dim * 1000 + 1000; };
        QCOMPARE(backboneParameterCount(QStringLiteral("hiera_tiny_224")) + hieraHead(768),
                 qint64(27910216));
        QCOMPARE(backboneParameterCount(QStringLiteral("hiera_huge_224")) + hieraHead(2048),
                 qint64(672779752));
        QCOMPARE(backboneParameterCount(QStringLiteral("vit_small_patch14_dinov2")), qint64(22056192));
        QCOMPARE(backboneParameterCount(QStringLiteral("vit_small_patch14_reg4_dinov2")),
                 qint64(22057344));
        QCOMPARE(backboneParameterCount(QStringLiteral("vit_large_patch14_dinov2")),
                 qint64(304367616));
        // The table in docs/weights.md.
        const QList<QPair<const char *, qint64>> documented = {
            {"hiera_tiny_224", 27139680},           {"hiera_small_224", 34237536},
            {"hiera_base_224", 50754432},           {"hiera_base_plus_224", 68997824},
            {"hiera_large_224", 212584608},         {"hiera_huge_224", 670726656},
            {"vit_small_patch14_dinov2", 22056192}, {"vit_small_patch14_reg4_dinov2", 22057344},
            {"vit_base_patch14_dinov2", 86579712},  {"vit_base_patch14_reg4_dinov2", 86582016},
            {"vit_large_patch14_dinov2", 304367616}, {"vit_large_patch14_reg4_dinov2", 304370688}};
        for (const auto &[variant, count] : documented)
            QCOMPARE(backboneParameterCount(QString::fromLatin1(variant)), count);
        // The fixture checkpoint (a 2-block ViT, 37x37 position grid) holds exactly these.
        QCOMPARE(backboneParameterCount(QStringLiteral("dinov2_mini")), qint64(88320));
    }

    void statusOfAModelsFolder()
    {
        QTemporaryDir dir;
        const KnownModel hiera = weightstest::testModel(QStringLiteral("hiera_mini"));
        WeightsStatus s = weightsStatus(hiera, dir.path());
        QVERIFY(!s.exists);
        QVERIFY(!s.valid);
        QCOMPARE(s.partialBytes, qint64(0));
        QVERIFY(!weightsPresent(hiera, dir.path()));

        QVERIFY(QFile::copy(weightstest::fixturePath(QStringLiteral("hiera_mini")),
                            localWeightsPath(hiera, dir.path())));
        s = weightsStatus(hiera, dir.path());
        QVERIFY(s.exists);
        QVERIFY2(s.valid, qPrintable(s.problem));
        QCOMPARE(s.bytes, QFileInfo(weightstest::fixturePath(QStringLiteral("hiera_mini"))).size());
        QVERIFY(weightsPresent(hiera, dir.path()));

        // A file of another architecture under this name exists but is not present.
        const KnownModel dino = weightstest::testModel(QStringLiteral("dinov2_mini"));
        QVERIFY(QFile::copy(weightstest::fixturePath(QStringLiteral("hiera_mini")),
                            localWeightsPath(dino, dir.path())));
        s = weightsStatus(dino, dir.path());
        QVERIFY(s.exists);
        QVERIFY(!s.valid);
        QVERIFY2(s.problem.contains(QLatin1String("cls_token")), qPrintable(s.problem));

        // An interrupted download is reported as resumable bytes.
        QFile part(partialWeightsPath(dino, dir.path()));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(QByteArray(1234, 'x'));
        part.close();
        QCOMPARE(weightsStatus(dino, dir.path()).partialBytes, qint64(1234));
    }

    // Reading a spec without resolving it (the GUI's timing estimate, "untrained" labels).
    void specsAreReadWithoutResolving()
    {
        QVERIFY(isRandomWeightsSpec(QStringLiteral("random:hiera_tiny_224")));
        QVERIFY(isRandomWeightsSpec(QStringLiteral(" random:dinov2_mini:2")));
        QVERIFY(!isRandomWeightsSpec(QStringLiteral("hiera_tiny_224.mae_in1k_ft_in1k")));
        QVERIFY(!isRandomWeightsSpec(QStringLiteral("/models/random.safetensors")));
        QCOMPARE(variantNamedBy(QStringLiteral("random:hiera_tiny_224:7")),
                 QStringLiteral("hiera_tiny_224"));
        QCOMPARE(variantNamedBy(QStringLiteral("hiera_tiny_224.mae_in1k_ft_in1k")),
                 QStringLiteral("hiera_tiny_224"));
        QCOMPARE(variantNamedBy(QStringLiteral("vit_small_patch14_dinov2")),
                 QStringLiteral("vit_small_patch14_dinov2"));
        QCOMPARE(variantNamedBy(QStringLiteral("weights/hiera.safetensors")), QString());
    }
};

QTEST_GUILESS_MAIN(TestWeightsRegistry)
#include "test_weights_registry.moc"
