#pragma once
// The drift monitor's side of a project (docs/line.md, "Drift monitor"): its warnings and
// clearances in the audit log, and the bank's earlier good scores a restarted monitor (or
// a batch report's trend) continues from.
//
// Audit entries: action "drift.warning" or "drift.cleared", entity "memory_bank", the bank
// id, details
//   {"batch_id", "state", "rolling_median", "rolling_upper", "window_count",
//    "reference_median", "reference_upper", "reference_spread", "reference_source"
//    ("evaluation" | "first_images"), "reference_images", "reference_evaluated_at"?,
//    "median_shift", "upper_shift", "shift", "bound", "clear_below", "window", "minimum",
//    "quantile"}

#include "line/drift_monitor.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <vector>

namespace nexvitad::project {

// The audit entry's details for a status (also what the CLI's --json could print).
QJsonObject driftDetails(const line::DriftStatus &status, const line::DriftOptions &options,
                         qint64 batchId);

// Appends the transition's entry (nothing for None: returns 0); returns the entry's id.
// Call it once per transition DriftMonitor::observe() returns. Throws nexvitad::Error.
qint64 recordDriftTransition(const QSqlDatabase &db, const QString &actor, qint64 bankId,
                             qint64 batchId, line::DriftTransition transition,
                             const line::DriftStatus &status, const line::DriftOptions &options);

// Whether the bank's latest drift entry is a warning (not yet cleared): DriftMonitor::seed's
// `warningLogged` on a restart.
bool driftWarningOpen(const QSqlDatabase &db, qint64 bankId);

// The bank's good (verdict pass) scores in inspection order, as DriftMonitor::seed wants
// them: the first options.calibration and the last options.window (the ones between change
// nothing the monitor keeps). `beforeBatchId` > 0: only inspections made before that batch's
// first one (a report's history); 0: all.
std::vector<float> passScoresForDrift(const QSqlDatabase &db, qint64 bankId,
                                      const line::DriftOptions &options, qint64 beforeBatchId = 0);

} // namespace nexvitad::project
