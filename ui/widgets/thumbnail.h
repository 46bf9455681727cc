#pragma once
// A thumbnail read straight at its size (QImageReader scales while decoding). Safe on any
// thread: call it from jobs, never on the GUI thread for many images.

#include <QImage>
#include <QImageReader>
#include <QString>

namespace nexvitad::ui {

inline QImage readThumbnail(const QString &path, int side)
{
    QImageReader reader(path);
    const QSize size = reader.size();
    if (size.isValid())
        reader.setScaledSize(size.scaled(side, side, Qt::KeepAspectRatio));
    return reader.read();
}

} // namespace nexvitad::ui
