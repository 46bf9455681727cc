#include "http_test_server.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

struct HttpTestServer::State
{
    mutable QMutex mutex;
    QMap<QString, Resource> resources;
    QMap<QString, int> served; // requests answered per path
    QList<Request> requests;
    quint16 port = 0;
};

namespace {

QByteArray statusLine(int code)
{
    static const QMap<int, QByteArray> reasons = {{200, "OK"},
                                                  {206, "Partial Content"},
                                                  {302, "Found"},
                                                  {404, "Not Found"},
                                                  {416, "Range Not Satisfiable"}};
    return "HTTP/1.1 " + QByteArray::number(code) + ' ' + reasons.value(code) + "\r\n";
}

// Answers one parsed request on `socket`; the connection is closed afterwards (except for
// a stalled transfer), so every request gets a fresh connection.
void answer(QTcpSocket *socket, HttpTestServer::State &state, const QByteArray &path,
            const QByteArray &range)
{
    HttpTestServer::Resource r;
    bool found = false;
    int servedBefore = 0;
    {
        QMutexLocker lock(&state.mutex);
        state.requests.append({path, range});
        found = state.resources.contains(QString::fromLatin1(path));
        if (found) {
            r = state.resources.value(QString::fromLatin1(path));
            servedBefore = state.served[QString::fromLatin1(path)]++;
        }
    }
    QByteArray head;
    QByteArray body;
    if (!found) {
        body = "not here\n";
        head = statusLine(404);
    } else if (!r.redirectTo.isEmpty()) {
        head = statusLine(302) + "Location: " + r.redirectTo.toUtf8() + "\r\n";
    } else {
        const qint64 size = r.body.size();
        static const QRegularExpression re(QStringLiteral(R"(^bytes=(\d+)-(\d*)$)"));
        const auto m = re.match(QString::fromLatin1(range));
        if (m.hasMatch() && !r.ignoreRange) {
            const qint64 first = m.captured(1).toLongLong();
            const qint64 last = m.captured(2).isEmpty() ? size - 1
                                                        : qMin(size - 1, m.captured(2).toLongLong());
            if (first >= size) {
                head = statusLine(416) + "Content-Range: bytes */" + QByteArray::number(size)
                    + "\r\n";
            } else {
                body = r.body.mid(first, last - first + 1);
                head = statusLine(206) + "Content-Range: bytes " + QByteArray::number(first) + '-'
                    + QByteArray::number(last) + '/' + QByteArray::number(size) + "\r\n";
            }
        } else {
            body = r.body;
            head = statusLine(200);
        }
    }
    for (const auto &[name, value] : r.extraHeaders)
        head += name + ": " + value + "\r\n";
    const qint64 length = found && r.claimedLength >= 0 ? r.claimedLength : body.size();
    head += "Content-Length: " + QByteArray::number(length) + "\r\nConnection: close\r\n\r\n";
    socket->write(head);

    if (found && r.stallAfter >= 0) {
        socket->write(body.left(r.stallAfter)); // and then nothing, until the client gives up
        return;
    }
    if (found && r.dropAfter >= 0 && servedBefore < r.dropRequests)
        body.truncate(r.dropAfter);
    socket->write(body);
    socket->disconnectFromHost(); // after the buffered bytes are sent
}

} // namespace

class HttpTestServer::Thread : public QThread
{
public:
    explicit Thread(std::shared_ptr<State> state) : m_state(std::move(state)) {}
    QSemaphore ready;

protected:
    void run() override
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        m_state->port = server.serverPort();
        QObject::connect(&server, &QTcpServer::newConnection, [&server, this] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, [socket, buffer, this] {
                    if (buffer->contains("\r\n\r\n"))
                        return; // one request per connection; ignore anything after it
                    buffer->append(socket->readAll());
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const QList<QByteArray> lines = buffer->left(end).split('\n');
                    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
                    QByteArray range;
                    for (const QByteArray &line : lines) {
                        if (line.toLower().startsWith("range:"))
                            range = line.mid(6).trimmed();
                    }
                    answer(socket, *m_state, requestLine.value(1), range);
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        ready.release();
        exec();
    }

private:
    std::shared_ptr<State> m_state;
};

HttpTestServer::HttpTestServer()
    : m_state(std::make_shared<State>())
    , m_thread(std::make_unique<Thread>(m_state))
{
    m_thread->start();
    m_thread->ready.acquire();
}

HttpTestServer::~HttpTestServer()
{
    m_thread->quit();
    m_thread->wait();
}

QString HttpTestServer::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_state->port).arg(path);
}

void HttpTestServer::setResource(const QString &path, const Resource &resource)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->resources[path] = resource;
}

QList<HttpTestServer::Request> HttpTestServer::requests() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->requests;
}
