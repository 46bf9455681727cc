#pragma once
// Console output for the CLI: UTF-8 streams and the common error printing.

#include <QCommandLineParser>
#include <QTextStream>
#include <initializer_list>

QTextStream &out();
QTextStream &err();

// Parses `args` with `parser` (which gets --help added). Returns -1 to go on, or the exit
// code to return at once (help printed: 0; bad options: 2 with the parser's message).
int parseOrExit(QCommandLineParser &parser, const QStringList &args);

// -1 when every option in `required` is set; else prints "nexvitad-cli <command>: --<name>
// is required." for the first missing one and returns the usage exit code.
int requireOptions(const QCommandLineParser &parser,
                   std::initializer_list<QCommandLineOption> required, const QString &command);

// Runs `body`, turning nexvitad::Error into a message on stderr and exit code 1, and
// nexvitad::Canceled into 130.
int guarded(const std::function<int()> &body);
