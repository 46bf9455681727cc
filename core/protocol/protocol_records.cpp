#include "protocol/protocol_records.h"

#include "common/error.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace nexvitad::protocol {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProtocolRecords)
};
} // namespace

qint64 createPlan(const QSqlDatabase &db, const PlanRecord &plan,
                  const std::vector<PlannedRun> &runs)
{
    store::Transaction transaction(db);
    const QString now = store::nowUtc();
    const qint64 id = store::insert(
        db,
        QStringLiteral("INSERT INTO protocol_plans (engine, arguments_json, working_dir, out_dir,"
                       " manifest_sha256, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {plan.engine,
         QString::fromUtf8(
             QJsonDocument(QJsonArray::fromStringList(plan.arguments)).toJson(QJsonDocument::Compact)),
         plan.workingDir, plan.outDir, plan.manifestHash, now});
    for (size_t i = 0; i < runs.size(); ++i)
        store::exec(db,
                    QStringLiteral("INSERT INTO protocol_tasks (plan_id, task, split, run,"
                                   " updated_at) VALUES (?, ?, ?, ?, ?)"),
                    {id, int(i), runs[i].split, runs[i].run, now});
    transaction.commit();
    return id;
}

void deletePlan(const QSqlDatabase &db, qint64 planId)
{
    store::Transaction transaction(db);
    store::exec(db, QStringLiteral("DELETE FROM protocol_tasks WHERE plan_id = ?"), {planId});
    store::exec(db, QStringLiteral("DELETE FROM protocol_plans WHERE id = ?"), {planId});
    transaction.commit();
}

PlanRecord loadPlan(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery q = id > 0 ? store::exec(db,
                                       QStringLiteral("SELECT id, engine, arguments_json, working_dir,"
                                                      " out_dir, manifest_sha256 FROM protocol_plans"
                                                      " WHERE id = ?"),
                                       {id})
                         : store::exec(db, QStringLiteral("SELECT id, engine, arguments_json,"
                                                          " working_dir, out_dir, manifest_sha256"
                                                          " FROM protocol_plans ORDER BY id DESC"
                                                          " LIMIT 1"));
    if (!q.next())
        throw Error(id > 0 ? Text::tr("the project has no protocol plan %1").arg(id)
                           : Text::tr("the project has no protocol plan (submit one with "
                                      "protocol --engine slurm)"),
                    store::databaseFile(db));
    PlanRecord plan;
    plan.id = q.value(0).toLongLong();
    plan.engine = q.value(1).toString();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(2).toString().toUtf8()).array())
        plan.arguments << v.toString();
    plan.workingDir = q.value(3).toString();
    plan.outDir = q.value(4).toString();
    plan.manifestHash = q.value(5).toString();
    return plan;
}

std::vector<TaskRecord> loadTasks(const QSqlDatabase &db, qint64 planId)
{
    QSqlQuery q = store::exec(db,
                              QStringLiteral("SELECT task, split, run, status, attempts, slurm_job,"
                                             " host, error, result_json FROM protocol_tasks"
                                             " WHERE plan_id = ? ORDER BY task"),
                              {planId});
    std::vector<TaskRecord> tasks;
    while (q.next())
        tasks.push_back({q.value(0).toInt(), q.value(1).toString(), q.value(2).toInt(),
                         q.value(3).toString(), q.value(4).toInt(), q.value(5).toString(),
                         q.value(6).toString(), q.value(7).toString(), q.value(8).toString()});
    return tasks;
}

void markSubmitted(const QSqlDatabase &db, qint64 planId, const std::vector<int> &tasks,
                   const QString &slurmJob)
{
    store::Transaction transaction(db);
    for (const int task : tasks)
        store::exec(db,
                    QStringLiteral("UPDATE protocol_tasks SET status = 'submitted', slurm_job = ?,"
                                   " error = NULL, updated_at = ? WHERE plan_id = ? AND task = ?"
                                   " AND status <> 'done'"),
                    {slurmJob, store::nowUtc(), planId, task});
    transaction.commit();
}

bool markRunning(const QSqlDatabase &db, qint64 planId, int task, const QString &host)
{
    return store::change(db,
                         QStringLiteral("UPDATE protocol_tasks SET status = 'running', host = ?,"
                                        " attempts = attempts + 1, error = NULL, updated_at = ?"
                                        " WHERE plan_id = ? AND task = ? AND status <> 'done'"),
                         {host, store::nowUtc(), planId, task}) == 1;
}

bool recordResult(const QSqlDatabase &db, qint64 planId, int task, const QString &resultJson)
{
    // One statement: SQLite runs it atomically under the write lock, so of two copies of a
    // task finishing at once exactly one stores its result.
    return store::change(db,
                         QStringLiteral("UPDATE protocol_tasks SET status = 'done', result_json = ?,"
                                        " error = NULL, updated_at = ? WHERE plan_id = ? AND"
                                        " task = ? AND status <> 'done'"),
                         {resultJson, store::nowUtc(), planId, task}) == 1;
}

void markFailed(const QSqlDatabase &db, qint64 planId, int task, const QString &error)
{
    store::exec(db,
                QStringLiteral("UPDATE protocol_tasks SET status = 'failed', error = ?,"
                               " updated_at = ? WHERE plan_id = ? AND task = ? AND status <> 'done'"),
                {error, store::nowUtc(), planId, task});
}

} // namespace nexvitad::protocol
