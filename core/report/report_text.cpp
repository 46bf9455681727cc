#include "report/report_text.h"

namespace nexvitad::report {

QString formatMetric(const QJsonValue &value)
{
    if (!value.isDouble())
        return ReportText::tr("n/a");
    return QString::number(value.toDouble(), 'f', 3);
}

QString formatScore(double score)
{
    return QString::number(score, 'g', 4);
}

QString formatOptional(const std::optional<double> &value)
{
    return value ? formatScore(*value) : ReportText::tr("not set");
}

QString verdictText(ImageVerdict verdict)
{
    switch (verdict) {
    case ImageVerdict::Pass:
        return ReportText::tr("pass");
    case ImageVerdict::Fail:
        return ReportText::tr("fail");
    case ImageVerdict::Review:
        return ReportText::tr("review");
    }
    return {};
}

QString reportTitle(ReportKind kind)
{
    return kind == ReportKind::Evaluation ? ReportText::tr("Evaluation report")
                                          : ReportText::tr("Inspection report");
}

QString untrainedWarning()
{
    return ReportText::tr("Warning: untrained backbone. At least one backbone ran with random "
                          "weights; its features are not those of a trained network, so "
                          "scores and metrics do not show what the method can do.");
}

} // namespace nexvitad::report
