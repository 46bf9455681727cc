#include "protocol/protocol_files.h"

#include "infer/inspector.h"
#include "io/atomic_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace nexvitad::protocol {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProtocolFiles)
};

QJsonValue number(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject metricsJson(const MetricValues &values)
{
    QJsonObject o;
    for (const auto &[name, value] : values)
        o[name] = number(value);
    return o;
}

} // namespace

QJsonObject runOutcomeJson(const RunOutcome &run)
{
    QJsonArray classes;
    for (const ClassOutcome &c : run.classes)
        classes.append(QJsonObject{{QStringLiteral("class"), c.className},
                                   {QStringLiteral("test_images"), c.testImages},
                                   {QStringLiteral("metrics"), metricsJson(c.metrics)}});
    QJsonObject undefined;
    for (const auto &[name, count] : run.undefinedClasses)
        undefined[name] = count;
    return {{QStringLiteral("split"), run.split},
            {QStringLiteral("run"), run.run},
            {QStringLiteral("seed"), QString::number(run.seed)}, // 64-bit: a string
            {QStringLiteral("source"), QJsonArray::fromStringList(run.sourceClasses)},
            {QStringLiteral("target"), QJsonArray::fromStringList(run.targetClasses)},
            {QStringLiteral("run_dir"), run.runDir},
            {QStringLiteral("reused"), run.reused},
            {QStringLiteral("classes"), classes},
            {QStringLiteral("metrics"), metricsJson(run.metrics)},
            {QStringLiteral("undefined_classes"), undefined}};
}

namespace {

MetricValues metricsFromJson(const QJsonObject &o)
{
    MetricValues values;
    for (auto it = o.begin(); it != o.end(); ++it)
        values[it.key()] = it->isDouble() ? std::optional<double>(it->toDouble()) : std::nullopt;
    return values;
}

QStringList strings(const QJsonValue &v)
{
    QStringList list;
    for (const QJsonValue &s : v.toArray())
        list << s.toString();
    return list;
}

} // namespace

RunOutcome runOutcomeFromJson(const QJsonObject &o)
{
    RunOutcome run;
    run.split = o.value(QStringLiteral("split")).toString();
    run.run = o.value(QStringLiteral("run")).toInt();
    run.seed = o.value(QStringLiteral("seed")).toString().toULongLong();
    run.sourceClasses = strings(o.value(QStringLiteral("source")));
    run.targetClasses = strings(o.value(QStringLiteral("target")));
    run.runDir = o.value(QStringLiteral("run_dir")).toString();
    run.reused = o.value(QStringLiteral("reused")).toBool();
    for (const QJsonValue &c : o.value(QStringLiteral("classes")).toArray()) {
        const QJsonObject co = c.toObject();
        run.classes.push_back({co.value(QStringLiteral("class")).toString(),
                               metricsFromJson(co.value(QStringLiteral("metrics")).toObject()),
                               co.value(QStringLiteral("test_images")).toInt()});
    }
    run.metrics = metricsFromJson(o.value(QStringLiteral("metrics")).toObject());
    const QJsonObject undefined = o.value(QStringLiteral("undefined_classes")).toObject();
    for (auto it = undefined.begin(); it != undefined.end(); ++it)
        run.undefinedClasses[it.key()] = it->toInt();
    return run;
}

namespace {

QJsonObject summaryJson(const SplitSummary &split)
{
    QJsonObject metrics;
    for (const auto &[name, s] : split.metrics)
        metrics[name] = QJsonObject{{QStringLiteral("mean"), number(s.mean)},
                                    {QStringLiteral("std"), number(s.std)},
                                    {QStringLiteral("best"), number(s.best)},
                                    {QStringLiteral("runs"), s.runs},
                                    {QStringLiteral("undefined_runs"), s.undefinedRuns}};
    return {{QStringLiteral("split"), split.split}, {QStringLiteral("metrics"), metrics}};
}

QString csvNumber(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 10) : QString();
}

QString percent(const std::optional<double> &v)
{
    return v ? QString::number(*v * 100.0, 'f', 2) : QStringLiteral("n/a");
}

} // namespace

QJsonObject protocolJson(const ProtocolOptions &options, const ProtocolResult &result)
{
    QJsonArray runs, splits;
    for (const RunOutcome &run : result.runs)
        runs.append(runOutcomeJson(run));
    for (const SplitSummary &split : result.splits)
        splits.append(summaryJson(split));
    QJsonObject doc{{QStringLiteral("format"), QStringLiteral("nexvitad-protocol")},
                    {QStringLiteral("version"), 1},
                    {QStringLiteral("dataset"), options.manifest.root},
                    {QStringLiteral("manifest_hash"), options.manifest.hash()},
                    {QStringLiteral("splits"), QJsonArray::fromStringList(options.splits)},
                    {QStringLiteral("runs_per_split"), options.runs},
                    {QStringLiteral("seed"), QString::number(options.seed)},
                    {QStringLiteral("untrained_encoder"), options.untrained},
                    {QStringLiteral("untrained_backbone"), result.untrainedBackbone},
                    {QStringLiteral("inference"), infer::inferenceModeName(options.inference)},
                    {QStringLiteral("k"), options.k},
                    {QStringLiteral("bank_images"), options.bankImages},
                    {QStringLiteral("training_config"), options.config.toJson()},
                    {QStringLiteral("runs"), runs},
                    {QStringLiteral("summary"), splits}};
    return doc;
}

QString protocolCsv(const ProtocolResult &result)
{
    QStringList lines{QStringLiteral("split,metric,mean,std,best,runs")};
    for (const SplitSummary &split : result.splits)
        for (const QString &name : protocolMetricNames()) {
            const MetricSummary &s = split.metrics.at(name);
            lines << QStringList{split.split,       name,
                                 csvNumber(s.mean), csvNumber(s.std),
                                 csvNumber(s.best), QString::number(s.runs)}
                         .join(QLatin1Char(','));
        }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString protocolMarkdown(const ProtocolOptions &options, const ProtocolResult &result)
{
    QStringList lines{Text::tr("# NexViTAD protocol"), QString()};
    lines << Text::tr("Dataset %1; %2 runs per split, seeds %3..%4; inference %5, K = %6, "
                      "M = %7 good images per bank; %8.")
                 .arg(options.manifest.root)
                 .arg(options.runs)
                 .arg(options.seed)
                 .arg(options.seed + quint64(std::max(options.runs - 1, 0)))
                 .arg(infer::inferenceModeName(options.inference))
                 .arg(options.k)
                 .arg(options.bankImages)
                 .arg(options.untrained
                          ? Text::tr("untrained encoder (no training)")
                          : Text::tr("%1 epochs, mtl %2, pseudo_labels %3")
                                .arg(options.config.epochs)
                                .arg(options.config.mtl ? QStringLiteral("true")
                                                        : QStringLiteral("false"))
                                .arg(options.config.pseudoLabels ? QStringLiteral("true")
                                                                 : QStringLiteral("false")));
    if (result.untrainedBackbone)
        lines << QString()
              << Text::tr("**UNTRAINED BACKBONE (random weights)**: these numbers "
                          "demonstrate the pipeline, not the method.");
    for (const SplitSummary &split : result.splits) {
        int runs = 0;
        for (const RunOutcome &run : result.runs)
            runs += run.split == split.split ? 1 : 0;
        lines << QString() << Text::tr("## Split %1 (%n run(s))", nullptr, runs).arg(split.split)
              << QString() << Text::tr("| metric | mean | std | best | runs |")
              << QStringLiteral("|---|---|---|---|---|");
        for (const QString &name : protocolMetricNames()) {
            const MetricSummary &s = split.metrics.at(name);
            lines << QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
                         .arg(name, percent(s.mean), percent(s.std), percent(s.best))
                         .arg(s.runs);
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void writeProtocolFiles(const ProtocolOptions &options, ProtocolResult &result)
{
    const QDir out(options.outDir);
    result.jsonPath = out.filePath(QStringLiteral("protocol.json"));
    result.csvPath = out.filePath(QStringLiteral("protocol.csv"));
    result.markdownPath = out.filePath(QStringLiteral("protocol.md"));
    io::writeFileAtomically(result.jsonPath, QJsonDocument(protocolJson(options, result)).toJson());
    io::writeFileAtomically(result.csvPath, protocolCsv(result).toUtf8());
    io::writeFileAtomically(result.markdownPath, protocolMarkdown(options, result).toUtf8());
}

} // namespace nexvitad::protocol
