#pragma once
// The `protocol` command's options, shared by the command itself and by the cluster task
// (`protocol-task`), which re-parses the plan's stored command line with this very parser:
// both engines build their ProtocolOptions with one piece of code.

#include "cli_engine_options.h"
#include "cli_project_option.h"
#include "cli_training_options.h"
#include "cluster/slurm.h"
#include "protocol/protocol_runner.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

class ProtocolCommandOptions
{
public:
    ProtocolCommandOptions();
    void addTo(QCommandLineParser &parser) const; // every option, --project included

    // requireOptions for --data, --splits, --runs, --out: -1 when all are there.
    int requireAll(const QCommandLineParser &parser) const;
    bool slurmEngine(const QCommandLineParser &parser) const; // --engine (local|slurm)
    nexvitad::cluster::SlurmOptions slurmOptions(const QCommandLineParser &parser) const;
    QString dataFolder(const QCommandLineParser &parser) const { return parser.value(m_data); }

    // Everything but the manifest (see scanDataset), relative paths against the current folder.
    nexvitad::protocol::ProtocolOptions options(const QCommandLineParser &parser) const;

    ProjectOption project;

private:
    QCommandLineOption m_data, m_splits, m_runs, m_out, m_seed, m_k, m_count, m_inference,
        m_untrained;
    DeviceOption m_device;
    QCommandLineOption m_engine, m_partition, m_time, m_cpus, m_memory, m_sbatchArg;
    TrainingConfigOptions m_training;
};

// Scans the dataset of `folder` (throws when it holds no usable image).
nexvitad::data::Manifest scanProtocolDataset(const QString &folder);

namespace nexvitad::protocol {
struct PlanRecord;
}
// The options of a stored plan, built as the `protocol` command built them: its arguments
// re-parsed in its working folder, the dataset scanned again and checked against the plan's
// manifest hash (a task never runs on a changed dataset). Throws nexvitad::Error.
nexvitad::protocol::ProtocolOptions optionsOfPlan(const nexvitad::protocol::PlanRecord &plan);
