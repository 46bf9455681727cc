// nexvitad-cli: the command-line face of the engine. Dispatches to subcommands by name.

#include "cli_command.h"
#include "cli_output.h"
#include "cli_precision.h"

#include "common/logging.h"
#include "common/runtime.h"
#include "common/settings.h"
#include "common/translations.h"
#include "nexvitad/version.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

namespace {
// Commands that paint text (CliCommand::paints) get a QGuiApplication for Qt's font
// database. Every other command stays a QCoreApplication, so the CLI never needs a display
// or a platform plugin; painting ones use the offscreen platform unless the user chose one.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    bool paints = false;
    if (argc > 1) {
        QStringList args; // as CliCommand::run gets them; args[0] is only a placeholder here
        for (int i = 1; i < argc; ++i)
            args << QString::fromLocal8Bit(argv[i]);
        for (const CliCommand &c : cliCommands())
            if (args.constFirst() == QLatin1String(c.name))
                paints = c.paints && c.paints(args);
    }
    if (!paints)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

void printUsage(QTextStream &s)
{
    s << QCoreApplication::translate("cli", "Usage: nexvitad-cli <command> [options]") << "\n\n"
      << QCoreApplication::translate("cli", "Commands:") << "\n";
    for (const CliCommand &c : cliCommands())
        s << "  " << QString::fromLatin1(c.name).leftJustified(12) << " "
          << QCoreApplication::translate("cli", c.summary) << "\n";
    s << "\n"
      << QCoreApplication::translate("cli", "Global options:") << "\n"
      << "  --help, -h    " << QCoreApplication::translate("cli", "Show this help.") << "\n"
      << "  --version     " << QCoreApplication::translate("cli", "Show the version.") << "\n\n"
      << QCoreApplication::translate("cli", "Options of every command:") << "\n"
      << "  --precision fp32|bf16  "
      << QCoreApplication::translate("cli", "Number format of the backbones' and the training "
                                            "step's products (default: the setting, fp32). "
                                            "bf16 needs a CPU with AVX512_BF16 or a CUDA "
                                            "device.")
      << "\n\n"
      << QCoreApplication::translate("cli", "Run 'nexvitad-cli <command> --help' for a "
                                            "command's options.")
      << "\n";
    s.flush();
}
} // namespace

int main(int argc, char **argv)
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("NexViTAD"));
    QCoreApplication::setApplicationName(QStringLiteral("nexvitad-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NEXVITAD_VERSION));
    nexvitad::logging::installHandler();
    const nexvitad::Settings settings;
    nexvitad::translations::install(app.get(), settings.language());

    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        printUsage(err());
        return cli_exit::usage;
    }
    const QString name = args.at(1);
    if (name == QLatin1String("--help") || name == QLatin1String("-h")
        || name == QLatin1String("help")) {
        printUsage(out());
        return cli_exit::ok;
    }
    if (name == QLatin1String("--version") || name == QLatin1String("-v")) {
        out() << "nexvitad-cli " << NEXVITAD_VERSION << Qt::endl;
        return cli_exit::ok;
    }
    for (const CliCommand &c : cliCommands()) {
        if (name == QLatin1String(c.name)) {
            nexvitad::runtime::configureThreads(settings.threads());
            nexvitad::runtime::configureTensorCache(settings.tensorCacheMiB());
            QStringList sub = args.mid(1);
            sub[0] = QStringLiteral("nexvitad-cli ") + name;
            if (const int code = applyPrecisionOption(sub, settings); code >= 0)
                return code;
            return c.run(sub);
        }
    }
    err() << QCoreApplication::translate("cli", "nexvitad-cli: unknown command '%1'. Run "
                                                "'nexvitad-cli --help' for the list.")
                 .arg(name)
          << Qt::endl;
    return cli_exit::usage;
}
