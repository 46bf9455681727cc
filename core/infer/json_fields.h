#pragma once
// Reading required fields of the JSON we store (bank metadata, thresholds), with an
// nexvitad::Error naming the file and the missing field instead of a silent default.

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace nexvitad::infer::json {

double requireNumber(const QJsonObject &o, const QString &key, const QString &path);
// A whole number within [min, max]. Casting an arbitrary JSON double to an integer is
// undefined behaviour when it does not fit, and a file from elsewhere may hold any number:
// sizes and counts go through here (found by fuzzing, docs/reliability.md).
// |min| and |max| at most 2^53. kMaxInt is int's range for fields without a tighter one.
qint64 requireInteger(const QJsonObject &o, const QString &key, qint64 min, qint64 max,
                      const QString &path);
inline constexpr qint64 kMaxInt = 2147483647;
// The largest map / view size S a stored record may claim: far above any real model input,
// small enough that S * S * 3 * images stays far from overflowing.
inline constexpr qint64 kMaxImageSize = qint64(1) << 15;
QString requireString(const QJsonObject &o, const QString &key, const QString &path);
QJsonObject requireObject(const QJsonObject &o, const QString &key, const QString &path);
QJsonArray requireArray(const QJsonObject &o, const QString &key, const QString &path);

} // namespace nexvitad::infer::json
