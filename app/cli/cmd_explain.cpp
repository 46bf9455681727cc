// nexvitad-cli explain: explanation by retrieval of a pixel or region of one image - the
// nearest normal patches of the bank per layer, as a side-by-side picture and JSON
// (docs/inference.md).

#include "cli_command.h"
#include "cli_engine_options.h"
#include "cli_output.h"
#include "cli_values.h"
#include "common/error.h"
#include "common/settings.h"
#include "data/image_decode.h"
#include "infer/bank_views.h"
#include "infer/inspector.h"
#include "io/atomic_file.h"
#include "render/explanation_picture.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace {
struct ExplainCli
{
    Q_DECLARE_TR_FUNCTIONS(ExplainCli)
};

using namespace nexvitad;

// "X,Y" (count 2) or "X,Y,W,H" (count 4) of non-negative integers (W, H positive).
QRect parseRect(const QString &option, const QString &value, int count)
{
    const QStringList parts = value.split(QLatin1Char(','));
    std::vector<int> v;
    for (const QString &p : parts) {
        bool ok = false;
        const int n = p.trimmed().toInt(&ok);
        if (!ok || n < 0)
            break;
        v.push_back(n);
    }
    if (int(v.size()) != count || int(parts.size()) != count || (count == 4 && (v[2] < 1 || v[3] < 1)))
        throw Error(count == 2 ? ExplainCli::tr("--%1 needs X,Y in the image's pixels.").arg(option)
                               : ExplainCli::tr("--%1 needs X,Y,W,H in the image's pixels (W and "
                                                "H at least 1).")
                                     .arg(option));
    return count == 2 ? QRect(v[0], v[1], 1, 1) : QRect(v[0], v[1], v[2], v[3]);
}

} // namespace

int runExplain(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ExplainCli::tr(
        "Explanation by retrieval: for a pixel (--at) or region (--region) of an image, the "
        "nearest normal patches of the memory bank per layer. Writes a side-by-side picture "
        "(the image's patch beside the bank's nearest patches) and, with --json, the "
        "explanation as JSON. Coordinates are in the image's own pixels."));
    parser.addPositionalArgument(QStringLiteral("image"), ExplainCli::tr("The image file."),
                                 QStringLiteral("IMAGE"));
    const QCommandLineOption bank(QStringLiteral("bank"), ExplainCli::tr("Memory bank file."),
                                  QStringLiteral("file"));
    const QCommandLineOption at(QStringLiteral("at"), ExplainCli::tr("The pixel X,Y."),
                                QStringLiteral("x,y"));
    const QCommandLineOption region(QStringLiteral("region"),
                                    ExplainCli::tr("The rectangle X,Y,W,H."),
                                    QStringLiteral("x,y,w,h"));
    const QCommandLineOption outPng(QStringLiteral("out"),
                                    ExplainCli::tr("Picture (PNG; default: IMAGE's name + "
                                                   ".explanation.png in the current folder)."),
                                    QStringLiteral("png"));
    const QCommandLineOption json(QStringLiteral("json"), ExplainCli::tr("Explanation as JSON."),
                                  QStringLiteral("file"));
    const QCommandLineOption neighbours(QStringLiteral("k"),
                                        ExplainCli::tr("Nearest patches per layer, from distinct "
                                                       "bank images (default 3)."),
                                        QStringLiteral("n"), QStringLiteral("3"));
    parser.addOptions({bank, at, region, outPng, json, neighbours});
    const DeviceOption device;
    device.addTo(parser);
    if (const int code = parseOrExit(parser, args); code >= 0)
        return code;
    if (!parser.isSet(bank) || parser.positionalArguments().size() != 1 ||
        parser.isSet(at) == parser.isSet(region)) {
        err() << ExplainCli::tr("Give --bank, one image and either --at or --region.") << Qt::endl;
        return cli_exit::usage;
    }

    return guarded([&] {
        const QString image = parser.positionalArguments().first();
        const QRect original = parser.isSet(at) ? parseRect(QStringLiteral("at"), parser.value(at), 2)
                                                : parseRect(QStringLiteral("region"),
                                                            parser.value(region), 4);
        const int k = cli_values::integer(QStringLiteral("k"), parser.value(neighbours), 1, 100);
        infer::InspectorOptions options;
        options.modelsDir = Settings().modelsDirectory();
        options.device = device.resolve(parser);
        infer::Inspector inspector(parser.value(bank), options);
        if (!inspector.bank().canExplain())
            throw Error(inspector.bank().explainUnavailableReason(), parser.value(bank));

        const cv::Mat rgb = data::readImageRgb8(QFile::encodeName(image).toStdString());
        if (!QRect(0, 0, rgb.cols, rgb.rows).intersects(original))
            throw Error(ExplainCli::tr("The point or region lies outside the %1 x %2 image.")
                            .arg(rgb.cols)
                            .arg(rgb.rows),
                        image);
        const int size = inspector.imageSize();
        const QRect mapRegion =
            infer::toMapRegion(original, QSize(rgb.cols, rgb.rows), size);
        const infer::Explanation e = inspector.explain(rgb, mapRegion, k);

        const QString pngPath = parser.isSet(outPng)
                                    ? parser.value(outPng)
                                    : QFileInfo(image).completeBaseName() +
                                          QStringLiteral(".explanation.png");
        const render::ExplanationImages images = render::explanationImages(
            e, data::resizeImage(rgb, size), infer::viewsOf(inspector.bank()));
        render::ExplanationStyle style;
        style.maxMatches = k;
        io::writeFileAtomically(pngPath, render::explanationPng(e, images, style));
        if (parser.isSet(json))
            io::writeFileAtomically(parser.value(json), QJsonDocument(e.toJson()).toJson());

        out() << render::explanationCaption() << ":" << Qt::endl;
        for (const infer::LayerExplanation &l : e.layers) {
            if (l.matches.empty())
                continue;
            const infer::PatchMatch &m = l.matches.front();
            out() << ExplainCli::tr("  layer %1: cell (%2, %3) -> %4, cell (%5, %6), distance %7")
                         .arg(l.stage)
                         .arg(l.queryCell.x())
                         .arg(l.queryCell.y())
                         .arg(m.name)
                         .arg(m.cell.x())
                         .arg(m.cell.y())
                         .arg(m.distance, 0, 'g', 5)
                  << Qt::endl;
        }
        out() << ExplainCli::tr("Picture: %1").arg(pngPath) << Qt::endl;
        return cli_exit::ok;
    });
}
