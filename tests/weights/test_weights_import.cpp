// importWeights / identifyWeights on the golden fixture checkpoints: valid files are copied
// byte for byte; malformed files and other architectures are refused with nothing left in
// the models folder; the user's file is never modified.

#include "backbones/model_registry.h"
#include "backbones/weights_import.h"
#include "common/error.h"
#include "common/progress.h"
#include "weights_test_models.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace nexvitad::backbones;
using weightstest::fixturePath;
using weightstest::readAll;
using weightstest::testModel;

class TestWeightsImport : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_models;
    std::unique_ptr<QTemporaryDir> m_scratch;

    QStringList modelsDirEntries() const
    {
        return QDir(m_models->path()).entryList(QDir::Files | QDir::Hidden);
    }

    QString importError(const QString &file, const KnownModel &model)
    {
        try {
            importWeights(file, m_models->path(), model, nexvitad::Progress::none());
        } catch (const nexvitad::Error &e) {
            return e.userText();
        }
        return {};
    }

    QString writeScratch(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_scratch->filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return path;
    }

private Q_SLOTS:
    void initTestCase() { testsupport::isolateSettings(); }

    void init()
    {
        m_models = std::make_unique<QTemporaryDir>();
        m_scratch = std::make_unique<QTemporaryDir>();
    }

    void importsAValidFile()
    {
        const QByteArray bytes = readAll(fixturePath(QStringLiteral("hiera_mini_h2")));
        const QString source = writeScratch(QStringLiteral("mine.safetensors"), bytes);
        const KnownModel model = testModel(QStringLiteral("hiera_mini_h2"));
        ImportResult r = importWeights(source, m_models->path(), model, nexvitad::Progress::none());
        QCOMPARE(r.name, model.name);
        QCOMPARE(r.path, localWeightsPath(model, m_models->path()));
        QCOMPARE(readAll(r.path), bytes);
        QCOMPARE(r.bytes, qint64(bytes.size()));
        QCOMPARE(r.sha256.size(), 64);
        QVERIFY(!r.replaced);
        QCOMPARE(modelsDirEntries(), QStringList{model.fileName()}); // no temporary left
        QCOMPARE(readAll(source), bytes);                             // source untouched

        r = importWeights(source, m_models->path(), model, nexvitad::Progress::none());
        QVERIFY(r.replaced);
        QCOMPARE(readAll(r.path), bytes);

        // Importing the installed file onto itself is a no-op, not a self-truncation.
        r = importWeights(r.path, m_models->path(), model, nexvitad::Progress::none());
        QCOMPARE(readAll(r.path), bytes);
    }

    void rejectsMalformedFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray good = readAll(fixturePath(QStringLiteral("hiera_mini")));
        QTest::newRow("truncated") << good.left(good.size() / 2);
        QTest::newRow("header only") << good.left(100);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("hello, I am not a checkpoint\n");
        QByteArray huge = good;
        huge[7] = '\x7f'; // header length far beyond the file
        QTest::newRow("header length overflow") << huge;
    }

    void rejectsMalformedFiles()
    {
        QFETCH(QByteArray, bytes);
        const QString source = writeScratch(QStringLiteral("bad.safetensors"), bytes);
        const QString error = importError(source, testModel(QStringLiteral("hiera_mini")));
        QVERIFY2(!error.isEmpty(), "malformed file accepted");
        QVERIFY2(error.contains(source), qPrintable(error));
        QVERIFY2(modelsDirEntries().isEmpty(), qPrintable(modelsDirEntries().join(' ')));
        QCOMPARE(readAll(source), bytes);
    }

    void rejectsAnotherArchitecture()
    {
        const QString error = importError(fixturePath(QStringLiteral("dinov2_mini")),
                                          testModel(QStringLiteral("hiera_mini")));
        QVERIFY2(error.contains(QLatin1String("missing keys")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("unexpected keys")), qPrintable(error));
        QVERIFY(modelsDirEntries().isEmpty());

        // Same family, other sizes: reported as shape mismatches.
        const QString shapes = importError(fixturePath(QStringLiteral("hiera_mini")),
                                           testModel(QStringLiteral("hiera_mini_h2")));
        QVERIFY2(!shapes.isEmpty(), "hiera_mini accepted as hiera_mini_h2");
        QVERIFY(modelsDirEntries().isEmpty());

        // A fixture is not a real model either (import by registry name).
        try {
            importWeights(fixturePath(QStringLiteral("dinov2_mini")), m_models->path(),
                          QStringLiteral("vit_small_patch14_dinov2.lvd142m"),
                          nexvitad::Progress::none());
            QFAIL("dinov2_mini accepted as ViT-S/14");
        } catch (const nexvitad::Error &e) {
            QVERIFY2(e.message().contains(QLatin1String("shape")), qPrintable(e.message()));
        }
        QVERIFY(modelsDirEntries().isEmpty());
    }

    void identifiesTheArchitectureFromKeysAndShapes()
    {
        std::vector<KnownModel> candidates;
        for (const char *v : {"hiera_mini", "hiera_mini_h2", "dinov2_mini", "dinov2_mini_reg4"})
            candidates.push_back(testModel(QString::fromLatin1(v)));
        for (const KnownModel &expected : candidates) {
            const KnownModel *found = identifyWeights(fixturePath(expected.variant), candidates);
            QVERIFY2(found, qPrintable(expected.variant));
            QCOMPARE(found->name, expected.name);
        }
        // None of the real models has a fixture's shapes.
        QVERIFY(!identifyWeights(fixturePath(QStringLiteral("hiera_mini")), knownModels()));
    }

    void importWithoutANameNeedsARecognisableFile()
    {
        try {
            importWeights(fixturePath(QStringLiteral("hiera_mini")), m_models->path(), QString(),
                          nexvitad::Progress::none());
            QFAIL("unrecognisable file imported");
        } catch (const nexvitad::Error &e) {
            QVERIFY2(e.message().contains(QLatin1String("name the model")), qPrintable(e.message()));
        }
        try {
            importWeights(fixturePath(QStringLiteral("hiera_mini")), m_models->path(),
                          QStringLiteral("resnet50.a1_in1k"), nexvitad::Progress::none());
            QFAIL("unknown name accepted");
        } catch (const nexvitad::Error &e) {
            QVERIFY2(e.message().contains(QLatin1String("Unknown model")), qPrintable(e.message()));
        }
        QVERIFY(modelsDirEntries().isEmpty());
    }

    void missingFileIsReported()
    {
        const QString error = importError(m_scratch->filePath(QStringLiteral("nope.safetensors")),
                                          testModel(QStringLiteral("hiera_mini")));
        QVERIFY2(error.contains(QLatin1String("nope.safetensors")), qPrintable(error));
    }

    void cancelLeavesNothing()
    {
        nexvitad::Progress progress;
        progress.cancel();
        QVERIFY_THROWS_EXCEPTION(nexvitad::Canceled,
                                 importWeights(fixturePath(QStringLiteral("hiera_mini")),
                                               m_models->path(), testModel(QStringLiteral("hiera_mini")),
                                               progress));
        QVERIFY(modelsDirEntries().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWeightsImport)
#include "test_weights_import.moc"
