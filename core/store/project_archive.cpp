#include "store/project_archive.h"

#include "common/error.h"
#include "io/atomic_file.h"
#include "nexvitad/version.h"
#include "store/artifact_references.h"
#include "store/connections.h"
#include "store/folder_utils.h"
#include "store/project_check.h"
#include "store/schema.h"
#include "store/sql.h"
#include "store/tar_archive.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

namespace nexvitad::store {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::store)
};

constexpr int kArchiveFormat = 1;

QJsonObject fileEntry(const QString &path, qint64 size, const QByteArray &sha256)
{
    return {{QStringLiteral("path"), path},
            {QStringLiteral("size"), size},
            {QStringLiteral("sha256"), QString::fromLatin1(sha256.toHex())}};
}

// Adds one file from disk, returning its manifest entry.
QJsonObject addFromDisk(TarWriter &tar, const QString &nameInArchive, const QString &path,
                        const QString &expectedSha256)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Tr::tr("Cannot read: %1").arg(file.errorString()), path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    tar.addFile(nameInArchive, file, file.size(), &hash);
    const QByteArray digest = hash.result();
    if (!expectedSha256.isEmpty() && QString::fromLatin1(digest.toHex()) != expectedSha256)
        throw Error(Tr::tr("The file does not match its recorded SHA-256; run `project check`."),
                    path);
    return fileEntry(nameInArchive, file.size(), digest);
}

// The archive name made safe, or an error: relative, no "..", no backslashes or control
// characters, and inside the layout a project has.
QString safeName(const TarEntry &entry, const QString &archivePath)
{
    const auto refuse = [&](const QString &why) {
        return Error(Tr::tr("The archive entry \"%1\" is refused: %2").arg(entry.name, why),
                     archivePath);
    };
    if (entry.name.startsWith(QLatin1Char('/')))
        throw refuse(Tr::tr("absolute paths are not allowed"));
    QStringList parts;
    for (const QString &part : entry.name.split(QLatin1Char('/'))) {
        if (part.isEmpty() || part == QLatin1String("."))
            continue;
        if (part == QLatin1String(".."))
            throw refuse(Tr::tr("\"..\" would leave the project folder"));
        for (const QChar c : part) {
            if (c.unicode() < 0x20 || c == QLatin1Char('\\'))
                throw refuse(Tr::tr("the name contains a control character or a backslash"));
        }
        parts << part;
    }
    if (parts.isEmpty())
        throw refuse(Tr::tr("the name is empty"));
    const QString name = parts.join(QLatin1Char('/'));
    const bool inArtifacts = parts.first() == Project::artifactsFolderName();
    if (entry.type == TarEntry::Type::Directory && inArtifacts)
        return name;
    if (entry.type == TarEntry::Type::File
        && (name == Project::databaseFileName() || name == archiveManifestName()
            || (inArtifacts && parts.size() > 1)))
        return name;
    if (entry.type == TarEntry::Type::Symlink || entry.type == TarEntry::Type::Hardlink)
        throw refuse(Tr::tr("links (here to \"%1\") are not allowed in a project archive")
                         .arg(entry.linkTarget));
    if (entry.type == TarEntry::Type::Other)
        throw refuse(Tr::tr("only files and folders are allowed"));
    throw refuse(Tr::tr("a project archive holds only %1, %2 and %3/")
                     .arg(Project::databaseFileName(), archiveManifestName(),
                          Project::artifactsFolderName()));
}

// Streams the current entry into `path`, fsynced; returns its SHA-256.
QByteArray extractFile(TarReader &tar, const QString &path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        throw Error(Tr::tr("Cannot create the folder."), QFileInfo(path).absolutePath());
    QFile file(path);
    // NewOnly: a name given twice is refused rather than overwritten.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        throw Error(Tr::tr("Cannot write (is the name in the archive twice?): %1")
                        .arg(file.errorString()),
                    path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    char buffer[1 << 16];
    while (const qint64 n = tar.read(buffer, sizeof buffer)) {
        hash.addData(QByteArrayView(buffer, n));
        if (file.write(buffer, n) != n)
            throw Error(Tr::tr("Cannot write: %1").arg(file.errorString()), path);
    }
    if (!io::flushToDisk(file))
        throw Error(Tr::tr("Cannot flush to disk: %1").arg(file.errorString()), path);
    return hash.result();
}
} // namespace

QString archiveManifestName()
{
    return QStringLiteral("nexvitad-archive.json");
}

ArchiveSummary exportProject(const Project &project, const QString &archivePath,
                             Progress &progress)
{
    progress.setStage(Tr::tr("Taking a snapshot of the database"));
    QTemporaryDir scratch;
    if (!scratch.isValid())
        throw Error(Tr::tr("Cannot create a temporary folder: %1").arg(scratch.errorString()));
    const QString snapshot = scratch.filePath(Project::databaseFileName());
    exec(project.database(), QStringLiteral("VACUUM INTO ?"), {snapshot});

    std::vector<ArtifactReference> artifacts;
    {
        ConnectionPool pool({snapshot, true, true, false});
        for (ArtifactReference &reference : artifactReferences(pool.connection())) {
            if (isProjectArtifact(reference.path))
                artifacts.push_back(std::move(reference));
        }
    }

    ArchiveSummary summary;
    progress.setStage(Tr::tr("Writing the archive"));
    io::writeFileAtomically(archivePath, [&](QIODevice &device) {
        TarWriter tar(device, archivePath);
        QJsonArray files;
        files.append(addFromDisk(tar, Project::databaseFileName(), snapshot, {}));
        QSet<QString> added;
        qint64 done = 0;
        for (const ArtifactReference &reference : artifacts) {
            progress.throwIfCanceled();
            progress.report(++done, qint64(artifacts.size()));
            if (added.contains(reference.path))
                continue; // two rows may share a file
            added.insert(reference.path);
            files.append(addFromDisk(tar, reference.path, project.absolutePath(reference.path),
                                     reference.sha256));
        }
        for (const QJsonValue &file : std::as_const(files))
            summary.bytes += file[QStringLiteral("size")].toInteger();
        const QJsonObject manifest{
            {QStringLiteral("format"), kArchiveFormat},
            {QStringLiteral("created_by"), QStringLiteral("NexViTAD " NEXVITAD_VERSION)},
            {QStringLiteral("schema_version"), latestSchemaVersion()},
            {QStringLiteral("project"), project.name()},
            {QStringLiteral("files"), files}};
        tar.addFile(archiveManifestName(), QJsonDocument(manifest).toJson());
        tar.finish();
        summary.files = int(files.size()) + 1;
        return true;
    });
    return summary;
}

Project importProject(const QString &archivePath, const QString &folder, Progress &progress)
{
    const QString target = QFileInfo(folder).absoluteFilePath();
    requireNewFolder(target);
    QFile archive(archivePath);
    if (!archive.open(QIODevice::ReadOnly))
        throw Error(Tr::tr("Cannot read: %1").arg(archive.errorString()), archivePath);
    const QString parent = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(parent))
        throw Error(Tr::tr("Cannot create the folder."), parent);
    QTemporaryDir staging(parent + QStringLiteral("/.nexvitad-import-XXXXXX"));
    if (!staging.isValid())
        throw Error(Tr::tr("Cannot create a temporary folder: %1").arg(staging.errorString()), parent);

    progress.setStage(Tr::tr("Unpacking the archive"));
    TarReader tar(archive, archivePath);
    TarEntry entry;
    QHash<QString, QJsonObject> extracted; // name -> {size, sha256}
    QByteArray manifestBytes;
    while (tar.next(&entry)) {
        progress.throwIfCanceled();
        progress.report(archive.pos(), archive.size());
        const QString name = safeName(entry, archivePath);
        if (entry.type == TarEntry::Type::Directory) {
            QDir(staging.path()).mkpath(name);
            continue;
        }
        if (name == archiveManifestName()) {
            if (!manifestBytes.isEmpty() || entry.size > (16 << 20))
                throw Error(Tr::tr("The archive's manifest is invalid."), archivePath);
            manifestBytes.resize(entry.size);
            if (entry.size > 0 && tar.read(manifestBytes.data(), entry.size) != entry.size)
                throw Error(Tr::tr("The archive's manifest is invalid."), archivePath);
            continue;
        }
        const QByteArray digest = extractFile(tar, QDir(staging.path()).filePath(name));
        extracted.insert(name, fileEntry(name, entry.size, digest));
    }

    // Every file the manifest names, exactly as listed, and nothing else.
    const QJsonObject manifest = QJsonDocument::fromJson(manifestBytes).object();
    if (manifest.value(QStringLiteral("format")).toInt() != kArchiveFormat)
        throw Error(Tr::tr("The archive has no valid manifest (%1).").arg(archiveManifestName()),
                    archivePath);
    const QJsonArray listed = manifest.value(QStringLiteral("files")).toArray();
    for (const QJsonValue &value : listed) {
        const QString name = value[QStringLiteral("path")].toString();
        if (extracted.take(name) != value.toObject())
            throw Error(Tr::tr("%1 is missing from the archive or does not match the manifest.")
                            .arg(name),
                        archivePath);
    }
    if (!extracted.isEmpty())
        throw Error(Tr::tr("%1 is in the archive but not in its manifest.").arg(extracted.keys().first()),
                    archivePath);

    progress.setStage(Tr::tr("Checking the imported project"));
    {
        const Project staged = Project::open(staging.path(), OpenMode::ReadWrite);
        const CheckResult check = checkProject(staged, progress);
        if (!check.ok())
            throw Error(Tr::tr("The imported project has problems: %1").arg(check.problems.first()),
                        archivePath);
    } // closed before the rename
    io::syncDirectory(staging.path());
    moveFolderIntoPlace(staging.path(), target);
    staging.setAutoRemove(false);
    return Project::open(target, OpenMode::ReadWrite);
}

} // namespace nexvitad::store
