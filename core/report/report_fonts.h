#pragma once
// The report's font: one family for all text, chosen by the report language so that
// Chinese text renders (Noto Sans CJK, installed with fonts-noto-cjk) and Latin text uses
// a family PDF viewers show well. Needs a QGuiApplication (Qt's font database).

#include <QFont>
#include <QString>

namespace nexvitad::report {

// "zh_CN" (any "zh..."): the first installed of Noto Sans CJK SC / Source Han Sans SC /
// WenQuanYi; otherwise DejaVu Sans, Liberation Sans or the default family.
QString reportFontFamily(const QString &language);

// The report font at `points`. Ligatures are off (a tiny letter spacing turns them off in
// Qt's shaper), so text copied or extracted from the PDF reads "fi", not one "ﬁ" glyph.
QFont reportFont(const QString &family, double points, bool bold = false);

} // namespace nexvitad::report
