// nexvitad-cli weights list | download NAME | import FILE: the backbone weights in the
// models directory. download and import take --project: the run becomes a job there, and
// weights actually installed get an audit entry (models trained later depend on them).

#include "cli_command.h"
#include "cli_output.h"
#include "cli_progress.h"
#include "cli_project_option.h"

#include "backbones/model_registry.h"
#include "backbones/weights_download.h"
#include "backbones/weights_import.h"
#include "common/error.h"
#include "common/settings.h"
#include "store/audit_log.h"

#include <QCoreApplication>

namespace {
struct Weights
{
    Q_DECLARE_TR_FUNCTIONS(WeightsCli)
};

using namespace nexvitad::backbones;

QString megabytes(qint64 bytes)
{
    return Weights::tr("%1 MB").arg(double(bytes) / 1e6, 0, 'f', 1);
}

// The audit entry for weights installed into the models folder (`action`:
// "weights.downloaded" or "weights.imported").
void auditInstalled(const ProjectOption &project, const QString &action, const QString &name,
                    const QString &path, const QString &sha256, qint64 bytes)
{
    if (!project.active())
        return;
    nexvitad::store::appendAudit(project.project().database(),
                                 nexvitad::Settings().operatorName(), action,
                                 QStringLiteral("backbone_weights"), 0,
                                 {{QStringLiteral("name"), name},
                                  {QStringLiteral("file"), path},
                                  {QStringLiteral("sha256"), sha256},
                                  {QStringLiteral("bytes"), bytes},
                                  {QStringLiteral("job_id"), project.jobId()}});
}

int runList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Weights::tr("Lists the known backbone models and whether their weights are present "
                    "(the file exists and is a valid checkpoint of the model's architecture)."));
    if (const int code = parseOrExit(parser, args); code >= 0)
        return code;
    return guarded([] {
        const QString dir = nexvitad::Settings().modelsDirectory();
        out() << Weights::tr("Models folder: %1").arg(dir) << "\n";
        for (const KnownModel &m : knownModels()) {
            const WeightsStatus s = weightsStatus(m, dir);
            QString state;
            QString size;
            if (s.valid) {
                state = Weights::tr("present");
                size = megabytes(s.bytes);
            } else if (s.exists) {
                state = Weights::tr("invalid");
                size = megabytes(s.bytes);
            } else {
                state = s.partialBytes > 0 ? Weights::tr("partial") : Weights::tr("missing");
                // Backbone parameters x 4 bytes: close to the download size, not exact.
                size = QStringLiteral("~") + megabytes(4 * backboneParameterCount(m.variant));
            }
            out() << m.name.leftJustified(40) << " " << familyName(m.family).leftJustified(7)
                  << " " << state.leftJustified(8) << " " << size.rightJustified(10) << "  "
                  << s.path << "\n";
            if (s.exists && !s.valid)
                out() << "    " << s.problem << "\n";
            if (!s.exists && s.partialBytes > 0)
                out() << "    " << Weights::tr("%1 downloaded; 'weights download %2' resumes.")
                                       .arg(megabytes(s.partialBytes), m.name)
                      << "\n";
        }
        // No invented values: say which models have no recorded digest, and what a download
        // is then checked against.
        QStringList unrecorded;
        for (const KnownModel &m : knownModels())
            if (m.sha256.isEmpty())
                unrecorded << m.name;
        if (!unrecorded.isEmpty())
            out() << "\n"
                  << Weights::tr("No SHA-256 or exact size is recorded yet for %1 of these %2 "
                                 "models (%3): a download of them is checked only against the "
                                 "hash the server declares ('weights download' prints the "
                                 "installed file's size and SHA-256). docs/weights.md says how "
                                 "to record them.")
                         .arg(unrecorded.size())
                         .arg(knownModels().size())
                         .arg(unrecorded.join(QStringLiteral(", ")))
                  << "\n";
        out().flush();
        return cli_exit::ok;
    });
}

int runDownload(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Weights::tr("Downloads a known model's weights into the models folder (resuming an "
                    "interrupted download), verifies them and installs them. Ctrl-C stops and "
                    "keeps the partial file for the next attempt. With --project the run is "
                    "recorded there as a job, and an installed file in the audit log."));
    parser.addPositionalArgument(QStringLiteral("name"), Weights::tr("A name from 'weights list'."));
    const QCommandLineOption baseUrl(
        QStringLiteral("base-url"),
        Weights::tr("Download from a mirror with the Hugging Face layout: "
                    "URL/<name>/resolve/main/model.safetensors (default: the environment "
                    "variable NEXVITAD_WEIGHTS_BASE_URL, else huggingface.co)."),
        QStringLiteral("url"));
    parser.addOption(baseUrl);
    ProjectOption project;
    project.addTo(parser);
    if (const int code = parseOrExit(parser, args); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        err() << Weights::tr("nexvitad-cli weights download: give exactly one model name.")
              << Qt::endl;
        return cli_exit::usage;
    }
    return project.run(parser, QStringLiteral("weights download"), args, [&] {
        const QString name = parser.positionalArguments().constFirst();
        const KnownModel *model = findKnownModel(name);
        if (!model)
            throw nexvitad::Error(Weights::tr("Unknown model \"%1\". Run 'nexvitad-cli weights "
                                              "list' for the known names.")
                                      .arg(name));
        const QString dir = nexvitad::Settings().modelsDirectory();
        DownloadOptions options;
        options.baseUrl = parser.value(baseUrl);
        out() << Weights::tr("Downloading %1 from %2").arg(name, weightsDownloadUrl(*model, options))
              << Qt::endl;

        DownloadResult r;
        try {
            r = withConsoleProgress(project.tracking(consoleProgress(ProgressUnit::Bytes)),
                                    [&](nexvitad::Progress &progress) {
                                        return downloadWeights(*model, dir, progress, options);
                                    });
        } catch (const nexvitad::Canceled &) {
            err() << Weights::tr("The partial download is kept in %1; run the same command "
                                 "again to resume.")
                         .arg(partialWeightsPath(*model, dir))
                  << Qt::endl;
            throw;
        }
        if (r.alreadyPresent) {
            out() << Weights::tr("Already present: %1").arg(r.path) << Qt::endl;
            return cli_exit::ok;
        }
        auditInstalled(project, QStringLiteral("weights.downloaded"), name, r.path, r.sha256,
                       r.bytes);
        if (r.resumedFrom > 0)
            out() << Weights::tr("Resumed after %1.").arg(megabytes(r.resumedFrom)) << "\n";
        out() << Weights::tr("Installed %1 (%2 bytes)").arg(r.path).arg(r.bytes) << "\n"
              << Weights::tr("SHA-256: %1").arg(r.sha256) << Qt::endl;
        return cli_exit::ok;
    });
}

int runImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Weights::tr("Copies a local safetensors checkpoint into the models folder after checking "
                    "that it is a valid checkpoint of a known model's architecture. The file "
                    "itself is only read. With --project the run is recorded there as a job, "
                    "and the installed file in the audit log."));
    parser.addPositionalArgument(QStringLiteral("file"), Weights::tr("The .safetensors file."));
    const QCommandLineOption nameOption(
        QStringLiteral("name"),
        Weights::tr("The model the file holds (default: recognised from its keys and shapes)."),
        QStringLiteral("name"));
    parser.addOption(nameOption);
    ProjectOption project;
    project.addTo(parser);
    if (const int code = parseOrExit(parser, args); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        err() << Weights::tr("nexvitad-cli weights import: give exactly one file.") << Qt::endl;
        return cli_exit::usage;
    }
    return project.run(parser, QStringLiteral("weights import"), args, [&] {
        const QString dir = nexvitad::Settings().modelsDirectory();
        const ImportResult r = withConsoleProgress(
            project.tracking(consoleProgress(ProgressUnit::Bytes)), [&](nexvitad::Progress &progress) {
                return importWeights(parser.positionalArguments().constFirst(), dir,
                                     parser.value(nameOption), progress);
            });
        auditInstalled(project, QStringLiteral("weights.imported"), r.name, r.path, r.sha256,
                       r.bytes);
        out() << Weights::tr("Imported as %1: %2 (%3 bytes)").arg(r.name, r.path).arg(r.bytes)
              << "\n"
              << Weights::tr("SHA-256: %1").arg(r.sha256) << Qt::endl;
        return cli_exit::ok;
    });
}

void printUsage(QTextStream &s)
{
    s << Weights::tr("Usage: nexvitad-cli weights <list|download|import> [options]") << "\n\n"
      << "  list                            " << Weights::tr("Known models and which are present")
      << "\n"
      << "  download NAME [--base-url URL]  " << Weights::tr("Download, verify and install") << "\n"
      << "  import FILE [--name NAME]       " << Weights::tr("Validate and copy a local file")
      << "\n\n"
      << Weights::tr("download and import take --project DIR to record the run in a project.")
      << "\n"
      << Weights::tr("Run 'nexvitad-cli weights <action> --help' for details.") << Qt::endl;
}

} // namespace

int runWeights(const QStringList &args)
{
    const QString action = args.value(1);
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        printUsage(out());
        return cli_exit::ok;
    }
    QStringList sub = args.mid(1);
    if (!sub.isEmpty())
        sub[0] = args.constFirst() + QLatin1Char(' ') + action;
    if (action == QLatin1String("list"))
        return runList(sub);
    if (action == QLatin1String("download"))
        return runDownload(sub);
    if (action == QLatin1String("import"))
        return runImport(sub);
    if (!action.isEmpty())
        err() << Weights::tr("nexvitad-cli weights: unknown action '%1'.").arg(action) << "\n";
    printUsage(err());
    return cli_exit::usage;
}
