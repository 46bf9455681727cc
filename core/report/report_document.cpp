#include "report/report_document.h"

#include "common/progress.h"
#include "report/report_charts.h"
#include "report/report_drift.h"
#include "report/report_explanation.h"
#include "report/report_image_tile.h"
#include "report/report_sections.h"
#include "report/report_text.h"

#include <QPainter>

namespace nexvitad::report {

namespace {

constexpr int kTilesPerPage = 3;

void verdictBoxes(FlowLayout &flow, const ReportData &data)
{
    const std::pair<QString, int> counts[] = {{ReportText::tr("Pass"), data.passCount},
                                              {ReportText::tr("Fail"), data.failCount},
                                              {ReportText::tr("Review"), data.reviewCount}};
    const QColor colors[] = {QColor(30, 140, 60), QColor(190, 30, 30), QColor(210, 130, 0)};
    const QRectF row = flow.take(flow.pt(62));
    QPainter *p = flow.painter();
    if (!p)
        return;
    const double gap = flow.pt(10);
    const double w = (row.width() - 2 * gap) / 3;
    for (int i = 0; i < 3; ++i) {
        const QRectF box(row.left() + i * (w + gap), row.top(), w, row.height() - flow.pt(8));
        p->setPen(QPen(colors[i], flow.pt(1.5)));
        p->setBrush(colors[i].lighter(190));
        p->drawRect(box);
        p->setPen(colors[i].darker(130));
        p->setFont(flow.font(20, true));
        p->drawText(box.adjusted(0, flow.pt(2), 0, -box.height() / 2.6), Qt::AlignCenter,
                    QString::number(counts[i].second));
        p->setFont(flow.font(10));
        p->drawText(box.adjusted(0, box.height() / 1.9, 0, 0), Qt::AlignCenter, counts[i].first);
    }
    p->setBrush(Qt::NoBrush);
}

void cover(FlowLayout &flow, const ReportData &data, const DocumentOptions &options)
{
    flow.space(40);
    flow.paragraph(reportTitle(data.kind), 26, true, QColor(0, 60, 120));
    flow.paragraph(data.projectName, 14);
    flow.space(16);
    std::vector<std::pair<QString, QString>> rows = {
        {ReportText::tr("Product / line"),
         data.subject.isEmpty() ? QStringLiteral("-") : data.subject},
        {data.kind == ReportKind::Evaluation ? ReportText::tr("Evaluation")
                                             : ReportText::tr("Inspection batch"),
         QStringLiteral("#%1, %2").arg(data.id).arg(data.createdAt)},
        {ReportText::tr("Report date"), options.generatedAt},
        {ReportText::tr("Operator"),
         options.operatorName.isEmpty() ? QStringLiteral("-") : options.operatorName},
        {ReportText::tr("Software"), QStringLiteral("NexViTAD ") + data.provenance.softwareVersion},
        {ReportText::tr("Images"), QString::number(data.totalImages)}};
    if (data.kind == ReportKind::Evaluation)
        rows.push_back({ReportText::tr("Image AUROC / pixel AUROC"),
                        QStringLiteral("%1 / %2").arg(
                            formatMetric(data.metrics.value(QStringLiteral("image_auroc"))),
                            formatMetric(data.metrics.value(QStringLiteral("pixel_auroc"))))});
    flow.keyValues(rows);
    flow.space(12);
    flow.heading(ReportText::tr("Verdicts"));
    verdictBoxes(flow, data);
    flow.paragraph(ReportText::tr("Verdict summary: %1 pass, %2 fail, %3 review")
                       .arg(data.passCount)
                       .arg(data.failCount)
                       .arg(data.reviewCount));
    if (data.kind == ReportKind::Evaluation && !data.provenance.imageThreshold &&
        !data.reviewFailFrom)
        flow.paragraph(ReportText::tr("No image threshold is set, so no image has a verdict."), 9,
                       false, Qt::darkGray);
    if (data.provenance.untrained()) {
        flow.space(10);
        flow.warningBox(untrainedWarning());
    }
}

void contents(FlowLayout &flow, const DocumentPlan &plan)
{
    flow.section(ReportText::tr("Contents"));
    for (const SectionStart &s : plan.sections) {
        if (s.title == ReportText::tr("Contents"))
            continue;
        const QFont f = flow.font(11);
        const QRectF row = flow.take(flow.pt(18));
        if (QPainter *p = flow.painter()) {
            p->setFont(f);
            p->setPen(Qt::black);
            p->drawText(row, Qt::AlignLeft | Qt::AlignVCenter, s.title);
            p->drawText(row, Qt::AlignRight | Qt::AlignVCenter, QString::number(s.page));
        }
    }
}

QString curveTitle(const QString &key)
{
    if (key == QLatin1String("image_roc"))
        return ReportText::tr("Image ROC");
    if (key == QLatin1String("image_pr"))
        return ReportText::tr("Image precision-recall");
    if (key == QLatin1String("pixel_roc"))
        return ReportText::tr("Pixel ROC");
    if (key == QLatin1String("pixel_pr"))
        return ReportText::tr("Pixel precision-recall");
    return ReportText::tr("Pixel PRO (FPR up to 0.3)");
}

void charts(FlowLayout &flow, const ReportData &data)
{
    const bool hasScores =
        !data.goodScores.empty() || !data.defectScores.empty() || !data.unlabelledScores.empty();
    if (data.curves.empty() && !hasScores)
        return;
    flow.section(ReportText::tr("Charts"));
    const ChartStyle style{flow.font(9).families(), flow.pt(1)};
    const double gap = flow.pt(12);
    const double w = (flow.body().width() - gap) / 2;
    const double h = std::min(w * 0.8, (flow.body().height() - 2 * gap) / 3.2);
    int slot = 0;
    QRectF row;
    auto nextRect = [&] {
        if (slot % 2 == 0)
            row = flow.take(h + gap);
        const QRectF r(row.left() + (slot % 2) * (w + gap), row.top(), w, h);
        ++slot;
        return r;
    };
    for (const auto &[key, curve] : data.curves) {
        const bool pro = key == QLatin1String("pixel_pro");
        const bool roc = key.endsWith(QLatin1String("_roc"));
        const QRectF r = nextRect();
        if (QPainter *p = flow.painter())
            drawCurveChart(*p, r, style, curveTitle(key),
                           roc || pro ? ReportText::tr("false positive rate")
                                      : ReportText::tr("recall"),
                           pro   ? ReportText::tr("per-region overlap")
                           : roc ? ReportText::tr("true positive rate")
                                 : ReportText::tr("precision"),
                           curve, pro ? 0.3 : 1.0, roc);
    }
    if (hasScores) {
        const QRectF r = nextRect();
        if (QPainter *p = flow.painter())
            drawScoreHistogram(
                *p, r, style, ReportText::tr("Image scores and thresholds"), data,
                {data.provenance.imageThreshold, data.reviewPassBelow, data.reviewFailFrom});
    }
}

void images(FlowLayout &flow, const ReportData &data, const DocumentPlan &plan, Progress &progress)
{
    if (data.images.empty())
        return;
    flow.section(ReportText::tr("Failed and review images"));
    const TileStyle style{flow.font(9).families(), flow.pt(1)};
    const double gap = flow.pt(14);
    // Tiles fill the page height in kTilesPerPage rows, but never grow past the width.
    const double height = std::min(imageTileHeight(flow.body().width(), style),
                                   (flow.body().height() - flow.pt(40)) / kTilesPerPage - gap);
    const double width = imageTileWidth(height, style);
    for (const ReportImage &image : data.images) {
        // An explained image gets its strip of nearest normal patches under the tile.
        const double strip = image.explanation.isEmpty()
                                 ? 0.0
                                 : explanationStripHeight(width, image.explanation, style);
        const QRectF slot = flow.take(height + strip + gap);
        if (QPainter *p = flow.painter()) {
            progress.throwIfCanceled();
            drawImageTile(*p, QRectF(slot.left(), slot.top(), width, height), image,
                          data.provenance.pixelThreshold, style);
            if (strip > 0)
                drawExplanationStrip(*p, QRectF(slot.left(), slot.top() + height, width, strip),
                                     image.explanation, image.imagePath, data.bankPath, style);
            progress.report(flow.page(), plan.pages);
        }
    }
}

} // namespace

DocumentPlan runDocument(PageCanvas *canvas, const QRectF &page, double dpi, const ReportData &data,
                         const DocumentOptions &options, const DocumentPlan &plan,
                         bool withContents, Progress &progress)
{
    LayoutStyle style{options.fontFamilies,
                      reportTitle(data.kind) + QStringLiteral(" - ") + data.projectName,
                      data.subject, options.generatedAt};
    FlowLayout flow(canvas, page, dpi, style, canvas ? plan.pages : 0);
    // After every section: let a cancel stop the report and show how far it is.
    auto step = [&] {
        if (!flow.painting())
            return;
        progress.throwIfCanceled();
        progress.report(flow.page(), plan.pages);
    };
    cover(flow, data, options);
    step();
    if (withContents) {
        contents(flow, plan);
        step();
    }
    provenanceSection(flow, data);
    step();
    metricsSection(flow, data);
    step();
    charts(flow, data);
    step();
    driftSection(flow, data);
    step();
    images(flow, data, plan, progress);
    step();
    return {flow.page(), withContents, flow.sections()};
}

} // namespace nexvitad::report
