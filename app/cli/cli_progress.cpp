#include "cli_progress.h"

#include "cli_output.h"

#include <QCoreApplication>

#include <cmath>
#include <cstdio>
#include <memory>
#include <unistd.h>

namespace {
bool g_barOpen = false; // a bar without its newline is on the terminal

QString amount(qint64 n, ProgressUnit unit)
{
    if (unit == ProgressUnit::Count)
        return QString::number(n);
    return QCoreApplication::translate("cli", "%1 MB").arg(double(n) / 1e6, 0, 'f', 1);
}

QString doneText(const nexvitad::ProgressUpdate &u, ProgressUnit unit)
{
    if (u.total > 0)
        return QCoreApplication::translate("cli", "%1 of %2")
            .arg(amount(u.done, unit), amount(u.total, unit));
    return amount(u.done, unit);
}
} // namespace

nexvitad::Progress::Callback consoleProgress(ProgressUnit unit)
{
    struct State
    {
        bool tty = ::isatty(::fileno(stderr)) == 1;
        QString stage;
        int decile = -1;
    };
    auto state = std::make_shared<State>();
    return [state, unit](const nexvitad::ProgressUpdate &update) {
        // Every line carries a label, also for work that set no stage.
        nexvitad::ProgressUpdate u = update;
        if (u.stage.isEmpty())
            u.stage = QCoreApplication::translate("cli", "Working");
        const int percent = u.total > 0 ? int(std::lround(100.0 * u.done / u.total)) : -1;
        const int decile = percent < 0 ? -1 : percent / 10;
        const bool newStage = u.stage != state->stage;
        if (state->tty) {
            if (newStage && g_barOpen)
                err() << "\n";
            constexpr int width = 30;
            const int filled = percent < 0 ? 0 : percent * width / 100;
            err() << "\r" << u.stage << " [" << QString(filled, QLatin1Char('#'))
                  << QString(width - filled, QLatin1Char('.')) << "] "
                  << (percent < 0 ? QStringLiteral("  ?") : QStringLiteral("%1%").arg(percent, 3))
                  << "  " << doneText(u, unit) << "   " << Qt::flush;
            g_barOpen = true;
        } else if (newStage || decile > state->decile) {
            err() << u.stage << ": "
                  << (percent < 0 ? QString() : QStringLiteral("%1% ").arg(percent))
                  << doneText(u, unit) << Qt::endl;
        }
        if (newStage || decile > state->decile) {
            state->stage = u.stage;
            state->decile = decile;
        }
        return true;
    };
}

void endConsoleProgress()
{
    if (g_barOpen)
        err() << Qt::endl;
    g_barOpen = false;
}
