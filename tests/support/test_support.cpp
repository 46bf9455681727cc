#include "test_support.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <unistd.h>

namespace testsupport {

QString dataPath(const QString &relative)
{
    return QStringLiteral(NEXVITAD_TEST_DATA_DIR "/") + relative;
}

void isolateSettings()
{
    static QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.path() + QStringLiteral("/config")));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.path() + QStringLiteral("/data")));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home.path() + QStringLiteral("/cache")));
    qunsetenv("NEXVITAD_MODELS_DIR");
}

namespace {
void setCliEnvironment(QProcess &p, const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.remove(QStringLiteral("NEXVITAD_MODELS_DIR"));
    p.setProcessEnvironment(env);
}

ProcessResult finishCli(QProcess &p, int timeoutMs)
{
    ProcessResult r;
    if (!p.waitForStarted(30000))
        return r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
} // namespace

void startCli(QProcess &p, const QStringList &args, const QString &home)
{
    setCliEnvironment(p, home);
    p.start(QStringLiteral(NEXVITAD_CLI_PATH), args);
}

ProcessResult runCli(const QStringList &args, const QString &home, int timeoutMs)
{
    QProcess p;
    startCli(p, args, home);
    return finishCli(p, timeoutMs);
}

ProcessResult runCliUnprivileged(const QStringList &args, const QString &home, int timeoutMs)
{
    QProcess p;
    setCliEnvironment(p, home);
    // Ours would not be that user's to write (caches of libraries that use HOME).
    QProcessEnvironment env = p.processEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    p.setProcessEnvironment(env);
    if (::geteuid() == 0)
        p.start(QStringLiteral("setpriv"),
                QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                            QStringLiteral("--clear-groups"), QStringLiteral("--"),
                            QStringLiteral(NEXVITAD_CLI_PATH)}
                    + args);
    else
        p.start(QStringLiteral(NEXVITAD_CLI_PATH), args);
    return finishCli(p, timeoutMs);
}

} // namespace testsupport
