#pragma once
// `--project DIR` for CLI commands that record their work in a project: the command's run
// becomes a job row (running while it works, then completed, failed or canceled from its
// exit code), with its progress and, when it fails, the error as the reason. Typical use
// in a cmd_*.cpp:
//
//   ProjectOption project;
//   project.addTo(parser);
//   if (const int code = parseOrExit(parser, args); code >= 0) return code;
//   return project.run(parser, QStringLiteral("train"), args, [&] {
//       Progress progress(project.tracking(consoleProgress(ProgressUnit::Count)));
//       ... work; project.database() for rows, project.jobId() for references ...
//       return cli_exit::ok;
//   });
//
// The project is opened (and the job recorded) before the body runs, so a project that
// cannot be written (read-only folder, another program holding the write lock) stops the
// command with a clear error before any work.

#include "common/progress.h"
#include "project/dataset_registration.h"
#include "store/project.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <functional>
#include <optional>
#include <set>

class ProjectOption
{
public:
    ProjectOption();
    // A job still running when the command leaves (an exception escaped) is marked failed.
    ~ProjectOption();
    ProjectOption(const ProjectOption &) = delete;
    ProjectOption &operator=(const ProjectOption &) = delete;

    void addTo(QCommandLineParser &parser) const;

    // begin(), then `body` under guarded() (errors printed, Canceled -> 130), then finish().
    // The message of an error that ends the body becomes the failed job's reason.
    int run(const QCommandLineParser &parser, const QString &kind, const QStringList &args,
            const std::function<int()> &body);

    // When --project is given: opens the project read-write and records a running job of
    // `kind` whose command is `args` joined. Throws nexvitad::Error saying that nothing was
    // done (read-only project, database locked by another program, ...).
    void begin(const QCommandLineParser &parser, const QString &kind, const QStringList &args);

    bool active() const { return m_project.has_value(); }
    const nexvitad::store::Project &project() const { return *m_project; }
    qint64 jobId() const { return m_jobId; }
    void setProgress(double fraction) const;

    // `display` (usually consoleProgress) that also stores the fraction in the job's
    // progress column: at most once a second, so a fast loop does not turn into a stream
    // of database writes. A failed progress write is logged and ignored: progress is for
    // watching, and must never stop the work itself.
    nexvitad::Progress::Callback tracking(nexvitad::Progress::Callback display) const;

    // The dataset of `manifest` in the project (found or registered: the same folder
    // scanned by several commands is one row); only while active().
    nexvitad::project::DatasetRow recordDataset(const nexvitad::data::Manifest &manifest) const;
    // "Registered ... as dataset N" or "already holds ... (dataset N)", for the console.
    QString datasetText(const nexvitad::project::DatasetRow &row) const;

    // The job's reason: why it failed, or a note on a completed one (replaces the default,
    // the error message or "exit code N").
    void setReason(const QString &reason) { m_reason = reason; }
    // A non-zero exit code that still means the recorded work was done (dataset inspect:
    // "usable, some images left out" registers the dataset), so the job completes.
    void completesWith(int exitCode) { m_completingCodes.insert(exitCode); }

    // Ends the job from the command's exit code (0 completed, 130 canceled, else failed)
    // and returns the exit code to use.
    int finish(int exitCode);

private:
    QCommandLineOption m_option;
    std::optional<nexvitad::store::Project> m_project;
    qint64 m_jobId = 0;
    QString m_reason;
    std::set<int> m_completingCodes;
};
