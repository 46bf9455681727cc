// `nexvitad-cli features` end to end: the fixture input through the fixture checkpoints
// must give timm's outputs; an image through random backbones is marked untrained.
#include "common/error.h"
#include "io/safetensors.h"
#include "test_support.h"

#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace nexvitad;

namespace {

QString fixture(const QString &name)
{
    return testsupport::dataPath(QStringLiteral("fixtures/") + name);
}

double maxAbsError(const io::SafeTensorsFile &a, const QString &nameA, const io::SafeTensorsFile &b,
                   const QString &nameB)
{
    const io::TensorInfo *ia = a.find(nameA), *ib = b.find(nameB);
    if (!ia || !ib || ia->shape != ib->shape)
        return INFINITY;
    const std::vector<float> va = a.readFloat32(nameA), vb = b.readFloat32(nameB);
    double worst = 0.0;
    for (size_t i = 0; i < va.size(); ++i)
        worst = std::max(worst, double(std::abs(va[i] - vb[i])));
    return worst;
}

} // namespace

class TestFeaturesCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtureInputMatchesTimm()
    {
        QTemporaryDir home;
        // The fixtures share one input; write it as the `input` tensor the CLI expects.
        const io::SafeTensorsFile expectedHiera =
            io::SafeTensorsFile::open(fixture("hiera_mini.io.safetensors"));
        const std::vector<float> input = expectedHiera.readFloat32(QStringLiteral("input"));
        const QString inputPath = home.filePath(QStringLiteral("input.safetensors"));
        io::writeSafeTensors(inputPath, {{QStringLiteral("input"), {1, 3, 224, 224}, input.data()}});

        const QString outPath = home.filePath(QStringLiteral("out.safetensors"));
        const auto result = testsupport::runCli(
            {QStringLiteral("features"), QStringLiteral("--hiera"), fixture("hiera_mini.safetensors"),
             QStringLiteral("--dinov2"), fixture("dinov2_mini_reg4.safetensors"),
             QStringLiteral("--input"), inputPath, QStringLiteral("--out"), outPath},
            home.path());
        QVERIFY2(result.exitCode == 0, qPrintable(result.err + result.out));
        QVERIFY(result.out.contains(QLatin1String("hiera_mini")));

        const io::SafeTensorsFile out = io::SafeTensorsFile::open(outPath);
        for (int i = 1; i <= 4; ++i) {
            const QString name = QStringLiteral("stage%1").arg(i);
            const double err = maxAbsError(out, name, expectedHiera, name);
            QVERIFY2(err <= 1e-4, qPrintable(name + QStringLiteral(": %1").arg(err)));
        }
        const io::SafeTensorsFile expectedDino =
            io::SafeTensorsFile::open(fixture("dinov2_mini_reg4.io.safetensors"));
        const double tokens = maxAbsError(out, QStringLiteral("dino_patch_tokens"), expectedDino,
                                          QStringLiteral("patch_tokens224"));
        QVERIFY2(tokens <= 1e-4, qPrintable(QString::number(tokens)));
        QVERIFY(maxAbsError(out, QStringLiteral("dino_cls"), expectedDino, QStringLiteral("cls224")) <= 1e-4);
        QCOMPARE(out.header().metadata.value(QStringLiteral("untrained_backbone")), QStringLiteral("false"));
        QCOMPARE(out.header().metadata.value(QStringLiteral("dinov2_variant")), QStringLiteral("dinov2_mini_reg4"));
    }

    void imageThroughRandomBackbones()
    {
        QTemporaryDir home;
        QImage image(300, 200, QImage::Format_RGB888);
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                image.setPixel(x, y, qRgb(x % 256, y % 256, (x * y) % 256));
        const QString imagePath = home.filePath(QStringLiteral("image.png"));
        QVERIFY(image.save(imagePath));
        const QString outPath = home.filePath(QStringLiteral("features.safetensors"));
        const auto result = testsupport::runCli(
            {QStringLiteral("features"), QStringLiteral("--hiera"), QStringLiteral("random:hiera_mini:1"),
             QStringLiteral("--dinov2"), QStringLiteral("random:dinov2_mini"), QStringLiteral("--image"),
             imagePath, QStringLiteral("--size"), QStringLiteral("256"), QStringLiteral("--out"), outPath},
            home.path());
        QVERIFY2(result.exitCode == 0, qPrintable(result.err + result.out));
        QVERIFY(result.out.contains(QLatin1String("untrained backbone")));
        const io::SafeTensorsFile out = io::SafeTensorsFile::open(outPath);
        QCOMPARE(out.find(QStringLiteral("input"))->shape, (std::vector<qint64>{1, 3, 256, 256}));
        QCOMPARE(out.find(QStringLiteral("stage1"))->shape, (std::vector<qint64>{1, 16, 64, 64}));
        QCOMPARE(out.find(QStringLiteral("stage4"))->shape, (std::vector<qint64>{1, 128, 8, 8}));
        // 256 is not a multiple of 14: DINOv2 sees the nearest one, 252 -> an 18 x 18 grid.
        QCOMPARE(out.find(QStringLiteral("dino_patch_tokens"))->shape, (std::vector<qint64>{1, 18, 18, 32}));
        QCOMPARE(out.header().metadata.value(QStringLiteral("untrained_backbone")), QStringLiteral("true"));
        // ImageNet normalisation: pixel (0, 0) is black -> -mean / std in each channel.
        const std::vector<float> in = out.readFloat32(QStringLiteral("input"));
        QVERIFY(std::abs(in[0] - (-0.485f / 0.229f)) < 1e-3);
    }

    void errorsAreReported()
    {
        QTemporaryDir home;
        auto usage = testsupport::runCli({QStringLiteral("features"), QStringLiteral("--hiera"),
                                          QStringLiteral("random:hiera_mini")},
                                         home.path());
        QCOMPARE(usage.exitCode, 2);
        const QString bad = home.filePath(QStringLiteral("bad.safetensors"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\xff\xff\xff\xff\xff\xff\xff\xff{}");
        f.close();
        auto failed = testsupport::runCli(
            {QStringLiteral("features"), QStringLiteral("--hiera"), bad, QStringLiteral("--dinov2"),
             QStringLiteral("random:dinov2_mini"), QStringLiteral("--image"), bad,
             QStringLiteral("--out"), home.filePath(QStringLiteral("o.safetensors"))},
            home.path());
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains(bad) && failed.err.contains(QLatin1String("header claims")),
                 qPrintable(failed.err));
        QVERIFY(!QFile::exists(home.filePath(QStringLiteral("o.safetensors"))));
    }

    void benchUsage()
    {
        QTemporaryDir home;
        QCOMPARE(testsupport::runCli({QStringLiteral("bench")}, home.path()).exitCode, 2);
        QCOMPARE(testsupport::runCli({QStringLiteral("bench"), QStringLiteral("nothing")}, home.path()).exitCode, 2);
        // A real (tiny) benchmark run: the report has its parts. No timing is asserted.
        const auto r = testsupport::runCli({QStringLiteral("bench"), QStringLiteral("backbone"),
                                            QStringLiteral("--hiera"), QStringLiteral("hiera_mini"),
                                            QStringLiteral("--dinov2"), QStringLiteral("dinov2_mini"),
                                            QStringLiteral("--batch"), QStringLiteral("2"),
                                            QStringLiteral("--runs"), QStringLiteral("1")},
                                           home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY(r.out.contains(QLatin1String("sgemm")));
        QVERIFY(r.out.contains(QLatin1String("both")));
        QVERIFY(r.out.contains(QLatin1String("Peak RSS")));
    }
};

QTEST_GUILESS_MAIN(TestFeaturesCli)
#include "test_features_cli.moc"
