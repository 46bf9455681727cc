#pragma once
// The verdict badge colours every screen uses: pass green, review amber, fail red
// (background, text). One place, so the review list, the line feed and the sparkline agree.

#include <QColor>
#include <QString>

#include <utility>

namespace nexvitad::ui {

inline std::pair<QColor, QColor> verdictBadgeColors(const QString &verdict)
{
    if (verdict == QLatin1String("pass"))
        return {QColor(0xd1, 0xe7, 0xdd), QColor(0x0f, 0x51, 0x32)};
    if (verdict == QLatin1String("fail"))
        return {QColor(0xf8, 0xd7, 0xda), QColor(0x84, 0x20, 0x29)};
    return {QColor(0xff, 0xf3, 0xcd), QColor(0x66, 0x4d, 0x03)};
}

} // namespace nexvitad::ui
