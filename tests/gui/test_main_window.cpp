// GUI smoke test: the main window opens, shows device and threads, and closes cleanly.

#include "main_window.h"
#include "project/project_explorer.h"
#include "project/project_session.h"
#include "store/asset_records.h"
#include "store/project.h"
#include "test_support.h"

#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QTest>

using namespace nexvitad::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        testsupport::isolateSettings();
        QApplication::setOrganizationName(QStringLiteral("NexViTAD-test"));
        QApplication::setApplicationName(QStringLiteral("workstation"));
    }

    void opensAndCloses()
    {
        auto *window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<MainWindow> guard(window);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto *device = window->findChild<QLabel *>(QStringLiteral("deviceLabel"));
        QVERIFY(device);
        QVERIFY2(device->text().contains(QStringLiteral("CPU"))
                     || device->text().contains(QStringLiteral("CUDA")),
                 qPrintable(device->text()));
        auto *languages = window->findChild<QMenu *>(QStringLiteral("languageMenu"));
        QVERIFY(languages);
        QVERIFY(languages->findChild<QAction *>(QStringLiteral("language_de"))
                || !languages->actions().isEmpty());
        QVERIFY(window->close());
        QTRY_VERIFY(guard.isNull()); // deleted on close, no crash in destructors
    }

    void projectOpensAndExplorerListsDatasets()
    {
        QTemporaryDir tmp;
        const QString folder = tmp.filePath(QStringLiteral("line 4 project"));
        MainWindow window;
        window.show();
        auto *explorer = window.findChild<ProjectExplorer *>(QStringLiteral("projectExplorer"));
        QVERIFY(explorer);
        QVERIFY(!explorer->isEnabled()); // nothing open yet
        window.session()->create(folder, QStringLiteral("line 4"));
        QVERIFY(explorer->isEnabled());
        QTRY_COMPARE(explorer->itemCount(nexvitad::project::ItemGroup::Datasets), 0);

        nexvitad::store::DatasetRecord record;
        record.name = QStringLiteral("bottles");
        record.root = tmp.path();
        record.layout = QStringLiteral("mvtec");
        record.categories = {QStringLiteral("bottle")};
        nexvitad::store::addDataset(window.session()->project().database(), record);
        explorer->refresh();
        QTRY_COMPARE(explorer->itemCount(nexvitad::project::ItemGroup::Datasets), 1);

        // Reopening through the main window works and lands in the recent list.
        window.session()->close();
        QVERIFY(!explorer->isEnabled());
        QVERIFY(window.openProject(folder));
        QCOMPARE(ProjectSession::recentProjects().first(), folder);
        QTRY_COMPARE(explorer->itemCount(nexvitad::project::ItemGroup::Datasets), 1);
    }

    void languageSwitchLoadsTranslator()
    {
        MainWindow window;
        auto *languages = window.findChild<QMenu *>(QStringLiteral("languageMenu"));
        QAction *german = nullptr;
        for (QAction *a : languages->actions())
            if (a->objectName() == QStringLiteral("language_de"))
                german = a;
        QVERIFY(german);
        german->trigger();
        QCOMPARE(QCoreApplication::translate("nexvitad::Canceled", "Canceled by the user."),
                 QStringLiteral("Vom Benutzer abgebrochen."));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
