#include "backbones/http_transfer.h"

#include "common/error.h"
#include "common/logging.h"
#include "common/progress.h"
#include "nexvitad/version.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QStorageInfo>
#include <QTimer>
#include <QUrl>

#include <optional>

namespace nexvitad::backbones {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::backbones::Weights)
};

constexpr int kMaxRedirects = 10;
constexpr qint64 kReadBufferBytes = 4 << 20; // bounds memory when the disk is slower
constexpr int kCancelPollMs = 50;            // cancel works even while no data arrives

// "bytes 100-199/200" -> {100, 200}; "bytes */200" -> {-1, 200}; total -1 when "*".
bool parseContentRange(const QByteArray &value, qint64 *start, qint64 *total)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*bytes\s+(?:(\d+)-(\d+)|\*)/(\d+|\*)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(QString::fromLatin1(value));
    if (!m.hasMatch())
        return false;
    *start = m.captured(1).isEmpty() ? -1 : m.captured(1).toLongLong();
    *total = m.captured(3) == QLatin1String("*") ? -1 : m.captured(3).toLongLong();
    return true;
}

// X-Linked-Etag: "<64 hex>" (possibly weak, W/"...") -> the hex, else empty.
QString sha256FromEtag(const QByteArray &etag)
{
    QString v = QString::fromLatin1(etag).trimmed();
    if (v.startsWith(QLatin1String("W/")))
        v = v.mid(2);
    v.remove(QLatin1Char('"'));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
    return hex.match(v).hasMatch() ? v.toLower() : QString();
}

class Transfer
{
public:
    Transfer(const QString &partPath, Progress &progress, const TransferOptions &options)
        : m_partPath(partPath), m_progress(progress), m_options(options)
    {
        m_poll.setInterval(kCancelPollMs);
        QObject::connect(&m_poll, &QTimer::timeout, [this] {
            if (m_progress.isCanceled())
                cancel();
        });
    }

    TransferOutcome run(const QUrl &url)
    {
        m_poll.start();
        start(url);
        if (!m_finished)
            m_loop.exec();
        m_poll.stop();
        m_file.close();
        if (m_discardPart)
            QFile::remove(m_partPath);
        if (m_canceled)
            throw Canceled();
        if (m_error)
            throw *m_error;
        return m_outcome;
    }

private:
    void start(const QUrl &url)
    {
        m_url = url;
        m_headersSeen = false;
        m_writing = false;
        m_received = 0;
        const QFileInfo existing(m_partPath);
        m_existing = existing.isFile() ? existing.size() : 0;
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(m_options.stallTimeoutMs);
        request.setHeader(QNetworkRequest::UserAgentHeader,
                          QByteArray("NexViTAD-Workstation/" NEXVITAD_VERSION));
        // Sizes and digests are those of the file itself: no transparent compression.
        request.setRawHeader("Accept-Encoding", "identity");
        if (m_existing > 0)
            request.setRawHeader("Range", "bytes=" + QByteArray::number(m_existing) + '-');
        m_reply = m_manager.get(request);
        m_reply->setReadBufferSize(kReadBufferBytes);
        QObject::connect(m_reply, &QNetworkReply::metaDataChanged, [this] { onHeaders(); });
        QObject::connect(m_reply, &QNetworkReply::readyRead, [this] { onData(); });
        QObject::connect(m_reply, &QNetworkReply::finished, [this] { onFinished(); });
    }

    void fail(const QString &message, bool discardPart = false)
    {
        if (!m_error)
            m_error = Error(message, m_url.toDisplayString());
        m_discardPart = m_discardPart || discardPart;
        m_reply->abort();
    }

    void cancel()
    {
        if (m_finished || m_canceled)
            return;
        m_canceled = true;
        m_reply->abort();
    }

    void onHeaders()
    {
        if (m_headersSeen || m_error || m_canceled)
            return;
        m_headersSeen = true;
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        // The hub sends these on its own response, before redirecting to the CDN.
        if (m_outcome.declaredSha256.isEmpty())
            m_outcome.declaredSha256 = sha256FromEtag(m_reply->rawHeader("X-Linked-Etag"));
        if (m_outcome.declaredSize < 0 && m_reply->hasRawHeader("X-Linked-Size"))
            m_outcome.declaredSize = m_reply->rawHeader("X-Linked-Size").trimmed().toLongLong();

        if (status >= 300 && status < 400 && status != 304)
            return onRedirect();
        if (status == 416) {
            qint64 start = -1;
            m_outcome.rangeNotSatisfiable = true;
            parseContentRange(m_reply->rawHeader("Content-Range"), &start, &m_outcome.total);
            return;
        }
        if (status == 200)
            return beginBody(0, m_reply->header(QNetworkRequest::ContentLengthHeader).isValid()
                                    ? m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong()
                                    : -1);
        if (status == 206) {
            qint64 start = -1, total = -1;
            if (!parseContentRange(m_reply->rawHeader("Content-Range"), &start, &total)
                || start != m_existing)
                return fail(Tr::tr("The server resumed at the wrong place (Content-Range: %1).")
                                .arg(QString::fromLatin1(m_reply->rawHeader("Content-Range"))));
            return beginBody(start, total);
        }
        if (status == 0)
            return; // not HTTP-level: the network error arrives with finished()
        fail(Tr::tr("The server answered HTTP %1 %2.")
                 .arg(status)
                 .arg(m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()));
    }

    void onRedirect()
    {
        const QUrl target = m_url.resolved(m_reply->header(QNetworkRequest::LocationHeader).toUrl());
        if (!target.isValid() || target.isEmpty())
            return fail(Tr::tr("The server redirected without a valid Location."));
        if (m_url.scheme() == QLatin1String("https") && target.scheme() != QLatin1String("https"))
            return fail(Tr::tr("Refusing a redirect from https to %1.").arg(target.toDisplayString()));
        if (++m_redirects > kMaxRedirects)
            return fail(Tr::tr("Too many redirects."));
        m_redirectTo = target;
    }

    // The body of a 200 (whole file) or 206 (continuing at `start`) response.
    void beginBody(qint64 start, qint64 total)
    {
        m_outcome.total = total;
        m_outcome.resumedFrom = start;
        if (m_options.expectedTotal && total >= 0 && total != *m_options.expectedTotal)
            return fail(Tr::tr("Size mismatch: the server offers %1 bytes, but %2 is recorded "
                               "as %3 bytes. Nothing was kept.")
                            .arg(total)
                            .arg(m_options.label)
                            .arg(*m_options.expectedTotal),
                        true);
        m_file.setFileName(m_partPath);
        const QIODevice::OpenMode mode = QIODevice::WriteOnly | QIODevice::Unbuffered
            | (start > 0 ? QIODevice::Append : QIODevice::Truncate);
        if (!m_file.open(mode))
            return fail(Tr::tr("Cannot write %1: %2").arg(m_partPath, m_file.errorString()));
        if (total >= 0) {
            const qint64 free = QStorageInfo(QFileInfo(m_partPath).absolutePath()).bytesAvailable();
            if (free >= 0 && free < total - start)
                return fail(Tr::tr("Not enough disk space in %1: %2 bytes needed, %3 free.")
                                .arg(QFileInfo(m_partPath).absolutePath())
                                .arg(total - start)
                                .arg(free));
        }
        m_writing = true;
        m_progress.report(start, total);
    }

    void onData()
    {
        onHeaders(); // normally done on metaDataChanged, which precedes the first data
        if (m_error || m_canceled)
            return;
        const QByteArray chunk = m_reply->readAll();
        if (!m_writing)
            return; // a redirect's or an error page's body
        if (m_file.write(chunk) != chunk.size()) {
            const bool full = m_file.error() == QFileDevice::ResourceError;
            return fail(full ? Tr::tr("The disk is full (%1). The partial download is kept in "
                                      "%2; free some space and run the download again to resume.")
                                   .arg(m_file.errorString(), m_partPath)
                             : Tr::tr("Cannot write %1: %2").arg(m_partPath, m_file.errorString()));
        }
        m_received += chunk.size();
        if (!m_progress.report(m_outcome.resumedFrom + m_received, m_outcome.total))
            cancel();
    }

    void onFinished()
    {
        if (m_error || m_canceled)
            return finish();
        onData(); // anything still buffered
        if (m_redirectTo.isValid() && !m_error && !m_canceled) {
            const QUrl next = m_redirectTo;
            m_redirectTo.clear();
            m_reply->deleteLater();
            qCDebug(lcModel) << "redirected to" << next.toDisplayString();
            return start(next);
        }
        if (m_error || m_canceled || m_outcome.rangeNotSatisfiable)
            return finish();
        const qint64 have = m_outcome.resumedFrom + m_received;
        if (m_reply->error() != QNetworkReply::NoError) {
            m_error = Error(Tr::tr("The download failed: %1. %2 bytes are kept in %3; run the "
                                   "download again to resume.")
                                .arg(m_reply->error() == QNetworkReply::OperationCanceledError
                                             || m_reply->error() == QNetworkReply::TimeoutError
                                         ? Tr::tr("no data arrived for %1 s")
                                               .arg(m_options.stallTimeoutMs / 1000.0)
                                         : m_reply->errorString())
                                .arg(have)
                                .arg(m_partPath),
                            m_url.toDisplayString());
        } else if (m_outcome.total >= 0 && have != m_outcome.total) {
            m_error = Error(Tr::tr("The connection closed after %1 of %2 bytes. The partial "
                                   "download is kept in %3; run the download again to resume.")
                                .arg(have)
                                .arg(m_outcome.total)
                                .arg(m_partPath),
                            m_url.toDisplayString());
        } else if (m_outcome.total < 0) {
            m_outcome.total = have; // no size announced: trust the orderly end of the body
        }
        finish();
    }

    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        m_loop.quit();
    }

    QString m_partPath;
    Progress &m_progress;
    TransferOptions m_options;
    QNetworkAccessManager m_manager;
    QEventLoop m_loop;
    QTimer m_poll;
    QNetworkReply *m_reply = nullptr; // owned by m_manager
    QFile m_file;
    QUrl m_url;
    QUrl m_redirectTo;
    int m_redirects = 0;
    qint64 m_existing = 0;
    qint64 m_received = 0;
    bool m_headersSeen = false; // of the current reply
    bool m_writing = false;
    bool m_finished = false;
    bool m_canceled = false;
    bool m_discardPart = false;
    std::optional<Error> m_error;
    TransferOutcome m_outcome;
};

} // namespace

TransferOutcome transferToFile(const QUrl &url, const QString &partPath, Progress &progress,
                               const TransferOptions &options)
{
    Transfer transfer(partPath, progress, options);
    return transfer.run(url);
}

} // namespace nexvitad::backbones
