#pragma once
// The text sections of a report (internal to report_document.cpp): provenance and the
// metrics table. Each writes through the FlowLayout, so it measures and paints alike.

#include "report/report_data.h"

namespace nexvitad::report {

class FlowLayout;

void provenanceSection(FlowLayout &flow, const ReportData &data);
void metricsSection(FlowLayout &flow, const ReportData &data);

} // namespace nexvitad::report
