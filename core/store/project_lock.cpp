#include "store/project_lock.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace nexvitad::store {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::store)
};
} // namespace

ProjectLock::ProjectLock(const QString &lockFile)
    : m_path(lockFile)
{
    m_fd = ::open(QFile::encodeName(lockFile).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (m_fd < 0)
        throw Error(Tr::tr("Cannot open the project's lock file: %1")
                        .arg(QString::fromLocal8Bit(std::strerror(errno))),
                    lockFile);
}

ProjectLock::~ProjectLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // releases the flock
}

bool ProjectLock::tryExclusive()
{
    return ::flock(m_fd, LOCK_EX | LOCK_NB) == 0;
}

void ProjectLock::holdShared()
{
    int rc;
    do {
        rc = ::flock(m_fd, LOCK_SH);
    } while (rc != 0 && errno == EINTR);
    if (rc != 0)
        throw Error(Tr::tr("Cannot lock the project: %1")
                        .arg(QString::fromLocal8Bit(std::strerror(errno))),
                    m_path);
}

} // namespace nexvitad::store
