#include "cli_command.h"

#include <QCoreApplication>

int runDoctor(const QStringList &args);

const std::vector<CliCommand> &cliCommands()
{
    static const std::vector<CliCommand> commands = {
        {"doctor", QT_TRANSLATE_NOOP("cli", "Check this machine: versions, devices, threads, "
                                            "BLAS speed, backbone weights"),
         &runDoctor},
    };
    return commands;
}
