#include "data/image_header.h"
#include "data/scan_context.h"

#include <QDir>
#include <QFile>

#include <sys/stat.h>

namespace nexvitad::data {

QByteArray joinPath(const QByteArray &a, const QByteArray &b)
{
    return a.isEmpty() ? b : (b.isEmpty() ? a : a + '/' + b);
}

QByteArray fileStem(const QByteArray &name)
{
    const int dot = name.lastIndexOf('.');
    return dot > 0 ? name.left(dot) : name;
}

ScanContext::ScanContext(const QString &root, const ScanOptions &options)
    : m_root(QDir::cleanPath(QDir(root).absolutePath()))
    , m_rootBytes(QFile::encodeName(m_root))
    , m_options(options)
{
}

QByteArray ScanContext::absolute(const QByteArray &relative) const
{
    return relative.isEmpty() ? m_rootBytes : m_rootBytes + '/' + relative;
}

void ScanContext::report(Severity severity, const QString &code, const QByteArray &relPath,
                         const QString &message)
{
    m_problems.push_back({severity, code, displayName(relPath), message});
}

bool ScanContext::isFolder(const QByteArray &relative) const
{
    struct stat st {};
    return ::stat(absolute(relative).constData(), &st) == 0 && S_ISDIR(st.st_mode);
}

namespace {
bool isAscii(const QByteArray &name)
{
    for (char c : name)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}
} // namespace

std::vector<DirEntry> ScanContext::list(const QByteArray &relDir, bool *found)
{
    std::vector<DirEntry> all;
    int error = 0;
    if (found)
        *found = true;
    if (!m_walker.list(absolute(relDir), &all, &error)) {
        if (found)
            *found = false;
        if (error == ELOOP)
            report(Severity::Warning, QStringLiteral("link-loop"), relDir,
                   ScanText::tr("this folder was already scanned under another name "
                                "(through a symbolic link); not scanned again"));
        else
            report(Severity::Error, QStringLiteral("folder-unreadable"), relDir,
                   ScanText::tr("the folder cannot be read: %1").arg(qt_error_string(error)));
        return {};
    }
    std::vector<DirEntry> usable;
    for (DirEntry &e : all) {
        const QByteArray rel = joinPath(relDir, e.name);
        if (!isValidUtf8(e.name))
            report(Severity::Warning, QStringLiteral("non-utf8-name"), rel,
                   ScanText::tr("the name is not valid UTF-8 (undecodable bytes are shown as "
                                "U+FFFD); it is imported, but other tools may fail on it"));
        else if (!isAscii(e.name))
            report(Severity::Note, QStringLiteral("non-ascii-name"), rel,
                   ScanText::tr("the name has non-ASCII characters; it is imported, but some "
                                "tools and archives mishandle such names"));
        switch (e.kind) {
        case DirEntry::Kind::File:
        case DirEntry::Kind::Folder:
            usable.push_back(std::move(e));
            break;
        case DirEntry::Kind::Loop:
            report(Severity::Warning, QStringLiteral("link-loop"), rel,
                   ScanText::tr("symbolic link loop: it leads back to a folder already being "
                                "scanned; not followed"));
            break;
        case DirEntry::Kind::BrokenLink:
            report(Severity::Warning, QStringLiteral("broken-link"), rel,
                   ScanText::tr("broken symbolic link: its target does not exist; ignored"));
            break;
        case DirEntry::Kind::Special:
            report(hasImageExtension(e.name) ? Severity::Error : Severity::Note,
                   QStringLiteral("not-a-file"), rel,
                   ScanText::tr("cannot be read as an image: not a regular file (a FIFO, "
                                "socket or device); ignored"));
            break;
        case DirEntry::Kind::Unreadable:
            report(Severity::Error, QStringLiteral("unreadable"), rel,
                   ScanText::tr("cannot be read: %1").arg(qt_error_string(e.error)));
            break;
        }
    }
    return usable;
}

std::vector<QByteArray> ScanContext::imageFiles(const QByteArray &relDir)
{
    std::vector<QByteArray> images;
    for (const DirEntry &e : list(relDir)) {
        const QByteArray rel = joinPath(relDir, e.name);
        if (e.kind == DirEntry::Kind::Folder)
            report(Severity::Note, QStringLiteral("extra-folder"), rel,
                   ScanText::tr("unexpected folder here; ignored"));
        else if (!hasImageExtension(e.name))
            report(Severity::Note, QStringLiteral("extra-file"), rel,
                   ScanText::tr("not an image (PNG, JPEG, BMP, TIFF); ignored"));
        else
            images.push_back(rel);
    }
    return images;
}

} // namespace nexvitad::data
