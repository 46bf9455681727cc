#include "metrics_tables.h"

#include "value_table_model.h"

#include <QJsonValue>

namespace nexvitad::ui {

namespace metricstables {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MetricsTables)
};

// The per-class table's metric columns (a subset of comparedMetrics(), same keys).
const char *const kClassMetricKeys[] = {"pixel_auroc", "pixel_aupro_0.3", "pixel_ap",
                                        "image_auroc", "image_ap",        "image_f1_max"};

const MetricRow *findMetric(const char *key)
{
    for (const MetricRow &row : comparedMetrics())
        if (qstrcmp(row.key, key) == 0)
            return &row;
    return nullptr;
}
} // namespace

const std::vector<MetricRow> &comparedMetrics()
{
    static const std::vector<MetricRow> rows = {
        {"pixel_auroc", QT_TRANSLATE_NOOP("MetricsTables", "Pixel AUROC")},
        {"pixel_ap", QT_TRANSLATE_NOOP("MetricsTables", "Pixel AP")},
        {"pixel_aupro_0.3", QT_TRANSLATE_NOOP("MetricsTables", "Pixel AUPRO (FPR <= 0.3)")},
        {"pixel_f1_max", QT_TRANSLATE_NOOP("MetricsTables", "Pixel F1-max")},
        {"image_auroc", QT_TRANSLATE_NOOP("MetricsTables", "Image AUROC")},
        {"image_ap", QT_TRANSLATE_NOOP("MetricsTables", "Image AP")},
        {"image_f1_max", QT_TRANSLATE_NOOP("MetricsTables", "Image F1-max")},
        {"images", QT_TRANSLATE_NOOP("MetricsTables", "Test images")},
    };
    return rows;
}

QString metricLabel(const MetricRow &row)
{
    return QCoreApplication::translate("MetricsTables", row.label);
}

QVariant metricValue(const QJsonObject &metrics, const char *key)
{
    // Undefined metrics (e.g. AUROC of a set without defects) are stored as null.
    const QJsonValue v = metrics.value(QLatin1String(key));
    if (!v.isDouble())
        return {};
    return qstrcmp(key, "images") == 0 ? QVariant(v.toInt()) : QVariant(v.toDouble());
}

ValueTableModel *newDefectTypeModel(QObject *parent)
{
    return new ValueTableModel({Tr::tr("Defect type"), Tr::tr("Images"), Tr::tr("Mean score"),
                                Tr::tr("Max score"), Tr::tr("Pass"), Tr::tr("Review"),
                                Tr::tr("Fail"), Tr::tr("Detection rate"),
                                Tr::tr("False-positive rate")},
                               parent);
}

void showDefectTypes(ValueTableModel *model,
                     const std::vector<nexvitad::project::DefectTypeRow> &rows)
{
    std::vector<QVariantList> cells;
    const QVariant notApplicable = QString(); // the other row kind's rate
    for (const auto &r : rows) {
        const QVariant rate = r.flaggedRate ? QVariant(*r.flaggedRate) : QVariant();
        // Without an image threshold there are no verdicts to count.
        const auto count = [&](int n) { return r.judged ? QVariant(n) : QVariant(); };
        cells.push_back({r.defectType, r.images, r.meanScore, r.maxScore, count(r.pass),
                         count(r.review), count(r.fail), r.good ? notApplicable : rate,
                         r.good ? rate : notApplicable});
    }
    model->setRows(std::move(cells));
}

ValueTableModel *newClassMetricsModel(QObject *parent)
{
    QStringList headers{Tr::tr("Class"), Tr::tr("Evaluation (run / bank / settings)")};
    for (const char *key : kClassMetricKeys)
        headers << metricLabel(*findMetric(key));
    return new ValueTableModel(headers, parent);
}

void showClassMetrics(ValueTableModel *model,
                      const std::vector<nexvitad::project::EvaluationSummary> &evaluations)
{
    std::vector<QVariantList> cells;
    for (const auto &e : evaluations) {
        QVariantList row{e.className, e.label()};
        for (const char *key : kClassMetricKeys)
            row << metricValue(e.metrics, key);
        cells.push_back(row);
    }
    model->setRows(std::move(cells));
}

} // namespace metricstables

} // namespace nexvitad::ui
