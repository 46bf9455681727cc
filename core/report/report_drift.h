#pragma once
// The drift trend of an inspection batch (docs/reports.md, "Drift trend"): the drift
// monitor (line/drift_monitor.h) with the default options, its reference from the batch's
// bank file (the evaluated good scores, cut at the bank's pass threshold; without them the
// bank's first good images in the project), seeded with the bank's good scores before this
// batch, replayed over the batch's good images in inspection order.

#include "report/report_charts.h"
#include "report/report_data.h"

class QPainter;

namespace nexvitad::store {
class Project;
struct InspectionBatchRecord;
} // namespace nexvitad::store

namespace nexvitad::report {

class FlowLayout;

// Reads only the bank file's description; an unreadable bank file is said in the result
// (bankProblem), not thrown. Throws nexvitad::Error for store errors.
ReportDrift loadReportDrift(const store::Project &project,
                            const store::InspectionBatchRecord &batch);

// The "Drift trend" section: the chart (drawDriftChart) and what it says, in words.
void driftSection(FlowLayout &flow, const ReportData &data);

// The pass images' scores, rolling median and upper quantile, the reference band, the
// bounds and where warnings began and ended.
void drawDriftChart(QPainter &painter, const QRectF &rect, const ChartStyle &style,
                    const ReportDrift &drift);

} // namespace nexvitad::report
