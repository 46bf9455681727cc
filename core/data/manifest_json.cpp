// JSON form of a manifest, as the project store saves it. Keys are short and stable; a path
// that is not valid UTF-8 is stored base64-encoded under "<key>_base64" so that it survives
// the round trip byte for byte.

#include "common/error.h"
#include "data/manifest.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace nexvitad::data {

namespace {
struct ManifestJson
{
    Q_DECLARE_TR_FUNCTIONS(ManifestJson)
};

void putPath(QJsonObject &o, const QString &key, const QByteArray &raw)
{
    if (isValidUtf8(raw))
        o.insert(key, QString::fromUtf8(raw));
    else
        o.insert(key + QStringLiteral("_base64"), QString::fromLatin1(raw.toBase64()));
}

QByteArray getPath(const QJsonObject &o, const QString &key)
{
    const QJsonValue b64 = o.value(key + QStringLiteral("_base64"));
    if (b64.isString())
        return QByteArray::fromBase64(b64.toString().toLatin1());
    return o.value(key).toString().toUtf8();
}

QString splitKindName(SplitKind kind)
{
    switch (kind) {
    case SplitKind::TrainGood: return QStringLiteral("train_good");
    case SplitKind::TestGood: return QStringLiteral("test_good");
    case SplitKind::TestDefect: break;
    }
    return QStringLiteral("test_defect");
}

SplitKind splitKindFromName(const QString &name)
{
    for (SplitKind k : {SplitKind::TrainGood, SplitKind::TestGood, SplitKind::TestDefect})
        if (splitKindName(k) == name)
            return k;
    throw Error(ManifestJson::tr("unknown split kind '%1' in a saved manifest").arg(name));
}

Severity severityFromName(const QString &name)
{
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Note})
        if (severityName(s) == name)
            return s;
    throw Error(ManifestJson::tr("unknown severity '%1' in a saved manifest").arg(name));
}

QJsonObject imageToJson(const ImageEntry &e)
{
    QJsonObject o;
    putPath(o, QStringLiteral("path"), e.path);
    if (!e.maskPath.isEmpty())
        putPath(o, QStringLiteral("mask"), e.maskPath);
    o.insert(QStringLiteral("width"), e.width);
    o.insert(QStringLiteral("height"), e.height);
    o.insert(QStringLiteral("channels"), e.channels);
    o.insert(QStringLiteral("bit_depth"), e.bitDepth);
    o.insert(QStringLiteral("bytes"), e.fileSize);
    if (!e.sha1.isEmpty())
        o.insert(QStringLiteral("sha1"), QString::fromLatin1(e.sha1));
    return o;
}

ImageEntry imageFromJson(const QJsonObject &o)
{
    ImageEntry e;
    e.path = getPath(o, QStringLiteral("path"));
    e.maskPath = getPath(o, QStringLiteral("mask"));
    e.width = o.value(QStringLiteral("width")).toInt();
    e.height = o.value(QStringLiteral("height")).toInt();
    e.channels = o.value(QStringLiteral("channels")).toInt();
    e.bitDepth = o.value(QStringLiteral("bit_depth")).toInt();
    e.fileSize = o.value(QStringLiteral("bytes")).toInteger();
    e.sha1 = o.value(QStringLiteral("sha1")).toString().toLatin1();
    if (e.path.isEmpty() || e.width <= 0 || e.height <= 0)
        throw Error(ManifestJson::tr("a saved manifest has an image without path or size"));
    return e;
}
} // namespace

QJsonObject toJson(const Manifest &manifest)
{
    QJsonArray classes;
    for (const ClassEntry &c : manifest.classes) {
        QJsonArray splits;
        for (const Split &s : c.splits) {
            QJsonArray images;
            for (const ImageEntry &e : s.images)
                images.append(imageToJson(e));
            splits.append(QJsonObject{{QStringLiteral("kind"), splitKindName(s.kind)},
                                      {QStringLiteral("defect_type"), s.defectType},
                                      {QStringLiteral("images"), images}});
        }
        classes.append(
            QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("splits"), splits}});
    }
    QJsonArray problems;
    for (const Problem &p : manifest.problems)
        problems.append(QJsonObject{{QStringLiteral("severity"), severityName(p.severity)},
                                    {QStringLiteral("code"), p.code},
                                    {QStringLiteral("path"), p.path},
                                    {QStringLiteral("message"), p.message}});
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("nexvitad-manifest-1")},
                       {QStringLiteral("root"), manifest.root},
                       {QStringLiteral("layout"), layoutName(manifest.layout)},
                       {QStringLiteral("classes"), classes},
                       {QStringLiteral("problems"), problems}};
}

Manifest manifestFromJson(const QJsonObject &json)
{
    if (json.value(QStringLiteral("format")).toString() != QStringLiteral("nexvitad-manifest-1"))
        throw Error(ManifestJson::tr("not a NexViTAD dataset manifest (format "
                                     "'nexvitad-manifest-1' expected)"));
    Manifest m;
    m.root = json.value(QStringLiteral("root")).toString();
    m.layout = layoutFromName(json.value(QStringLiteral("layout")).toString());
    for (const QJsonValue &cv : json.value(QStringLiteral("classes")).toArray()) {
        const QJsonObject co = cv.toObject();
        ClassEntry c;
        c.name = co.value(QStringLiteral("name")).toString();
        for (const QJsonValue &sv : co.value(QStringLiteral("splits")).toArray()) {
            const QJsonObject so = sv.toObject();
            Split s;
            s.kind = splitKindFromName(so.value(QStringLiteral("kind")).toString());
            s.defectType = so.value(QStringLiteral("defect_type")).toString();
            for (const QJsonValue &iv : so.value(QStringLiteral("images")).toArray())
                s.images.push_back(imageFromJson(iv.toObject()));
            c.splits.push_back(std::move(s));
        }
        m.classes.push_back(std::move(c));
    }
    for (const QJsonValue &pv : json.value(QStringLiteral("problems")).toArray()) {
        const QJsonObject po = pv.toObject();
        m.problems.push_back({severityFromName(po.value(QStringLiteral("severity")).toString()),
                              po.value(QStringLiteral("code")).toString(),
                              po.value(QStringLiteral("path")).toString(),
                              po.value(QStringLiteral("message")).toString()});
    }
    return m;
}

} // namespace nexvitad::data
