#pragma once
// The CLI's subcommands, dispatched by name. Each lives in its own cmd_*.cpp and parses its
// own options with QCommandLineParser; this table is the only place that lists them.

#include <QStringList>

#include <vector>

struct CliCommand
{
    const char *name;
    const char *summary; // marked with QT_TRANSLATE_NOOP("cli", ...)
    // `args` starts with "nexvitad-cli <name>" so QCommandLineParser can use it as is.
    int (*run)(const QStringList &args);
    // Whether the command, given `args` (as for run), paints text (reports, explanation
    // pictures): Qt's font database then needs a QGuiApplication. Null: it never does.
    bool (*paints)(const QStringList &args) = nullptr;
};

const std::vector<CliCommand> &cliCommands();

// Exit codes shared by all subcommands.
namespace cli_exit {
constexpr int ok = 0;
constexpr int failure = 1;  // the command ran and failed (message printed)
constexpr int usage = 2;    // bad command line
constexpr int canceled = 130;
} // namespace cli_exit
