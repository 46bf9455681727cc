#include "store/artifacts.h"

#include "common/error.h"
#include "io/atomic_file.h"
#include "io/chunked_read.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

namespace nexvitad::store {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::store)
};

QString storedPathFor(const QString &subfolder, const QString &fileName)
{
    if (fileName.isEmpty() || fileName.contains(QLatin1Char('/')) || fileName.startsWith(QLatin1Char('.'))
        || subfolder.isEmpty() || subfolder.contains(QLatin1String("..")))
        throw Error(Tr::tr("Invalid artifact name: %1/%2").arg(subfolder, fileName));
    return Project::artifactsFolderName() + QLatin1Char('/') + subfolder + QLatin1Char('/') + fileName;
}

ArtifactFile describe(const Project &project, const QString &storedPath)
{
    const QString path = project.absolutePath(storedPath);
    return {storedPath, io::sha256OfFile(path), QFileInfo(path).size()};
}

void refuseReadOnly(const Project &project)
{
    if (project.isReadOnly())
        throw Error(Tr::tr("The project is read-only."), project.folder());
}
} // namespace

QString uniqueArtifactName(const QString &stem, const QString &suffix)
{
    return QStringLiteral("%1-%2-%3%4")
        .arg(stem, QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddThhmmss")),
             QString::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, QLatin1Char('0')),
             suffix);
}

ArtifactFile writeArtifact(const Project &project, const QString &subfolder,
                           const QString &fileName, const QByteArray &bytes)
{
    refuseReadOnly(project);
    const QString stored = storedPathFor(subfolder, fileName);
    io::writeFileAtomically(project.absolutePath(stored), bytes);
    return {stored,
            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
            bytes.size()};
}

ArtifactFile writeArtifact(const Project &project, const QString &subfolder,
                           const QString &fileName, const std::function<bool(QIODevice &)> &writer)
{
    refuseReadOnly(project);
    const QString stored = storedPathFor(subfolder, fileName);
    io::writeFileAtomically(project.absolutePath(stored), writer);
    return describe(project, stored);
}

ArtifactFile adoptFile(const Project &project, const QString &subfolder, const QString &fileName,
                       const QString &sourcePath)
{
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        throw Error(Tr::tr("Cannot read: %1").arg(source.errorString()), sourcePath);
    return writeArtifact(project, subfolder, fileName, [&](QIODevice &target) {
        while (!source.atEnd()) {
            const QByteArray chunk = source.read(1 << 20);
            if (chunk.isEmpty() || target.write(chunk) != chunk.size())
                return false;
        }
        return true;
    });
}

} // namespace nexvitad::store
