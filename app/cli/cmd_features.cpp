// nexvitad-cli features: both frozen backbones on one input, written to a safetensors file
// that can be compared with timm tensor by tensor.

#include "cli_command.h"
#include "cli_engine_options.h"
#include "cli_interrupt.h"
#include "cli_output.h"
#include "cli_progress.h"
#include "cli_project_option.h"

#include "backbones/feature_extraction.h"
#include "common/progress.h"
#include "common/settings.h"

#include <QCoreApplication>

namespace {
struct Features
{
    Q_DECLARE_TR_FUNCTIONS(FeaturesCli)
};
} // namespace

int runFeatures(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Features::tr(
        "Runs Hiera and DINOv2 on one normalised input tensor (or one image) and writes "
        "stage1..stage4 (NCHW), dino_patch_tokens ([1, S/14, S/14, D]), dino_cls and input.\n"
        "Weights: a model name, a .safetensors file or random:<variant>[:seed].\n"
        "With --project the run is recorded there as a job."));
    const BackboneOptions backbones(BackboneOptions::Defaults::None);
    const QCommandLineOption input(QStringLiteral("input"),
                                   Features::tr("Safetensors file with a normalised tensor "
                                                "\"input\" [1, 3, S, S]."),
                                   Features::tr("FILE"));
    const QCommandLineOption image(QStringLiteral("image"),
                                   Features::tr("Image file (resized to --size, ImageNet "
                                                "normalisation)."),
                                   Features::tr("FILE"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  Features::tr("Image side, a multiple of 32 (default 224)."),
                                  Features::tr("S"));
    const QCommandLineOption output(QStringLiteral("out"), Features::tr("Output file."),
                                    Features::tr("FILE"));
    backbones.addTo(parser);
    parser.addOptions({input, image, size, output});
    ProjectOption project;
    project.addTo(parser);
    if (const int code = parseOrExit(parser, args); code >= 0)
        return code;
    if (!backbones.isSet(parser) || !parser.isSet(output) ||
        parser.isSet(input) == parser.isSet(image)) {
        err() << Features::tr("Give --hiera, --dinov2, --out and exactly one of --input and "
                              "--image.")
              << Qt::endl;
        return cli_exit::usage;
    }
    nexvitad::backbones::FeatureRequest request;
    request.hieraSpec = backbones.hiera(parser);
    request.dinoSpec = backbones.dinov2(parser);
    request.inputPath = parser.value(input);
    request.imagePath = parser.value(image);
    request.outPath = parser.value(output);
    request.modelsDir = nexvitad::Settings().modelsDirectory();
    if (parser.isSet(size)) {
        bool ok = false;
        request.size = parser.value(size).toInt(&ok);
        if (!ok || request.size < 32 || request.size % 32 != 0) {
            err() << Features::tr("--size must be a positive multiple of 32.") << Qt::endl;
            return cli_exit::usage;
        }
    }

    return project.run(parser, QStringLiteral("features"), args, [&] {
        nexvitad::Progress progress(project.tracking(consoleProgress(ProgressUnit::Count)));
        CancelOnInterrupt interrupt(progress);
        const auto report = nexvitad::backbones::extractFeatures(request, progress);
        endConsoleProgress();
        out() << Features::tr("Hiera:  %1 (%2)").arg(report.hiera.spec, report.hiera.variant) << "\n"
              << Features::tr("DINOv2: %1 (%2), input %3 px")
                     .arg(report.dino.spec, report.dino.variant)
                     .arg(report.dinoSize)
              << "\n";
        if (report.untrained())
            out() << Features::tr("Note: untrained backbone (random weights); these features "
                                  "mean nothing.")
                  << "\n";
        for (const QString &t : report.tensors)
            out() << "  " << t << "\n";
        out() << Features::tr("Written: %1").arg(request.outPath) << Qt::endl;
        return cli_exit::ok;
    });
}
