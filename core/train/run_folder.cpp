#include "train/run_folder.h"

#include "common/error.h"
#include "io/atomic_file.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

namespace nexvitad::train {
namespace {

struct Run
{
    Q_DECLARE_TR_FUNCTIONS(RunFolder)
};

const QRegularExpression &checkpointName()
{
    static const QRegularExpression re(QStringLiteral("^epoch_(\\d+)\\.pt$"));
    return re;
}

} // namespace

RunFolder::RunFolder(const QString &dir) : m_dir(QDir(dir).absolutePath()) {}

QString RunFolder::configPath() const
{
    return QDir(m_dir).filePath(QStringLiteral("config.json"));
}
QString RunFolder::runInfoPath() const
{
    return QDir(m_dir).filePath(QStringLiteral("run.json"));
}
QString RunFolder::checkpointsDir() const
{
    return QDir(m_dir).filePath(QStringLiteral("checkpoints"));
}
QString RunFolder::metricsPath() const
{
    return QDir(m_dir).filePath(QStringLiteral("metrics.jsonl"));
}
QString RunFolder::cacheDir() const
{
    return QDir(m_dir).filePath(QStringLiteral("cache"));
}
QString RunFolder::logPath() const
{
    return QDir(m_dir).filePath(QStringLiteral("train.log"));
}

QString RunFolder::checkpointPath(int epochsDone) const
{
    return QDir(checkpointsDir())
        .filePath(QStringLiteral("epoch_%1.pt").arg(epochsDone, 4, 10, QLatin1Char('0')));
}

bool RunFolder::holdsRun() const
{
    return QFile::exists(configPath()) || !latestCheckpoint().isEmpty();
}

QString RunFolder::latestCheckpoint() const
{
    int best = -1;
    QString path;
    for (const QString &name : QDir(checkpointsDir()).entryList(QDir::Files)) {
        const auto match = checkpointName().match(name);
        if (match.hasMatch() && match.captured(1).toInt() > best) {
            best = match.captured(1).toInt();
            path = QDir(checkpointsDir()).filePath(name);
        }
    }
    return path;
}

void RunFolder::check(bool resume, bool force) const
{
    const QFileInfo info(m_dir);
    if (info.exists() && !info.isDir())
        throw Error(Run::tr("the run folder is a file"), m_dir);
    if (resume) {
        if (latestCheckpoint().isEmpty())
            throw Error(Run::tr("nothing to resume: the run folder holds no checkpoint"), m_dir);
    } else if (holdsRun() && !force) {
        throw Error(Run::tr("the run folder already holds a run; resume it or replace it "
                            "with --force"),
                    m_dir);
    }
    QString existing = m_dir;
    while (!QFileInfo::exists(existing) && QFileInfo(existing).absolutePath() != existing)
        existing = QFileInfo(existing).absolutePath();
    if (!QFileInfo(existing).isDir() || !QFileInfo(existing).isWritable())
        throw Error(Run::tr("the run folder cannot be written"), existing);
}

void RunFolder::prepare(bool resume, bool force) const
{
    check(resume, force);
    if (!resume && holdsRun()) { // force
        QDir(checkpointsDir()).removeRecursively();
        for (const QString &file : {configPath(), runInfoPath(), metricsPath(), logPath()})
            QFile::remove(file);
    }
    for (const QString &dir : {m_dir, checkpointsDir(), cacheDir()})
        if (!QDir().mkpath(dir))
            throw Error(Run::tr("cannot create the folder"), dir);
    // Prove writability now rather than after the first epoch.
    io::writeFileAtomically(QDir(m_dir).filePath(QStringLiteral(".write-test")), QByteArray("ok"));
    QFile::remove(QDir(m_dir).filePath(QStringLiteral(".write-test")));
}

void RunFolder::removeCheckpointsExcept(const QString &keep) const
{
    for (const QString &name : QDir(checkpointsDir()).entryList(QDir::Files)) {
        const QString path = QDir(checkpointsDir()).filePath(name);
        if (checkpointName().match(name).hasMatch() && path != keep)
            QFile::remove(path);
    }
}

std::vector<QJsonObject> RunFolder::readMetrics() const
{
    std::vector<QJsonObject> out;
    QFile file(metricsPath());
    if (!file.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (doc.isObject())
            out.push_back(doc.object());
    }
    return out;
}

void RunFolder::writeMetrics(const std::vector<QJsonObject> &lines) const
{
    QByteArray bytes;
    for (const QJsonObject &o : lines)
        bytes += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    io::writeFileAtomically(metricsPath(), bytes);
}

void RunFolder::appendLog(const QString &line) const
{
    QFile file(logPath());
    if (!file.open(QIODevice::Append | QIODevice::Text))
        throw Error(Run::tr("cannot write the training log: %1").arg(file.errorString()),
                    logPath());
    file.write((QDateTime::currentDateTimeUtc().toString(Qt::ISODate) + QLatin1Char(' ') + line +
                QLatin1Char('\n'))
                   .toUtf8());
}

} // namespace nexvitad::train
