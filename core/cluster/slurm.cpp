#include "cluster/slurm.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>

namespace nexvitad::cluster {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Slurm)
};

// Long enough for a busy controller (Slurm's own MessageTimeout is 10 s by default and it
// retries once), short enough that a dead one is reported, not waited on.
constexpr int kCommandTimeoutMs = 30000;

QString findCommand(const QString &name)
{
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        throw Error(Text::tr("Slurm's %1 command is not installed or not on PATH (Debian: "
                             "apt-get install slurm-client; the cluster engine needs a Slurm "
                             "cluster)")
                        .arg(name));
    return path;
}

// Runs a Slurm command; returns its standard output. Throws with its error output when it
// fails or does not finish in time.
QString runCommand(const QString &name, const QStringList &arguments)
{
    QProcess process;
    process.start(findCommand(name), arguments);
    const QString shown = name + QLatin1Char(' ') +
                          arguments.join(QLatin1Char(' '));
    if (!process.waitForStarted(kCommandTimeoutMs))
        throw Error(Text::tr("cannot start %1: %2").arg(shown, process.errorString()));
    if (!process.waitForFinished(kCommandTimeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        throw Error(Text::tr("%1 did not answer within %2 s: is the Slurm controller "
                             "(slurmctld) reachable?")
                        .arg(shown)
                        .arg(kCommandTimeoutMs / 1000));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        throw Error(Text::tr("%1 failed: %2")
                        .arg(shown, QString::fromLocal8Bit(process.readAllStandardError())
                                        .trimmed()));
    return QString::fromLocal8Bit(process.readAllStandardOutput());
}

QString shellQuoted(const QString &s)
{
    QString quoted = s;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

void checkSlurm(const SlurmOptions &options)
{
    for (const char *name : {"sbatch", "squeue", "sinfo", "scancel"})
        findCommand(QString::fromLatin1(name));
    QString partitions;
    try {
        partitions = runCommand(QStringLiteral("sinfo"), {QStringLiteral("-h"),
                                                          QStringLiteral("-o"), QStringLiteral("%R")});
    } catch (const Error &e) {
        throw Error(Text::tr("the Slurm controller cannot be reached, nothing was submitted (%1)")
                        .arg(QString::fromUtf8(e.what())));
    }
    const QStringList known = partitions.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (known.isEmpty())
        throw Error(Text::tr("the Slurm cluster has no partition"));
    if (!options.partition.isEmpty() && !known.contains(options.partition))
        throw Error(Text::tr("the Slurm cluster has no partition \"%1\" (it has: %2)")
                        .arg(options.partition, known.join(QStringLiteral(", "))));
    if (options.cpusPerTask < 1)
        throw Error(Text::tr("the CPUs per task must be at least 1"));
}

QString arrayTaskLog(const QString &logFolder, const QString &arrayJob, int task)
{
    return QDir(logFolder).filePath(QStringLiteral("task-%1_%2.log").arg(arrayJob).arg(task));
}

QString submitArray(const SlurmOptions &options, const std::vector<int> &tasks,
                    const QString &jobName, const QStringList &command, const QString &logFolder)
{
    if (tasks.empty())
        throw Error(Text::tr("no task to submit"));
    if (!QDir().mkpath(logFolder))
        throw Error(Text::tr("cannot create the folder for the Slurm logs"), logFolder);
    QStringList indices;
    for (const int t : tasks)
        indices << QString::number(t);
    QStringList arguments{QStringLiteral("--parsable"),
                          QStringLiteral("--array=") + indices.join(QLatin1Char(',')),
                          QStringLiteral("--job-name=") + jobName,
                          QStringLiteral("--output=") +
                              QDir(logFolder).filePath(QStringLiteral("task-%A_%a.log")),
                          QStringLiteral("--cpus-per-task=%1").arg(options.cpusPerTask)};
    if (!options.partition.isEmpty())
        arguments << QStringLiteral("--partition=") + options.partition;
    if (!options.timeLimit.isEmpty())
        arguments << QStringLiteral("--time=") + options.timeLimit;
    if (!options.memory.isEmpty())
        arguments << QStringLiteral("--mem=") + options.memory;
    arguments << options.extraArguments;
    QStringList quoted;
    for (const QString &part : command)
        quoted << shellQuoted(part);
    // exec: Slurm's signals (scancel, time limit) reach the task itself.
    arguments << QStringLiteral("--wrap=exec %1 --task \"$SLURM_ARRAY_TASK_ID\"")
                     .arg(quoted.join(QLatin1Char(' ')));
    const QString out = runCommand(QStringLiteral("sbatch"), arguments).trimmed();
    // --parsable: "<job id>" or "<job id>;<cluster>".
    const QString id = out.section(QLatin1Char(';'), 0, 0);
    bool numeric = false;
    id.toLongLong(&numeric);
    if (!numeric)
        throw Error(Text::tr("sbatch answered something that is not a job id: %1").arg(out));
    return id;
}

std::map<std::pair<QString, int>, QString> queuedArrayTasks(const QStringList &arrayJobs)
{
    std::map<std::pair<QString, int>, QString> queued;
    if (arrayJobs.isEmpty())
        return queued;
    // --me, not -j: squeue refuses a job id it has already forgotten.
    const QString out =
        runCommand(QStringLiteral("squeue"), {QStringLiteral("--me"), QStringLiteral("-h"),
                                              QStringLiteral("-r"), QStringLiteral("-o"),
                                              QStringLiteral("%F|%K|%T")});
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList f = line.trimmed().split(QLatin1Char('|'));
        bool numeric = false;
        const int task = f.value(1).toInt(&numeric);
        if (f.size() == 3 && numeric && arrayJobs.contains(f[0]))
            queued[{f[0], task}] = f[2];
    }
    return queued;
}

std::map<std::pair<QString, int>, QString> accountedArrayTasks(const QStringList &arrayJobs)
{
    std::map<std::pair<QString, int>, QString> states;
    if (arrayJobs.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("sacct")).isEmpty())
        return states;
    QString out;
    try {
        out = runCommand(QStringLiteral("sacct"),
                         {QStringLiteral("-n"), QStringLiteral("-X"), QStringLiteral("-P"),
                          QStringLiteral("-o"), QStringLiteral("JobID,State"),
                          QStringLiteral("-j"), arrayJobs.join(QLatin1Char(','))});
    } catch (const Error &) {
        return states; // no accounting on this cluster
    }
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        // "12_3|CANCELLED by 0"; a later attempt of the same task comes later and wins.
        const QString id = line.section(QLatin1Char('|'), 0, 0);
        bool numeric = false;
        const int task = id.section(QLatin1Char('_'), 1, 1).toInt(&numeric);
        if (numeric)
            states[{id.section(QLatin1Char('_'), 0, 0), task}] =
                line.section(QLatin1Char('|'), 1).trimmed();
    }
    return states;
}

void cancelArrayTask(const QString &arrayJob, int task)
{
    runCommand(QStringLiteral("scancel"), {QStringLiteral("%1_%2").arg(arrayJob).arg(task)});
}

} // namespace nexvitad::cluster
