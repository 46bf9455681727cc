#pragma once
// Gathers a report's content from a project: the batch or evaluation, the model, memory
// bank and dataset behind it, the threshold history from the audit log. Throws
// nexvitad::Error when the id does not exist. Reads only; the pixels stay on disk.

#include "report/report_data.h"

namespace nexvitad::store {
class Project;
}

namespace nexvitad::report {

ReportData loadBatchReport(const store::Project &project, qint64 batchId);
ReportData loadEvaluationReport(const store::Project &project, qint64 evaluationId);

// The ground-truth mask of an image in an MVTec-style tree
// (<class>/test/<type>/<stem>.<ext> -> <class>/ground_truth/<type>/<stem>_mask.png), or
// empty when there is none.
QString groundTruthMask(const QString &imagePath);

} // namespace nexvitad::report
