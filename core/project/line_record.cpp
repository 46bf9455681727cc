#include "project/line_record.h"

#include "project/inference_record.h"
#include "store/sql.h"

namespace nexvitad::project {

qint64 recordLineInspection(const store::Project &project, store::LineItemRecord item,
                            const infer::Inspection &inspection)
{
    // recordInspection writes the heat map artifact before its row; inside this
    // transaction both rows commit together or not at all.
    store::Transaction transaction(project.database());
    item.inspectionId = recordInspection(project, item.batchId, inspection);
    item.unreadable = false;
    store::addLineItem(project.database(), item);
    transaction.commit();
    return item.inspectionId;
}

void recordUnreadableLineFile(const store::Project &project, store::LineItemRecord item,
                              const QString &error)
{
    item.unreadable = true;
    item.inspectionId = 0;
    item.error = error;
    store::addLineItem(project.database(), item);
}

} // namespace nexvitad::project
