// nexvitad-cli project init|info|export|import|check: project folders from the shell.

#include "cli_command.h"
#include "cli_output.h"

#include "common/error.h"
#include "store/project.h"
#include "store/project_archive.h"
#include "store/project_check.h"
#include "store/project_summary.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace nexvitad;

namespace {
struct ProjectCmd
{
    Q_DECLARE_TR_FUNCTIONS(ProjectCmd)
};

void printOpenReport(const store::Project &project)
{
    const store::OpenReport &report = project.openReport();
    if (report.readOnly)
        err() << ProjectCmd::tr("note: %1").arg(report.readOnlyMessage) << "\n";
    if (report.migratedFrom >= 0)
        err() << ProjectCmd::tr("note: upgraded from schema version %1 (copy kept: %2)")
                     .arg(report.migratedFrom)
                     .arg(report.migrationBackup)
              << "\n";
    if (report.interruptedJobs > 0)
        err() << ProjectCmd::tr("note: %n interrupted job(s) marked failed", nullptr,
                                report.interruptedJobs)
              << "\n";
    if (report.removedFiles > 0)
        err() << ProjectCmd::tr("note: %n leftover file(s) removed from artifacts/", nullptr,
                                report.removedFiles)
              << "\n";
    err().flush();
}

int info(const store::Project &project)
{
    const store::ProjectSummary summary = store::summarizeProject(project.database());
    out() << ProjectCmd::tr("Project:   %1").arg(project.name()) << "\n"
          << ProjectCmd::tr("Folder:    %1").arg(project.folder()) << "\n"
          << ProjectCmd::tr("Schema:    version %1").arg(summary.schemaVersion) << "\n"
          << ProjectCmd::tr("Access:    %1")
                 .arg(project.isReadOnly() ? ProjectCmd::tr("read-only") : ProjectCmd::tr("read-write"))
          << "\n";
    for (auto it = summary.rows.cbegin(); it != summary.rows.cend(); ++it)
        out() << QStringLiteral("  %1 %2").arg(it.key().leftJustified(20)).arg(it.value()) << "\n";
    QStringList jobs;
    for (auto it = summary.jobsByStatus.cbegin(); it != summary.jobsByStatus.cend(); ++it)
        jobs << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    out() << ProjectCmd::tr("Jobs:      %1").arg(jobs.join(QStringLiteral(", "))) << Qt::endl;
    return cli_exit::ok;
}

int check(const store::Project &project)
{
    const store::CheckResult result = store::checkProject(project);
    for (const QString &problem : result.problems)
        err() << ProjectCmd::tr("problem: %1").arg(problem) << "\n";
    err().flush();
    if (!result.ok())
        return cli_exit::failure;
    out() << ProjectCmd::tr("OK: database intact, %n artifact(s) present and matching their "
                            "SHA-256.", nullptr, result.artifactsChecked)
          << Qt::endl;
    return cli_exit::ok;
}
} // namespace

int runProject(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ProjectCmd::tr("Project folders (database + artifacts).\n"
                       "  init DIR               create a new project\n"
                       "  info DIR               what the project holds\n"
                       "  check DIR              full integrity and artifact check\n"
                       "  export DIR ARCHIVE     write the project into one .tar file\n"
                       "  import ARCHIVE DIR     unpack an archive into a new folder"));
    parser.addPositionalArgument(QStringLiteral("action"), ProjectCmd::tr("init, info, check, export or import"));
    parser.addPositionalArgument(QStringLiteral("paths"), ProjectCmd::tr("folder and archive"),
                                 QStringLiteral("DIR [ARCHIVE]"));
    const QCommandLineOption nameOption(QStringLiteral("name"),
                                        ProjectCmd::tr("Project name for init (default: the folder's name)."),
                                        QStringLiteral("name"));
    const QCommandLineOption readOnlyOption(QStringLiteral("read-only"),
                                            ProjectCmd::tr("Open without changing anything (info, check, export)."));
    parser.addOption(nameOption);
    parser.addOption(readOnlyOption);
    if (const int code = parseOrExit(parser, args); code >= 0)
        return code;

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const int wanted = (action == QLatin1String("export") || action == QLatin1String("import")) ? 3 : 2;
    if (positional.size() != wanted) {
        err() << ProjectCmd::tr("nexvitad-cli project: expected %1; see --help")
                     .arg(wanted == 3 ? ProjectCmd::tr("%1 and two paths").arg(action)
                                      : ProjectCmd::tr("an action and a folder"))
              << Qt::endl;
        return cli_exit::usage;
    }
    const auto mode = parser.isSet(readOnlyOption) ? store::OpenMode::ReadOnly : store::OpenMode::Auto;

    return guarded([&] {
        if (action == QLatin1String("init")) {
            const QString name = parser.isSet(nameOption) ? parser.value(nameOption)
                                                          : QFileInfo(positional[1]).fileName();
            const store::Project project = store::Project::create(positional[1], name);
            out() << ProjectCmd::tr("Created project \"%1\" in %2").arg(name, project.folder()) << Qt::endl;
            return cli_exit::ok;
        }
        if (action == QLatin1String("import")) {
            const store::Project project = store::importProject(positional[1], positional[2]);
            printOpenReport(project);
            out() << ProjectCmd::tr("Imported project \"%1\" into %2").arg(project.name(), project.folder())
                  << Qt::endl;
            return cli_exit::ok;
        }
        if (action != QLatin1String("info") && action != QLatin1String("check")
            && action != QLatin1String("export")) {
            err() << ProjectCmd::tr("nexvitad-cli project: unknown action '%1'; see --help").arg(action)
                  << Qt::endl;
            return cli_exit::usage;
        }
        const store::Project project = store::Project::open(positional[1], mode);
        printOpenReport(project);
        if (action == QLatin1String("info"))
            return info(project);
        if (action == QLatin1String("check"))
            return check(project);
        const store::ArchiveSummary summary = store::exportProject(project, positional[2]);
        out() << ProjectCmd::tr("Exported %1 files (%2 MiB) to %3")
                     .arg(summary.files)
                     .arg(double(summary.bytes) / (1 << 20), 0, 'f', 1)
                     .arg(positional[2])
              << Qt::endl;
        return cli_exit::ok;
    });
}
