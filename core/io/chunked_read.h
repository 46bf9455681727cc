#pragma once
// Reading a whole file in chunks, cancelable and with progress: the one way to hash a file
// (bank images, artifacts, downloaded or imported weights) and to copy one by streaming.

#include "common/progress.h"

#include <QByteArrayView>
#include <QString>

#include <functional>

namespace nexvitad::io {

// Reads `path` in chunks of up to 4 MiB, handing each to `consume`; reports bytes and checks
// for cancel (throws Canceled) once per chunk. Throws Error naming the file when unreadable.
void readInChunks(const QString &path, Progress &progress,
                  const std::function<void(QByteArrayView)> &consume);

// Lowercase hex SHA-256 of the file's contents (readInChunks).
QString sha256OfFile(const QString &path, Progress &progress = Progress::none());

} // namespace nexvitad::io
