#pragma once
// Thin helpers over QSqlQuery. Every statement is prepared and its values are bound
// ('?' placeholders, in order): no SQL text is ever built from values. Every failure
// becomes a nexvitad::Error naming the project database.

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantList>

namespace nexvitad::store {

// Prepares `sql`, binds `values` and executes it. The returned query is positioned before
// the first row (call next()).
QSqlQuery exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// The first column of the first row, or an invalid QVariant when there is no row.
QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// Executes an INSERT and returns the new row id.
qint64 insert(const QSqlDatabase &db, const QString &sql, const QVariantList &values);

// Executes an UPDATE/DELETE and returns the number of rows it changed.
int change(const QSqlDatabase &db, const QString &sql, const QVariantList &values);

// A write transaction. BEGIN IMMEDIATE takes the write lock up front: in WAL mode a deferred
// transaction that later writes can fail with SQLITE_BUSY_SNAPSHOT instead of waiting.
// Rolls back in the destructor unless commit() was called. Transactions nest: an inner one
// (e.g. a record function called inside the caller's transaction) is a SAVEPOINT.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    QSqlDatabase m_db;
    int m_level = 0;
    bool m_open = false;
};

// A foreign key value: ids start at 1, so 0 stands for "none" (bound as NULL).
QVariant idOrNull(qint64 id);

// The database file behind a connection (connections are opened by URI).
QString databaseFile(const QSqlDatabase &db);

// The current UTC time as ISO-8601 with milliseconds, the one timestamp format of the store.
QString nowUtc();

} // namespace nexvitad::store
