#pragma once
// The project store is SQLite in WAL mode: several processes (cluster tasks) may write it at
// once only where the file system gives working POSIX locks and shared memory for the WAL
// index, i.e. a local file system. Network file systems (NFS, SMB/CIFS, 9p, AFS, ...) break
// that silently (SQLite's own documentation: "WAL does not work over a network file
// system"), so a cluster engine refuses a project there rather than corrupt it later.

#include <QString>

namespace nexvitad::cluster {

// The network file system `folder` lies on ("nfs", "cifs", ...), or an empty string for a
// local one. Throws nexvitad::Error when the folder cannot be examined.
QString networkFileSystem(const QString &folder);

// Throws nexvitad::Error naming the folder and its file system when it is a network one.
void requireLocalFileSystem(const QString &folder);

} // namespace nexvitad::cluster
