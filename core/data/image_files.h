#pragma once
// Image files named by a user: files as given, folders expanded to the image files below
// them (recursively, sorted; any format Qt can read, suffix case ignored). What the CLI's
// `inspect` and the GUI's batch inspection both take.

#include <QStringList>

namespace nexvitad::data {

// Absolute paths. Throws nexvitad::Error naming the input for a missing file or folder, or
// a folder without images.
QStringList collectImageFiles(const QStringList &inputs);

} // namespace nexvitad::data
