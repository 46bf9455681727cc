#pragma once
// Builds a small dataset tree from a text description (tests/data/datasets/*.tree), so that
// golden cases can include what git cannot hold well: symbolic-link loops, FIFOs, file names
// that are not UTF-8, truncated files.
//
// One directive per line ('#' starts a comment). Paths are relative to the tree's root and
// may contain \xHH escapes for raw bytes.
//   png PATH WxH [gray|rgb|rgba|gray16|rgb16]  an image with a pattern unique to PATH
//   jpg|bmp|tif PATH WxH                      the same in another format (colour)
//   mask PATH WxH [empty]                     a binary mask (a filled square, or none)
//   text PATH WORDS...                        a text file
//   bytes PATH WORDS...                       a file with these bytes (not an image)
//   truncate PATH N                           cut an existing file to N bytes
//   copy PATH FROM                            the same bytes as FROM
//   poke PATH OFFSET HEX                      overwrite one byte (damage inside a file)
//   mkdir PATH | symlink PATH TARGET | fifo PATH
//   option KEY VALUE                          scan options: max-pixels N, layout NAME,
//                                             decode 1, hash 0

#include "data/dataset_scan.h"

#include <QByteArray>
#include <QString>

namespace testsupport {

// Builds the tree described in `spec` under `root` (an existing folder). Returns the scan
// options set by `option` lines; sets *error on a directive it cannot carry out.
nexvitad::data::ScanOptions buildTree(const QString &spec, const QByteArray &root, QString *error);

// Removes a tree built by buildTree (QDir::removeRecursively cannot delete names that are
// not UTF-8).
void removeTree(const QByteArray &root);

// The canonical text of a manifest for golden files: layout, classes, splits, images (size,
// channels, bit depth, mask) and problems; no hashes or byte sizes (they depend on the PNG
// encoder's version). Paths are relative; bytes that are not UTF-8 are written as \xHH.
QString goldenText(const nexvitad::data::Manifest &manifest);

} // namespace testsupport
