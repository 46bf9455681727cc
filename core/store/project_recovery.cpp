#include "store/project_recovery.h"

#include "common/error.h"
#include "common/logging.h"
#include "store/artifact_references.h"
#include "store/job_records.h"
#include "store/project.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#include <cerrno>
#include <csignal>

namespace nexvitad::store {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::store)
};

Error damaged(const QSqlDatabase &db, const QString &details)
{
    return damagedDatabase(databaseFile(db), details);
}

bool processGone(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}
} // namespace

Error damagedDatabase(const QString &file, const QString &details)
{
    return Error(Tr::tr("The project database is damaged (%1). It has not been changed: "
                        "restore it from a backup or an exported archive.")
                     .arg(details),
                 file);
}

void checkIntegrity(const QSqlDatabase &db)
{
    QStringList problems;
    try {
        QSqlQuery q = exec(db, QStringLiteral("PRAGMA quick_check"));
        while (q.next())
            problems << q.value(0).toString();
    } catch (const Error &e) {
        throw damaged(db, e.message());
    }
    if (problems != QStringList{QStringLiteral("ok")})
        throw damaged(db, problems.mid(0, 3).join(QStringLiteral("; ")));
}

QString backupDatabase(const QSqlDatabase &db, int version)
{
    const QString path = QStringLiteral("%1.v%2-%3.bak")
                             .arg(databaseFile(db))
                             .arg(version)
                             .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddThhmmss")));
    exec(db, QStringLiteral("VACUUM INTO ?"), {path});
    qCInfo(lcStore) << "backed up schema version" << version << "to" << path;
    return path;
}

int failOrphanedJobs(const QSqlDatabase &db, bool soleUser)
{
    QList<qint64> orphaned;
    {
        QSqlQuery q = exec(db, QStringLiteral("SELECT id, owner_pid, owner_host FROM jobs"
                                              " WHERE status = 'running'"));
        while (q.next()) {
            const bool here = q.value(2).toString() == QSysInfo::machineHostName();
            if (soleUser || (here && processGone(q.value(1).toLongLong())))
                orphaned << q.value(0).toLongLong();
        }
    }
    for (const qint64 id : std::as_const(orphaned))
        transitionJob(db, id, JobStatus::Failed, QStringLiteral("interrupted"));
    if (!orphaned.isEmpty())
        qCWarning(lcStore) << orphaned.size() << "interrupted job(s) marked failed";
    return int(orphaned.size());
}

int removeUnreferencedArtifacts(const QSqlDatabase &db, const QString &folder)
{
    const QSet<QString> referenced = referencedPaths(db);
    const QDir root(folder);
    int removed = 0;
    QDirIterator it(root.filePath(Project::artifactsFolderName()),
                    QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (referenced.contains(root.relativeFilePath(path)))
            continue;
        if (QFile::remove(path)) {
            ++removed;
            qCInfo(lcStore) << "removed unreferenced artifact" << path;
        }
    }
    return removed;
}

} // namespace nexvitad::store
