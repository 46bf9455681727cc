#pragma once
// A small POSIX tar (ustar + pax extended headers) writer and reader: Qt has no public
// archive API, and project archives need only regular files and folders. The reader is
// strict (checksums, sizes, truncation) and reports links and special files as such, so
// that the importer can refuse them; it never touches the file system itself.

#include <QByteArray>
#include <QString>

class QCryptographicHash;
class QIODevice;

namespace nexvitad::store {

class TarWriter
{
public:
    // Writes to `out` (already open). Throws nexvitad::Error naming `archivePath` on failure.
    TarWriter(QIODevice &out, QString archivePath);

    void addDirectory(const QString &name);
    void addFile(const QString &name, const QByteArray &data);
    // Streams `size` bytes from `data`, feeding them to `hash` too when given.
    void addFile(const QString &name, QIODevice &data, qint64 size,
                 QCryptographicHash *hash = nullptr);
    // Links are never written by the exporter; tests use them to build hostile archives.
    void addSymlink(const QString &name, const QString &target);
    void addHardlink(const QString &name, const QString &target);
    // The end-of-archive marker (two zero blocks).
    void finish();

private:
    void writeEntry(char type, const QString &name, const QString &link, qint64 size, int mode);
    void writeBlock(const QByteArray &block);
    void writePadding(qint64 size);

    QIODevice &m_out;
    QString m_archivePath;
};

struct TarEntry
{
    enum class Type { File, Directory, Symlink, Hardlink, Other };
    Type type = Type::Other;
    QString name;       // as stored (UTF-8), not yet checked for safety
    QString linkTarget; // for links
    qint64 size = 0;
    int mode = 0;
};

class TarReader
{
public:
    TarReader(QIODevice &in, QString archivePath);

    // The next entry, or false at the end of the archive. Throws nexvitad::Error when the
    // archive is malformed or truncated. Unread data of the previous entry is skipped.
    bool next(TarEntry *entry);
    // Reads up to `max` bytes of the current entry's data; 0 at its end.
    qint64 read(char *buffer, qint64 max);

private:
    QByteArray readBlock(bool allowEnd);
    void skipRest();
    [[noreturn]] void malformed(const QString &why) const;

    QIODevice &m_in;
    QString m_archivePath;
    qint64 m_remaining = 0; // data bytes left in the current entry
    qint64 m_padding = 0;   // padding after them
};

} // namespace nexvitad::store
