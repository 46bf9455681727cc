#include "cli_metrics_table.h"

#include <QStringList>

std::vector<std::pair<QString, std::optional<double>>> metricRows(
    const nexvitad::eval::EvaluationResult &r)
{
    std::vector<std::pair<QString, std::optional<double>>> rows{
        {QStringLiteral("pixel_auroc"), r.pixel.ranking.auroc},
        {QStringLiteral("pixel_ap"), r.pixel.ranking.averagePrecision},
        {QStringLiteral("pixel_aupro_0.3"), r.pixel.ranking.aupro},
        {QStringLiteral("pixel_f1_max"), r.pixel.ranking.f1Max},
        {QStringLiteral("image_auroc"), r.image.auroc},
        {QStringLiteral("image_ap"), r.image.averagePrecision},
        {QStringLiteral("image_f1_max"), r.image.f1Max},
    };
    for (const auto &m : r.pixel.meanIou)
        rows.emplace_back(QStringLiteral("mIoU@%1").arg(double(m.threshold), 0, 'g', 4), m.value);
    return rows;
}

QString formatMetric(const std::optional<double> &value)
{
    return value ? QString::number(*value * 100.0, 'f', 2) : QStringLiteral("n/a");
}

QString metricsTable(const nexvitad::eval::EvaluationResult &result)
{
    QStringList lines;
    for (const auto &[name, value] : metricRows(result))
        lines << QStringLiteral("  %1 %2").arg(name, -18).arg(formatMetric(value), 7);
    return lines.join(QLatin1Char('\n'));
}
