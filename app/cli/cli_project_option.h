#pragma once
// `--project DIR` for CLI commands that record their work in a project: the command's run
// becomes a job row (running while it works, then completed, failed or canceled from its
// exit code). Typical use in a cmd_*.cpp:
//
//   ProjectOption project;
//   project.addTo(parser);
//   if (const int code = parseOrExit(parser, args); code >= 0) return code;
//   return project.finish(guarded([&] {
//       project.begin(parser, QStringLiteral("train"), args);   // opens, records the job
//       ... work; project.database() for rows, project.jobId() for references ...
//       return cli_exit::ok;
//   }));

#include "store/project.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

class ProjectOption
{
public:
    ProjectOption();
    // A job still running when the command leaves (an exception escaped) is marked failed.
    ~ProjectOption();
    ProjectOption(const ProjectOption &) = delete;
    ProjectOption &operator=(const ProjectOption &) = delete;

    void addTo(QCommandLineParser &parser) const;

    // When --project is given: opens the project read-write and records a running job of
    // `kind` whose command is `args` joined. Throws nexvitad::Error (e.g. read-only project).
    void begin(const QCommandLineParser &parser, const QString &kind, const QStringList &args);

    bool active() const { return m_project.has_value(); }
    const nexvitad::store::Project &project() const { return *m_project; }
    qint64 jobId() const { return m_jobId; }
    void setProgress(double fraction) const;

    // Ends the job from the command's exit code (0 completed, 130 canceled, else failed)
    // and returns the exit code to use.
    int finish(int exitCode);

private:
    QCommandLineOption m_option;
    std::optional<nexvitad::store::Project> m_project;
    qint64 m_jobId = 0;
};
