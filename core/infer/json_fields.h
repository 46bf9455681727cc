#pragma once
// Reading required fields of the JSON we store (bank metadata, thresholds), with an
// nexvitad::Error naming the file and the missing field instead of a silent default.

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace nexvitad::infer::json {

double requireNumber(const QJsonObject &o, const QString &key, const QString &path);
QString requireString(const QJsonObject &o, const QString &key, const QString &path);
QJsonObject requireObject(const QJsonObject &o, const QString &key, const QString &path);
QJsonArray requireArray(const QJsonObject &o, const QString &key, const QString &path);

} // namespace nexvitad::infer::json
