// nexvitad: the workstation GUI.

#include "main_window.h"

#include "common/logging.h"
#include "common/runtime.h"
#include "common/settings.h"
#include "common/translations.h"
#include "nexvitad/version.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("NexViTAD"));
    QApplication::setApplicationName(QStringLiteral("workstation"));
    QApplication::setApplicationDisplayName(QStringLiteral("NexViTAD Workstation"));
    QApplication::setApplicationVersion(QStringLiteral(NEXVITAD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.nexvitad.Workstation"));
    nexvitad::logging::installHandler();

    const nexvitad::Settings settings;
    nexvitad::translations::install(&app, settings.language());
    nexvitad::runtime::startUp(settings);

    MainWindow window;
    window.show();
    return app.exec();
}
