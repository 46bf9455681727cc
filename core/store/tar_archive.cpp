#include "store/tar_archive.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QIODevice>
#include <QMap>

#include <algorithm>
#include <cstring>
#include <limits>

namespace nexvitad::store {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::store)
};

constexpr qint64 kBlock = 512;
constexpr qint64 kMaxOctalSize = 077777777777LL; // 11 octal digits

qint64 padded(qint64 size)
{
    return (kBlock - size % kBlock) % kBlock;
}

void putOctal(char *field, int width, qint64 value)
{
    // width-1 digits, then NUL
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    std::memcpy(field, digits.constData(), size_t(width - 1));
    field[width - 1] = '\0';
}

unsigned checksum(const char *header)
{
    unsigned sum = 0;
    for (int i = 0; i < kBlock; ++i)
        sum += (i >= 148 && i < 156) ? unsigned(' ') : static_cast<unsigned char>(header[i]);
    return sum;
}

// A pax record: "<length> <key>=<value>\n", where <length> counts the whole record.
QByteArray paxRecord(const QByteArray &key, const QByteArray &value)
{
    const qint64 body = key.size() + value.size() + 3; // ' ', '=', '\n'
    qint64 length = body + QByteArray::number(body).size();
    if (QByteArray::number(length).size() != QByteArray::number(body).size())
        ++length;
    return QByteArray::number(length) + ' ' + key + '=' + value + '\n';
}

QByteArray field(const char *header, int offset, int width)
{
    const char *start = header + offset;
    return QByteArray(start, int(strnlen(start, size_t(width))));
}

bool parseNumber(const char *header, int offset, int width, qint64 *value)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(header + offset);
    if (bytes[0] & 0x80) { // GNU base-256 for big values
        if (bytes[0] & 0x40)
            return false; // negative values are nonsense here
        // A 12-byte field holds up to 94 bits: a hostile header must not overflow qint64
        // (signed overflow is undefined); refuse before the shift that would.
        qint64 v = bytes[0] & 0x3f;
        for (int i = 1; i < width; ++i) {
            if (v > (std::numeric_limits<qint64>::max() >> 8))
                return false;
            v = (v << 8) | bytes[i];
        }
        *value = v;
        return true;
    }
    const QByteArray text = field(header, offset, width).trimmed();
    bool ok = true;
    *value = text.isEmpty() ? 0 : text.toLongLong(&ok, 8);
    return ok && *value >= 0;
}
} // namespace

TarWriter::TarWriter(QIODevice &out, QString archivePath)
    : m_out(out)
    , m_archivePath(std::move(archivePath))
{
}

void TarWriter::writeBlock(const QByteArray &block)
{
    if (m_out.write(block) != block.size())
        throw Error(Tr::tr("Cannot write the archive: %1").arg(m_out.errorString()), m_archivePath);
}

void TarWriter::writePadding(qint64 size)
{
    if (const qint64 pad = padded(size))
        writeBlock(QByteArray(int(pad), '\0'));
}

void TarWriter::writeEntry(char type, const QString &name, const QString &link, qint64 size,
                           int mode)
{
    const QByteArray name8 = name.toUtf8();
    const QByteArray link8 = link.toUtf8();
    // Long or non-ASCII names and big sizes go into a pax header in front of the entry.
    QByteArray pax;
    const auto needsPax = [](const QByteArray &text) {
        return text.size() >= 100 || std::any_of(text.begin(), text.end(), [](char c) { return c & 0x80; });
    };
    if (needsPax(name8))
        pax += paxRecord("path", name8);
    if (needsPax(link8))
        pax += paxRecord("linkpath", link8);
    if (size > kMaxOctalSize)
        pax += paxRecord("size", QByteArray::number(size));
    if (!pax.isEmpty()) {
        writeEntry('x', QStringLiteral("PaxHeader"), {}, pax.size(), 0644);
        writeBlock(pax);
        writePadding(pax.size());
    }

    QByteArray header(int(kBlock), '\0');
    char *h = header.data();
    std::memcpy(h, name8.constData(), size_t(std::min<qint64>(name8.size(), 99)));
    putOctal(h + 100, 8, mode);
    putOctal(h + 108, 8, 0);
    putOctal(h + 116, 8, 0);
    putOctal(h + 124, 12, std::min(size, kMaxOctalSize));
    putOctal(h + 136, 12, 0); // mtime 0: archives of equal content are equal
    h[156] = type;
    std::memcpy(h + 157, link8.constData(), size_t(std::min<qint64>(link8.size(), 99)));
    std::memcpy(h + 257, "ustar\0" "00", 8);
    const QByteArray sum = QByteArray::number(checksum(h), 8).rightJustified(6, '0');
    std::memcpy(h + 148, sum.constData(), 6);
    h[154] = '\0';
    h[155] = ' ';
    writeBlock(header);
}

void TarWriter::addDirectory(const QString &name)
{
    writeEntry('5', name.endsWith(QLatin1Char('/')) ? name : name + QLatin1Char('/'), {}, 0, 0755);
}

void TarWriter::addFile(const QString &name, const QByteArray &data)
{
    writeEntry('0', name, {}, data.size(), 0644);
    writeBlock(data);
    writePadding(data.size());
}

void TarWriter::addFile(const QString &name, QIODevice &data, qint64 size,
                        QCryptographicHash *hash)
{
    writeEntry('0', name, {}, size, 0644);
    qint64 left = size;
    while (left > 0) {
        const QByteArray chunk = data.read(std::min<qint64>(left, 1 << 20));
        if (chunk.isEmpty())
            throw Error(Tr::tr("A file changed size while it was being archived: %1").arg(name),
                        m_archivePath);
        if (hash)
            hash->addData(chunk);
        writeBlock(chunk);
        left -= chunk.size();
    }
    writePadding(size);
}

void TarWriter::addSymlink(const QString &name, const QString &target)
{
    writeEntry('2', name, target, 0, 0777);
}

void TarWriter::addHardlink(const QString &name, const QString &target)
{
    writeEntry('1', name, target, 0, 0644);
}

void TarWriter::finish()
{
    writeBlock(QByteArray(int(2 * kBlock), '\0'));
}

TarReader::TarReader(QIODevice &in, QString archivePath)
    : m_in(in)
    , m_archivePath(std::move(archivePath))
{
}

void TarReader::malformed(const QString &why) const
{
    throw Error(Tr::tr("Not a valid project archive: %1").arg(why), m_archivePath);
}

QByteArray TarReader::readBlock(bool allowEnd)
{
    const QByteArray block = m_in.read(kBlock);
    if (block.isEmpty() && allowEnd)
        return {};
    if (block.size() != kBlock)
        malformed(Tr::tr("the archive is truncated"));
    return block;
}

void TarReader::skipRest()
{
    char buffer[8192];
    while (m_remaining > 0 && read(buffer, sizeof buffer) > 0) {
    }
    if (m_padding > 0 && m_in.read(m_padding).size() != m_padding)
        malformed(Tr::tr("the archive is truncated"));
    m_padding = 0;
}

qint64 TarReader::read(char *buffer, qint64 max)
{
    const qint64 wanted = std::min(max, m_remaining);
    if (wanted == 0)
        return 0;
    const qint64 got = m_in.read(buffer, wanted);
    if (got <= 0)
        malformed(Tr::tr("the archive is truncated"));
    m_remaining -= got;
    return got;
}

bool TarReader::next(TarEntry *entry)
{
    skipRest();
    QMap<QByteArray, QByteArray> pax; // applies to the next real entry
    for (;;) {
        const QByteArray block = readBlock(true);
        if (block.isEmpty() || block.count('\0') == kBlock)
            return false; // end marker (a missing marker is tolerated, as GNU tar does)
        const char *h = block.constData();
        qint64 stored = 0;
        if (!parseNumber(h, 148, 8, &stored) || unsigned(stored) != checksum(h))
            malformed(Tr::tr("a header checksum is wrong"));
        qint64 size = 0;
        if (!parseNumber(h, 124, 12, &size))
            malformed(Tr::tr("an entry size is invalid"));
        const char type = h[156];
        if (type == 'x' || type == 'g' || type == 'L' || type == 'K') {
            if (size > (1 << 20))
                malformed(Tr::tr("an extended header is too large"));
            QByteArray data = m_in.read(size);
            if (data.size() != size || m_in.read(padded(size)).size() != padded(size))
                malformed(Tr::tr("the archive is truncated"));
            if (type == 'L' || type == 'K') { // GNU long name / link name
                pax[type == 'L' ? "path" : "linkpath"] = data.left(int(strnlen(data.constData(), size_t(data.size()))));
                continue;
            }
            for (qsizetype pos = 0; pos < data.size();) { // pax records
                const qsizetype space = data.indexOf(' ', pos);
                bool ok = false;
                const qint64 length = space < 0 ? 0 : data.mid(pos, space - pos).toLongLong(&ok);
                if (!ok || length <= 0 || pos + length > data.size())
                    malformed(Tr::tr("an extended header is invalid"));
                const QByteArray record = data.mid(space + 1, pos + length - space - 2);
                const qsizetype eq = record.indexOf('=');
                if (eq < 0)
                    malformed(Tr::tr("an extended header is invalid"));
                if (type == 'x')
                    pax[record.left(eq)] = record.mid(eq + 1);
                pos += length;
            }
            continue;
        }

        QByteArray name = field(h, 0, 100);
        const QByteArray prefix = field(h, 345, 155);
        if (std::memcmp(h + 257, "ustar", 5) == 0 && !prefix.isEmpty())
            name = prefix + '/' + name;
        entry->name = QString::fromUtf8(pax.value("path", name));
        entry->linkTarget = QString::fromUtf8(pax.value("linkpath", field(h, 157, 100)));
        if (pax.contains("size")) {
            bool ok = false;
            size = pax.value("size").toLongLong(&ok);
            if (!ok || size < 0)
                malformed(Tr::tr("an entry size is invalid"));
        }
        qint64 mode = 0;
        parseNumber(h, 100, 8, &mode);
        entry->mode = int(mode & 07777);
        switch (type) {
        case '0': case '\0': case '7': entry->type = TarEntry::Type::File; break;
        case '5': entry->type = TarEntry::Type::Directory; break;
        case '2': entry->type = TarEntry::Type::Symlink; break;
        case '1': entry->type = TarEntry::Type::Hardlink; break;
        default: entry->type = TarEntry::Type::Other; break;
        }
        // Only regular files carry data (links and folders may claim a size; ignore it).
        const bool hasData = entry->type == TarEntry::Type::File || entry->type == TarEntry::Type::Other;
        entry->size = hasData ? size : 0;
        m_remaining = hasData ? size : 0;
        m_padding = hasData ? padded(size) : 0;
        return true;
    }
}

} // namespace nexvitad::store
