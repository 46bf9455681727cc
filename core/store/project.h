#pragma once
// A project is a folder: project.nvproj (SQLite, WAL) + artifacts/ (checkpoints, banks,
// heat maps, reports) + project.lock. Project is a cheap, copyable handle; copies share
// one connection pool and may be used from any thread: each thread gets its own SQLite
// connection through database() (see connections.h). Destroy the last handle only after
// the worker threads that used it have ended (or called releaseThreadConnection()).
//
// Opening a project checks it (PRAGMA quick_check) before anything is written: a damaged
// database is reported as a nexvitad::Error and left exactly as it is. When this process
// is the only one using the project it also repairs what a crash left behind: `running`
// jobs become `failed` ("interrupted") and unreferenced files under artifacts/ (temporary
// files of interrupted writes) are deleted.

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace nexvitad::store {

enum class OpenMode {
    Auto,      // read-write, or read-only (with a message) when the folder is not writable
    ReadWrite, // fails when the folder is not writable
    ReadOnly,  // never writes anything: SQLite opens the file with mode=ro
};

// What open() found and did, for the GUI's status line and `project info`.
struct OpenReport
{
    bool readOnly = false;
    QString readOnlyMessage;       // why, in words; empty when read-write
    int migratedFrom = -1;         // schema version before the upgrade; -1 when none ran
    QString migrationBackup;       // copy of the database taken before the upgrade
    bool soleUser = false;         // no other process had the project open
    int interruptedJobs = 0;       // `running` jobs marked failed (interrupted)
    int removedFiles = 0;          // leftover temporary/unreferenced artifact files
};

class Project
{
public:
    static QString databaseFileName();  // "project.nvproj"
    static QString artifactsFolderName(); // "artifacts"
    static QString lockFileName();      // "project.lock"
    static bool isProjectFolder(const QString &folder);

    // Creates a new project in `folder` (which must not exist or be empty) and opens it.
    // The folder appears complete or not at all (built next to it, then renamed).
    static Project create(const QString &folder, const QString &name);
    static Project open(const QString &folder, OpenMode mode = OpenMode::Auto);

    QString folder() const;
    QString databasePath() const;
    QString artifactsFolder() const;
    // A path stored in the database (relative to the project folder) made absolute.
    QString absolutePath(const QString &storedPath) const;
    QString name() const;

    bool isReadOnly() const;
    const OpenReport &openReport() const;

    // This thread's connection (opened on first use).
    QSqlDatabase database() const;
    void releaseThreadConnection() const;

private:
    struct Impl;
    explicit Project(std::shared_ptr<Impl> impl);
    std::shared_ptr<Impl> d;
};

} // namespace nexvitad::store
