#include "line/line_watcher.h"

#include "common/error.h"
#include "common/settings.h"
#include "data/image_decode.h"
#include "infer/inspection_files.h"
#include "line/line_csv.h"
#include "line/line_recorder.h"

#include <QDir>
#include <QFileInfo>

#include <thread>

namespace nexvitad::line {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
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

    void inspectBatch(const std::vector<FileKey> &keys);

    WatchOptions options;
    infer::Inspector inspector;
    HotFolder folder;
    QSet<FileKey> done; // recorded or queued for the recorder: never taken again
    LineRecorder recorder;
};

LineWatcher::Impl::Impl(WatchOptions o)
    : options([&] {
          if (o.actor.isEmpty())
              o.actor = Settings().operatorName();
          return std::move(o);
      }()),
      inspector(options.bankPath, inspectorOptions(options)),
      folder(options.inputFolder, options.settle),
      recorder(options, inspector, folder.folder(), done)
{
}

void LineWatcher::Impl::inspectBatch(const std::vector<FileKey> &keys)
{
    struct Decoded
    {
        LineItem item;
        cv::Mat rgb;
    };
    std::vector<Decoded> decoded;
    const auto decodeStart = Clock::now();
    for (const FileKey &key : keys) {
        LineItem item;
        item.file = key;
        item.source = QDir(folder.folder()).filePath(key.name);
        try {
            cv::Mat rgb = data::readImageRgb8(QFile::encodeName(item.source).toStdString());
            // Changed while we read it: not complete after all; it comes back when settled.
            const QFileInfo after(item.source);
            if (!after.exists() || after.size() != key.size ||
                after.lastModified().toMSecsSinceEpoch() != key.modifiedMs)
                continue;
            decoded.push_back(Decoded{std::move(item), std::move(rgb)});
        } catch (const Error &e) {
            item.unreadable = true;
            item.error = e.message();
            done.insert(key);
            recorder.submit(std::move(item), std::nullopt, {});
        }
    }
    const double decodeSeconds = secondsSince(decodeStart);
    std::vector<infer::Inspection> results;
    if (!decoded.empty()) {
        std::vector<cv::Mat> images;
        for (const Decoded &d : decoded)
            images.push_back(d.rgb);
        results = inspector.inspect(images);
    }
    const infer::InspectionTiming timing = inspector.timing();
    recorder.updateStats([&](LineStats &stats) {
        stats.timing.decodeSeconds += decodeSeconds;
        stats.inspection = timing;
    });
    for (size_t i = 0; i < decoded.size(); ++i) {
        results[i].path = decoded[i].item.source;
        done.insert(decoded[i].item.file);
        recorder.submit(std::move(decoded[i].item), std::move(results[i]),
                        std::move(decoded[i].rgb));
    }
}

LineWatcher::LineWatcher(WatchOptions options) : d(std::make_unique<Impl>(std::move(options))) {}

LineWatcher::~LineWatcher() = default;

const infer::Inspector &LineWatcher::inspector() const
{
    return d->inspector;
}

qint64 LineWatcher::batchId() const
{
    return d->recorder.batchId();
}

qint64 LineWatcher::bankId() const
{
    return d->recorder.bankId();
}

LineStats LineWatcher::stats() const
{
    return d->recorder.stats();
}

void LineWatcher::run(Progress &progress, const LineCallbacks &callbacks)
{
    // Sources an earlier run had finished but not yet moved (it stopped in between).
    for (const QString &notice : d->recorder.moveLeftovers(d->done))
        if (callbacks.notice)
            callbacks.notice(notice);
    d->recorder.start(callbacks);
    while (!progress.isCanceled()) {
        const auto pollStart = Clock::now();
        std::vector<FileKey> ready = d->folder.poll(d->done);
        const double pollSeconds = secondsSince(pollStart);
        const int waiting = d->folder.waitingCount();
        d->recorder.updateStats([&](LineStats &stats) {
            stats.timing.pollSeconds += pollSeconds;
            stats.waiting = waiting;
        });
        d->recorder.rethrowFailure();
        if (ready.empty()) {
            if (callbacks.idle)
                callbacks.idle(d->recorder.stats());
            std::this_thread::sleep_for(d->options.poll);
            continue;
        }
        ready.resize(std::min(ready.size(), size_t(std::max(1, d->options.maxBatch))));
        d->inspectBatch(ready);
    }
    // The images already judged are recorded before the watcher stops.
    d->recorder.finish();
}

} // namespace nexvitad::line
