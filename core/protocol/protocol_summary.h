#pragma once
// The numbers of the paper's protocol (method.md 6), plain types: one run's value of a
// metric is the mean over its target classes (classes where the metric is undefined are
// left out and counted); a split's summary is the mean, the sample standard deviation and
// the best of its runs' values (runs where the metric is undefined are left out and counted).

#include "eval/evaluation.h"

#include <QString>
#include <QStringList>
#include <map>
#include <optional>
#include <vector>

namespace nexvitad::protocol {

// The reported metrics, in display order; the names are EvaluationResult::toJson's keys.
const QStringList &protocolMetricNames();

// metric name -> value (absent value: undefined, docs/metrics.md).
using MetricValues = std::map<QString, std::optional<double>>;

// Every protocol metric of one evaluation.
MetricValues protocolMetricValues(const eval::EvaluationResult &result);

struct ClassOutcome
{
    QString className;
    MetricValues metrics;
    int testImages = 0;
};

// The mean over `classes` of each metric where it is defined. `undefinedClasses` (optional)
// gets, per metric, how many classes were left out.
MetricValues meanOverClasses(const std::vector<ClassOutcome> &classes,
                             std::map<QString, int> *undefinedClasses = nullptr);

struct MetricSummary
{
    std::optional<double> mean;
    std::optional<double> std;  // sample standard deviation (n - 1); undefined below 2 runs
    std::optional<double> best; // the maximum (every reported metric is "higher is better")
    int runs = 0;               // runs where the metric is defined
    int undefinedRuns = 0;      // runs where it is not
};

// Summary per metric over the runs' values.
std::map<QString, MetricSummary> summarizeRuns(const std::vector<MetricValues> &runs);

} // namespace nexvitad::protocol
