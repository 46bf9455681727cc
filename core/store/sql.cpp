#include "store/sql.h"

#include "common/error.h"
#include "common/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QUrl>

namespace nexvitad::store {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::store)
};

[[noreturn]] void fail(const QSqlDatabase &db, const QSqlError &error)
{
    throw Error(Tr::tr("Project database error: %1").arg(error.text()), databaseFile(db));
}
} // namespace

QSqlQuery exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        fail(db, query.lastError());
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        fail(db, query.lastError());
    return query;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query = exec(db, sql, values);
    return query.next() ? query.value(0) : QVariant();
}

qint64 insert(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    return exec(db, sql, values).lastInsertId().toLongLong();
}

int change(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    return exec(db, sql, values).numRowsAffected();
}

namespace {
// Open transactions per connection of this thread (connections are per thread, so a
// thread_local count is exact). Inner levels become savepoints.
thread_local QHash<QString, int> t_depth;
} // namespace

Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db)
{
    int &depth = t_depth[m_db.connectionName()];
    exec(m_db, depth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                          : QStringLiteral("SAVEPOINT nested_%1").arg(depth));
    m_level = ++depth;
    m_open = true;
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    const QString sql = m_level == 1
                            ? QStringLiteral("ROLLBACK")
                            : QStringLiteral("ROLLBACK TO nested_%1").arg(m_level - 1);
    QSqlQuery rollback(m_db);
    if (!rollback.exec(sql))
        qCWarning(lcStore) << "rollback failed:" << rollback.lastError().text();
    if (m_level > 1)
        rollback.exec(QStringLiteral("RELEASE nested_%1").arg(m_level - 1));
    t_depth[m_db.connectionName()] = m_level - 1;
}

void Transaction::commit()
{
    exec(m_db, m_level == 1 ? QStringLiteral("COMMIT")
                            : QStringLiteral("RELEASE nested_%1").arg(m_level - 1));
    m_open = false;
    t_depth[m_db.connectionName()] = m_level - 1;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QString databaseFile(const QSqlDatabase &db)
{
    const QUrl url(db.databaseName());
    return url.isLocalFile() ? url.toLocalFile() : db.databaseName();
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace nexvitad::store
