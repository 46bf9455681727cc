#pragma once
// A small HTTP/1.1 server on 127.0.0.1 for the download tests: GET with Range (206 / 416),
// Content-Length, redirects, 404, and misbehaviours (connection dropped after N bytes,
// stalled transfer, Range ignored, a lying Content-Length). It runs in its own thread so
// the code under test can block (downloadWeights) or be a child process (the CLI).

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QPair>
#include <QString>

#include <memory>

class HttpTestServer
{
public:
    struct Resource
    {
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> extraHeaders; // sent with every answer
        QString redirectTo;     // non-empty: answer 302 with this Location
        qint64 dropAfter = -1;  // close the connection after this many body bytes ...
        int dropRequests = 1;   // ... for this many requests (later ones are served whole)
        qint64 stallAfter = -1; // send this many body bytes, then nothing (no close)
        bool ignoreRange = false;     // answer 200 with the whole body even to Range
        qint64 claimedLength = -1;    // Content-Length to announce instead of the real one
    };

    struct Request
    {
        QByteArray path;
        QByteArray range; // the Range header, empty when none
    };

    HttpTestServer();
    ~HttpTestServer();
    HttpTestServer(const HttpTestServer &) = delete;
    HttpTestServer &operator=(const HttpTestServer &) = delete;

    // "http://127.0.0.1:<port><path>"
    QString url(const QString &path) const;
    void setResource(const QString &path, const Resource &resource);
    QList<Request> requests() const;

    struct State; // shared with the server thread
private:
    std::shared_ptr<State> m_state;
    class Thread;
    std::unique_ptr<Thread> m_thread;
};
