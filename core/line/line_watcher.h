#pragma once
// Hot-folder inspection (issue 19, docs/line.md): a camera drops images into a folder and
// the station judges each one as soon as it is completely written. LineWatcher loads the
// bank once, then loops until canceled: poll the folder (HotFolder), inspect the complete
// files in small batches, and per file write the map (and the overlay, per policy), append
// a CSV line, record the inspection in the project, move the source when asked to.
//
// Exactly once across restarts: a file is done when its CSV line (no project) or its
// line_items row (project) is written; both are written only after the file's results, so
// a crash in between inspects the file again (its output files are overwritten), never
// twice in the record and never skipped. A corrupt image is recorded as unreadable and the
// watcher goes on; a folder that disappears ends run() with a nexvitad::Error.
//
// Every judged image also goes to the bank's drift monitor (drift_monitor.h); with a project
// the monitor continues from the bank's earlier good scores, and its warnings and
// clearances go to the audit log.
//
// Threading: run() polls, decodes and encodes on the calling thread (the CLI's main thread,
// a GUI Job's worker); what follows a verdict runs on a recording thread of its own
// (line_recorder.h), overlapping the next batch. run() returns when the Progress is
// canceled, after every image already judged has been recorded (a stop is not a failure).

#include "common/progress.h"
#include "infer/inspector.h"
#include "line/drift_monitor.h"
#include "line/hot_folder.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace nexvitad::line {

// Which images get a colour overlay PNG (it re-reads the image at full size, the most
// expensive output): every image, the ones that did not pass (default), or none.
enum class OverlayPolicy
{
    All,
    Flagged,
    None
};

QString overlayPolicyName(OverlayPolicy policy); // "all" | "flagged" | "none"
// Throws nexvitad::Error for an unknown name.
OverlayPolicy overlayPolicyFromName(const QString &name);

struct WatchOptions
{
    QString bankPath;
    QString inputFolder;
    QString outputFolder; // maps, overlays, line.csv; empty: results only in the project
    QString csvPath;      // empty: <outputFolder>/line.csv
    QString moveTo;       // empty: sources stay where they are; else moved there when done
    std::chrono::milliseconds settle{500}; // unchanged size and time for this long = complete
    std::chrono::milliseconds poll{100};
    int maxBatch = 8; // complete files inspected together (fewer when fewer are waiting)
    OverlayPolicy overlays = OverlayPolicy::Flagged;
    int thumbnailSize = 0; // > 0: each LineItem carries a thumbnail this wide (GUI feed)
    DriftOptions drift;    // the drift monitor of the passing images' scores
    // Images that do not pass get their explanation by retrieval (the nearest normal patches
    // of the map's maximum, from the batch's own features: no second encoder pass), stored
    // with the inspection in the project for the review viewer and the report.
    bool explainFlagged = true;
    infer::InspectorOptions inspector;
    std::optional<store::Project> project; // the watcher's memory and record when given
    qint64 jobId = 0;                      // the project's job of this watch, 0: none
    QString actor; // for the project's records; empty: Settings::operatorName()
};

// One source file dealt with.
struct LineItem
{
    FileKey file;
    QString source;  // where it was inspected
    QString movedTo; // where it is now; empty: left in place
    QDateTime at;    // when it was judged (UTC)
    bool unreadable = false;
    QString error;   // why it is unreadable
    float score = 0;
    std::optional<infer::Verdict> verdict; // none: the bank has no threshold
    QString mapFile, overlayFile;          // written into the output folder; may be empty
    qint64 inspectionId = 0;               // in the project; 0 without one
    QImage thumbnail;                      // when WatchOptions::thumbnailSize > 0
};

// Seconds the watcher itself spent per stage (the encoder's share is the Inspector's
// InspectionTiming): what `bench watch` splits the watcher's cost into.
struct LineTiming
{
    double decodeSeconds = 0;  // reading and decoding the source files
    double filesSeconds = 0;   // map, overlay and CSV line in the output folder
    double projectSeconds = 0; // the project's records (heat map artifact, rows)
    double pollSeconds = 0;    // listing the folder
};

struct LineStats
{
    qint64 inspected = 0, pass = 0, review = 0, fail = 0, noVerdict = 0, unreadable = 0;
    qint64 alreadyDone = 0;   // files found done at start (an earlier run's)
    int waiting = 0;          // image files in the folder not yet complete or inspected
    double imagesPerSecond = 0; // over the last images (up to 30 s)
    DriftStatus drift;          // the drift monitor after the last image
    LineTiming timing;
    infer::InspectionTiming inspection; // the Inspector's, after the last batch
};

// `item`, `notice` and `drift` are called on the watcher's recording thread, `idle` on the
// thread that runs run(); none is called after run() returns.
struct LineCallbacks
{
    std::function<void(const LineItem &, const LineStats &)> item;
    std::function<void(const LineStats &)> idle; // after a poll that found nothing new
    std::function<void(const QString &)> notice; // things a person should read
    // A drift warning raised or cleared (already in the project's audit log, if any).
    std::function<void(DriftTransition, const DriftStatus &)> drift;
};

class LineWatcher
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::line::LineWatcher)
public:
    // Loads the bank and its encoder, opens the CSV, reads the project's memory of the
    // folder (the run's inspection batch is created with its first image). Throws nexvitad::Error naming the bank, the
    // folder or the file at fault; nothing is written before all checks pass.
    explicit LineWatcher(WatchOptions options);
    ~LineWatcher();
    LineWatcher(const LineWatcher &) = delete;
    LineWatcher &operator=(const LineWatcher &) = delete;

    const infer::Inspector &inspector() const;
    qint64 batchId() const; // 0 without a project or before the first image
    qint64 bankId() const;  // 0 without a project
    LineStats stats() const;

    // Watches until `progress` is canceled. Throws nexvitad::Error when the folder goes or
    // a result cannot be written.
    void run(Progress &progress, const LineCallbacks &callbacks);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace nexvitad::line
