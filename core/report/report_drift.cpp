#include "report/report_drift.h"

#include "common/error.h"
#include "infer/memory_bank.h"
#include "project/drift_record.h"
#include "report/report_layout.h"
#include "report/report_text.h"
#include "store/asset_records.h"
#include "store/project.h"
#include "store/result_records.h"

#include <QPainter>

namespace nexvitad::report {

ReportDrift loadReportDrift(const store::Project &project,
                            const store::InspectionBatchRecord &batch)
{
    const QSqlDatabase db = project.database();
    ReportDrift drift;
    infer::BankScoreBaseline baseline;
    const store::StoredBank bank = store::memoryBank(db, batch.bankId);
    try {
        baseline = infer::readBankScoreBaseline(project.absolutePath(bank.file.storedPath));
    } catch (const Error &e) {
        drift.bankProblem = e.userText(); // moved or damaged: the line calibrates itself
    }
    line::DriftMonitor monitor(drift.options, baseline.goodScores,
                               line::DriftMonitor::passThreshold(baseline.thresholds));
    const std::vector<float> before =
        project::passScoresForDrift(db, batch.bankId, drift.options, batch.id);
    drift.goodBefore = qint64(before.size());
    monitor.seed(before);
    std::vector<float> good;
    for (const store::StoredInspection &row : store::inspections(db, batch.id))
        if (row.verdict == store::Verdict::Pass)
            good.push_back(float(row.score));
    drift.trend = line::replayDrift(std::move(monitor), good);
    return drift;
}

namespace {

QString quantileText(const line::DriftOptions &o)
{
    return ReportText::tr("%1 % quantile").arg(o.quantile * 100, 0, 'g', 3);
}

// Where the trend stands at the end of the batch and what happened in it, in words.
QString outcomeText(const ReportDrift &d)
{
    const line::DriftTrend &t = d.trend;
    const line::DriftStatus &s = t.last;
    QStringList parts;
    parts << ReportText::tr("This batch: %n good images", nullptr, int(t.points.size())) +
                 ReportText::tr(", after %n earlier good images of this memory bank.", nullptr,
                                int(d.goodBefore));
    if (t.startState == line::DriftState::Warning)
        parts << ReportText::tr("A drift warning was already raised before this batch.");
    for (int i : t.warningStarts())
        parts << ReportText::tr("Drift warning from good image %1 of this batch.").arg(i + 1);
    for (int i : t.warningEnds())
        parts << ReportText::tr("The warning cleared at good image %1.").arg(i + 1);
    if (s.state == line::DriftState::InsufficientData)
        parts << ReportText::tr("Not enough good images to judge drift yet (%1 needed in the "
                                "window, %2 there).")
                     .arg(d.options.minimum)
                     .arg(s.windowCount);
    else
        parts << ReportText::tr("At the end: %1, shift %2 (median %3, %4 %5; bound %6).")
                     .arg(line::driftStateText(s.state))
                     .arg(s.shift, 0, 'f', 2)
                     .arg(s.medianShift, 0, 'f', 2)
                     .arg(quantileText(d.options))
                     .arg(s.upperShift, 0, 'f', 2)
                     .arg(d.options.bound, 0, 'g', 3);
    if (t.startState != line::DriftState::Warning && t.warningStarts().empty() &&
        s.state != line::DriftState::InsufficientData)
        parts << ReportText::tr("No drift warning in this batch.");
    return parts.join(QLatin1Char(' '));
}

} // namespace

void driftSection(FlowLayout &flow, const ReportData &data)
{
    if (!data.drift)
        return;
    const ReportDrift &d = *data.drift;
    const line::DriftOptions &o = d.options;
    flow.section(ReportText::tr("Drift trend"));
    const double height = std::min(flow.body().width() * 0.5, flow.body().height() / 2.4);
    const QRectF rect = flow.take(height);
    if (QPainter *p = flow.painter())
        drawDriftChart(*p, rect, ChartStyle{flow.font(9).families(), flow.pt(1)}, d);
    flow.space(6);
    // The caption: what is drawn, against what, and what a warning means.
    flow.paragraph(
        ReportText::tr("Drift trend of the good images: the scores of the images that passed, in "
                       "inspection order, with their rolling median and %1 over the last %2 good "
                       "images, against the reference band from its median to its %1 (%3).")
            .arg(quantileText(o))
            .arg(o.window)
            .arg(line::driftReferenceText(d.trend.last, o)),
        9, true);
    flow.paragraph(
        ReportText::tr("A drift warning is raised when the rolling median or %1 moves more than "
                       "%2 standard errors away from the reference's (dotted lines; a standard "
                       "error is how far it moves by chance, from the reference's spread between "
                       "its median and %1, the window and the reference's size), and clears "
                       "below %3 of that. A warning "
                       "means the parts judged good no longer look to the model like the good "
                       "images it was checked on (lighting, camera, material or the product "
                       "changed): the verdicts may no longer be reliable. Check the line; if the "
                       "change is intended, rebuild or re-evaluate the memory bank.")
            .arg(quantileText(o))
            .arg(o.bound, 0, 'g', 3)
            .arg(o.clearBelow, 0, 'g', 3));
    if (d.trend.last.reference.source != line::ReferenceSource::Evaluation &&
        !d.trend.last.referenceNote.isEmpty())
        flow.paragraph(ReportText::tr("Self-calibrated reference: %1 The first %2 good images of "
                                      "this memory bank in the project stand for normal.")
                           .arg(d.trend.last.referenceNote)
                           .arg(o.calibration),
                       9, false, Qt::darkGray);
    if (!d.bankProblem.isEmpty())
        flow.paragraph(
            ReportText::tr("The memory bank file could not be read: %1").arg(d.bankProblem), 9,
            false, Qt::darkGray);
    flow.paragraph(outcomeText(d));
}

} // namespace nexvitad::report
