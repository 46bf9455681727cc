// nexvitad-cli watch: hot-folder inspection on the line (docs/line.md). Inspects every image
// dropped into a folder as soon as it is completely written, prints one line per image, and
// runs until Ctrl-C / SIGTERM (or --stop-after / --exit-when-idle for scripted runs).

#include "cli_command.h"
#include "cli_engine_options.h"
#include "cli_interrupt.h"
#include "cli_output.h"
#include "cli_project_option.h"
#include "cli_values.h"
#include "common/error.h"
#include "common/progress.h"
#include "common/settings.h"
#include "line/line_watcher.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <atomic>
#include <chrono>

namespace {
struct WatchCli
{
    Q_DECLARE_TR_FUNCTIONS(WatchCli)
};

using namespace nexvitad;

struct WatchCliOptions
{
    QCommandLineOption bank{QStringLiteral("bank"), WatchCli::tr("Memory bank file."),
                            QStringLiteral("file")};
    QCommandLineOption in{QStringLiteral("in"), WatchCli::tr("The folder to watch."),
                          QStringLiteral("dir")};
    QCommandLineOption out{QStringLiteral("out"),
                           WatchCli::tr("Output folder: maps, overlays and line.csv (needed "
                                        "unless --project is given)."),
                           QStringLiteral("dir")};
    QCommandLineOption csv{QStringLiteral("csv"),
                           WatchCli::tr("CSV file (default: OUT/line.csv)."),
                           QStringLiteral("file")};
    QCommandLineOption moveTo{QStringLiteral("move-to"),
                              WatchCli::tr("Move each inspected image into this folder "
                                           "(unreadable ones into its \"unreadable\" subfolder); "
                                           "default: leave images where they are."),
                              QStringLiteral("dir")};
    QCommandLineOption overlays{QStringLiteral("overlays"),
                                WatchCli::tr("Colour overlays for all, flagged (default: not "
                                             "passed) or none of the images."),
                                QStringLiteral("policy"), QStringLiteral("flagged")};
    QCommandLineOption settle{QStringLiteral("settle"),
                              WatchCli::tr("Milliseconds a file's size and time must stay the "
                                           "same before it counts as written (default 500)."),
                              QStringLiteral("ms"), QStringLiteral("500")};
    QCommandLineOption poll{QStringLiteral("poll"),
                            WatchCli::tr("Milliseconds between looks at the folder (default 100)."),
                            QStringLiteral("ms"), QStringLiteral("100")};
    QCommandLineOption batch{QStringLiteral("batch"),
                             WatchCli::tr("At most this many waiting images inspected together "
                                          "(default 8)."),
                             QStringLiteral("n"), QStringLiteral("8")};
    DeviceOption device;
    QCommandLineOption stopAfter{QStringLiteral("stop-after"),
                                 WatchCli::tr("Stop after this many images (scripts, tests)."),
                                 QStringLiteral("n")};
    QCommandLineOption exitWhenIdle{QStringLiteral("exit-when-idle"),
                                    WatchCli::tr("Stop when no image has arrived for this many "
                                                 "seconds (scripts, tests)."),
                                    QStringLiteral("seconds")};
    QCommandLineOption driftWindow{QStringLiteral("drift-window"),
                                   WatchCli::tr("Drift monitor: the last N passing images "
                                                "(default %1).")
                                       .arg(line::DriftOptions{}.window),
                                   QStringLiteral("n"), QString::number(line::DriftOptions{}.window)};
    QCommandLineOption driftBound{QStringLiteral("drift-bound"),
                                  WatchCli::tr("Drift monitor: warn when the passing images' "
                                               "median or upper quantile moves more than this "
                                               "many standard errors from the reference "
                                               "(default %1; docs/line.md).")
                                      .arg(line::DriftOptions{}.bound),
                                  QStringLiteral("x"), QString::number(line::DriftOptions{}.bound)};
    QCommandLineOption quiet{QStringLiteral("quiet"),
                             WatchCli::tr("No line per image, only notices and the summary.")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({bank, in, out, csv, moveTo, overlays, settle, poll, batch});
        device.addTo(parser);
        parser.addOptions({stopAfter, exitWhenIdle, driftWindow, driftBound, quiet});
    }

    line::WatchOptions read(const QCommandLineParser &parser) const
    {
        line::WatchOptions o;
        o.bankPath = parser.value(bank);
        o.inputFolder = parser.value(in);
        o.outputFolder = parser.value(out);
        o.csvPath = parser.value(csv);
        o.moveTo = parser.value(moveTo);
        o.overlays = line::overlayPolicyFromName(parser.value(overlays));
        o.settle = std::chrono::milliseconds(
            cli_values::integer(QStringLiteral("settle"), parser.value(settle), 0, 600000));
        o.poll = std::chrono::milliseconds(
            cli_values::integer(QStringLiteral("poll"), parser.value(poll), 10, 60000));
        o.maxBatch = cli_values::integer(QStringLiteral("batch"), parser.value(batch), 1, 256);
        o.inspector.modelsDir = Settings().modelsDirectory();
        o.inspector.device = device.resolve(parser);
        o.actor = Settings().operatorName();
        o.drift.window = cli_values::integer(QStringLiteral("drift-window"),
                                             parser.value(driftWindow), 5, 100000);
        o.drift.minimum = std::min(o.drift.minimum, o.drift.window);
        bool ok = false;
        o.drift.bound = parser.value(driftBound).toDouble(&ok);
        if (!ok || !(o.drift.bound > 0))
            throw Error(WatchCli::tr("--drift-bound must be a positive number, not \"%1\".")
                            .arg(parser.value(driftBound)));
        o.drift.validate();
        return o;
    }
};

QString itemLine(const line::LineItem &item, const line::LineStats &stats)
{
    const QString time = item.at.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    if (item.unreadable)
        return WatchCli::tr("%1  %2  UNREADABLE  %3").arg(time, item.file.name, item.error);
    const QString verdict = item.verdict ? infer::verdictText(*item.verdict).toUpper()
                                         : WatchCli::tr("NO VERDICT");
    return WatchCli::tr("%1  %2  score %3  %4  (%5 images/s)")
        .arg(time, item.file.name)
        .arg(double(item.score), 0, 'f', 4)
        .arg(verdict)
        .arg(stats.imagesPerSecond, 0, 'f', 2);
}

QString summary(const line::LineStats &s)
{
    return WatchCli::tr("Watched: %1 inspected (%2 pass, %3 review, %4 fail, %5 without "
                        "verdict), %6 unreadable; %7 done before this run.")
        .arg(s.inspected)
        .arg(s.pass)
        .arg(s.review)
        .arg(s.fail)
        .arg(s.noVerdict)
        .arg(s.unreadable)
        .arg(s.alreadyDone);
}

} // namespace

int runWatch(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(WatchCli::tr(
        "Hot-folder inspection: judges every image that appears in --in as soon as it is "
        "completely written, with a memory bank. Per image: the raw map, an overlay (per "
        "--overlays), a CSV line and, with --project, the inspection in the project. The "
        "files it has dealt with are remembered (in the project, else in the CSV), so a "
        "restart inspects each image once. Runs until Ctrl-C or SIGTERM."));
    const WatchCliOptions options;
    options.addTo(parser);
    ProjectOption project;
    project.addTo(parser);
    if (const int code = parseOrExit(parser, args); code >= 0)
        return code;
    if (const int code = requireOptions(parser, {options.bank, options.in}, QStringLiteral("watch"));
        code >= 0)
        return code;

    return project.run(parser, QStringLiteral("watch"), args, [&] {
        line::WatchOptions watchOptions = options.read(parser);
        if (project.active()) {
            watchOptions.project = project.project();
            watchOptions.jobId = project.jobId();
        }
        const qint64 stopAfter =
            parser.isSet(options.stopAfter)
                ? cli_values::integer(QStringLiteral("stop-after"),
                                      parser.value(options.stopAfter), 1, 1 << 30)
                : 0;
        const int idleSeconds =
            parser.isSet(options.exitWhenIdle)
                ? cli_values::integer(QStringLiteral("exit-when-idle"),
                                      parser.value(options.exitWhenIdle), 1, 1 << 20)
                : 0;
        line::LineWatcher watcher(watchOptions);
        if (watcher.inspector().untrainedBackbone())
            out() << WatchCli::tr("Warning: untrained backbone (random weights); results are "
                                  "for demonstration only.")
                  << Qt::endl;
        if (!watcher.inspector().thresholds().image && !watcher.inspector().thresholds().imageReview)
            out() << WatchCli::tr("Warning: the bank has no image threshold, so no image gets a "
                                  "verdict (run eval --save-thresholds).")
                  << Qt::endl;
        if (!watcher.inspector().bank().canExplain())
            out() << WatchCli::tr("Note: flagged images get no explanation: %1")
                         .arg(watcher.inspector().bank().explainUnavailableReason())
                  << Qt::endl;
        out() << WatchCli::tr("Watching %1 (%2 images already done). Ctrl-C stops.")
                     .arg(QFileInfo(watchOptions.inputFolder).absoluteFilePath())
                     .arg(watcher.stats().alreadyDone)
              << Qt::endl;

        Progress progress;
        CancelOnInterrupt interrupt(progress);
        // Set on the recording thread, read on this one.
        using Clock = std::chrono::steady_clock;
        std::atomic<Clock::rep> lastActivity{Clock::now().time_since_epoch().count()};
        line::LineCallbacks callbacks;
        callbacks.item = [&](const line::LineItem &item, const line::LineStats &stats) {
            lastActivity = Clock::now().time_since_epoch().count();
            if (!parser.isSet(options.quiet) || item.unreadable)
                out() << itemLine(item, stats) << Qt::endl;
            if (stopAfter > 0 && stats.inspected + stats.unreadable >= stopAfter)
                progress.cancel();
        };
        callbacks.idle = [&](const line::LineStats &) {
            const Clock::time_point last{Clock::duration(lastActivity.load())};
            if (idleSeconds > 0 && Clock::now() - last >= std::chrono::seconds(idleSeconds))
                progress.cancel();
        };
        callbacks.notice = [](const QString &text) { out() << text << Qt::endl; };
        callbacks.drift = [&](line::DriftTransition transition, const line::DriftStatus &status) {
            out() << (transition == line::DriftTransition::WarningRaised
                          ? WatchCli::tr("DRIFT WARNING raised. %1")
                          : WatchCli::tr("Drift warning cleared. %1"))
                         .arg(line::driftStatusLine(status, watchOptions.drift))
                  << Qt::endl;
        };
        watcher.run(progress, callbacks);

        out() << summary(watcher.stats()) << "\n"
              << line::driftStatusLine(watcher.stats().drift, watchOptions.drift)
              << Qt::endl;
        if (project.active() && watcher.batchId() > 0)
            out() << WatchCli::tr("Recorded in the project %1: inspection batch %2")
                         .arg(project.project().folder())
                         .arg(watcher.batchId())
                  << Qt::endl;
        if (CancelOnInterrupt::interrupted())
            project.setReason(WatchCli::tr("stopped by a signal after %1 images")
                                  .arg(watcher.stats().inspected));
        return cli_exit::ok;
    });
}
