#include "comparison_view.h"

#include "curve_chart.h"
#include "metrics_tables.h"
#include "project/evaluation_overview.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace nexvitad::ui {

namespace {
std::vector<double> numbers(const QJsonValue &value)
{
    std::vector<double> out;
    for (const QJsonValue &v : value.toArray())
        out.push_back(v.toDouble());
    return out;
}

const QColor kBestBackground(200, 235, 200);
} // namespace

ComparisonView::ComparisonView(QWidget *parent) : QWidget(parent)
{
    const auto &rows = metricstables::comparedMetrics();
    m_table = new QTableWidget(int(rows.size()), 0, this);
    m_table->setObjectName(QStringLiteral("metricsTable"));
    QStringList labels;
    for (const auto &row : rows)
        labels << metricstables::metricLabel(row);
    m_table->setVerticalHeaderLabels(labels);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setToolTip(tr("The best value of each metric is highlighted."));

    m_pixelRoc =
        new CurveChart(tr("Pixel ROC"), tr("False positive rate"), tr("True positive rate"), this);
    m_pixelRoc->setChanceDiagonal(true);
    m_pixelPr = new CurveChart(tr("Pixel precision-recall"), tr("Recall"), tr("Precision"), this);
    m_pro =
        new CurveChart(tr("Per-region overlap vs FPR"), tr("False positive rate"), tr("PRO"), this);
    m_pro->setXRange(0.0, 0.3); // AUPRO integrates up to FPR 0.3
    m_imageRoc =
        new CurveChart(tr("Image ROC"), tr("False positive rate"), tr("True positive rate"), this);
    m_imageRoc->setChanceDiagonal(true);
    m_pixelRoc->setObjectName(QStringLiteral("pixelRocChart"));
    m_pixelPr->setObjectName(QStringLiteral("pixelPrChart"));
    m_pro->setObjectName(QStringLiteral("pixelProChart"));
    m_imageRoc->setObjectName(QStringLiteral("imageRocChart"));

    auto *charts = new QWidget(this);
    auto *grid = new QGridLayout(charts);
    grid->addWidget(m_pixelRoc, 0, 0);
    grid->addWidget(m_pixelPr, 0, 1);
    grid->addWidget(m_pro, 1, 0);
    grid->addWidget(m_imageRoc, 1, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(charts);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
}

void ComparisonView::clear()
{
    m_table->setColumnCount(0);
    for (CurveChart *c : {m_pixelRoc, m_pixelPr, m_pro, m_imageRoc})
        c->clear();
    m_metrics.clear();
}

void ComparisonView::addEvaluation(const QString &label, const QString &key,
                                   const QJsonObject &metrics, const QJsonObject &curves)
{
    const int column = m_table->columnCount();
    m_table->insertColumn(column);
    m_table->setHorizontalHeaderItem(column, new QTableWidgetItem(label));
    const auto &rows = metricstables::comparedMetrics();
    for (int row = 0; row < int(rows.size()); ++row) {
        const QVariant v = metricstables::metricValue(metrics, rows[row].key);
        // Undefined metrics (e.g. AUROC of an all-good set) say so, never "nan".
        const QString text = !v.isValid()                   ? tr("undefined")
                             : v.typeId() == QMetaType::Int ? QString::number(v.toInt())
                                                            : QString::number(v.toDouble(), 'f', 4);
        auto *item = new QTableWidgetItem(text);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, column, item);
    }
    m_metrics.push_back(metrics);
    const auto plot = [&](CurveChart *chart, const char *curveName) {
        const QJsonObject c = curves.value(QLatin1String(curveName)).toObject();
        if (!c.isEmpty())
            chart->addSeries(key, numbers(c.value(QStringLiteral("x"))),
                             numbers(c.value(QStringLiteral("y"))));
    };
    plot(m_pixelRoc, "pixel_roc");
    plot(m_pixelPr, "pixel_pr");
    plot(m_pro, "pixel_pro");
    plot(m_imageRoc, "image_roc");
    highlightBest();
}

void ComparisonView::highlightBest()
{
    const auto &rows = metricstables::comparedMetrics();
    for (int row = 0; row < int(rows.size()); ++row) {
        // The image count is context, not a score.
        if (qstrcmp(rows[row].key, "images") == 0)
            continue;
        std::vector<std::optional<double>> values;
        for (const QJsonObject &m : m_metrics) {
            const QVariant v = metricstables::metricValue(m, rows[row].key);
            values.push_back(v.isValid() ? std::optional(v.toDouble()) : std::nullopt);
        }
        const std::vector<bool> best = nexvitad::project::bestValues(values);
        for (int column = 0; column < int(best.size()); ++column) {
            QTableWidgetItem *item = m_table->item(row, column);
            QFont font = item->font();
            font.setBold(best[column]);
            item->setFont(font);
            item->setBackground(best[column] ? QBrush(kBestBackground) : QBrush());
        }
    }
}

QList<MetricsChart *> ComparisonView::charts() const
{
    return {m_pixelRoc, m_pixelPr, m_pro, m_imageRoc};
}

} // namespace nexvitad::ui
