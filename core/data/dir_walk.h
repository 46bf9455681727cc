#pragma once
// Folder listing for the importer, on raw file-name bytes (POSIX), so that names which are
// not valid UTF-8 can still be opened, and with symbolic-link loop detection: every folder
// listed is remembered by (device, inode), and a link that leads back to one is reported
// instead of followed.

#include <QByteArray>

#include <set>
#include <utility>
#include <vector>

#include <sys/types.h>

namespace nexvitad::data {

struct DirEntry
{
    enum class Kind {
        File,       // a regular file (possibly through a link)
        Folder,     // a folder not listed before
        Loop,       // a link that leads back to a folder already listed, or a link cycle
        BrokenLink, // a link whose target does not exist
        Special,    // a FIFO, socket or device: never opened (reading could block)
        Unreadable, // stat() failed for another reason (errno in `error`)
    };
    QByteArray name;
    Kind kind = Kind::File;
    qint64 size = 0;
    int error = 0;
};

class DirWalker
{
public:
    // Lists `absDir` sorted by name bytes, "." and ".." left out, and remembers the folder.
    // Returns false (errno in *error) when the folder cannot be opened; *error is ELOOP when
    // the folder was listed before (reached again through a link).
    bool list(const QByteArray &absDir, std::vector<DirEntry> *entries, int *error);

private:
    std::set<std::pair<dev_t, ino_t>> m_listed;
};

} // namespace nexvitad::data
