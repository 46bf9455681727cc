#include "line/hot_folder.h"

#include "common/error.h"

#include <QDir>
#include <QFileInfo>
#include <QImageReader>

#include <algorithm>

namespace nexvitad::line {

size_t qHash(const FileKey &key, size_t seed)
{
    return ::qHash(key.name, seed) ^ ::qHash(key.size, seed * 31 + 1) ^
           ::qHash(key.modifiedMs, seed * 17 + 7);
}

HotFolder::HotFolder(const QString &folder, std::chrono::milliseconds settle)
    : m_folder(QFileInfo(folder).absoluteFilePath()), m_settle(settle)
{
    const QFileInfo info(m_folder);
    if (!info.isDir())
        throw Error(tr("the folder to watch does not exist"), m_folder);
    if (!info.isReadable())
        throw Error(tr("the folder to watch cannot be read"), m_folder);
}

bool HotFolder::isTemporaryName(const QString &fileName)
{
    static const QStringList partialSuffixes = {
        QStringLiteral(".tmp"),        QStringLiteral(".part"),     QStringLiteral(".partial"),
        QStringLiteral(".crdownload"), QStringLiteral(".filepart"), QStringLiteral("~")};
    if (fileName.startsWith(QLatin1Char('.')))
        return true;
    return std::any_of(partialSuffixes.begin(), partialSuffixes.end(), [&](const QString &s) {
        return fileName.endsWith(s, Qt::CaseInsensitive);
    });
}

bool HotFolder::isImageName(const QString &fileName)
{
    static const QStringList suffixes = [] {
        QStringList list;
        for (const QByteArray &format : QImageReader::supportedImageFormats())
            list << QString::fromLatin1(format).toLower();
        return list;
    }();
    return !isTemporaryName(fileName) &&
           suffixes.contains(QFileInfo(fileName).suffix().toLower());
}

std::vector<FileKey> HotFolder::poll(const QSet<FileKey> &done, Clock::time_point now)
{
    const QDir dir(m_folder);
    // exists() alone is not enough: an unmounted share's mount point still exists, empty
    // and unreadable or empty; a listing error is what we can see.
    if (!dir.exists())
        throw Error(tr("the watched folder has disappeared (removed, renamed or unmounted)"),
                    m_folder);
    if (!QFileInfo(m_folder).isReadable())
        throw Error(tr("the watched folder can no longer be read"), m_folder);

    QHash<QString, Seen> seen;
    std::vector<std::pair<FileKey, bool>> candidates; // key, complete
    for (const QFileInfo &file : dir.entryInfoList(QDir::Files | QDir::NoDotAndDotDot)) {
        const QString name = file.fileName();
        if (!isImageName(name))
            continue;
        const FileKey key{name, file.size(), file.lastModified().toMSecsSinceEpoch()};
        if (done.contains(key))
            continue;
        Seen now_{key.size, key.modifiedMs, now};
        const auto previous = m_seen.constFind(name);
        if (previous != m_seen.constEnd() && previous->size == key.size &&
            previous->modifiedMs == key.modifiedMs)
            now_.stableSince = previous->stableSince;
        seen.insert(name, now_);
        // An empty file is a writer that has created it and not written yet.
        const bool complete = key.size > 0 && now - now_.stableSince >= m_settle;
        candidates.emplace_back(key, complete);
    }
    m_seen = std::move(seen); // forgets files that went away

    std::vector<FileKey> ready;
    for (const auto &[key, complete] : candidates)
        if (complete)
            ready.push_back(key);
    std::sort(ready.begin(), ready.end(), [](const FileKey &a, const FileKey &b) {
        return a.modifiedMs != b.modifiedMs ? a.modifiedMs < b.modifiedMs : a.name < b.name;
    });
    return ready;
}

} // namespace nexvitad::line
