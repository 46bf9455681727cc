// nexvitad: the workstation GUI. With --screenshots it renders every main screen of a
// project to PNG files instead (ui/screenshots) and exits.

#include "main_window.h"
#include "screenshots/screenshot_tour.h"

#include "common/logging.h"
#include "common/runtime.h"
#include "common/settings.h"
#include "common/translations.h"
#include "nexvitad/version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include <cstdio>

using namespace nexvitad::ui;

namespace {
// The translation context of the command-line help.
struct GuiMain
{
    Q_DECLARE_TR_FUNCTIONS(GuiMain)
};

// Runs the tour; exit status 1 when the project cannot be opened or nothing was rendered.
int runScreenshots(const QString &outputFolder, const QString &projectFolder)
{
    ScreenshotTour tour(projectFolder, outputFolder);
    if (!tour.run() || tour.written().isEmpty())
        return 1;
    for (const QString &file : tour.written())
        std::printf("%s\n", qPrintable(QDir::toNativeSeparators(file)));
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("NexViTAD"));
    QApplication::setApplicationName(QStringLiteral("workstation"));
    QApplication::setApplicationDisplayName(QStringLiteral("NexViTAD Workstation"));
    QApplication::setApplicationVersion(QStringLiteral(NEXVITAD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.nexvitad.Workstation"));
    nexvitad::logging::installHandler();

    QCommandLineParser parser;
    parser.setApplicationDescription(GuiMain::tr("NexViTAD Workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        GuiMain::tr("Render every main screen of the project to PNG files in <folder>, "
                    "then exit."),
        QStringLiteral("folder"));
    const QCommandLineOption project(
        QStringLiteral("project"),
        GuiMain::tr("The project the screenshots show (default: the current folder)."),
        QStringLiteral("folder"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        GuiMain::tr("Use this language (e.g. de, zh_CN) instead of the configured one, "
                    "without saving it."),
        QStringLiteral("code"));
    parser.addOptions({screenshots, project, language});
    parser.process(app);

    const nexvitad::Settings settings;
    nexvitad::translations::install(
        &app, parser.isSet(language) ? parser.value(language) : settings.language());
    nexvitad::runtime::startUp(settings);

    if (parser.isSet(screenshots))
        return runScreenshots(parser.value(screenshots),
                              parser.isSet(project) ? parser.value(project) : QDir::currentPath());

    MainWindow window;
    window.show();
    return app.exec();
}
