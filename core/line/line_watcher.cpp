#include "line/line_watcher.h"

#include "common/error.h"
#include "common/settings.h"
#include "data/image_decode.h"
#include "infer/inspection_files.h"
#include "line/line_csv.h"
#include "line/line_outputs.h"
#include "project/drift_record.h"
#include "project/inference_record.h"
#include "project/line_record.h"

#include <QDir>
#include <QFileInfo>

#include <deque>
#include <opencv2/imgproc.hpp>
#include <thread>

namespace nexvitad::line {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// Images per second over the items of the last 30 s: what the line runs at now, not since
// the start (a watcher idles between lots).
class RateWindow
{
public:
    void add(Clock::time_point t)
    {
        m_times.push_back(t);
        while (m_times.size() > 2 && t - m_times.front() > std::chrono::seconds(30))
            m_times.pop_front();
    }
    double perSecond() const
    {
        if (m_times.size() < 2)
            return 0;
        const double seconds =
            std::chrono::duration<double>(m_times.back() - m_times.front()).count();
        return seconds > 0 ? double(m_times.size() - 1) / seconds : 0;
    }

private:
    std::deque<Clock::time_point> m_times;
};

QImage thumbnailOf(const cv::Mat &rgb, int width)
{
    const int height = std::max(1, int(std::lround(double(rgb.rows) * width / rgb.cols)));
    cv::Mat small;
    cv::resize(rgb, small, cv::Size(width, height), 0, 0, cv::INTER_AREA);
    return QImage(small.data, small.cols, small.rows, int(small.step), QImage::Format_RGB888)
        .copy();
}

infer::InspectorOptions inspectorOptions(const WatchOptions &o)
{
    infer::InspectorOptions options = o.inspector;
    options.explainFlagged = o.explainFlagged;
    return options;
}

} // namespace

QString overlayPolicyName(OverlayPolicy policy)
{
    switch (policy) {
    case OverlayPolicy::All:
        return QStringLiteral("all");
    case OverlayPolicy::None:
        return QStringLiteral("none");
    case OverlayPolicy::Flagged:
        break;
    }
    return QStringLiteral("flagged");
}

OverlayPolicy overlayPolicyFromName(const QString &name)
{
    for (OverlayPolicy p : {OverlayPolicy::All, OverlayPolicy::Flagged, OverlayPolicy::None})
        if (overlayPolicyName(p) == name)
            return p;
    throw Error(LineWatcher::tr("Unknown overlay policy \"%1\" (all, flagged or none).").arg(name));
}

struct LineWatcher::Impl
{
    explicit Impl(WatchOptions o);

    // A decoded source file waiting for its batch's results.
    struct Decoded
    {
        FileKey key;
        QString path;
        cv::Mat rgb;
    };

    void inspectBatch(const std::vector<FileKey> &keys, const LineCallbacks &callbacks);
    void finish(LineItem &item, const infer::Inspection *inspection, const cv::Mat &rgb,
                const LineCallbacks &callbacks);

    WatchOptions options;
    infer::Inspector inspector;
    HotFolder folder;
    LineOutputs outputs;
    qint64 bankId = 0;
    qint64 batchId = 0;
    QSet<FileKey> done;
    LineStats stats;
    RateWindow rate;
    DriftMonitor drift;
};

LineWatcher::Impl::Impl(WatchOptions o)
    : options(std::move(o)), inspector(options.bankPath, inspectorOptions(options)),
      folder(options.inputFolder, options.settle), outputs(options, folder.folder()),
      drift(DriftMonitor::forBank(inspector.bank(), options.drift))
{
    if (options.actor.isEmpty())
        options.actor = Settings().operatorName();
    if (options.project) {
        const project::RecordedBank recorded = project::recordBank(
            *options.project, options.bankPath, inspector.bank(), 0,
            inspector.bank().info().encoder.value(QStringLiteral("target_class")).toString(),
            options.actor);
        bankId = recorded.bankId;
        // The project is the memory: CSV lines it lacks come from a crash between the two
        // and are written again with the file's new inspection.
        for (const store::LineItemRecord &item :
             store::lineItems(options.project->database(), folder.folder()))
            done.insert(FileKey{item.fileName, item.size, item.modifiedMs});
        outputs.keepOnly(done);
        // The bank's drift goes on where its last line left it, across batches and restarts.
        const QSqlDatabase db = options.project->database();
        drift.seed(project::passScoresForDrift(db, bankId, options.drift),
                   project::driftWarningOpen(db, bankId));
    } else {
        done = outputs.csvKeys();
    }
    stats.alreadyDone = done.size();
    stats.drift = drift.status();
}

void LineWatcher::Impl::inspectBatch(const std::vector<FileKey> &keys,
                                     const LineCallbacks &callbacks)
{
    std::vector<Decoded> decoded;
    const auto decodeStart = Clock::now();
    for (const FileKey &key : keys) {
        const QString path = QDir(folder.folder()).filePath(key.name);
        LineItem item;
        item.file = key;
        item.source = path;
        try {
            cv::Mat rgb = data::readImageRgb8(QFile::encodeName(path).toStdString());
            // Changed while we read it: not complete after all; it comes back when settled.
            const QFileInfo after(path);
            if (!after.exists() || after.size() != key.size ||
                after.lastModified().toMSecsSinceEpoch() != key.modifiedMs)
                continue;
            decoded.push_back(Decoded{key, path, std::move(rgb)});
        } catch (const Error &e) {
            item.unreadable = true;
            item.error = e.message();
            finish(item, nullptr, {}, callbacks);
        }
    }
    stats.timing.decodeSeconds += secondsSince(decodeStart);
    if (decoded.empty())
        return;
    std::vector<cv::Mat> images;
    for (const Decoded &d : decoded)
        images.push_back(d.rgb);
    std::vector<infer::Inspection> results = inspector.inspect(images);
    for (size_t i = 0; i < decoded.size(); ++i) {
        results[i].path = decoded[i].path;
        LineItem item;
        item.file = decoded[i].key;
        item.source = decoded[i].path;
        finish(item, &results[i], decoded[i].rgb, callbacks);
    }
}

void LineWatcher::Impl::finish(LineItem &item, const infer::Inspection *inspection,
                               const cv::Mat &rgb, const LineCallbacks &callbacks)
{
    item.at = QDateTime::currentDateTimeUtc();
    if (inspection) {
        item.score = inspection->score;
        item.verdict = inspection->verdict;
    }
    // Results first, then the record that marks the file done (see the header).
    auto start = Clock::now();
    outputs.write(item, inspection, inspector.thresholds().pixel);
    stats.timing.filesSeconds += secondsSince(start);
    start = Clock::now();
    if (options.project) {
        // The run's batch, made with its first image: a restart that finds nothing new
        // leaves no empty batch behind.
        if (batchId == 0)
            batchId = project::recordInspectionBatch(*options.project, bankId, options.jobId,
                                                     tr("watch %1").arg(folder.folder()));
        store::LineItemRecord record;
        record.batchId = batchId;
        record.folder = folder.folder();
        record.fileName = item.file.name;
        record.size = item.file.size;
        record.modifiedMs = item.file.modifiedMs;
        if (inspection)
            item.inspectionId =
                project::recordLineInspection(*options.project, record, *inspection);
        else
            project::recordUnreadableLineFile(*options.project, record, item.error);
    }
    stats.timing.projectSeconds += secondsSince(start);
    done.insert(item.file);
    const DriftTransition transition =
        inspection && item.verdict ? drift.observe(item.score, *item.verdict)
                                   : DriftTransition::None;
    stats.drift = drift.status();
    if (transition != DriftTransition::None) {
        if (options.project)
            project::recordDriftTransition(options.project->database(), options.actor, bankId,
                                           batchId, transition, drift.status(), options.drift);
        if (callbacks.drift)
            callbacks.drift(transition, drift.status());
    }
    try {
        item.movedTo = outputs.moveSource(item);
    } catch (const Error &e) {
        if (callbacks.notice)
            callbacks.notice(e.userText());
    }

    if (item.unreadable)
        ++stats.unreadable;
    else if (!item.verdict)
        ++stats.noVerdict;
    else if (*item.verdict == infer::Verdict::Pass)
        ++stats.pass;
    else if (*item.verdict == infer::Verdict::Review)
        ++stats.review;
    else
        ++stats.fail;
    if (!item.unreadable) {
        ++stats.inspected;
        rate.add(Clock::now());
        stats.imagesPerSecond = rate.perSecond();
    }
    if (options.thumbnailSize > 0 && !rgb.empty())
        item.thumbnail = thumbnailOf(rgb, options.thumbnailSize);
    if (callbacks.item)
        callbacks.item(item, stats);
}

LineWatcher::LineWatcher(WatchOptions options) : d(std::make_unique<Impl>(std::move(options))) {}

LineWatcher::~LineWatcher() = default;

const infer::Inspector &LineWatcher::inspector() const
{
    return d->inspector;
}

qint64 LineWatcher::batchId() const
{
    return d->batchId;
}

qint64 LineWatcher::bankId() const
{
    return d->bankId;
}

LineStats LineWatcher::stats() const
{
    return d->stats;
}

void LineWatcher::run(Progress &progress, const LineCallbacks &callbacks)
{
    // Sources an earlier run had finished but not yet moved (it stopped in between).
    for (const QString &notice : d->outputs.moveLeftovers(d->done))
        if (callbacks.notice)
            callbacks.notice(notice);
    while (!progress.isCanceled()) {
        const auto pollStart = Clock::now();
        std::vector<FileKey> ready = d->folder.poll(d->done);
        d->stats.timing.pollSeconds += secondsSince(pollStart);
        d->stats.waiting = d->folder.waitingCount();
        if (ready.empty()) {
            if (callbacks.idle)
                callbacks.idle(d->stats);
            std::this_thread::sleep_for(d->options.poll);
            continue;
        }
        const size_t count = std::min(ready.size(), size_t(std::max(1, d->options.maxBatch)));
        ready.resize(count);
        d->inspectBatch(ready, callbacks);
        d->stats.waiting = std::max(0, d->folder.waitingCount() - int(count));
    }
}

} // namespace nexvitad::line
