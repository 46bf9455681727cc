// Tools > Protocol...: the engine choice becomes the command line the dialog runs; the task
// table shows a plan's states from the project (done, failed with its error, never
// submitted), refreshed in the background; Collect runs the real CLI and shows its answer.

#include "protocol/protocol_dialog.h"
#include "protocol/protocol_records.h"
#include "store/project.h"
#include "test_support.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace nexvitad::ui;

using namespace nexvitad;

class TestProtocolDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { testsupport::isolateSettings(); }

    void engineChoiceBuildsTheCommand()
    {
        QTemporaryDir tmp;
        const store::Project project = store::Project::create(tmp.filePath("p"), "p");
        ProtocolDialog dialog(project);
        auto *engine = dialog.findChild<QComboBox *>("protocolEngine");
        QVERIFY(engine);
        dialog.findChild<QLineEdit *>("protocolData")->setText("/data/mvtec");
        dialog.findChild<QLineEdit *>("protocolOut")->setText("/out");
        QStringList args = dialog.protocolArguments();
        QVERIFY(args.contains("--engine"));
        QCOMPARE(args.at(args.indexOf("--engine") + 1), QStringLiteral("local"));
        QVERIFY(!args.contains("--cpus-per-task"));
        QCOMPARE(args.at(args.indexOf("--project") + 1), project.folder());
        QVERIFY(!dialog.findChild<QGroupBox *>()->isEnabled());

        engine->setCurrentIndex(engine->findData("slurm"));
        QVERIFY(dialog.findChild<QGroupBox *>()->isEnabled());
        const auto edits = dialog.findChild<QGroupBox *>()->findChildren<QLineEdit *>();
        edits.at(0)->setText("gpu"); // partition
        edits.at(1)->setText("1:00:00");
        args = dialog.protocolArguments();
        QCOMPARE(args.at(args.indexOf("--engine") + 1), QStringLiteral("slurm"));
        QCOMPARE(args.at(args.indexOf("--partition") + 1), QStringLiteral("gpu"));
        QCOMPARE(args.at(args.indexOf("--time") + 1), QStringLiteral("1:00:00"));
        QCOMPARE(args.at(args.indexOf("--cpus-per-task") + 1), QStringLiteral("1"));
        QVERIFY(!args.contains("--mem"));
    }

    void showsTheTasksStatesAndCollects()
    {
        QTemporaryDir tmp;
        const store::Project project = store::Project::create(tmp.filePath("p"), "p");
        protocol::PlanRecord plan;
        plan.engine = "slurm";
        plan.arguments = QStringList{"--data", tmp.filePath("data")};
        plan.workingDir = tmp.path();
        plan.outDir = tmp.filePath("out");
        plan.manifestHash = "x";
        const qint64 id =
            protocol::createPlan(project.database(), plan, {{"2/1", 0}, {"2/1", 1}, {"2/1", 2}});
        QVERIFY(protocol::recordResult(project.database(), id, 0, "{}"));
        QVERIFY(!protocol::recordResult(project.database(), id, 0, "{\"again\":1}"));
        protocol::markFailed(project.database(), id, 1, "out of memory");

        ProtocolDialog dialog(project);
        dialog.setCliPath(NEXVITAD_CLI_PATH);
        QSignalSpy refreshed(&dialog, &ProtocolDialog::tasksRefreshed);
        QVERIFY(refreshed.wait(10000));
        auto *table = dialog.findChild<QTableWidget *>("protocolTasks");
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("done"));
        QCOMPARE(table->item(1, 3)->text(), QStringLiteral("failed"));
        QCOMPARE(table->item(1, 5)->text(), QStringLiteral("out of memory"));
        QCOMPARE(table->item(2, 3)->text(), QStringLiteral("planned"));

        // Collect through the real CLI: refused, naming the tasks without a result.
        QPushButton *collect = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            if (b->text().contains("Collect"))
                collect = b;
        QVERIFY(collect && collect->isEnabled());
        QSignalSpy finished(&dialog, &ProtocolDialog::commandFinished);
        collect->click();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(0).toInt(), 1);
        const QString log = dialog.findChild<QPlainTextEdit *>("protocolLog")->toPlainText();
        QVERIFY2(log.contains("task(s) 1, 2 have no result yet"), qPrintable(log));
    }
};

QTEST_MAIN(TestProtocolDialog)
#include "test_protocol_dialog.moc"
