// nexvitad-cli report: the PDF report of an inspection batch or an evaluation recorded in a
// project (docs/reports.md). The PDF goes to --out (the user's copy) and, as an artifact
// with a `reports` row, into the project.

#include "cli_command.h"
#include "cli_interrupt.h"
#include "cli_output.h"
#include "cli_progress.h"
#include "cli_project_option.h"
#include "common/error.h"
#include "common/progress.h"
#include "common/settings.h"
#include "project/latest_items.h"
#include "report/report_loader.h"
#include "report/report_record.h"
#include "report/report_text.h"
#include "report/report_writer.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <limits>

namespace {
struct ReportCli
{
    Q_DECLARE_TR_FUNCTIONS(ReportCli)
};

using namespace nexvitad;

constexpr qint64 kLatest = std::numeric_limits<qint64>::max();

// A positive id option or "latest" (kLatest); 0 when absent, -1 (message printed) when
// malformed.
qint64 idOption(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (!parser.isSet(option))
        return 0;
    if (parser.value(option) == QLatin1String("latest"))
        return kLatest;
    bool ok = false;
    const qint64 id = parser.value(option).toLongLong(&ok);
    if (ok && id > 0)
        return id;
    err() << ReportCli::tr("--%1 must be a positive id or \"latest\".").arg(option.names().first())
          << Qt::endl;
    return -1;
}

// The report language: --language, else the setting, else the system's.
QString reportLanguage(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (parser.isSet(option))
        return parser.value(option);
    const QString setting = Settings().language();
    return setting.isEmpty() ? QLocale::system().name() : setting;
}

// kLatest becomes `latest` (the project's newest batch or evaluation, 0 when it has none);
// `none` is the error when there is none.
qint64 resolveId(const store::Project &project, qint64 id, qint64 latest, const QString &none)
{
    if (id != kLatest)
        return id;
    if (latest == 0)
        throw Error(none, project.folder());
    return latest;
}

} // namespace

int runReport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ReportCli::tr(
        "Writes the PDF report of an inspection batch or an evaluation of the project: verdict "
        "summary, provenance (software, model and backbone weights with SHA-256, memory bank, "
        "thresholds and who set them, dataset manifest hash, seeds), metrics and charts, and "
        "the failed and review images. The report is also kept in the project."));
    const QCommandLineOption batch(
        QStringLiteral("inspection-batch"),
        ReportCli::tr("Report on this inspection batch (an id, or \"latest\")."),
        QStringLiteral("id"));
    const QCommandLineOption evaluation(
        QStringLiteral("evaluation"),
        ReportCli::tr("Report on this evaluation (an id, or \"latest\")."), QStringLiteral("id"));
    const QCommandLineOption outFile(QStringLiteral("out"), ReportCli::tr("The PDF file to write."),
                                     QStringLiteral("file"));
    const QCommandLineOption paper(QStringLiteral("paper"),
                                   ReportCli::tr("Page size: a4 (default) or letter."),
                                   QStringLiteral("size"), QStringLiteral("a4"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        ReportCli::tr("Language whose script the font must cover, e.g. zh_CN (default: the "
                      "language setting, else the system's)."),
        QStringLiteral("code"));
    const QCommandLineOption operatorName(
        QStringLiteral("operator"),
        ReportCli::tr("Operator shown on the cover (default: the setting)."),
        QStringLiteral("name"));
    parser.addOptions({batch, evaluation, outFile, paper, language, operatorName});
    ProjectOption project;
    project.addTo(parser);
    if (const int code = parseOrExit(parser, args); code >= 0)
        return code;

    const qint64 batchId = idOption(parser, batch);
    const qint64 evaluationId = idOption(parser, evaluation);
    report::ReportOptions options;
    if (batchId < 0 || evaluationId < 0)
        return cli_exit::usage;
    if ((batchId > 0) == (evaluationId > 0) || !parser.isSet(QStringLiteral("project")) ||
        !parser.isSet(outFile)) {
        err() << ReportCli::tr("Give --project DIR, --out FILE.pdf and one of --inspection-batch "
                               "ID or --evaluation ID.")
              << Qt::endl;
        return cli_exit::usage;
    }
    if (!report::parsePaperSize(parser.value(paper), &options.paper)) {
        err() << ReportCli::tr("--paper must be a4 or letter.") << Qt::endl;
        return cli_exit::usage;
    }
    options.language = reportLanguage(parser, language);
    options.operatorName =
        parser.isSet(operatorName) ? parser.value(operatorName) : Settings().operatorName();
    const QString target = QFileInfo(parser.value(outFile)).absoluteFilePath();

    return project.run(parser, QStringLiteral("report"), args, [&] {
        const store::Project &p = project.project();
        const report::ReportData data =
            batchId > 0
                ? report::loadBatchReport(
                      p, resolveId(p, batchId, project::latestBatchId(p),
                                   ReportCli::tr("The project holds no inspection batch yet.")))
                : report::loadEvaluationReport(
                      p, resolveId(p, evaluationId, project::latestEvaluationId(p),
                                   ReportCli::tr("The project holds no evaluation yet.")));
        const report::ReportOutcome outcome = withConsoleProgress(
            project.tracking(consoleProgress(ProgressUnit::Count)),
            [&](Progress &progress) { return report::writeReport(data, options, target, progress); });
        const qint64 reportId = report::recordReport(p, data, target);
        out() << ReportCli::tr("Wrote %1 (%2 pages, %3 KiB).")
                     .arg(QDir::toNativeSeparators(target))
                     .arg(outcome.pages)
                     .arg(double(outcome.bytes) / 1024.0, 0, 'f', 0)
              << "\n"
              << ReportCli::tr("Recorded in the project as report %1.").arg(reportId) << Qt::endl;
        return cli_exit::ok;
    });
}
