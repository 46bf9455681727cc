#pragma once
// The screenshot tour (issue 8): opens the main window on a project and renders every main
// screen to PNG, one file per screen with a stable name (01-main-window.png, ...), so a
// reviewer can look at the screens without running the GUI and the user guide can show
// them. Screens are grabbed with QWidget::grab() at fixed sizes, so the same project gives
// the same images. A screen the project cannot fill (no inspection, no training run...) is
// skipped with a message on stderr naming what is missing.

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QStringList>

#include <memory>

class QWidget;

namespace nexvitad::project {
struct LatestItems;
}

namespace nexvitad::ui {

class MainWindow;

class ScreenshotTour
{
    Q_DECLARE_TR_FUNCTIONS(ScreenshotTour)
public:
    static constexpr QSize kWindowSize{1400, 900};
    static constexpr QSize kDialogSize{1000, 720};
    // Long enough for the demo's full-size work on a slow machine (thumbnails of a few
    // hundred images, a batch of heat maps); a screen not ready by then is skipped.
    static constexpr int kTimeoutMs = 180000;

    ScreenshotTour(const QString &projectFolder, const QString &outputFolder);
    ~ScreenshotTour();

    // Renders every screen it can; false when the project or the output folder cannot be
    // opened (nothing rendered then).
    bool run();
    QStringList written() const { return m_written; }
    QStringList skipped() const { return m_skipped; }
    // The main window as the last screenshot left it (alive until the tour ends), so a
    // test can find where a widget lies in an image; nullptr before run().
    MainWindow *window() const { return m_window.get(); }

private:
    void mainWindow();
    void importWizard();
    void settings();
    void trainingWizard();
    void trainingMonitor();
    void bankBuilder();
    void review();
    void metrics();
    void reportDialog();

    void showTab(QWidget *page);
    // Grabs `widget` into <output>/<name>.png.
    void save(QWidget *widget, const QString &name);
    void skip(const QString &name, const QString &why);
    // One line on stderr.
    static void warn(const QString &line);

    QString m_project;
    QString m_output;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<nexvitad::project::LatestItems> m_latest;
    QStringList m_written;
    QStringList m_skipped;
};

} // namespace nexvitad::ui
