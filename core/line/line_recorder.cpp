#include "line/line_recorder.h"

#include "common/error.h"
#include "project/drift_record.h"
#include "project/inference_record.h"
#include "project/line_record.h"
#include "store/line_records.h"

#include <opencv2/imgproc.hpp>

namespace nexvitad::line {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

QImage thumbnailOf(const cv::Mat &rgb, int width)
{
    const int height = std::max(1, int(std::lround(double(rgb.rows) * width / rgb.cols)));
    cv::Mat small;
    cv::resize(rgb, small, cv::Size(width, height), 0, 0, cv::INTER_AREA);
    return QImage(small.data, small.cols, small.rows, int(small.step), QImage::Format_RGB888)
        .copy();
}

// Images per second over the items of the last 30 s: what the line runs at now, not since
// the start (a watcher idles between lots).
double ratePerSecond(std::deque<Clock::time_point> &times, Clock::time_point now)
{
    times.push_back(now);
    while (times.size() > 2 && now - times.front() > std::chrono::seconds(30))
        times.pop_front();
    if (times.size() < 2)
        return 0;
    const double seconds = std::chrono::duration<double>(times.back() - times.front()).count();
    return seconds > 0 ? double(times.size() - 1) / seconds : 0;
}

} // namespace

LineRecorder::LineRecorder(const WatchOptions &options, const infer::Inspector &inspector,
                           const QString &watchedFolder, QSet<FileKey> &done)
    : m_options(options), m_pixelThreshold(inspector.thresholds().pixel),
      m_outputs(options, watchedFolder), m_drift(DriftMonitor::forBank(inspector.bank(), options.drift)),
      m_capacity(size_t(std::max(2, 2 * options.maxBatch)))
{
    if (options.project) {
        const project::RecordedBank recorded = project::recordBank(
            *options.project, options.bankPath, inspector.bank(), 0,
            inspector.bank().info().encoder.value(QStringLiteral("target_class")).toString(),
            options.actor);
        m_bankId = recorded.bankId;
        // The project is the memory: CSV lines it lacks come from a crash between the two
        // and are written again with the file's new inspection.
        const QSqlDatabase db = options.project->database();
        for (const store::LineItemRecord &item : store::lineItems(db, watchedFolder))
            done.insert(FileKey{item.fileName, item.size, item.modifiedMs});
        m_outputs.keepOnly(done);
        // The bank's drift goes on where its last line left it, across batches and restarts.
        m_drift.seed(project::passScoresForDrift(db, m_bankId, options.drift),
                     project::driftWarningOpen(db, m_bankId));
    } else {
        done = m_outputs.csvKeys();
    }
    m_stats.alreadyDone = done.size();
    m_stats.drift = m_drift.status();
}

LineRecorder::~LineRecorder()
{
    try {
        finish();
    } catch (...) {
        // The watcher's loop has reported it already, or is unwinding from another error.
    }
}

void LineRecorder::start(const LineCallbacks &callbacks)
{
    m_callbacks = callbacks;
    m_closing = false;
    m_writer = std::thread([this] { writerLoop(); });
}

void LineRecorder::submit(LineItem item, std::optional<infer::Inspection> inspection, cv::Mat rgb)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_queue.size() < m_capacity || m_failure; });
    if (m_failure)
        std::rethrow_exception(m_failure);
    m_queue.push_back(Pending{std::move(item), std::move(inspection), std::move(rgb)});
    m_changed.notify_all();
}

void LineRecorder::finish()
{
    if (m_writer.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_closing = true;
        }
        m_changed.notify_all();
        m_writer.join();
    }
    rethrowFailure();
}

void LineRecorder::rethrowFailure()
{
    std::lock_guard lock(m_mutex);
    if (m_failure)
        std::rethrow_exception(m_failure);
}

LineStats LineRecorder::stats() const
{
    std::lock_guard lock(m_mutex);
    return m_stats;
}

void LineRecorder::updateStats(const std::function<void(LineStats &)> &change)
{
    std::lock_guard lock(m_mutex);
    change(m_stats);
}

qint64 LineRecorder::batchId() const
{
    std::lock_guard lock(m_mutex);
    return m_batchId;
}

void LineRecorder::writerLoop()
{
    for (;;) {
        Pending pending;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return !m_queue.empty() || m_closing; });
            if (m_queue.empty())
                break;
            pending = std::move(m_queue.front());
            m_queue.pop_front();
            m_changed.notify_all();
        }
        try {
            record(pending);
        } catch (...) {
            std::lock_guard lock(m_mutex);
            m_failure = std::current_exception();
            m_queue.clear(); // not recorded: inspected again after the restart
            m_changed.notify_all();
            break;
        }
    }
    if (m_options.project)
        m_options.project->releaseThreadConnection();
}

void LineRecorder::record(Pending &pending)
{
    LineItem &item = pending.item;
    const infer::Inspection *inspection = pending.inspection ? &*pending.inspection : nullptr;
    item.at = QDateTime::currentDateTimeUtc();
    if (inspection) {
        item.score = inspection->score;
        item.verdict = inspection->verdict;
    }
    // Results first, then the record that marks the file done (see line_watcher.h).
    auto start = Clock::now();
    m_outputs.write(item, inspection, m_pixelThreshold);
    const double files = secondsSince(start);
    start = Clock::now();
    if (m_options.project)
        recordInProject(item, inspection);
    const double projectSeconds = secondsSince(start);

    const DriftTransition transition = inspection && item.verdict
                                           ? m_drift.observe(item.score, *item.verdict)
                                           : DriftTransition::None;
    if (transition != DriftTransition::None) {
        if (m_options.project)
            project::recordDriftTransition(m_options.project->database(), m_options.actor,
                                           m_bankId, batchId(), transition, m_drift.status(),
                                           m_options.drift);
        if (m_callbacks.drift)
            m_callbacks.drift(transition, m_drift.status());
    }
    try {
        item.movedTo = m_outputs.moveSource(item);
    } catch (const Error &e) {
        if (m_callbacks.notice)
            m_callbacks.notice(e.userText());
    }
    if (m_options.thumbnailSize > 0 && !pending.rgb.empty())
        item.thumbnail = thumbnailOf(pending.rgb, m_options.thumbnailSize);

    LineStats now;
    {
        std::lock_guard lock(m_mutex);
        m_stats.timing.filesSeconds += files;
        m_stats.timing.projectSeconds += projectSeconds;
        m_stats.drift = m_drift.status();
        count(item);
        now = m_stats;
    }
    if (m_callbacks.item)
        m_callbacks.item(item, now);
}

void LineRecorder::recordInProject(LineItem &item, const infer::Inspection *inspection)
{
    // The run's batch, made with its first image: a restart that finds nothing new leaves no
    // empty batch behind.
    qint64 batch = batchId();
    if (batch == 0) {
        batch = project::recordInspectionBatch(*m_options.project, m_bankId, m_options.jobId,
                                               tr("watch %1").arg(m_outputs.watchedFolder()));
        std::lock_guard lock(m_mutex);
        m_batchId = batch;
    }
    store::LineItemRecord record;
    record.batchId = batch;
    record.folder = m_outputs.watchedFolder();
    record.fileName = item.file.name;
    record.size = item.file.size;
    record.modifiedMs = item.file.modifiedMs;
    if (inspection)
        item.inspectionId = project::recordLineInspection(*m_options.project, record, *inspection);
    else
        project::recordUnreadableLineFile(*m_options.project, record, item.error);
}

// Under m_mutex.
void LineRecorder::count(const LineItem &item)
{
    if (item.unreadable)
        ++m_stats.unreadable;
    else if (!item.verdict)
        ++m_stats.noVerdict;
    else if (*item.verdict == infer::Verdict::Pass)
        ++m_stats.pass;
    else if (*item.verdict == infer::Verdict::Review)
        ++m_stats.review;
    else
        ++m_stats.fail;
    if (!item.unreadable) {
        ++m_stats.inspected;
        m_stats.imagesPerSecond = ratePerSecond(m_rateTimes, Clock::now());
    }
}

} // namespace nexvitad::line
