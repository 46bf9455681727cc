#include "common/translations.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace nexvitad::translations {

namespace {
QList<QTranslator *> &installed()
{
    static QList<QTranslator *> list;
    return list;
}
} // namespace

QStringList available()
{
    QStringList result;
    const QStringList files = QDir(QStringLiteral(":/i18n"))
                                  .entryList({QStringLiteral("nexvitad_*.qm")}, QDir::Files);
    for (const QString &f : files)
        result << f.mid(9, f.size() - 9 - 3); // strip "nexvitad_" and ".qm"
    return result;
}

QString nativeName(const QString &language)
{
    const QLocale locale(language);
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? language : name;
}

QString install(QCoreApplication *app, const QString &language)
{
    for (QTranslator *t : installed()) {
        app->removeTranslator(t);
        delete t;
    }
    installed().clear();

    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *ours = new QTranslator(app);
    if (!ours->load(locale, QStringLiteral("nexvitad"), QStringLiteral("_"),
                    QStringLiteral(":/i18n"))) {
        delete ours;
        if (!language.isEmpty() && language != QStringLiteral("en"))
            qCWarning(lcCore) << "No translation for" << language << "- using English";
        return QStringLiteral("en");
    }
    app->installTranslator(ours);
    installed() << ours;

    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app->installTranslator(qt);
        installed() << qt;
    } else {
        delete qt; // Qt's own catalogue is optional (package qt6-translations-l10n)
    }
    return ours->language().isEmpty() ? locale.name() : ours->language();
}

} // namespace nexvitad::translations
