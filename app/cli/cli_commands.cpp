#include "cli_command.h"

#include <QCoreApplication>

int runDoctor(const QStringList &args);
int runSynth(const QStringList &args);
int runDataset(const QStringList &args);
int runWeights(const QStringList &args);

const std::vector<CliCommand> &cliCommands()
{
    static const std::vector<CliCommand> commands = {
        {"doctor", QT_TRANSLATE_NOOP("cli", "Check this machine: versions, devices, threads, "
                                            "BLAS speed, backbone weights"),
         &runDoctor},
        {"synth", QT_TRANSLATE_NOOP("cli", "Write the synthetic demo dataset (MVTec layout, with "
                                           "masks)"),
         &runSynth},
        {"dataset", QT_TRANSLATE_NOOP("cli", "Datasets: inspect DIR (classes, counts, problems)"),
         &runDataset},
        {"weights", QT_TRANSLATE_NOOP("cli", "Backbone weights: list, download NAME, import FILE"),
         &runWeights},
    };
    return commands;
}
