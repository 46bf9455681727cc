#include "report/report_fonts.h"

#include <QFontDatabase>

namespace nexvitad::report {

namespace {
QString firstInstalled(const QStringList &candidates)
{
    const QStringList installed = QFontDatabase::families();
    for (const QString &family : candidates)
        if (installed.contains(family))
            return family;
    return {};
}
} // namespace

QStringList reportFontFamilies(const QString &language)
{
    QString latin =
        firstInstalled({QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"),
                        QStringLiteral("Noto Sans")});
    if (latin.isEmpty())
        latin = QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    QStringList families = {latin};
    if (language.startsWith(QLatin1String("zh"))) {
        const QString cjk = firstInstalled({QStringLiteral("Noto Sans CJK SC"),
                                            QStringLiteral("Source Han Sans SC"),
                                            QStringLiteral("WenQuanYi Zen Hei")});
        if (!cjk.isEmpty())
            families << cjk;
    }
    return families;
}

QFont reportFont(const QStringList &families, double points, bool bold)
{
    QFont font;
    font.setFamilies(families);
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return font;
}

} // namespace nexvitad::report
