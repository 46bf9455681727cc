#include "cli_output.h"

#include "cli_command.h"
#include "common/error.h"

#include <QCoreApplication>
#include <cstdio>

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

namespace {
// QCommandLineParser's usage line names the executable as it was started (often a path);
// ours names the command as typed: "Usage: nexvitad-cli bank [options]". `args` starts
// with that name (CliCommand::run).
QString helpText(const QCommandLineParser &parser, const QStringList &args)
{
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype at = text.left(text.indexOf(QLatin1Char('\n'))).indexOf(program);
    if (!program.isEmpty() && !args.isEmpty() && at >= 0)
        text.replace(at, program.size(), args.constFirst());
    return text;
}
} // namespace

int parseOrExit(QCommandLineParser &parser, const QStringList &args)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("cli", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(args)) {
        err() << QCoreApplication::translate("cli", "nexvitad-cli: %1").arg(parser.errorText())
              << Qt::endl;
        return cli_exit::usage;
    }
    if (parser.isSet(help)) {
        out() << helpText(parser, args) << Qt::flush;
        return cli_exit::ok;
    }
    return -1;
}

int requireOptions(const QCommandLineParser &parser,
                   std::initializer_list<QCommandLineOption> required, const QString &command)
{
    for (const QCommandLineOption &option : required)
        if (!parser.isSet(option)) {
            err() << QCoreApplication::translate("cli", "nexvitad-cli %1: --%2 is required.")
                         .arg(command, option.names().constFirst())
                  << Qt::endl;
            return cli_exit::usage;
        }
    return -1;
}

int guarded(const std::function<int()> &body)
{
    try {
        return body();
    } catch (const nexvitad::Canceled &) {
        err() << QCoreApplication::translate("cli", "Canceled.") << Qt::endl;
        return cli_exit::canceled;
    } catch (const nexvitad::Error &e) {
        err() << QCoreApplication::translate("cli", "error: %1").arg(e.userText()) << Qt::endl;
        return cli_exit::failure;
    } catch (const std::exception &e) {
        err() << QCoreApplication::translate("cli", "internal error: %1")
                     .arg(QString::fromLocal8Bit(e.what()))
              << Qt::endl;
        return cli_exit::failure;
    }
}
