#include "backbones/weights_check.h"

#include "backbones/backbone_variants.h"
#include "common/error.h"
#include "io/safetensors.h"

#include <QCoreApplication>

namespace nexvitad::backbones {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::backbones::WeightsCheck)
};

using Shapes = QMap<QString, std::vector<qint64>>;

void addLinear(Shapes &s, const QString &prefix, qint64 out, qint64 in)
{
    s.insert(prefix + QLatin1String(".weight"), {out, in});
    s.insert(prefix + QLatin1String(".bias"), {out});
}

void addNorm(Shapes &s, const QString &prefix, qint64 dim)
{
    s.insert(prefix + QLatin1String(".weight"), {dim});
    s.insert(prefix + QLatin1String(".bias"), {dim});
}

Shapes hieraShapes(const HieraConfig &c)
{
    Shapes s;
    const qint64 grid = c.checkpointGrid();
    s.insert(QStringLiteral("pos_embed"), {1, grid * grid, c.embedDim});
    s.insert(QStringLiteral("patch_embed.proj.weight"),
             {c.embedDim, 3, c.patchKernel, c.patchKernel});
    s.insert(QStringLiteral("patch_embed.proj.bias"), {c.embedDim});
    int block = 0;
    int dim = c.embedDim;
    for (int stage = 0; stage < 4; ++stage) {
        for (int j = 0; j < c.stages[stage]; ++j, ++block) {
            const QString p = QStringLiteral("blocks.%1.").arg(block);
            const int dimOut = c.stageDim(stage);
            addNorm(s, p + QLatin1String("norm1"), dim);
            if (dimOut != dim)
                addLinear(s, p + QLatin1String("proj"), dimOut, dim);
            addLinear(s, p + QLatin1String("attn.qkv"), 3 * dimOut, dim);
            addLinear(s, p + QLatin1String("attn.proj"), dimOut, dimOut);
            addNorm(s, p + QLatin1String("norm2"), dimOut);
            addLinear(s, p + QLatin1String("mlp.fc1"), qint64(c.mlpRatio) * dimOut, dimOut);
            addLinear(s, p + QLatin1String("mlp.fc2"), dimOut, qint64(c.mlpRatio) * dimOut);
            dim = dimOut;
        }
    }
    return s;
}

Shapes dinoShapes(const DinoV2Config &c)
{
    Shapes s;
    const qint64 d = c.embedDim;
    const qint64 grid = c.checkpointGrid();
    s.insert(QStringLiteral("cls_token"), {1, 1, d});
    if (c.regTokens > 0)
        s.insert(QStringLiteral("reg_token"), {1, c.regTokens, d});
    s.insert(QStringLiteral("pos_embed"), {1, grid * grid + (c.noEmbedClass ? 0 : 1), d});
    s.insert(QStringLiteral("patch_embed.proj.weight"), {d, 3, c.patchSize, c.patchSize});
    s.insert(QStringLiteral("patch_embed.proj.bias"), {d});
    for (int i = 0; i < c.depth; ++i) {
        const QString p = QStringLiteral("blocks.%1.").arg(i);
        addNorm(s, p + QLatin1String("norm1"), d);
        addLinear(s, p + QLatin1String("attn.qkv"), 3 * d, d);
        addLinear(s, p + QLatin1String("attn.proj"), d, d);
        s.insert(p + QLatin1String("ls1.gamma"), {d});
        addNorm(s, p + QLatin1String("norm2"), d);
        addLinear(s, p + QLatin1String("mlp.fc1"), c.mlpHidden, d);
        addLinear(s, p + QLatin1String("mlp.fc2"), d, c.mlpInner());
        s.insert(p + QLatin1String("ls2.gamma"), {d});
    }
    addNorm(s, QStringLiteral("norm"), d);
    return s;
}

QString shapeText(const std::vector<qint64> &shape)
{
    QStringList parts;
    for (qint64 d : shape)
        parts << QString::number(d);
    return QLatin1Char('[') + parts.join(QLatin1String(", ")) + QLatin1Char(']');
}

// At most `limit` names, then "... and N more", so a completely wrong file stays readable.
QString nameList(const QStringList &names, int limit = 12)
{
    QStringList shown = names.mid(0, limit);
    QString text = shown.join(QLatin1String(", "));
    if (names.size() > limit)
        text += Tr::tr(" ... and %1 more").arg(names.size() - limit);
    return text;
}

} // namespace

QStringList knownVariants()
{
    return variantNames();
}

QMap<QString, std::vector<qint64>> expectedParameters(const QString &variant)
{
    const Variant *v = findVariant(variant);
    if (!v)
        throw Error(Tr::tr("Unknown backbone variant \"%1\". Known: %2.")
                        .arg(variant, variantNames().join(QLatin1String(", "))));
    return v->family == Family::Hiera ? hieraShapes(v->hiera) : dinoShapes(v->dino);
}

bool isIgnorableKey(const QString &variant, const QString &key)
{
    const Variant *v = findVariant(variant);
    if (!v)
        return false;
    // Classification heads (Hiera's head.norm + head.fc, a ViT's head) are not part of the
    // features we extract; DINOv2's original mask_token is training-only.
    if (key.startsWith(QLatin1String("head.")))
        return true;
    return v->family == Family::DinoV2 && key == QLatin1String("mask_token");
}

KeyReport compareKeys(const io::SafeTensorsHeader &header, const QString &variant)
{
    const Shapes expected = expectedParameters(variant);
    KeyReport report;
    QSet<QString> seen;
    for (const io::TensorInfo &t : header.tensors) {
        seen.insert(t.name);
        const auto it = expected.constFind(t.name);
        if (it == expected.constEnd()) {
            if (!isIgnorableKey(variant, t.name))
                report.unexpected << t.name;
        } else if (it.value() != t.shape) {
            report.mismatched << Tr::tr("%1: file %2, expected %3")
                                     .arg(t.name, shapeText(t.shape), shapeText(it.value()));
        }
    }
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it)
        if (!seen.contains(it.key()))
            report.missing << it.key();
    report.unexpected.sort();
    report.mismatched.sort();
    return report;
}

void throwIfBad(const KeyReport &report, const QString &variant, const QString &path)
{
    if (report.ok())
        return;
    QStringList problems;
    if (!report.missing.isEmpty())
        problems << Tr::tr("missing keys: %1").arg(nameList(report.missing));
    if (!report.unexpected.isEmpty())
        problems << Tr::tr("unexpected keys: %1").arg(nameList(report.unexpected));
    if (!report.mismatched.isEmpty())
        problems << Tr::tr("shape mismatches: %1").arg(nameList(report.mismatched, 6));
    throw Error(Tr::tr("These weights do not fit %1: %2.")
                    .arg(variant, problems.join(QLatin1String("; "))),
                path);
}

void validateWeightsFile(const QString &path, const QString &variant)
{
    // Resolve the variant first: an unknown name is the caller's mistake, not the file's.
    expectedParameters(variant);
    const io::SafeTensorsFile file = io::SafeTensorsFile::open(path);
    throwIfBad(compareKeys(file.header(), variant), variant, path);
}

} // namespace nexvitad::backbones
