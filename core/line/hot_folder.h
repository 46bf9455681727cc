#pragma once
// The folder a camera (or a PLC's file transfer) drops images into. HotFolder polls it and
// says which image files are complete: a file counts once its size and modification time
// have stayed the same for the settle time. That covers both ways writers deliver files:
// written in place (the size grows until the writer closes it) and written elsewhere or
// under a temporary name and renamed in (complete at once; it still waits the settle time,
// which adds latency, not cost per image). Temporary names are never taken: hidden files
// (".name"), and the usual partial-download suffixes (.tmp, .part, .partial, .crdownload,
// .filepart, "~").
//
// Polling instead of inotify / QFileSystemWatcher: it works the same on network shares
// (SMB/NFS send no change events), and a poll of a folder with a few hundred entries costs
// well under a millisecond. Only the folder itself is watched, not subfolders (the place
// the watcher moves finished images to may be a subfolder).

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <chrono>
#include <vector>

namespace nexvitad::line {

// How the watcher knows a source file: a camera that reuses a name writes a new file,
// which has another size or time.
struct FileKey
{
    QString name; // file name in the watched folder
    qint64 size = 0;
    qint64 modifiedMs = 0; // milliseconds since the epoch (UTC)

    bool operator==(const FileKey &) const = default;
};

size_t qHash(const FileKey &key, size_t seed = 0);

class HotFolder
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::line::HotFolder)
public:
    using Clock = std::chrono::steady_clock;

    // Throws nexvitad::Error naming the folder when it is not an existing, readable folder.
    HotFolder(const QString &folder, std::chrono::milliseconds settle);

    QString folder() const { return m_folder; }

    // Lists the folder and returns the files that are complete and not in `done`, oldest
    // first (modification time, then name). Throws nexvitad::Error when the folder has gone
    // (removed, unmounted) or cannot be read.
    std::vector<FileKey> poll(const QSet<FileKey> &done, Clock::time_point now = Clock::now());

    // Every image file now in the folder, complete or not (for the count of waiting files).
    int waitingCount() const { return int(m_seen.size()); }

    static bool isTemporaryName(const QString &fileName);
    static bool isImageName(const QString &fileName);

private:
    struct Seen
    {
        qint64 size = -1;
        qint64 modifiedMs = 0;
        Clock::time_point stableSince;
    };

    QString m_folder;
    std::chrono::milliseconds m_settle;
    QHash<QString, Seen> m_seen; // name -> last observation
};

} // namespace nexvitad::line
