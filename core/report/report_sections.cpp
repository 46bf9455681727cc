#include "report/report_sections.h"

#include "report/report_layout.h"
#include "report/report_text.h"

#include <QJsonArray>
#include <algorithm>

namespace nexvitad::report {

namespace {

// Long lists (support images, threshold changes) are cut so the provenance stays readable;
// the count says how many there are.
constexpr int kListedImages = 12;
constexpr int kListedChanges = 12;

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

QString layersText(const QList<int> &layers)
{
    QStringList parts;
    for (int layer : layers)
        parts << QString::number(layer);
    return parts.join(QStringLiteral(", "));
}

void modelPart(FlowLayout &flow, const Provenance &p)
{
    flow.heading(ReportText::tr("Model"));
    flow.keyValues(
        {{ReportText::tr("Software version"), QStringLiteral("NexViTAD ") + p.softwareVersion},
         {ReportText::tr("Model"), p.modelId
                                       ? QStringLiteral("%1 (#%2)").arg(p.modelName).arg(p.modelId)
                                       : ReportText::tr("none recorded")},
         {ReportText::tr("Checkpoint SHA-256"), orDash(p.checkpointSha256)}});
    if (p.backbones.empty())
        return;
    std::vector<QStringList> rows;
    for (const BackboneInfo &b : p.backbones) {
        // A SHA-256 needs most of the width: spec, file and hash share one cell, one a line.
        QStringList weights = {orDash(b.spec)};
        for (const QString &line : {b.file, b.sha256})
            if (!line.isEmpty())
                weights << line;
        rows.push_back(
            {b.name, weights.join(QLatin1Char('\n')),
             b.untrained ? ReportText::tr("untrained (random)") : ReportText::tr("trained")});
    }
    flow.table({ReportText::tr("Backbone"), ReportText::tr("Weights: spec, file, SHA-256"),
                ReportText::tr("State")},
               rows, {0.14, 0.7, 0.16});
    if (p.untrained())
        flow.warningBox(untrainedWarning());
}

void bankPart(FlowLayout &flow, const Provenance &p)
{
    flow.heading(ReportText::tr("Memory bank"));
    if (p.bankId == 0) {
        flow.paragraph(ReportText::tr("No memory bank is recorded for this report."));
        return;
    }
    QStringList images = p.bankImages.mid(0, kListedImages);
    if (p.bankImages.size() > kListedImages)
        images << ReportText::tr("... and %n more", nullptr,
                                 int(p.bankImages.size()) - kListedImages);
    flow.keyValues(
        {{ReportText::tr("Bank"), QStringLiteral("#%1 %2").arg(p.bankId).arg(p.bankClass)},
         {ReportText::tr("Bank SHA-256"), orDash(p.bankSha256)},
         {ReportText::tr("Prototypes K"), QString::number(p.bankK)},
         {ReportText::tr("Layers"), orDash(layersText(p.bankLayers))},
         {ReportText::tr("Support images (%1)").arg(p.bankImages.size()),
          orDash(images.join(QLatin1Char('\n')))}});
}

void thresholdPart(FlowLayout &flow, const Provenance &p)
{
    flow.heading(ReportText::tr("Thresholds"));
    flow.keyValues({{ReportText::tr("Image threshold"), formatOptional(p.imageThreshold)},
                    {ReportText::tr("Pixel threshold"), formatOptional(p.pixelThreshold)}});
    if (p.thresholdHistory.empty())
        return;
    std::vector<QStringList> rows;
    const size_t first = p.thresholdHistory.size() > size_t(kListedChanges)
                             ? p.thresholdHistory.size() - size_t(kListedChanges)
                             : 0;
    for (size_t i = first; i < p.thresholdHistory.size(); ++i) {
        const ThresholdChange &c = p.thresholdHistory[i];
        rows.push_back({c.at, c.actor,
                        c.action == QLatin1String("bank.created") ? ReportText::tr("bank created")
                                                                  : ReportText::tr("changed"),
                        formatOptional(c.image), formatOptional(c.pixel), c.reason});
    }
    flow.paragraph(ReportText::tr(
        "Who set the thresholds, and when (audit log, latest %n):", nullptr, int(rows.size())));
    flow.table({ReportText::tr("When (UTC)"), ReportText::tr("Who"), ReportText::tr("What"),
                ReportText::tr("Image"), ReportText::tr("Pixel"), ReportText::tr("Reason")},
               rows, {0.25, 0.13, 0.13, 0.1, 0.1, 0.29});
}

void datasetPart(FlowLayout &flow, const Provenance &p)
{
    flow.heading(ReportText::tr("Dataset and seeds"));
    std::vector<std::pair<QString, QString>> rows;
    if (p.manifestSha256.isEmpty()) {
        rows.push_back({ReportText::tr("Dataset"), ReportText::tr("none recorded")});
    } else {
        rows.push_back({ReportText::tr("Dataset"), p.datasetName});
        rows.push_back({ReportText::tr("Folder"), p.datasetRoot});
        rows.push_back({ReportText::tr("Manifest SHA-256"), p.manifestSha256});
        rows.push_back({ReportText::tr("Files in manifest"), QString::number(p.datasetFiles)});
    }
    for (auto it = p.seeds.begin(); it != p.seeds.end(); ++it)
        rows.push_back({ReportText::tr("Seed %1").arg(it.key()),
                        // toVariant's text, not a cast to qint64: a project imported from
                        // elsewhere may hold a seed no integer type can (undefined behaviour).
                        it.value().toVariant().toString()});
    if (p.seeds.isEmpty())
        rows.push_back({ReportText::tr("Seeds"), ReportText::tr("none recorded")});
    flow.keyValues(rows);
}

} // namespace

void provenanceSection(FlowLayout &flow, const ReportData &data)
{
    flow.section(ReportText::tr("Provenance"));
    modelPart(flow, data.provenance);
    bankPart(flow, data.provenance);
    thresholdPart(flow, data.provenance);
    datasetPart(flow, data.provenance);
}

void metricsSection(FlowLayout &flow, const ReportData &data)
{
    flow.section(ReportText::tr("Metrics"));
    const QJsonObject &m = data.metrics;
    std::vector<QStringList> rows;
    if (data.kind == ReportKind::Evaluation) {
        const std::pair<const char *, QString> names[] = {
            {"image_auroc", ReportText::tr("Image AUROC")},
            {"image_ap", ReportText::tr("Image average precision")},
            {"image_f1_max", ReportText::tr("Image F1-max")},
            {"pixel_auroc", ReportText::tr("Pixel AUROC")},
            {"pixel_ap", ReportText::tr("Pixel average precision")},
            {"pixel_aupro_0.3", ReportText::tr("Pixel AUPRO (FPR up to 0.3)")},
            {"pixel_f1_max", ReportText::tr("Pixel F1-max")},
        };
        for (const auto &[key, name] : names)
            rows.push_back({name, formatMetric(m.value(QLatin1String(key)))});
        for (const QJsonValue &v : m.value(QStringLiteral("mIoU")).toArray()) {
            const QJsonObject iou = v.toObject();
            rows.push_back(
                {ReportText::tr("mIoU at threshold %1")
                     .arg(formatScore(iou.value(QStringLiteral("threshold")).toDouble())),
                 formatMetric(iou.value(QStringLiteral("mIoU")))});
        }
        rows.push_back({ReportText::tr("Test images (defective / good)"),
                        QStringLiteral("%1 / %2")
                            .arg(m.value(QStringLiteral("image_positives")).toInt())
                            .arg(m.value(QStringLiteral("image_negatives")).toInt())});
        flow.table({ReportText::tr("Metric"), ReportText::tr("Value")}, rows, {0.6, 0.4});
        flow.paragraph(ReportText::tr("n/a: the metric is undefined for this test set (e.g. no "
                                      "defective image)."),
                       8, false, Qt::darkGray);
        return;
    }
    std::vector<double> scores = data.unlabelledScores;
    std::sort(scores.begin(), scores.end());
    auto statistic = [&](double q) {
        return scores.empty() ? QStringLiteral("-")
                              : formatScore(scores[size_t(q * double(scores.size() - 1) + 0.5)]);
    };
    rows = {
        {ReportText::tr("Images inspected"), QString::number(data.totalImages)},
        {ReportText::tr("Lowest score"), statistic(0)},
        {ReportText::tr("Median score"), statistic(0.5)},
        {ReportText::tr("Highest score"), statistic(1)},
        {ReportText::tr("Reviewer: accepted / rejected / unsure"), QStringLiteral("%1 / %2 / %3")
                                                                       .arg(data.acceptCount)
                                                                       .arg(data.rejectCount)
                                                                       .arg(data.unsureCount)}};
    flow.table({ReportText::tr("Measure"), ReportText::tr("Value")}, rows, {0.6, 0.4});
    flow.paragraph(ReportText::tr("Inspected images carry no labels: accuracy metrics need an "
                                  "evaluation on a labelled test set."),
                   8, false, Qt::darkGray);
}

} // namespace nexvitad::report
