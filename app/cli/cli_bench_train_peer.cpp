#include "cli_bench_train_peer.h"

#include "backbones/weights_spec.h"
#include "cli_output.h"
#include "common/error.h"
#include "common/precision.h"
#include "common/runtime.h"
#include "train/step_bench.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
struct BenchTrainPeer
{
    Q_DECLARE_TR_FUNCTIONS(BenchTrainPeer)
};

using namespace nexvitad;

// The script is compiled into the CLI so an installed binary can run it too.
QString extractScript(const QString &workDir)
{
    const QString path = QDir(workDir).filePath(QStringLiteral("peer_train_step.py"));
    QFile::remove(path);
    if (!QFile::copy(QStringLiteral(":/peer/peer_train_step.py"), path))
        throw Error(BenchTrainPeer::tr("cannot write the PyTorch peer script"), path);
    return path;
}

std::vector<double> peerSeconds(const QString &python, const QString &script,
                                const QString &stepFile, const PeerComparisonOptions &o)
{
    const QString line = train::runPeerScript(
        python, script,
        {stepFile, QStringLiteral("--threads"), QString::number(runtime::threadCount()),
         QStringLiteral("--warmup"), QString::number(o.warmup), QStringLiteral("--steps"),
         QString::number(o.steps)},
        3600);
    std::vector<double> out;
    for (const auto &v : QJsonDocument::fromJson(line.toUtf8()).object().value(
             QStringLiteral("seconds")).toArray())
        out.push_back(v.toDouble());
    if (out.empty())
        throw Error(BenchTrainPeer::tr("unexpected output of the PyTorch peer: %1").arg(line),
                    script);
    return out;
}

QString secondsList(const std::vector<double> &perRound)
{
    QStringList parts;
    for (double s : perRound)
        parts << QString::number(s, 'f', 3);
    return parts.join(QStringLiteral(" / "));
}

} // namespace

void runPeerComparison(const train::TrainingConfig &config, const QString &modelsDir,
                       const QString &workDir, const PeerComparisonOptions &options)
{
    using backbones::Family;
    const auto &hiera = backbones::requireVariant(
        backbones::resolveWeightsSpec(config.hiera, Family::Hiera, modelsDir).variant,
        Family::Hiera);
    const auto &dino = backbones::requireVariant(
        backbones::resolveWeightsSpec(config.dinov2, Family::DinoV2, modelsDir).variant,
        Family::DinoV2);
    std::vector<int64_t> channels;
    for (int n = 0; n < 4; ++n)
        channels.push_back(hiera.hiera.stageDim(n));

    QString why;
    const QString python = options.peer ? train::findPythonWithTorch(&why) : QString();
    if (!options.peer)
        why = BenchTrainPeer::tr("--no-peer");
    const QString script = python.isEmpty() ? QString() : extractScript(workDir);
    out() << BenchTrainPeer::tr("Cached training step (loss, backward, Adam) against PyTorch: "
                                "%1 threads, batch %2, joint phase, median of %3 steps x %4 "
                                "rounds, ours and the peer back to back")
                 .arg(runtime::threadCount())
                 .arg(config.batchSize)
                 .arg(options.steps)
                 .arg(options.rounds)
          << Qt::endl;
    if (python.isEmpty())
        out() << BenchTrainPeer::tr("PyTorch peer skipped: %1").arg(why) << Qt::endl;
    // Under --precision bf16, every round also times our float32 step (the peer stays float32).
    const bool bf16 = runtime::precision() == Precision::BFloat16;

    for (int size : options.sizes) {
        train::TrainingConfig c = config;
        c.imageSize = size;
        train::StepBenchSetup setup =
            train::stepBenchSetup(c, channels, dino.dino.embedDim);
        setup.dinoPatch = dino.dino.patchSize;
        const QString stepFile = QDir(workDir).filePath(QStringLiteral("step_%1.safetensors").arg(size));
        train::writeStepFile(setup, stepFile);
        std::vector<double> ours, peer, oursRounds, peerRounds, fp32, fp32Rounds;
        for (int r = 0; r < options.rounds; ++r) {
            const auto o = train::timeCachedSteps(setup, options.warmup, options.steps);
            ours.insert(ours.end(), o.begin(), o.end());
            oursRounds.push_back(train::median(o));
            if (bf16) {
                // The same step in float32 in the same round: the speed-up of bf16 measured
                // under the same load (this machine's load changes a step's time tenfold).
                runtime::configurePrecision(Precision::Float32);
                const auto f = train::timeCachedSteps(setup, options.warmup, options.steps);
                runtime::configurePrecision(Precision::BFloat16);
                fp32.insert(fp32.end(), f.begin(), f.end());
                fp32Rounds.push_back(train::median(f));
            }
            if (!python.isEmpty()) {
                const auto p = peerSeconds(python, script, stepFile, options);
                peer.insert(peer.end(), p.begin(), p.end());
                peerRounds.push_back(train::median(p));
            }
        }
        const double oursMedian = train::median(ours);
        if (bf16)
            out() << BenchTrainPeer::tr("%1 px: ours in bf16 %2 s/step (rounds %3), in fp32 %4 "
                                        "s/step (rounds %5), bf16/fp32 %6")
                         .arg(size)
                         .arg(oursMedian, 0, 'f', 3)
                         .arg(secondsList(oursRounds))
                         .arg(train::median(fp32), 0, 'f', 3)
                         .arg(secondsList(fp32Rounds))
                         .arg(oursMedian / train::median(fp32), 0, 'f', 3)
                  << Qt::endl;
        if (python.isEmpty()) {
            out() << BenchTrainPeer::tr("%1 px: ours %2 s/step (rounds %3)")
                         .arg(size)
                         .arg(oursMedian, 0, 'f', 3)
                         .arg(secondsList(oursRounds))
                  << Qt::endl;
            continue;
        }
        const double peerMedian = train::median(peer);
        out() << BenchTrainPeer::tr("%1 px: ours %2 s/step (rounds %3), PyTorch %4 s/step "
                                    "(rounds %5), ratio ours/PyTorch %6 (target <= 0.8)")
                     .arg(size)
                     .arg(oursMedian, 0, 'f', 3)
                     .arg(secondsList(oursRounds))
                     .arg(peerMedian, 0, 'f', 3)
                     .arg(secondsList(peerRounds))
                     .arg(oursMedian / peerMedian, 0, 'f', 3)
              << Qt::endl;
    }
}
