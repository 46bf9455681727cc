#pragma once
// Folder operations shared by project creation and archive import: both build the new
// project in a hidden folder next to the target and move it into place in one rename, so
// the target appears complete or not at all.

#include <QString>

namespace nexvitad::store {

// Throws nexvitad::Error unless `folder` is missing or an empty folder.
void requireNewFolder(const QString &folder);

// Renames `from` to `to` (which may be an empty folder) and syncs the parent folder.
void moveFolderIntoPlace(const QString &from, const QString &to);

} // namespace nexvitad::store
