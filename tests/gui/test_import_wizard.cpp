// The import wizard driven as a user would: type the folder of a generated dataset, let
// the background scan finish, look at problems, name it and finish; the project then holds
// the dataset with its classes.

#include "import/import_wizard.h"

#include "common/progress.h"
#include "data/synthetic.h"
#include "store/project.h"
#include "test_support.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

using namespace nexvitad::ui;

class TestImportWizard : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;

private Q_SLOTS:
    void initTestCase() { testsupport::isolateSettings(); }

    void importsGeneratedDataset()
    {
        nexvitad::data::SyntheticOptions options;
        options.classes = 2;
        options.size = 64;
        options.trainGood = 3;
        options.testGood = 2;
        options.testDefects = 1;
        const QString data = m_tmp.filePath(QStringLiteral("dataset"));
        nexvitad::data::writeSyntheticDataset(data, options, false, nexvitad::Progress::none());
        auto project = nexvitad::store::Project::create(m_tmp.filePath(QStringLiteral("proj")),
                                                        QStringLiteral("wizard test"));

        ImportWizard wizard(project);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *folder = wizard.findChild<QLineEdit *>(QStringLiteral("folderEdit"));
        QVERIFY(folder);
        QTest::keyClicks(folder, data);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::Scan));
        // The scan runs in a worker; Next enables when it is done.
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 30000);
        auto *classes = wizard.findChild<QTableWidget *>(QStringLiteral("classTable"));
        QCOMPARE(classes->rowCount(), 2);
        QCOMPARE(classes->item(0, 1)->text(), QStringLiteral("3")); // train good
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::Problems));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::Confirm));
        auto *name = wizard.findChild<QLineEdit *>(QStringLiteral("datasetNameEdit"));
        QCOMPARE(name->text(), QStringLiteral("dataset"));
        name->clear();
        QTest::keyClicks(name, QStringLiteral("synthetic parts"));
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(wizard.importedDatasetId() > 0);

        QSqlQuery q(project.database());
        QVERIFY(q.exec(QStringLiteral("SELECT name, layout FROM datasets")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("synthetic parts"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("mvtec"));
        QVERIFY(!q.next());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM classes WHERE kind = 'category'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    void emptyFolderIsNotUsable()
    {
        auto project = nexvitad::store::Project::create(m_tmp.filePath(QStringLiteral("p2")),
                                                        QStringLiteral("empty"));
        QTemporaryDir emptyFolder;
        ImportWizard wizard(project, emptyFolder.path());
        wizard.show();
        wizard.next();
        // The scan ends (its cancel button is disabled) and finds nothing usable, so Next
        // stays disabled.
        auto *cancel = wizard.findChild<QPushButton *>(QStringLiteral("cancelScanButton"));
        QVERIFY(cancel);
        QTRY_VERIFY(!cancel->isEnabled());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    }
};

QTEST_MAIN(TestImportWizard)
#include "test_import_wizard.moc"
