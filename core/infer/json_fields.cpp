#include "infer/json_fields.h"

#include "common/error.h"

#include <QCoreApplication>

namespace nexvitad::infer::json {

namespace {

struct JsonText
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::infer::JsonFields)
};

QJsonValue require(const QJsonObject &o, const QString &key, bool ok, const QString &path)
{
    if (!ok)
        throw Error(JsonText::tr("The field \"%1\" is missing or has the wrong type.").arg(key),
                    path);
    return o.value(key);
}

} // namespace

double requireNumber(const QJsonObject &o, const QString &key, const QString &path)
{
    return require(o, key, o.value(key).isDouble(), path).toDouble();
}

QString requireString(const QJsonObject &o, const QString &key, const QString &path)
{
    return require(o, key, o.value(key).isString(), path).toString();
}

QJsonObject requireObject(const QJsonObject &o, const QString &key, const QString &path)
{
    return require(o, key, o.value(key).isObject(), path).toObject();
}

QJsonArray requireArray(const QJsonObject &o, const QString &key, const QString &path)
{
    return require(o, key, o.value(key).isArray(), path).toArray();
}

} // namespace nexvitad::infer::json
