#pragma once
// Shared helpers for the Qt Test executables: fixture paths, isolated settings, running
// the CLI.

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

class QProcess;

namespace testsupport {

// tests/data/<relative>
QString dataPath(const QString &relative);

// Points QSettings and QStandardPaths at a fresh temporary folder for this process, so a
// test never reads or writes the user's real settings.
void isolateSettings();

struct ProcessResult
{
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
};

// Runs nexvitad-cli with `args`, with XDG folders inside `home` (isolated settings and
// models directory). Waits at most `timeoutMs`.
ProcessResult runCli(const QStringList &args, const QString &home, int timeoutMs = 300000);

// runCli as an unprivileged user (nobody, through setpriv) when the tests run as root, since
// root ignores permission bits; else as ourselves. `home` and every folder the CLI must
// reach have to be open to that user.
ProcessResult runCliUnprivileged(const QStringList &args, const QString &home,
                                 int timeoutMs = 120000);

// Starts nexvitad-cli as runCli does, for tests that talk to the running process (e.g.
// send it SIGINT).
void startCli(QProcess &process, const QStringList &args, const QString &home);

} // namespace testsupport
