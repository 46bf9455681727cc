#include "protocol/protocol_summary.h"

#include <QJsonObject>
#include <algorithm>
#include <cmath>

namespace nexvitad::protocol {

const QStringList &protocolMetricNames()
{
    static const QStringList names{
        QStringLiteral("pixel_auroc"),     QStringLiteral("pixel_ap"),
        QStringLiteral("pixel_aupro_0.3"), QStringLiteral("pixel_f1_max"),
        QStringLiteral("image_auroc"),     QStringLiteral("image_ap"),
        QStringLiteral("image_f1_max")};
    return names;
}

MetricValues protocolMetricValues(const eval::EvaluationResult &result)
{
    // toJson writes undefined metrics as null: one source of truth for names and values.
    const QJsonObject json = result.toJson(false);
    MetricValues values;
    for (const QString &name : protocolMetricNames()) {
        const QJsonValue v = json.value(name);
        values[name] = v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
    }
    return values;
}

MetricValues meanOverClasses(const std::vector<ClassOutcome> &classes,
                             std::map<QString, int> *undefinedClasses)
{
    MetricValues means;
    for (const QString &name : protocolMetricNames()) {
        double sum = 0;
        int defined = 0;
        for (const ClassOutcome &c : classes) {
            const auto it = c.metrics.find(name);
            if (it != c.metrics.end() && it->second) {
                sum += *it->second;
                ++defined;
            }
        }
        means[name] = defined > 0 ? std::optional<double>(sum / defined) : std::nullopt;
        if (undefinedClasses)
            (*undefinedClasses)[name] = int(classes.size()) - defined;
    }
    return means;
}

std::map<QString, MetricSummary> summarizeRuns(const std::vector<MetricValues> &runs)
{
    std::map<QString, MetricSummary> summary;
    for (const QString &name : protocolMetricNames()) {
        std::vector<double> values;
        for (const MetricValues &run : runs)
            if (const auto it = run.find(name); it != run.end() && it->second)
                values.push_back(*it->second);
        MetricSummary &s = summary[name];
        s.runs = int(values.size());
        s.undefinedRuns = int(runs.size()) - s.runs;
        if (values.empty())
            continue;
        double sum = 0;
        for (const double v : values)
            sum += v;
        const double mean = sum / double(values.size());
        s.mean = mean;
        s.best = *std::max_element(values.begin(), values.end());
        if (values.size() >= 2) {
            double squares = 0;
            for (const double v : values)
                squares += (v - mean) * (v - mean);
            s.std = std::sqrt(squares / double(values.size() - 1));
        }
    }
    return summary;
}

} // namespace nexvitad::protocol
