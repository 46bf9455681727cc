#pragma once
// Progress on the console for long CLI commands: a redrawn bar on a terminal, and one plain
// line per stage and per 10 % otherwise (logs, CI, tests), all on stderr so stdout stays
// parseable.

#include "cli_interrupt.h"
#include "common/progress.h"

enum class ProgressUnit { Count, Bytes };

// A Progress callback printing as described; it never cancels (it always returns true).
nexvitad::Progress::Callback consoleProgress(ProgressUnit unit);

// Finishes a bar line left open on a terminal; call once the job ended (success or not).
void endConsoleProgress();

// Runs `job(progress)` with `callback` (a console display, possibly wrapped, e.g. by
// ProjectOption::tracking) and Ctrl-C canceling it (the job then throws
// nexvitad::Canceled); the display is closed however the job ends.
template <typename Job>
auto withConsoleProgress(nexvitad::Progress::Callback callback, const Job &job)
{
    nexvitad::Progress progress(std::move(callback));
    struct Closer
    {
        ~Closer() { endConsoleProgress(); }
    } closer;
    CancelOnInterrupt interrupt(progress);
    return job(progress);
}

template <typename Job>
auto withConsoleProgress(ProgressUnit unit, const Job &job)
{
    return withConsoleProgress(consoleProgress(unit), job);
}
