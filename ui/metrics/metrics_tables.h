#pragma once
// What the dashboard's tables show, row by row: the metrics compared between evaluations,
// the per-defect-type breakdown of one evaluation and the per-class table of all of them.
// The numbers come from core (project/evaluation_*.h); this file only lays them out.

#include "project/evaluation_breakdown.h"
#include "project/evaluation_overview.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QVariant>
#include <vector>

namespace nexvitad::ui {

class ValueTableModel;

namespace metricstables {

struct MetricRow
{
    const char *key;   // in the stored metrics (eval::EvaluationResult::toJson)
    const char *label; // translated in the "MetricsTables" context
};

// The metrics compared side by side, in display order; "images" is a count.
const std::vector<MetricRow> &comparedMetrics();
QString metricLabel(const MetricRow &row);
// The metric as a table value: double, int for "images", invalid when undefined.
QVariant metricValue(const QJsonObject &metrics, const char *key);

ValueTableModel *newDefectTypeModel(QObject *parent);
void showDefectTypes(ValueTableModel *model,
                     const std::vector<nexvitad::project::DefectTypeRow> &rows);

ValueTableModel *newClassMetricsModel(QObject *parent);
void showClassMetrics(ValueTableModel *model,
                      const std::vector<nexvitad::project::EvaluationSummary> &evaluations);

} // namespace metricstables

} // namespace nexvitad::ui
