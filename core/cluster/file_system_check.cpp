#include "cluster/file_system_check.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QFile>

#include <sys/vfs.h>

namespace nexvitad::cluster {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FileSystemCheck)
};

struct NetworkFileSystem
{
    unsigned long magic; // statfs f_type (linux/magic.h and the file systems' sources)
    const char *name;
};

constexpr NetworkFileSystem networkFileSystems[] = {
    {0x6969UL, "nfs"},          {0xFF534D42UL, "cifs"},   {0xFE534D42UL, "smb2"},
    {0x517BUL, "smb"},          {0x01021997UL, "9p"},     {0x5346414FUL, "afs"},
    {0x6B414653UL, "afs"},      {0x564CUL, "ncp"},       {0x73757245UL, "coda"},
};
} // namespace

QString networkFileSystem(const QString &folder)
{
    struct statfs info{};
    if (statfs(QFile::encodeName(folder).constData(), &info) != 0)
        throw Error(Text::tr("cannot examine the file system of this folder"), folder);
    for (const NetworkFileSystem &fs : networkFileSystems)
        if ((unsigned long)(info.f_type) == fs.magic)
            return QString::fromLatin1(fs.name);
    return {};
}

void requireLocalFileSystem(const QString &folder)
{
    const QString fs = networkFileSystem(folder);
    if (!fs.isEmpty())
        throw Error(Text::tr("this folder is on a network file system (%1): the project store "
                             "(SQLite, WAL) needs working POSIX locks and shared memory, which "
                             "network file systems do not give; put the project on a local "
                             "disk shared by the cluster's tasks (docs/cluster.md)")
                        .arg(fs),
                    folder);
}

} // namespace nexvitad::cluster
