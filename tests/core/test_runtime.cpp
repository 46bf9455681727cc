// Thread set-up, the BLAS check, device resolution and the translation catalogues.

#include "common/error.h"
#include "common/runtime.h"
#include "common/translations.h"

#include <QCoreApplication>
#include <QTest>

namespace rt = nexvitad::runtime;

class TestRuntime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void threads()
    {
        QCOMPARE(rt::configureThreads(1), 1);
        QCOMPARE(rt::threadCount(), 1);
        QCOMPARE(rt::configureThreads(0), rt::coreCount()); // 0 = all cores
        QCOMPARE(rt::threadCount(), rt::coreCount());
    }

    void blasCheckMeasures()
    {
        rt::configureThreads(0);
        const rt::BlasCheck check = rt::checkBlas(256);
        QVERIFY(check.gflops > 0.0);
        QCOMPARE(check.matrixSize, 256);
        QCOMPARE(check.looksReference, check.gflops < rt::kReferenceBlasGflops);
        QCOMPARE(check.warning.isEmpty(), !check.looksReference);
        qInfo() << "sgemm" << check.gflops << "GFLOP/s via" << check.library;
    }

    void deviceResolution()
    {
        QCOMPARE(rt::resolveDevice(nexvitad::DeviceChoice::Cpu), QStringLiteral("cpu"));
        const QString autoDevice = rt::resolveDevice(nexvitad::DeviceChoice::Auto);
        QCOMPARE(autoDevice, rt::cudaAvailable() ? QStringLiteral("cuda") : QStringLiteral("cpu"));
        if (!rt::cudaAvailable())
            QVERIFY_THROWS_EXCEPTION(nexvitad::Error,
                                     rt::resolveDevice(nexvitad::DeviceChoice::Cuda));
    }

    void versions()
    {
        QVERIFY(rt::torchVersion().startsWith(QLatin1Char('1'))
                || rt::torchVersion().startsWith(QLatin1Char('2')));
        QVERIFY(!rt::opencvVersion().isEmpty());
    }

    void translationsLoadWithFallback()
    {
        const QStringList langs = nexvitad::translations::available();
        QVERIFY2(langs.contains(QStringLiteral("de")), qPrintable(langs.join(',')));
        QVERIFY(langs.contains(QStringLiteral("zh_CN")));
        // Not qApp: with QtGui included it is a cast to QGuiApplication, and this test's
        // application is a QCoreApplication (undefined behaviour, reported by UBSan).
        QCoreApplication *app = QCoreApplication::instance();
        QCOMPARE(nexvitad::translations::install(app, QStringLiteral("de")),
                 QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("nexvitad::Canceled", "Canceled by the user."),
                 QStringLiteral("Vom Benutzer abgebrochen."));
        // A language without a catalogue falls back to English, untranslated.
        QCOMPARE(nexvitad::translations::install(app, QStringLiteral("sw")),
                 QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("nexvitad::Canceled", "Canceled by the user."),
                 QStringLiteral("Canceled by the user."));
    }
};

QTEST_GUILESS_MAIN(TestRuntime)
#include "test_runtime.moc"
