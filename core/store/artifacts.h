#pragma once
// Files the project keeps under artifacts/<subfolder>/. The order that makes a crash
// harmless: (1) write the file atomically (temp file, fsync, rename; io/atomic_file.h),
// (2) only then insert the row that refers to it, in one transaction. A crash between
// the two leaves an unreferenced file, which the next open deletes; it never leaves a row
// pointing at a missing or half-written file.

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace nexvitad::store {

class Project;

struct ArtifactFile
{
    QString storedPath; // relative to the project folder: "artifacts/<subfolder>/<name>"
    QString sha256;     // lowercase hex
    qint64 size = 0;
};

// A file name that no other artifact uses: "<stem>-<yyyyMMddThhmmss>-<8 hex><suffix>".
QString uniqueArtifactName(const QString &stem, const QString &suffix);

// Writes `bytes` atomically as artifacts/<subfolder>/<fileName>. Throws nexvitad::Error.
ArtifactFile writeArtifact(const Project &project, const QString &subfolder,
                           const QString &fileName, const QByteArray &bytes);

// Streams into the artifact; `writer` returns false (or throws) to abandon it.
ArtifactFile writeArtifact(const Project &project, const QString &subfolder,
                           const QString &fileName, const std::function<bool(QIODevice &)> &writer);

// Copies a file produced elsewhere (e.g. by a trainer) into the project atomically.
ArtifactFile adoptFile(const Project &project, const QString &subfolder, const QString &fileName,
                       const QString &sourcePath);

} // namespace nexvitad::store
