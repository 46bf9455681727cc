#pragma once
// Who else has this project open? Every process holding a project open read-write keeps a
// shared flock on <project>/project.lock. A process that gets the lock exclusively knows
// nobody else is working in the project, so it may repair: mark `running` jobs as failed
// and delete leftover temporary files. The kernel drops the locks of a killed process, so
// a crash never leaves the project "in use".

#include <QString>

namespace nexvitad::store {

class ProjectLock
{
public:
    // Opens (creating when missing) the lock file. Throws nexvitad::Error on failure.
    explicit ProjectLock(const QString &lockFile);
    ~ProjectLock();
    ProjectLock(const ProjectLock &) = delete;
    ProjectLock &operator=(const ProjectLock &) = delete;

    // True when no other process holds the lock; this one then holds it exclusively.
    bool tryExclusive();
    // Holds the lock shared (waits while another process repairs the project).
    void holdShared();

private:
    QString m_path;
    int m_fd = -1;
};

} // namespace nexvitad::store
