#include "train/run_model_torch.h"

#include "common/error.h"
#include "train/checkpoint_torch.h"
#include "train/run_folder.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <torch/torch.h>

namespace nexvitad::train {

namespace {

struct RunModelText
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::train::RunModel)
};

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

} // namespace

model::ModelSpec modelSpecFor(const TrainingConfig &config, const FrozenBackbones &backbones,
                              int sourceClasses, int targetClasses)
{
    model::ModelSpec spec;
    spec.hieraChannels = backbones.hieraChannels();
    spec.dinoChannels = backbones.dinoChannels();
    spec.adapterReduction = config.adapterReduction;
    spec.decoderWidths.assign(config.decoderWidths.begin(), config.decoderWidths.end());
    spec.pseudoHidden.assign(config.pseudoHidden.begin(), config.pseudoHidden.end());
    spec.sourceClasses = sourceClasses;
    spec.targetClasses = targetClasses;
    spec.mtl = config.mtl;
    spec.pseudoLabels = config.pseudoLabels;
    return spec;
}

RunModel loadRunModel(const QString &runDir, const FrozenBackbones &backbones)
{
    const RunFolder folder(runDir);
    if (!QFile::exists(folder.configPath()))
        throw Error(RunModelText::tr("not a training run folder (no config.json)"), runDir);
    RunModel run;
    run.runDir = runDir;
    run.config = loadTrainingConfig(folder.configPath());

    QFile infoFile(folder.runInfoPath());
    if (!infoFile.open(QIODevice::ReadOnly))
        throw Error(RunModelText::tr("cannot read the run's description: %1")
                        .arg(infoFile.errorString()),
                    folder.runInfoPath());
    const QJsonObject info = QJsonDocument::fromJson(infoFile.readAll()).object();
    run.sourceClasses = stringList(info.value(QStringLiteral("source")));
    run.targetClasses = stringList(info.value(QStringLiteral("target")));
    if (run.targetClasses.isEmpty())
        throw Error(RunModelText::tr("the run's description names no target class"),
                    folder.runInfoPath());

    run.checkpoint = folder.latestCheckpoint();
    if (run.checkpoint.isEmpty())
        throw Error(RunModelText::tr("the run has no checkpoint yet (train at least one epoch)"),
                    runDir);
    run.model = model::TrainableModel(modelSpecFor(run.config, backbones,
                                                   int(run.sourceClasses.size()),
                                                   int(run.targetClasses.size())));
    run.epochsDone = loadCheckpointWeights(run.checkpoint, run.model).epochsDone;
    run.model->eval();
    return run;
}

} // namespace nexvitad::train
