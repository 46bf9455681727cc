#pragma once
// Loads Qt's own translations and ours (embedded under :/i18n) for a language, with a
// fallback to English when a catalogue is missing.

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace nexvitad::translations {

// Languages we ship a catalogue for, as locale names ("de", "zh_CN").
QStringList available();
// Human name of a language in that language ("Deutsch").
QString nativeName(const QString &language);

// Installs translators on the application for `language` ("" = system locale). Returns
// the language actually loaded ("en" when falling back).
QString install(QCoreApplication *app, const QString &language);

} // namespace nexvitad::translations
