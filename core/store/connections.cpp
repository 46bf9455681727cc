#include "store/connections.h"

#include "common/error.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QThread>
#include <QUrl>

#include <atomic>

namespace nexvitad::store {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::store)
};

void closeConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    } // the handle must be gone before removeDatabase, or Qt warns "still in use"
    QSqlDatabase::removeDatabase(name);
}

// Connections this thread opened; closed when the thread ends.
struct ThreadConnections
{
    QStringList names;
    ~ThreadConnections()
    {
        for (const QString &name : std::as_const(names))
            closeConnection(name);
    }
};

thread_local ThreadConnections t_connections;
std::atomic<int> g_nextPoolId{1};

QString sqliteUri(const ConnectionSpec &spec)
{
    QString uri = QUrl::fromLocalFile(spec.databasePath).toString(QUrl::FullyEncoded);
    uri += spec.readOnly ? QStringLiteral("?mode=ro") : QStringLiteral("?mode=rw");
    if (spec.create && !spec.readOnly)
        uri += QStringLiteral("c");
    if (spec.immutable)
        uri += QStringLiteral("&immutable=1");
    return uri;
}
} // namespace

ConnectionPool::ConnectionPool(ConnectionSpec spec)
    : m_spec(std::move(spec))
    , m_id(g_nextPoolId++)
{
}

ConnectionPool::~ConnectionPool()
{
    releaseThreadConnection();
}

QString ConnectionPool::connectionName() const
{
    return QStringLiteral("nexvitad-store-%1-%2")
        .arg(m_id)
        .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()));
}

QSqlDatabase ConnectionPool::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    // The URI form lets SQLite itself refuse writes (mode=ro) and refuse to create a
    // missing file (mode=rw), whatever the process's privileges are.
    QString options = QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    if (m_spec.readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    db.setDatabaseName(sqliteUri(m_spec));
    if (!db.open()) {
        const QString why = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw Error(Tr::tr("Cannot open the project database: %1").arg(why), m_spec.databasePath);
    }
    t_connections.names << name;
    try {
        exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
        exec(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs));
        if (!m_spec.readOnly)
            exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
    } catch (...) {
        db = QSqlDatabase();
        releaseThreadConnection();
        throw;
    }
    return db;
}

void ConnectionPool::releaseThreadConnection() const
{
    const QString name = connectionName();
    if (t_connections.names.removeAll(name) > 0 || QSqlDatabase::contains(name))
        closeConnection(name);
}

} // namespace nexvitad::store
