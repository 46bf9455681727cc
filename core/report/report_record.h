#pragma once
// Keeping a written report in its project: the PDF copied into artifacts/reports/
// (atomically, hashed) and a `reports` row naming the batch or evaluation it is about.
// Used by the CLI and the GUI after writeReport().

#include "report/report_data.h"

namespace nexvitad::store {
class Project;
}

namespace nexvitad::report {

// Returns the new `reports` row id. Throws nexvitad::Error.
qint64 recordReport(const store::Project &project, const ReportData &data, const QString &pdf);

} // namespace nexvitad::report
