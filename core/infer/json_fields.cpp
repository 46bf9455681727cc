#include "infer/json_fields.h"

#include "common/error.h"

#include <QCoreApplication>

#include <cmath>

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

qint64 requireInteger(const QJsonObject &o, const QString &key, qint64 min, qint64 max,
                      const QString &path)
{
    // Bounds beyond 2^53 would not survive the conversion to double themselves.
    Q_ASSERT(min >= -(qint64(1) << 53) && max <= (qint64(1) << 53));
    const double d = requireNumber(o, key, path);
    // The comparisons are on doubles, so any finite or infinite value is checked before
    // the conversion; NaN fails both.
    if (!(d >= double(min) && d <= double(max)) || std::floor(d) != d)
        throw Error(JsonText::tr("The field \"%1\" is not a whole number from %2 to %3.")
                        .arg(key)
                        .arg(min)
                        .arg(max),
                    path);
    return qint64(d);
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
