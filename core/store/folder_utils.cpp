#include "store/folder_utils.h"

#include "common/error.h"
#include "io/atomic_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace nexvitad::store {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::store)
};
} // namespace

void requireNewFolder(const QString &folder)
{
    const QFileInfo info(folder);
    if (!info.exists())
        return;
    if (!info.isDir())
        throw Error(Tr::tr("This is a file, not a folder."), folder);
    if (!QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        throw Error(Tr::tr("The folder is not empty; a new project needs an empty or new folder."),
                    folder);
}

void moveFolderIntoPlace(const QString &from, const QString &to)
{
    // rename(2) replaces `to` only when it is an empty folder, exactly the case allowed.
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        throw Error(Tr::tr("Cannot move the new project into place: %1")
                        .arg(QString::fromLocal8Bit(std::strerror(errno))),
                    to);
    io::syncDirectory(QFileInfo(to).absolutePath());
}

} // namespace nexvitad::store
