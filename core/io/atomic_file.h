#pragma once
// Crash-safe file writes: data goes to a temporary file in the target folder, is flushed
// and fsynced, then renamed over the target. A crash leaves either the old file or the
// new one, never a half-written one.

#include <QByteArray>
#include <QString>

#include <functional>

class QFileDevice;
class QIODevice;

namespace nexvitad::io {

// Writes `bytes` to `path` atomically. Throws nexvitad::Error naming the path on failure.
void writeFileAtomically(const QString &path, const QByteArray &bytes);

// Streams into `path` atomically: `writer` gets the temporary file's device. When it
// throws (or returns false), the temporary file is removed and the target is untouched.
void writeFileAtomically(const QString &path, const std::function<bool(QIODevice &)> &writer);

// fsyncs a folder so that a rename inside it is durable.
void syncDirectory(const QString &dir);

// Flushes an open file's buffers and fsyncs it; false on failure (file.errorString()).
bool flushToDisk(QFileDevice &file);

// fsyncs the closed file at `path` (written by someone else, e.g. a download) before a
// rename. Throws nexvitad::Error naming it.
void syncFile(const QString &path);

} // namespace nexvitad::io
