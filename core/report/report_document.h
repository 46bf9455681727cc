#pragma once
// The pages of a report, in order: cover (verdict summary, untrained warning), contents
// (long reports), provenance, metrics, charts, and a tile per failed or review image.
// Runs once to measure (no canvas: page count and section pages) and once to paint.

#include "report/report_data.h"
#include "report/report_layout.h"

#include <QRectF>
#include <QString>
#include <QStringList>
#include <vector>

namespace nexvitad {
class Progress;
}

namespace nexvitad::report {

class PageCanvas;

struct DocumentOptions
{
    QStringList fontFamilies;
    QString operatorName;
    QString generatedAt; // shown on the cover and in the footer
};

struct DocumentPlan
{
    int pages = 0;
    bool withContents = false;
    std::vector<SectionStart> sections;
};

// Reports of more pages than this get a table of contents.
constexpr int kContentsFromPages = 5;

// `canvas` null: measures and returns the plan (`plan` ignored). Otherwise paints with
// `plan` (from the measuring run) for page totals and the contents, reporting one unit
// per page to `progress` and checking it for cancel.
DocumentPlan runDocument(PageCanvas *canvas, const QRectF &page, double dpi, const ReportData &data,
                         const DocumentOptions &options, const DocumentPlan &plan,
                         bool withContents, Progress &progress);

} // namespace nexvitad::report
