#include "data/dir_walk.h"

#include <algorithm>
#include <cerrno>

#include <dirent.h>
#include <sys/stat.h>

namespace nexvitad::data {

bool DirWalker::list(const QByteArray &absDir, std::vector<DirEntry> *entries, int *error)
{
    entries->clear();
    struct stat self {};
    if (::stat(absDir.constData(), &self) != 0) {
        *error = errno;
        return false;
    }
    // Reached again through another link: listing it twice would import its images twice.
    if (m_listed.count({self.st_dev, self.st_ino})) {
        *error = ELOOP;
        return false;
    }
    DIR *dir = ::opendir(absDir.constData());
    if (!dir) {
        *error = errno;
        return false;
    }
    m_listed.insert({self.st_dev, self.st_ino});
    errno = 0;
    while (const dirent *d = ::readdir(dir)) {
        const QByteArray name(d->d_name);
        if (name == "." || name == "..")
            continue;
        DirEntry e;
        e.name = name;
        const QByteArray full = absDir + '/' + name;
        struct stat st {};
        if (::stat(full.constData(), &st) != 0) {
            e.error = errno;
            struct stat link {};
            if (e.error == ELOOP)
                e.kind = DirEntry::Kind::Loop;
            else if (e.error == ENOENT && ::lstat(full.constData(), &link) == 0)
                e.kind = DirEntry::Kind::BrokenLink;
            else
                e.kind = DirEntry::Kind::Unreadable;
        } else if (S_ISDIR(st.st_mode)) {
            e.kind = m_listed.count({st.st_dev, st.st_ino}) ? DirEntry::Kind::Loop
                                                             : DirEntry::Kind::Folder;
        } else if (S_ISREG(st.st_mode)) {
            e.kind = DirEntry::Kind::File;
            e.size = st.st_size;
        } else {
            e.kind = DirEntry::Kind::Special;
        }
        entries->push_back(std::move(e));
    }
    ::closedir(dir);
    std::sort(entries->begin(), entries->end(),
              [](const DirEntry &a, const DirEntry &b) { return a.name < b.name; });
    return true;
}

} // namespace nexvitad::data
