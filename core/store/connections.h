#pragma once
// One SQLite connection per thread and project. Qt allows a QSqlDatabase to be used only
// by the thread that created it, so every thread that touches a project asks this pool
// for its own connection (named "nexvitad-store-<pool>-<thread>"). A thread's
// connections are closed when the thread ends (a thread_local registry) or when it calls
// releaseThreadConnection(); the pool's destructor closes the calling thread's one.
//
// Every connection gets: foreign_keys=ON, busy_timeout, synchronous=NORMAL (WAL makes that
// crash-safe for the database; only the last commits before a power loss may be lost).

#include <QSqlDatabase>
#include <QString>

namespace nexvitad::store {

struct ConnectionSpec
{
    QString databasePath;
    bool readOnly = false;
    // Read-only snapshot of a folder nobody writes to: SQLite then needs no -shm file,
    // which a read-only folder could not hold.
    bool immutable = false;
    bool create = false; // allow creating the file (project init only)
};

class ConnectionPool
{
public:
    explicit ConnectionPool(ConnectionSpec spec);
    ~ConnectionPool();
    ConnectionPool(const ConnectionPool &) = delete;
    ConnectionPool &operator=(const ConnectionPool &) = delete;

    const ConnectionSpec &spec() const { return m_spec; }

    // This thread's connection, opened and configured on first use. Throws nexvitad::Error
    // when the database cannot be opened.
    QSqlDatabase connection() const;

    // Closes this thread's connection now (for long-lived pool threads after a job).
    void releaseThreadConnection() const;

private:
    QString connectionName() const;

    ConnectionSpec m_spec;
    int m_id;
};

// Milliseconds a statement waits for another connection's write lock before failing.
constexpr int kBusyTimeoutMs = 10000;

} // namespace nexvitad::store
