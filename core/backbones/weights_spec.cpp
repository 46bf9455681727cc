#include "backbones/weights_spec.h"

#include "backbones/model_registry.h"
#include "backbones/weights_check.h"
#include "common/error.h"
#include "io/safetensors.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace nexvitad::backbones {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::backbones::WeightsSpec)
};

const QLatin1String kRandomPrefix("random:");

QString familyText(Family family)
{
    return family == Family::Hiera ? QStringLiteral("Hiera") : QStringLiteral("DINOv2");
}

int problemCount(const KeyReport &r)
{
    return int(r.missing.size() + r.unexpected.size() + r.mismatched.size());
}

WeightsSource resolveRandom(const QString &spec, Family family)
{
    const QStringList parts = spec.mid(kRandomPrefix.size()).split(QLatin1Char(':'));
    if (parts.size() > 2 || parts.value(0).isEmpty())
        throw Error(Tr::tr("Malformed weights \"%1\": write random:<variant> or "
                           "random:<variant>:<seed>.")
                        .arg(spec));
    WeightsSource source;
    source.spec = spec;
    source.variant = requireVariant(parts.at(0), family).name;
    source.untrained = true;
    if (parts.size() == 2) {
        bool ok = false;
        source.seed = parts.at(1).toULongLong(&ok);
        if (!ok)
            throw Error(Tr::tr("Malformed weights \"%1\": the seed must be a non-negative "
                               "integer.")
                            .arg(spec));
    }
    return source;
}

} // namespace

QString WeightsSource::identity() const
{
    if (untrained)
        return QStringLiteral("random:%1:%2").arg(variant).arg(seed);
    return variant + QLatin1Char('@') + QFileInfo(path).absoluteFilePath();
}

QString recogniseVariant(const QString &path, Family family)
{
    const io::SafeTensorsFile file = io::SafeTensorsFile::open(path);
    QString closest;
    KeyReport closestReport;
    for (const QString &name : variantNames(family)) {
        const KeyReport report = compareKeys(file.header(), name);
        if (report.ok())
            return name;
        if (closest.isEmpty() || problemCount(report) < problemCount(closestReport)) {
            closest = name;
            closestReport = report;
        }
    }
    try {
        throwIfBad(closestReport, closest, path);
    } catch (const Error &e) {
        throw Error(Tr::tr("Not a %1 checkpoint of any known variant. The closest is %2: %3")
                        .arg(familyText(family), closest, e.message()),
                    path);
    }
    return closest; // unreachable: a non-ok report always throws
}

bool isRandomWeightsSpec(const QString &spec)
{
    return spec.trimmed().startsWith(kRandomPrefix);
}

QString variantNamedBy(const QString &spec)
{
    const QString trimmed = spec.trimmed();
    if (isRandomWeightsSpec(trimmed))
        return trimmed.mid(kRandomPrefix.size()).section(QLatin1Char(':'), 0, 0);
    if (trimmed.contains(QLatin1Char('/')) || trimmed.endsWith(QLatin1String(".safetensors")))
        return {};
    if (const KnownModel *model = findKnownModel(trimmed))
        return model->variant;
    return trimmed.section(QLatin1Char('.'), 0, 0); // "<variant>.<tag>" or a bare variant
}

WeightsSource resolveWeightsSpec(const QString &spec, Family family, const QString &modelsDir)
{
    const QString trimmed = spec.trimmed();
    if (trimmed.isEmpty())
        throw Error(Tr::tr("No %1 weights given.").arg(familyText(family)));
    if (isRandomWeightsSpec(trimmed))
        return resolveRandom(trimmed, family);

    WeightsSource source;
    source.spec = trimmed;
    if (const KnownModel *model = findKnownModel(trimmed)) {
        if (model->family != family)
            throw Error(Tr::tr("%1 is not a %2 model.").arg(trimmed, familyText(family)));
        source.registryName = model->name;
        source.variant = model->variant;
        source.path = localWeightsPath(*model, modelsDir);
        if (!QFileInfo(source.path).isFile())
            throw Error(Tr::tr("The weights %1 are not downloaded yet. Run: nexvitad-cli weights "
                               "download %1")
                            .arg(model->name),
                        source.path);
        validateWeightsFile(source.path, source.variant);
        return source;
    }
    if (!QFileInfo(trimmed).isFile()) {
        if (trimmed.endsWith(QLatin1String(".safetensors")) || trimmed.contains(QLatin1Char('/')))
            throw Error(Tr::tr("The weights file does not exist."), trimmed);
        throw Error(Tr::tr("\"%1\" is neither a known model, a .safetensors file nor "
                           "random:<variant>. Known variants: %2.")
                        .arg(trimmed, variantNames(family).join(QLatin1String(", "))));
    }
    source.path = trimmed;
    source.variant = recogniseVariant(trimmed, family);
    return source;
}

} // namespace nexvitad::backbones
