#include "data/image_files.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QImageReader>

namespace nexvitad::data {

namespace {
struct ImageFilesText
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::data::ImageFiles)
};
} // namespace

QStringList collectImageFiles(const QStringList &inputs)
{
    QStringList suffixes;
    for (const QByteArray &format : QImageReader::supportedImageFormats())
        suffixes << QString::fromLatin1(format).toLower();
    QStringList files;
    for (const QString &input : inputs) {
        const QFileInfo info(input);
        if (info.isFile()) {
            files << info.absoluteFilePath();
            continue;
        }
        if (!info.isDir())
            throw Error(ImageFilesText::tr("no such file or folder"), input);
        QStringList found;
        QDirIterator it(input, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo file(it.next());
            if (suffixes.contains(file.suffix().toLower()))
                found << file.absoluteFilePath();
        }
        if (found.isEmpty())
            throw Error(ImageFilesText::tr("the folder holds no image"), input);
        found.sort();
        files << found;
    }
    return files;
}

} // namespace nexvitad::data
