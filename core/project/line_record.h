#pragma once
// What the hot-folder watcher records in a project per source file (docs/line.md): the
// inspection (row + heat map artifact, as `inspect` records it) and the line_items row that
// marks the file as done, in one transaction; or, for an unreadable file, the line_items
// row alone. A crash before the commit leaves neither (the file is inspected again after
// the restart), after it both (the file is never inspected again).

#include "infer/inspector.h"
#include "store/line_records.h"
#include "store/project.h"

namespace nexvitad::project {

// Returns the inspection's id. `item` names the file (batchId, folder, name, size, time).
qint64 recordLineInspection(const store::Project &project, store::LineItemRecord item,
                            const infer::Inspection &inspection);

void recordUnreadableLineFile(const store::Project &project, store::LineItemRecord item,
                              const QString &error);

} // namespace nexvitad::project
