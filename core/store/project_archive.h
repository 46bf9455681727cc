#pragma once
// Export a project as one tar archive for sharing, and import one. The archive holds a
// consistent snapshot of the database (VACUUM INTO, so a project in use can be exported),
// the artifacts it refers to, and nexvitad-archive.json listing every file with its size
// and SHA-256.
//
// Import is strict: only regular files and folders under the expected names; absolute
// paths, "..", links of any kind and special files are refused, and every file must match
// the manifest. It extracts into a hidden folder next to the target, checks the project
// there (quick_check, upgrade, artifacts) and renames it into place: nothing is ever
// written outside that folder, and a refused archive leaves nothing behind.

#include "common/progress.h"
#include "store/project.h"

namespace nexvitad::store {

struct ArchiveSummary
{
    int files = 0;     // including the database and the manifest
    qint64 bytes = 0;  // file contents
};

ArchiveSummary exportProject(const Project &project, const QString &archivePath,
                             Progress &progress = Progress::none());

// `folder` must not exist or be empty. Returns the imported project, opened read-write.
Project importProject(const QString &archivePath, const QString &folder,
                      Progress &progress = Progress::none());

// The manifest's name inside archives.
QString archiveManifestName();

} // namespace nexvitad::store
