#pragma once
// The paper's protocol (method.md 6), public: plain types. For each split spec ("11/1" =
// 11 source, 1 target class) and each run r = 0..R-1 (seed = base seed + r): the classes
// are drawn with data::randomSplit(seed), a run is trained into OUT/<S>-<T>/run<r>/ (a
// finished run folder with the same configuration is reused, an unfinished one resumed),
// then per target class a memory bank of M good images (chosen with the run's seed) is
// built with the run's encoder and evaluated on the class's test images. The results,
// per run and per split (mean, sample standard deviation, best over runs), are written to
// OUT/protocol.json, protocol.csv and protocol.md (docs/protocol.md).

#include "common/progress.h"
#include "data/manifest.h"
#include "infer/inspector.h"
#include "protocol/protocol_summary.h"
#include "train/trainer.h"
#include "train/training_config.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace nexvitad::protocol {

struct ProtocolOptions
{
    data::Manifest manifest;
    QStringList splits{QStringLiteral("11/1"), QStringLiteral("10/2"), QStringLiteral("9/3"),
                       QStringLiteral("8/4")};
    int runs = 5;
    quint64 seed = 0; // run r uses seed + r (class draw, training seed, bank images, K-means)
    QString outDir;
    // The training configuration (ablations: mtl, pseudo_labels); its backbones, image size
    // and adapter reduction also define the untrained encoder. `seed` is set per run.
    train::TrainingConfig config = train::TrainingConfig::fromPreset(QStringLiteral("cpu"));
    bool untrained = false; // no training: banks on an untrained encoder (fast; demos, tests)
    infer::InferenceMode inference = infer::InferenceMode::MemoryBank;
    int k = 30;          // prototypes per layer
    int bankImages = 10; // M good images per bank
    QString modelsDir;
    QString device = QStringLiteral("cpu");
};

struct RunOutcome
{
    QString split; // as given, e.g. "10/2"
    int run = 0;
    quint64 seed = 0;
    QStringList sourceClasses;
    QStringList targetClasses;
    QString runDir;                    // the training run; empty with `untrained`
    bool reused = false;               // a finished training run was found and reused
    std::vector<ClassOutcome> classes; // one per target class
    MetricValues metrics;              // mean over the target classes
    std::map<QString, int> undefinedClasses;
};

struct SplitSummary
{
    QString split;
    std::map<QString, MetricSummary> metrics;
};

struct ProtocolResult
{
    std::vector<RunOutcome> runs; // split by split, run by run
    std::vector<SplitSummary> splits;
    bool untrainedBackbone = false; // a backbone had random weights: say so everywhere
    QString jsonPath, csvPath, markdownPath;
};

// What a caller (the CLI) may watch; each is optional.
struct ProtocolCallbacks
{
    std::function<void(const RunOutcome &)> runDone;
    // After every training epoch of a run (split as given, run index).
    std::function<void(const QString &split, int run, const train::EpochReport &)> epochDone;
};

// The folder of one run below OUT: "<sources>-<targets>/run<r>".
QString runFolderName(const QString &split, int run);

// Checks everything first (split specs and class counts, options), then runs. Throws
// nexvitad::Error naming the file or folder, nexvitad::Canceled when canceled (finished
// training runs stay and are reused next time).
ProtocolResult runProtocol(const ProtocolOptions &options, Progress &progress,
                           const ProtocolCallbacks &callbacks = {});

// The same protocol in pieces, for a cluster engine (docs/cluster.md): each run is one task,
// run anywhere, and the summary is made from the tasks' outcomes by the very code
// runProtocol uses, so both engines write byte-identical files for the same outcomes.
struct PlannedRun
{
    QString split; // normalized, "S/T"
    int run = 0;
};
// Checks everything (as runProtocol) and lists the runs: split by split, run by run.
std::vector<PlannedRun> planRuns(const ProtocolOptions &options);
// One run (training when not untrained, banks and evaluation). `untrainedBackbone` (optional)
// is set when a backbone had random weights.
RunOutcome runOne(const ProtocolOptions &options, const PlannedRun &run, Progress &progress,
                  bool *untrainedBackbone = nullptr, const ProtocolCallbacks &callbacks = {});
// The per-split summary of `runs` (in plan order); writes the three files into outDir.
ProtocolResult summarizeProtocol(const ProtocolOptions &options, std::vector<RunOutcome> runs,
                                 bool untrainedBackbone);

} // namespace nexvitad::protocol
