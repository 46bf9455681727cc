#include "report/report_fonts.h"

#include <QFontDatabase>
#include <QStringList>

namespace nexvitad::report {

QString reportFontFamily(const QString &language)
{
    const QStringList cjk = {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                             QStringLiteral("WenQuanYi Zen Hei"), QStringLiteral("Noto Sans CJK JP")};
    const QStringList latin = {QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"),
                               QStringLiteral("Noto Sans")};
    const QStringList installed = QFontDatabase::families();
    for (const QString &family : language.startsWith(QLatin1String("zh")) ? cjk + latin : latin)
        if (installed.contains(family))
            return family;
    return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
}

QFont reportFont(const QString &family, double points, bool bold)
{
    QFont font(family);
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return font;
}

} // namespace nexvitad::report
