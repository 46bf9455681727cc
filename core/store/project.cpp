#include "store/project.h"

#include "common/error.h"
#include "common/logging.h"
#include "io/atomic_file.h"
#include "nexvitad/version.h"
#include "store/connections.h"
#include "store/folder_utils.h"
#include "store/project_lock.h"
#include "store/project_recovery.h"
#include "store/schema.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUuid>

#include <cerrno>
#include <cstring>
#include <optional>
#include <unistd.h>

namespace nexvitad::store {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::store)
};

// Why the folder cannot be written, or an empty string when it can. access() asks the
// kernel, so a read-only mount (EROFS) counts too.
QString notWritableReason(const QString &folder, const QString &database)
{
    for (const QString &path : {folder, database}) {
        if (::access(QFile::encodeName(path).constData(), W_OK) != 0)
            return Tr::tr("%1 is not writable (%2)")
                .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
    }
    return {};
}

// The calling thread's connection, checked before anything writes. Setting up the
// connection already reads the file, so a file that is no database fails there.
QSqlDatabase checkedConnection(const ConnectionPool &pool)
{
    QSqlDatabase db;
    try {
        db = pool.connection();
    } catch (const Error &e) {
        throw damagedDatabase(pool.spec().databasePath, e.message());
    }
    checkIntegrity(db);
    return db;
}
} // namespace

struct Project::Impl
{
    QString folder;
    std::optional<ProjectLock> lock;
    std::unique_ptr<ConnectionPool> pool;
    OpenReport report;
    QString name;
};

Project::Project(std::shared_ptr<Impl> impl)
    : d(std::move(impl))
{
}

QString Project::databaseFileName() { return QStringLiteral("project.nvproj"); }
QString Project::artifactsFolderName() { return QStringLiteral("artifacts"); }
QString Project::lockFileName() { return QStringLiteral("project.lock"); }

bool Project::isProjectFolder(const QString &folder)
{
    return QFileInfo(QDir(folder).filePath(databaseFileName())).isFile();
}

Project Project::create(const QString &folder, const QString &name)
{
    const QString target = QFileInfo(folder).absoluteFilePath();
    requireNewFolder(target);
    const QString parent = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(parent))
        throw Error(Tr::tr("Cannot create the folder."), parent);

    QTemporaryDir staging(parent + QStringLiteral("/.nexvitad-new-XXXXXX"));
    if (!staging.isValid())
        throw Error(Tr::tr("Cannot create a temporary folder: %1").arg(staging.errorString()),
                    parent);
    {
        ConnectionPool pool({QDir(staging.path()).filePath(databaseFileName()), false, false, true});
        const QSqlDatabase db = pool.connection();
        exec(db, QStringLiteral("PRAGMA journal_mode = WAL"));
        migrate(db);
        Transaction transaction(db);
        const QString insertMeta =
            QStringLiteral("INSERT INTO project_meta (key, value) VALUES (?, ?)");
        exec(db, insertMeta, {QStringLiteral("name"), name});
        exec(db, insertMeta, {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)});
        exec(db, insertMeta, {QStringLiteral("created_at"), nowUtc()});
        exec(db, insertMeta, {QStringLiteral("created_by"), QStringLiteral("NexViTAD " NEXVITAD_VERSION)});
        transaction.commit();
    } // connection closed: SQLite checkpoints and removes the -wal/-shm files
    if (!QDir(staging.path()).mkdir(artifactsFolderName()))
        throw Error(Tr::tr("Cannot create the folder."), staging.path());
    QFile::setPermissions(staging.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                              | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                              | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                              | QFileDevice::ExeOther);
    io::syncDirectory(staging.path());
    moveFolderIntoPlace(staging.path(), target);
    staging.setAutoRemove(false);
    return open(target, OpenMode::ReadWrite);
}

Project Project::open(const QString &folder, OpenMode mode)
{
    auto impl = std::make_shared<Impl>();
    impl->folder = QFileInfo(folder).absoluteFilePath();
    const QString database = QDir(impl->folder).filePath(databaseFileName());
    if (!QFileInfo(database).isFile())
        throw Error(Tr::tr("Not a NexViTAD project: %1 is missing.").arg(databaseFileName()),
                    impl->folder);

    OpenReport &report = impl->report;
    const QString whyNot = notWritableReason(impl->folder, database);
    if (mode == OpenMode::ReadWrite && !whyNot.isEmpty())
        throw Error(Tr::tr("The project cannot be opened for writing: %1").arg(whyNot),
                    impl->folder);
    report.readOnly = mode == OpenMode::ReadOnly || !whyNot.isEmpty();
    if (mode == OpenMode::ReadOnly)
        report.readOnlyMessage = Tr::tr("Opened read-only on request; nothing in the project "
                                        "will be changed.");
    else if (report.readOnly)
        report.readOnlyMessage = Tr::tr("The project folder is read-only (%1). It is opened "
                                        "read-only: you can look at everything, but nothing "
                                        "can be saved.")
                                     .arg(whyNot);

    if (report.readOnly) {
        // Without a -wal file the database file alone is complete, and immutable=1 lets
        // SQLite read it without creating the -shm file that a read-only folder refuses.
        const bool walPresent = QFileInfo::exists(database + QStringLiteral("-wal"));
        impl->pool = std::make_unique<ConnectionPool>(ConnectionSpec{database, true, !walPresent, false});
        const QSqlDatabase db = checkedConnection(*impl->pool);
        const int version = schemaVersion(db);
        if (version != latestSchemaVersion())
            throw Error(Tr::tr("The project uses schema version %1 and must be upgraded to "
                               "version %2, which a read-only project cannot be.")
                            .arg(version)
                            .arg(latestSchemaVersion()),
                        database);
    } else {
        impl->lock.emplace(QDir(impl->folder).filePath(lockFileName()));
        report.soleUser = impl->lock->tryExclusive();
        if (!report.soleUser)
            impl->lock->holdShared();
        impl->pool = std::make_unique<ConnectionPool>(ConnectionSpec{database, false, false, false});
        // Before anything writes: a damaged file stays as it is.
        const QSqlDatabase db = checkedConnection(*impl->pool);
        const int version = schemaVersion(db);
        if (version < latestSchemaVersion()) {
            if (!report.soleUser)
                throw Error(Tr::tr("The project must be upgraded to schema version %1; close "
                                   "the other programs that have it open and try again.")
                                .arg(latestSchemaVersion()),
                            database);
            if (version > 0)
                report.migrationBackup = backupDatabase(db, version);
            report.migratedFrom = version;
        }
        migrate(db);
        exec(db, QStringLiteral("PRAGMA journal_mode = WAL"));
        report.interruptedJobs = failOrphanedJobs(db, report.soleUser);
        if (report.soleUser) {
            report.removedFiles = removeUnreferencedArtifacts(db, impl->folder);
            impl->lock->holdShared(); // others may open it now
        }
        QDir(impl->folder).mkpath(artifactsFolderName());
    }
    impl->name = scalar(impl->pool->connection(),
                        QStringLiteral("SELECT value FROM project_meta WHERE key = ?"),
                        {QStringLiteral("name")})
                     .toString();
    if (report.readOnly)
        qCInfo(lcStore) << "opened read-only:" << impl->folder << report.readOnlyMessage;
    return Project(std::move(impl));
}

QString Project::folder() const { return d->folder; }
QString Project::databasePath() const { return QDir(d->folder).filePath(databaseFileName()); }
QString Project::artifactsFolder() const { return QDir(d->folder).filePath(artifactsFolderName()); }
QString Project::name() const { return d->name; }
bool Project::isReadOnly() const { return d->report.readOnly; }
const OpenReport &Project::openReport() const { return d->report; }
QSqlDatabase Project::database() const { return d->pool->connection(); }
void Project::releaseThreadConnection() const { d->pool->releaseThreadConnection(); }

QString Project::absolutePath(const QString &storedPath) const
{
    return QDir(d->folder).absoluteFilePath(storedPath);
}

} // namespace nexvitad::store
