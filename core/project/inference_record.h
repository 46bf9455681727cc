#pragma once
// What the inference commands (bank, inspect, eval) record in a project (issue 7: every
// command with --project records what it did). Each function writes its artifacts first
// and then its rows in one transaction (store/artifacts.h), so a crash leaves no row that
// points at a missing file.
//
//   memory bank -> the bank file adopted as an artifact, a model row for its encoder (the
//                  same artifact: the bank holds the encoder's trainable weights) and a
//                  memory_banks row with the images, K, layers and thresholds;
//   inspect     -> an inspection batch with one row per image (score, verdict, heat map as
//                  a 16-bit PNG artifact, the explanation by retrieval when it has one);
//   eval        -> an evaluation row: metrics, curves, image scores and the thresholds used,
//                  with the heat maps of the images that did not pass.

#include "infer/bank_evaluation.h"
#include "infer/memory_bank.h"
#include "store/project.h"

#include <QString>

namespace nexvitad::project {

struct RecordedBank
{
    qint64 modelId = 0;
    qint64 bankId = 0;
    bool added = false; // false: the project already held this bank file (same SHA-256)
};

// The bank file's row, registering it (and its encoder as a model) when the project does
// not hold a bank with the same SHA-256 yet. datasetId 0 / className empty: unknown.
RecordedBank recordBank(const store::Project &project, const QString &bankPath,
                        const infer::MemoryBank &bank, qint64 datasetId, const QString &className,
                        const QString &actor);

// A new inspection batch of `bankId`; `source` names where the images came from.
qint64 recordInspectionBatch(const store::Project &project, qint64 bankId, qint64 jobId,
                             const QString &source);
// Returns the inspection's id (for the reviewer's decision).
qint64 recordInspection(const store::Project &project, qint64 batchId,
                        const infer::Inspection &inspection);

struct EvaluationContext
{
    qint64 jobId = 0;
    RecordedBank bank;
    qint64 datasetId = 0;
    QString className;
    QString inference; // "memory_bank" | "decoder"
    bool untrained = false;
    infer::ThresholdSet thresholds; // those the verdicts used
};

// `maps` (image path -> S x S map) holds the maps to keep (e.g. those that did not pass).
qint64 recordEvaluation(const store::Project &project, const EvaluationContext &context,
                        const infer::BankEvaluation &evaluation,
                        const std::map<QString, cv::Mat> &maps);

} // namespace nexvitad::project
