#pragma once
// The report's translation context and the formatting every page shares, so a metric
// reads the same in the table, on the cover and in the tests that look for it.

#include "report/report_data.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <optional>

namespace nexvitad::report {

struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::report::Report)
};

// A metric in 0..1 with three decimals ("0.973"); "n/a" (translated) for null/absent.
QString formatMetric(const QJsonValue &value);
QString formatScore(double score); // four significant digits
QString formatOptional(const std::optional<double> &value);
QString verdictText(ImageVerdict verdict); // translated "pass" / "fail" / "review"
QString reportTitle(ReportKind kind);
// The warning shown on the cover and the provenance page when a backbone is untrained.
QString untrainedWarning();

} // namespace nexvitad::report
