#pragma once
// The report's fonts: a Latin family first (DejaVu Sans: digits, hashes and Latin text,
// which PDF text extraction maps back reliably), then, for Chinese, a CJK family that Qt
// falls back to for the characters the first one lacks (Noto Sans CJK, installed with
// fonts-noto-cjk). Needs a QGuiApplication (Qt's font database).

#include <QFont>
#include <QString>
#include <QStringList>

namespace nexvitad::report {

// "zh_CN" (any "zh..."): the Latin family plus the first installed of Noto Sans CJK SC /
// Source Han Sans SC / WenQuanYi Zen Hei; otherwise the Latin family alone (DejaVu Sans,
// Liberation Sans or the default).
QStringList reportFontFamilies(const QString &language);

// The report font at `points`. Ligatures are off (a tiny letter spacing turns them off in
// Qt's shaper), so text copied or extracted from the PDF reads "fi", not one "ﬁ" glyph.
QFont reportFont(const QStringList &families, double points, bool bold = false);

} // namespace nexvitad::report
