#pragma once
// The evaluations of a project at a glance, for the metrics dashboard: one summary per
// evaluation (class, memory bank and its K, the training run of its model, inference mode,
// untrained encoder, metrics) with a label that names it by those settings, so compared
// runs and ablations (trained vs untrained encoder, K = 30 vs all patches, memory bank vs
// decoder) can be told apart in a table column or a chart legend.

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <optional>
#include <vector>

namespace nexvitad::project {

struct EvaluationSummary
{
    qint64 id = 0;
    QString createdAt;
    QString className;
    qint64 bankId = 0; // 0: no bank recorded
    int bankK = -1;    // prototypes per layer; 0: all patches; -1: no bank
    qint64 runId = 0;  // the training run of the bank's model; 0: none (e.g. untrained)
    QString inference; // "memory_bank" | "decoder"
    bool untrained = false;
    QJsonObject metrics; // as stored (eval::EvaluationResult::toJson(false) + context)

    // "#3 carpet_syn, bank 2 (K = 30), untrained, memory bank"
    QString label() const;
};

struct EvaluationOverviewText
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::project::EvaluationOverview)
};

// Every evaluation of the project, oldest first.
std::vector<EvaluationSummary> listEvaluations(const QSqlDatabase &db);

// A metric across compared evaluations: which of `values` are the best (the highest: every
// metric compared here is better when higher). Ties are all best; undefined values never
// are; nothing is best when fewer than two values are defined (nothing to compare).
std::vector<bool> bestValues(const std::vector<std::optional<double>> &values);

} // namespace nexvitad::project
