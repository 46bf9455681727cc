#pragma once
// The metrics of an evaluation as the CLI prints them (eval, protocol, the demo): one
// metric per line, percentages with two decimals, "n/a" for an undefined metric (e.g.
// AUROC on a set without defects).

#include "eval/evaluation.h"

#include <QString>
#include <optional>
#include <utility>
#include <vector>

// (name, value) pairs in display order; value empty when undefined.
std::vector<std::pair<QString, std::optional<double>>> metricRows(
    const nexvitad::eval::EvaluationResult &result);
QString formatMetric(const std::optional<double> &value);
QString metricsTable(const nexvitad::eval::EvaluationResult &result);
