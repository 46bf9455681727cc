#pragma once
// Everything the hot-folder watcher does after an image's verdict, on a thread of its own
// (docs/line.md): the output files and CSV line, the project's records, the drift monitor,
// moving the source, the counters, the callbacks. The watcher's loop meanwhile polls,
// decodes and encodes the next batch.
//
// Why a thread: the encoder keeps both cores of a small machine busy, but writing is
// single-threaded; run in turn with the encoder it leaves a core idle for ~14 ms per 224 px
// image (PNG encoding, the project's transaction), which cost the watcher 15 % of the
// backbones' rate. Overlapped, that work fills the gaps the encoder's threads leave.
//
// Order and exactly-once are kept: one writer, first in first out, and a file's record
// still comes after its results. A failure (disk full, the project gone) is kept and
// rethrown to the watcher's loop, which stops. At most `capacity` images wait, so a slow
// disk slows the line instead of filling memory.

#include "infer/inspector.h"
#include "line/drift_monitor.h"
#include "line/line_outputs.h"
#include "line/line_watcher.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>

namespace nexvitad::line {

class LineRecorder
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::line::LineRecorder)
public:
    // `options` must outlive the recorder. Reads the project's memory of the folder and
    // seeds the drift monitor (on the calling thread); `done` gets the files already done.
    LineRecorder(const WatchOptions &options, const infer::Inspector &inspector,
                 const QString &watchedFolder, QSet<FileKey> &done);
    // Waits for the images still queued.
    ~LineRecorder();

    // Starts the writer thread with these callbacks (called on it).
    void start(const LineCallbacks &callbacks);
    // Queues one image's results (inspection empty: unreadable). Blocks while `capacity`
    // images wait. Rethrows a failure of the writer.
    void submit(LineItem item, std::optional<infer::Inspection> inspection, cv::Mat rgb);
    // Waits until every queued image is recorded and stops the thread; rethrows a failure.
    void finish();
    void rethrowFailure();

    QStringList moveLeftovers(const QSet<FileKey> &done) { return m_outputs.moveLeftovers(done); }

    // Thread-safe copies.
    LineStats stats() const;
    void updateStats(const std::function<void(LineStats &)> &change);
    qint64 batchId() const;
    qint64 bankId() const { return m_bankId; }

private:
    struct Pending
    {
        LineItem item;
        std::optional<infer::Inspection> inspection;
        cv::Mat rgb;
    };

    void writerLoop();
    void record(Pending &pending);
    void recordInProject(LineItem &item, const infer::Inspection *inspection);
    void count(const LineItem &item);

    const WatchOptions &m_options;
    const std::optional<infer::Threshold> m_pixelThreshold;
    LineOutputs m_outputs;
    DriftMonitor m_drift;
    qint64 m_bankId = 0;
    LineCallbacks m_callbacks;

    mutable std::mutex m_mutex; // guards everything below
    std::condition_variable m_changed;
    std::deque<Pending> m_queue;
    size_t m_capacity = 16;
    bool m_closing = false;
    bool m_busy = false;
    std::exception_ptr m_failure;
    LineStats m_stats;
    std::deque<std::chrono::steady_clock::time_point> m_rateTimes;
    qint64 m_batchId = 0;
    std::thread m_writer;
};

} // namespace nexvitad::line
