// downloadWeights against a real HTTP server on 127.0.0.1: redirects, progress, resume,
// size and digest checks, HTTP errors, cancel, and validation of what arrived. Every
// failure must leave nothing under the final name.

#include "backbones/model_registry.h"
#include "backbones/weights_download.h"
#include "common/error.h"
#include "common/progress.h"
#include "http_test_server.h"
#include "weights_test_models.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace nexvitad::backbones;
using weightstest::readAll;
using weightstest::testModel;

namespace {
const QString kCdnPath = QStringLiteral("/cdn/blob");

QString hubPath(const KnownModel &m)
{
    return QStringLiteral("/timm/%1/resolve/main/model.safetensors").arg(m.name);
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}
} // namespace

class TestWeightsDownload : public QObject
{
    Q_OBJECT

    std::unique_ptr<HttpTestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_models;
    KnownModel m_model = testModel(QStringLiteral("hiera_mini"));
    QByteArray m_body;
    DownloadOptions m_options;

    QString finalPath() const { return localWeightsPath(m_model, m_models->path()); }
    QString partPath() const { return partialWeightsPath(m_model, m_models->path()); }

    // The hub's layout: the resolve URL redirects to a CDN path holding the bytes.
    void serve(const QByteArray &body, HttpTestServer::Resource cdn = {},
               HttpTestServer::Resource hub = {})
    {
        cdn.body = body;
        hub.redirectTo = m_server->url(kCdnPath);
        m_server->setResource(hubPath(m_model), hub);
        m_server->setResource(kCdnPath, cdn);
    }

    // Nothing but (optionally) a .part file may be in the models folder.
    void verifyNothingInstalled(bool partAllowed)
    {
        QVERIFY(!QFileInfo::exists(finalPath()));
        QStringList entries = QDir(m_models->path()).entryList(QDir::Files | QDir::Hidden);
        if (partAllowed)
            entries.removeAll(QFileInfo(partPath()).fileName());
        QVERIFY2(entries.isEmpty(), qPrintable(entries.join(QLatin1Char(' '))));
    }

    QString downloadError(nexvitad::Progress &progress = nexvitad::Progress::none())
    {
        try {
            downloadWeights(m_model, m_models->path(), progress, m_options);
        } catch (const nexvitad::Canceled &) {
            return QStringLiteral("<canceled>");
        } catch (const nexvitad::Error &e) {
            return e.userText();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        testsupport::isolateSettings();
        qunsetenv("NEXVITAD_WEIGHTS_BASE_URL");
        m_body = readAll(weightstest::fixturePath(QStringLiteral("hiera_mini")));
        QVERIFY(m_body.size() > 100000);
    }

    void init()
    {
        m_server = std::make_unique<HttpTestServer>();
        m_models = std::make_unique<QTemporaryDir>();
        m_model = testModel(QStringLiteral("hiera_mini"));
        m_options = {};
        m_options.baseUrl = m_server->url(QStringLiteral("/timm"));
    }

    void followsRedirectReportsProgressAndInstalls()
    {
        serve(m_body);
        QList<nexvitad::ProgressUpdate> updates;
        nexvitad::Progress progress(
            [&](const nexvitad::ProgressUpdate &u) {
                updates << u;
                return true;
            },
            std::chrono::milliseconds(0));
        const DownloadResult r = downloadWeights(m_model, m_models->path(), progress, m_options);

        QCOMPARE(r.path, finalPath());
        QCOMPARE(readAll(finalPath()), m_body);
        QCOMPARE(r.bytes, qint64(m_body.size()));
        QCOMPARE(r.sha256, sha256Hex(m_body));
        QCOMPARE(r.resumedFrom, qint64(0));
        QVERIFY(!r.alreadyPresent);
        // Only the installed file: no .part, no lock file left behind.
        QCOMPARE(QDir(m_models->path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{m_model.fileName()});

        // Download bytes were reported, rising to the whole file, then verification.
        qint64 lastDownloaded = -1;
        bool sawDownload = false;
        for (const auto &u : updates) {
            if (u.stage.startsWith(QLatin1String("Downloading"))) {
                sawDownload = true;
                QVERIFY(u.done >= lastDownloaded);
                lastDownloaded = u.done;
                QCOMPARE(u.total, qint64(m_body.size()));
            }
        }
        QVERIFY(sawDownload);
        QCOMPARE(lastDownloaded, qint64(m_body.size()));
        QVERIFY(updates.constLast().stage.startsWith(QLatin1String("Verifying")));
        QCOMPARE(updates.constLast().fraction, 1.0);

        const auto requests = m_server->requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(1).path, kCdnPath.toLatin1());
    }

    void resumesAnInterruptedTransfer()
    {
        const qint64 half = m_body.size() / 2;
        HttpTestServer::Resource cdn;
        cdn.dropAfter = half; // the first request is cut mid-way
        serve(m_body, cdn);

        const QString error = downloadError();
        QVERIFY2(error.contains(QLatin1String("resume")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(finalPath()));
        const qint64 kept = QFileInfo(partPath()).size();
        QVERIFY2(kept > 0 && kept <= half, qPrintable(QString::number(kept)));
        QCOMPARE(readAll(partPath()), m_body.left(kept));

        const DownloadResult r = downloadWeights(m_model, m_models->path(),
                                                 nexvitad::Progress::none(), m_options);
        QCOMPARE(r.resumedFrom, kept);
        QCOMPARE(readAll(finalPath()), m_body);
        QCOMPARE(r.sha256, sha256Hex(m_body));
        QVERIFY(!QFileInfo::exists(partPath()));
        const auto requests = m_server->requests();
        QCOMPARE(requests.constLast().path, kCdnPath.toLatin1());
        QCOMPARE(requests.constLast().range, "bytes=" + QByteArray::number(kept) + "-");
    }

    void restartsWhenTheServerIgnoresRange()
    {
        HttpTestServer::Resource cdn;
        cdn.ignoreRange = true;
        serve(m_body, cdn);
        QFile part(partPath());
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(QByteArray(5000, '\xff')); // would corrupt the file if appended to
        part.close();

        const DownloadResult r = downloadWeights(m_model, m_models->path(),
                                                 nexvitad::Progress::none(), m_options);
        QCOMPARE(r.resumedFrom, qint64(0));
        QCOMPARE(readAll(finalPath()), m_body);
    }

    void completePartFromAnEarlierRunIsVerifiedAndInstalled()
    {
        serve(m_body);
        QFile part(partPath());
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(m_body); // e.g. the process died between the last byte and the rename
        part.close();

        downloadWeights(m_model, m_models->path(), nexvitad::Progress::none(), m_options);
        QCOMPARE(readAll(finalPath()), m_body);
        QCOMPARE(m_server->requests().constLast().range,
                 "bytes=" + QByteArray::number(m_body.size()) + "-"); // answered 416
    }

    void overlongPartIsDiscardedAndRestarted()
    {
        serve(m_body);
        QFile part(partPath());
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(m_body + QByteArray(100, 'x'));
        part.close();

        downloadWeights(m_model, m_models->path(), nexvitad::Progress::none(), m_options);
        QCOMPARE(readAll(finalPath()), m_body);
        QCOMPARE(m_server->requests().constLast().range, QByteArray()); // the fresh start
    }

    void sizeMismatchWithTheRegistryLeavesNothing()
    {
        serve(m_body);
        m_model.expectedBytes = m_body.size() + 1;
        const QString error = downloadError();
        QVERIFY2(error.contains(QLatin1String("Size mismatch")), qPrintable(error));
        verifyNothingInstalled(false);
    }

    void sizeMismatchWithTheHubsDeclarationLeavesNothing()
    {
        HttpTestServer::Resource hub;
        hub.extraHeaders << qMakePair(QByteArray("X-Linked-Size"),
                                      QByteArray::number(m_body.size() - 10));
        serve(m_body, {}, hub);
        const QString error = downloadError();
        QVERIFY2(error.contains(QLatin1String("Size mismatch")), qPrintable(error));
        verifyNothingInstalled(false);
    }

    void digestMismatchLeavesNothing()
    {
        serve(m_body);
        m_model.sha256 = QString(64, QLatin1Char('0'));
        const QString error = downloadError();
        QVERIFY2(error.contains(QLatin1String("SHA-256 mismatch")), qPrintable(error));
        verifyNothingInstalled(false);
    }

    void hubDeclaredDigestIsChecked()
    {
        HttpTestServer::Resource hub;
        hub.extraHeaders << qMakePair(QByteArray("X-Linked-Etag"),
                                      '"' + sha256Hex(m_body).toLatin1() + '"');
        serve(m_body, {}, hub);
        QCOMPARE(downloadWeights(m_model, m_models->path(), nexvitad::Progress::none(), m_options)
                     .sha256,
                 sha256Hex(m_body));

        QVERIFY(QFile::remove(finalPath()));
        hub.extraHeaders = {qMakePair(QByteArray("X-Linked-Etag"),
                                      '"' + sha256Hex("other").toLatin1() + '"')};
        serve(m_body, {}, hub);
        const QString error = downloadError();
        QVERIFY2(error.contains(QLatin1String("the server declared")), qPrintable(error));
        verifyNothingInstalled(false);
    }

    void httpErrorIsReportedClearly()
    {
        // Nothing served at all: 404 on the hub URL.
        const QString error = downloadError();
        QVERIFY2(error.contains(QLatin1String("HTTP 404")), qPrintable(error));
        QVERIFY2(error.contains(hubPath(m_model)), qPrintable(error));
        verifyNothingInstalled(false);
    }

    void unreachableServerIsReported()
    {
        m_options.baseUrl = QStringLiteral("http://127.0.0.1:1/timm"); // nothing listens there
        const QString error = downloadError();
        QVERIFY2(error.contains(QLatin1String("download failed")), qPrintable(error));
        verifyNothingInstalled(false);
    }

    void cancelKeepsThePartButNoFinalFile()
    {
        HttpTestServer::Resource cdn;
        cdn.stallAfter = m_body.size() / 3; // then nothing: only a cancel ends this
        serve(m_body, cdn);
        nexvitad::Progress progress(
            [](const nexvitad::ProgressUpdate &u) { return u.done == 0; }, // stop at data
            std::chrono::milliseconds(0));
        QCOMPARE(downloadError(progress), QStringLiteral("<canceled>"));
        verifyNothingInstalled(true);
        QVERIFY(QFileInfo(partPath()).size() > 0);
    }

    void cancelWhileNothingArrives()
    {
        HttpTestServer::Resource cdn;
        cdn.stallAfter = 0;
        serve(m_body, cdn);
        nexvitad::Progress progress;
        // Canceled from outside the download (a GUI button); seen by its cancel poll.
        QTimer::singleShot(0, [&progress] { progress.cancel(); });
        QCOMPARE(downloadError(progress), QStringLiteral("<canceled>"));
        verifyNothingInstalled(true);
    }

    void garbageIsRejected()
    {
        serve(QByteArray(4096, 'x'));
        const QString error = downloadError();
        QVERIFY2(!error.isEmpty(), "garbage accepted");
        QVERIFY2(error.contains(hubPath(m_model)), qPrintable(error)); // names the origin
        verifyNothingInstalled(false);
    }

    void wrongArchitectureIsRejected()
    {
        serve(readAll(weightstest::fixturePath(QStringLiteral("dinov2_mini"))));
        const QString error = downloadError();
        QVERIFY2(error.contains(QLatin1String("hiera_mini")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("missing keys")), qPrintable(error));
        verifyNothingInstalled(false);
    }

    void validFileInPlaceIsNotDownloadedAgain()
    {
        QVERIFY(QFile::copy(weightstest::fixturePath(QStringLiteral("hiera_mini")), finalPath()));
        const DownloadResult r = downloadWeights(m_model, m_models->path(),
                                                 nexvitad::Progress::none(), m_options);
        QVERIFY(r.alreadyPresent);
        QVERIFY(m_server->requests().isEmpty());
    }

    void invalidFileInPlaceIsReplaced()
    {
        serve(m_body);
        QFile broken(finalPath());
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("not weights");
        broken.close();
        const DownloadResult r = downloadWeights(m_model, m_models->path(),
                                                 nexvitad::Progress::none(), m_options);
        QVERIFY(!r.alreadyPresent);
        QCOMPARE(readAll(finalPath()), m_body);
    }
};

QTEST_GUILESS_MAIN(TestWeightsDownload)
#include "test_weights_download.moc"
