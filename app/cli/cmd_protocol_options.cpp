#include "cmd_protocol_options.h"

#include "cli_output.h"
#include "cli_values.h"
#include "common/error.h"
#include "common/settings.h"
#include "data/dataset_scan.h"
#include "protocol/protocol_records.h"

#include <QCoreApplication>
#include <QDir>

namespace {
struct ProtocolCli
{
    Q_DECLARE_TR_FUNCTIONS(ProtocolCli)
};
} // namespace

using namespace nexvitad;

ProtocolCommandOptions::ProtocolCommandOptions()
    : m_data(QStringLiteral("data"), ProtocolCli::tr("Dataset folder."), QStringLiteral("dir")),
      m_splits(QStringLiteral("splits"),
               ProtocolCli::tr("Splits, comma-separated, e.g. 11/1,10/2,9/3,8/4."),
               QStringLiteral("list")),
      m_runs(QStringLiteral("runs"), ProtocolCli::tr("Runs per split."), QStringLiteral("R")),
      m_out(QStringLiteral("out"), ProtocolCli::tr("Output folder."), QStringLiteral("dir")),
      m_seed(QStringLiteral("seed"), ProtocolCli::tr("Base seed; run r uses seed + r (default 0)."),
             QStringLiteral("n"), QStringLiteral("0")),
      m_k(QStringLiteral("k"), ProtocolCli::tr("Prototypes per layer (default 30)."),
          QStringLiteral("K"), QStringLiteral("30")),
      m_count(QStringLiteral("count"), ProtocolCli::tr("Good images per memory bank (default 10)."),
              QStringLiteral("M"), QStringLiteral("10")),
      m_inference(QStringLiteral("inference"), ProtocolCli::tr("memory_bank (default) or decoder."),
                  QStringLiteral("mode"), QStringLiteral("memory_bank")),
      m_untrained(QStringLiteral("untrained"),
                  ProtocolCli::tr("No training: banks on an untrained encoder (fast; "
                                  "demonstrations).")),
      m_engine(QStringLiteral("engine"),
               ProtocolCli::tr("local (default: every run here, one after the other) or slurm "
                               "(one Slurm job array, a task per split and run; needs --project; "
                               "docs/cluster.md)."),
               QStringLiteral("engine"), QStringLiteral("local")),
      m_partition(QStringLiteral("partition"),
                  ProtocolCli::tr("Slurm partition (default: the cluster's default)."),
                  QStringLiteral("name")),
      m_time(QStringLiteral("time"), ProtocolCli::tr("Slurm time limit per task, e.g. 2:00:00."),
             QStringLiteral("limit")),
      m_cpus(QStringLiteral("cpus-per-task"), ProtocolCli::tr("CPUs per Slurm task (default 1)."),
             QStringLiteral("n"), QStringLiteral("1")),
      m_memory(QStringLiteral("mem"), ProtocolCli::tr("Memory per Slurm task, e.g. 8G."),
               QStringLiteral("size")),
      m_sbatchArg(QStringLiteral("sbatch-arg"),
                  ProtocolCli::tr("One more sbatch option, as it is (repeatable), e.g. "
                                  "--sbatch-arg=--account=lab."),
                  QStringLiteral("option"))
{
}

void ProtocolCommandOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions(
        {m_data, m_splits, m_runs, m_out, m_seed, m_k, m_count, m_inference, m_untrained});
    m_device.addTo(parser);
    parser.addOptions({m_engine, m_partition, m_time, m_cpus, m_memory, m_sbatchArg});
    m_training.addTo(parser);
    project.addTo(parser);
}

int ProtocolCommandOptions::requireAll(const QCommandLineParser &parser) const
{
    return requireOptions(parser, {m_data, m_splits, m_runs, m_out}, QStringLiteral("protocol"));
}

bool ProtocolCommandOptions::slurmEngine(const QCommandLineParser &parser) const
{
    const QString engine = parser.value(m_engine);
    if (engine != QLatin1String("local") && engine != QLatin1String("slurm"))
        throw Error(ProtocolCli::tr("--engine must be local or slurm (got \"%1\")").arg(engine));
    return engine == QLatin1String("slurm");
}

cluster::SlurmOptions ProtocolCommandOptions::slurmOptions(const QCommandLineParser &parser) const
{
    cluster::SlurmOptions o;
    o.partition = parser.value(m_partition);
    o.timeLimit = parser.value(m_time);
    o.cpusPerTask =
        cli_values::integer(QStringLiteral("cpus-per-task"), parser.value(m_cpus), 1, 4096);
    o.memory = parser.value(m_memory);
    o.extraArguments = parser.values(m_sbatchArg);
    return o;
}

protocol::ProtocolOptions ProtocolCommandOptions::options(const QCommandLineParser &parser) const
{
    Settings settings;
    protocol::ProtocolOptions options;
    options.splits = cli_values::list(QStringLiteral("splits"), parser.value(m_splits));
    options.runs = cli_values::integer(QStringLiteral("runs"), parser.value(m_runs), 1, 1000);
    options.seed =
        quint64(cli_values::integer(QStringLiteral("seed"), parser.value(m_seed), 0, 1 << 30));
    options.outDir = QDir(parser.value(m_out)).absolutePath();
    options.untrained = parser.isSet(m_untrained);
    options.inference = infer::inferenceModeFromName(parser.value(m_inference));
    options.k = cli_values::integer(QStringLiteral("k"), parser.value(m_k), 1, 100000);
    options.bankImages =
        cli_values::integer(QStringLiteral("count"), parser.value(m_count), 1, 100000);
    options.modelsDir = settings.modelsDirectory();
    options.device = m_device.resolve(parser);
    options.config = m_training.preset(parser);
    m_training.applyOverrides(parser, options.config);
    return options;
}

data::Manifest scanProtocolDataset(const QString &folder)
{
    data::Manifest manifest = data::scanDataset(folder, data::ScanOptions{}, Progress::none());
    if (!manifest.usable())
        throw Error(ProtocolCli::tr("the dataset holds no usable image"), folder);
    return manifest;
}

protocol::ProtocolOptions optionsOfPlan(const protocol::PlanRecord &plan)
{
    if (!QDir::setCurrent(plan.workingDir))
        throw Error(ProtocolCli::tr("the protocol plan's working folder is not visible here: "
                                    "every node must see the same folders at the same paths"),
                    plan.workingDir);
    QCommandLineParser parser;
    const ProtocolCommandOptions command;
    command.addTo(parser);
    if (!parser.parse(QStringList{QStringLiteral("nexvitad-cli protocol")} + plan.arguments))
        throw Error(ProtocolCli::tr("the protocol plan's command line cannot be read: %1")
                        .arg(parser.errorText()));
    protocol::ProtocolOptions options = command.options(parser);
    options.manifest = scanProtocolDataset(command.dataFolder(parser));
    if (options.manifest.hash() != plan.manifestHash)
        throw Error(ProtocolCli::tr("the dataset changed since the protocol was planned; plan it "
                                    "again"),
                    options.manifest.root);
    protocol::planRuns(options); // the same checks (and the output folder) as the plan had
    return options;
}
