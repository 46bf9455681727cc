// Settings round trip through QSettings, environment override, device parsing.

#include "common/settings.h"
#include "test_support.h"

#include <QTest>

using nexvitad::DeviceChoice;
using nexvitad::Settings;

class TestSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { testsupport::isolateSettings(); }

    void defaults()
    {
        Settings s;
        QCOMPARE(s.device(), DeviceChoice::Auto);
        QCOMPARE(s.threads(), 0);
        QVERIFY(s.tensorCacheMiB() > 0 && s.tensorCacheMiB() <= 2048);
        QVERIFY(s.modelsDirectory().endsWith(QStringLiteral("/nexvitad/models")));
    }

    void roundTrip()
    {
        {
            Settings s;
            s.setModelsDirectory(QStringLiteral("/tmp/some/models/"));
            s.setDevice(DeviceChoice::Cuda);
            s.setThreads(3);
            s.setTensorCacheMiB(0);
            s.setOperatorName(QStringLiteral("Jana Nováková"));
            s.setLanguage(QStringLiteral("de"));
            s.sync();
        }
        Settings fresh; // a new object reads what the last one wrote
        QCOMPARE(fresh.modelsDirectory(), QStringLiteral("/tmp/some/models"));
        QCOMPARE(fresh.device(), DeviceChoice::Cuda);
        QCOMPARE(fresh.threads(), 3);
        QCOMPARE(fresh.tensorCacheMiB(), 0); // off is kept, not replaced by the default
        QCOMPARE(fresh.operatorName(), QStringLiteral("Jana Nováková"));
        QCOMPARE(fresh.language(), QStringLiteral("de"));
        fresh.setThreads(-4); // nonsense is clamped to "all cores"
        QCOMPARE(fresh.threads(), 0);
    }

    void environmentOverridesModelsDirectory()
    {
        qputenv("NEXVITAD_MODELS_DIR", "/opt/models//x/");
        QCOMPARE(Settings().modelsDirectory(), QStringLiteral("/opt/models/x"));
        qunsetenv("NEXVITAD_MODELS_DIR");
    }

    void parseDevice_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("device");
        QTest::newRow("auto") << "auto" << true << int(DeviceChoice::Auto);
        QTest::newRow("CPU") << " CPU " << true << int(DeviceChoice::Cpu);
        QTest::newRow("cuda") << "cuda" << true << int(DeviceChoice::Cuda);
        QTest::newRow("bad") << "tpu" << false << int(DeviceChoice::Auto);
    }
    void parseDevice()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(int, device);
        DeviceChoice d = DeviceChoice::Auto;
        QCOMPARE(nexvitad::parseDeviceChoice(text, &d), valid);
        QCOMPARE(int(d), device);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "test_settings.moc"
