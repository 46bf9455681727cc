#include "cli_project_option.h"

#include "cli_command.h"
#include "cli_output.h"

#include "common/error.h"
#include "common/logging.h"
#include "store/job_records.h"
#include "store/recorded_job.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <chrono>
#include <mutex>

using namespace nexvitad;

namespace {
// The job's progress column is written at most this often.
constexpr std::chrono::seconds kProgressInterval{1};
} // namespace

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

int ProjectOption::run(const QCommandLineParser &parser, const QString &kind,
                       const QStringList &args, const std::function<int()> &body)
{
    return finish(guarded([&] {
        begin(parser, kind, args);
        try {
            return body();
        } catch (const Canceled &) {
            throw;
        } catch (const Error &e) {
            if (m_reason.isEmpty())
                m_reason = e.userText();
            throw;
        } catch (const std::exception &e) {
            if (m_reason.isEmpty())
                m_reason = QString::fromLocal8Bit(e.what());
            throw;
        }
    }));
}

void ProjectOption::begin(const QCommandLineParser &parser, const QString &kind,
                          const QStringList &args)
{
    if (!parser.isSet(m_option))
        return;
    const QString folder = parser.value(m_option);
    try {
        m_project = store::Project::open(folder, store::OpenMode::ReadWrite);
        // A job that cannot start is marked failed there, not left pending.
        m_jobId = store::startRecordedJob(m_project->database(), kind,
                                          args.join(QLatin1Char(' ')));
    } catch (const Error &e) {
        m_jobId = 0;
        m_project.reset();
        // SQLite's own words for a writer that did not finish within the busy timeout.
        const bool locked = e.message().contains(QLatin1String("database is locked"));
        throw Error(QCoreApplication::translate("cli", "Cannot record this run in the project "
                                                       "%1, so nothing was done: %2")
                        .arg(folder,
                             locked ? QCoreApplication::translate(
                                          "cli", "another program is writing to the project "
                                                 "and did not finish in time; try again when "
                                                 "it is done.")
                                    : e.userText()));
    }
}

void ProjectOption::setProgress(double fraction) const
{
    if (m_jobId != 0)
        store::setJobProgress(m_project->database(), m_jobId, fraction);
}

project::DatasetRow ProjectOption::recordDataset(const data::Manifest &manifest) const
{
    return project::findOrRegisterDataset(m_project->database(), manifest,
                                          QFileInfo(manifest.root).fileName());
}

QString ProjectOption::datasetText(const project::DatasetRow &row) const
{
    return row.added ? QCoreApplication::translate("cli", "Registered the dataset in the project "
                                                          "%1 as dataset %2.")
                           .arg(m_project->folder())
                           .arg(row.id)
                     : QCoreApplication::translate("cli", "The project %1 already holds this "
                                                          "dataset (dataset %2).")
                           .arg(m_project->folder())
                           .arg(row.id);
}

Progress::Callback ProjectOption::tracking(Progress::Callback display) const
{
    if (m_jobId == 0)
        return display;
    struct State
    {
        std::mutex mutex; // the engine may report from a worker thread
        std::optional<std::chrono::steady_clock::time_point> lastWrite;
        bool warned = false;
    };
    auto state = std::make_shared<State>();
    return [this, state, display = std::move(display)](const ProgressUpdate &u) {
        {
            const std::lock_guard lock(state->mutex);
            const auto now = std::chrono::steady_clock::now();
            if (!state->lastWrite || now - *state->lastWrite >= kProgressInterval) {
                state->lastWrite = now;
                try {
                    setProgress(u.fraction);
                } catch (const Error &e) {
                    if (!std::exchange(state->warned, true))
                        qCWarning(lcStore) << "cannot record the job's progress:" << e.userText();
                }
            }
        }
        return display ? display(u) : true;
    };
}

int ProjectOption::finish(int exitCode)
{
    if (m_jobId == 0)
        return exitCode;
    const qint64 jobId = std::exchange(m_jobId, 0);
    const store::JobStatus status =
        exitCode == cli_exit::ok || m_completingCodes.count(exitCode) ? store::JobStatus::Completed
        : exitCode == cli_exit::canceled                              ? store::JobStatus::Canceled
                                                                      : store::JobStatus::Failed;
    QString reason = m_reason;
    if (reason.isEmpty() && status == store::JobStatus::Failed)
        reason = QStringLiteral("exit code %1").arg(exitCode);
    const int code = guarded([&] {
        store::transitionJob(m_project->database(), jobId, status, reason);
        return cli_exit::ok;
    });
    return exitCode != cli_exit::ok ? exitCode : code;
}
