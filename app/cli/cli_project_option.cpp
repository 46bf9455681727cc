#include "cli_project_option.h"

#include "cli_command.h"
#include "cli_output.h"

#include "common/error.h"
#include "store/job_records.h"

#include <QCoreApplication>

using namespace nexvitad;

ProjectOption::ProjectOption()
    : m_option(QStringLiteral("project"),
               QCoreApplication::translate("cli", "Record this run in the project in <folder>."),
               QStringLiteral("folder"))
{
}

ProjectOption::~ProjectOption()
{
    if (m_jobId != 0)
        finish(cli_exit::failure);
}

void ProjectOption::addTo(QCommandLineParser &parser) const
{
    parser.addOption(m_option);
}

void ProjectOption::begin(const QCommandLineParser &parser, const QString &kind,
                          const QStringList &args)
{
    if (!parser.isSet(m_option))
        return;
    m_project = store::Project::open(parser.value(m_option), store::OpenMode::ReadWrite);
    const QSqlDatabase db = m_project->database();
    m_jobId = store::createJob(db, kind, args.join(QLatin1Char(' ')));
    store::transitionJob(db, m_jobId, store::JobStatus::Running);
}

void ProjectOption::setProgress(double fraction) const
{
    if (m_jobId != 0)
        store::setJobProgress(m_project->database(), m_jobId, fraction);
}

int ProjectOption::finish(int exitCode)
{
    if (m_jobId == 0)
        return exitCode;
    const qint64 jobId = std::exchange(m_jobId, 0);
    const store::JobStatus status = exitCode == cli_exit::ok ? store::JobStatus::Completed
                                    : exitCode == cli_exit::canceled ? store::JobStatus::Canceled
                                                                     : store::JobStatus::Failed;
    const QString reason = status == store::JobStatus::Failed
                               ? QStringLiteral("exit code %1").arg(exitCode)
                               : QString();
    const int code = guarded([&] {
        store::transitionJob(m_project->database(), jobId, status, reason);
        return cli_exit::ok;
    });
    return exitCode != cli_exit::ok ? exitCode : code;
}
