// A tiny training started from the wizard: the monitor's charts receive points, the run
// completes, and the GUI thread never stalls meanwhile (a watchdog timer measures it).

#include "training/training_monitor.h"
#include "training/training_wizard.h"

#include "common/progress.h"
#include "common/runtime.h"
#include "data/dataset_scan.h"
#include "data/synthetic.h"
#include "store/job_records.h"
#include "store/project.h"
#include "store/sql.h"
#include "test_support.h"

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace nexvitad::ui;

class TestTrainingGui : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    nexvitad::data::Manifest m_manifest;

private Q_SLOTS:
    void initTestCase()
    {
        testsupport::isolateSettings();
        nexvitad::data::SyntheticOptions options;
        options.classes = 3;
        options.size = 64;
        options.trainGood = 3;
        options.testGood = 1;
        options.testDefects = 1;
        const QString data = m_tmp.filePath(QStringLiteral("dataset"));
        nexvitad::data::writeSyntheticDataset(data, options, false, nexvitad::Progress::none());
        m_manifest = nexvitad::data::scanDataset(data, {}, nexvitad::Progress::none());
        QCOMPARE(m_manifest.classes.size(), std::size_t(3));
    }

    void wizardDrawsSplitAndValidates()
    {
        TrainingWizard wizard(m_manifest, m_tmp.filePath(QStringLiteral("run-a")));
        wizard.show();
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // nothing chosen yet
        wizard.drawSplit(QStringLiteral("2/1"), 7);
        QCOMPARE(wizard.sourceClasses().size(), 2);
        QCOMPARE(wizard.targetClasses().size(), 1);
        QVERIFY(!wizard.sourceClasses().contains(wizard.targetClasses().first()));
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.drawSplit(QStringLiteral("3/1"), 7); // impossible with 3 classes: refused
        QCOMPARE(wizard.sourceClasses().size(), 2);
    }

    void tinyTrainingFromWizardCompletesWithLiveCharts()
    {
        nexvitad::runtime::configureThreads(1); // leave a core to the GUI thread
        TrainingWizard wizard(m_manifest, m_tmp.filePath(QStringLiteral("run-b")));
        wizard.show();
        wizard.drawSplit(QStringLiteral("2/1"), 1);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(TrainingWizard::Settings));
        auto setText = [&](const char *name, const QString &text) {
            auto *edit = wizard.findChild<QLineEdit *>(QLatin1String(name));
            QVERIFY(edit);
            edit->clear();
            QTest::keyClicks(edit, text);
        };
        setText("hieraEdit", QStringLiteral("random:hiera_mini:1"));
        setText("dinov2Edit", QStringLiteral("random:dinov2_mini:1"));
        wizard.findChild<QSpinBox *>(QStringLiteral("sizeSpin"))->setValue(64);
        wizard.findChild<QSpinBox *>(QStringLiteral("epochsSpin"))->setValue(2);
        wizard.findChild<QSpinBox *>(QStringLiteral("batchSpin"))->setValue(4);
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        const TrainingLaunch launch = wizard.launch();
        QCOMPARE(launch.request.config.epochs, 2);
        QCOMPARE(launch.request.config.hiera, QStringLiteral("random:hiera_mini:1"));

        TrainingMonitor monitor;
        monitor.resize(900, 700);
        monitor.show();
        // Watchdog: a 10 ms timer; any longer gap means the GUI thread was blocked.
        QElapsedTimer clock;
        qint64 last = 0, worstGap = 0;
        QTimer watchdog;
        watchdog.setInterval(10);
        QObject::connect(&watchdog, &QTimer::timeout, [&] {
            const qint64 now = clock.elapsed();
            worstGap = std::max(worstGap, now - last - 10);
            last = now;
        });
        clock.start();
        watchdog.start();
        QVERIFY(monitor.start(launch));
        QTRY_VERIFY_WITH_TIMEOUT(monitor.state() != QLatin1String("running"), 300000);
        watchdog.stop();
        QCOMPARE(monitor.state(), QStringLiteral("completed"));
        QVERIFY(monitor.stepPoints() > 0);
        QCOMPARE(monitor.epochPoints(), 2);
        qInfo() << "worst GUI-thread stall during training:" << worstGap << "ms";
        QVERIFY2(worstGap < 50, qPrintable(QString::number(worstGap)));
        nexvitad::runtime::configureThreads(0);
    }

    void trainingIntoAProjectIsRecordedThere()
    {
        // As from the main window: the run, its epochs and the trained model in the project,
        // under a "train" job, as `nexvitad-cli train --project` records them.
        nexvitad::runtime::configureThreads(1);
        const nexvitad::store::Project project = nexvitad::store::Project::create(
            m_tmp.filePath(QStringLiteral("project")), QStringLiteral("p"));
        TrainingLaunch launch;
        launch.request.manifest = m_manifest;
        launch.request.sourceClasses = {m_manifest.classNames().at(0)};
        launch.request.targetClasses = {m_manifest.classNames().at(1)};
        launch.request.runDir = project.artifactsFolder() + QStringLiteral("/runs/run-c");
        launch.request.config.hiera = QStringLiteral("random:hiera_mini:1");
        launch.request.config.dinov2 = QStringLiteral("random:dinov2_mini:1");
        launch.request.config.imageSize = 64;
        launch.request.config.epochs = 2;
        launch.request.config.batchSize = 4;
        launch.project = project;
        launch.actor = QStringLiteral("tester");
        TrainingMonitor monitor;
        QVERIFY(monitor.start(launch));
        QTRY_VERIFY_WITH_TIMEOUT(monitor.state() != QLatin1String("running"), 300000);
        QCOMPARE(monitor.state(), QStringLiteral("completed"));
        nexvitad::runtime::configureThreads(0);

        const QSqlDatabase db = project.database();
        QSqlQuery run = nexvitad::store::exec(
            db, QStringLiteral("SELECT id, job_id, epochs_planned FROM training_runs"));
        QVERIFY(run.next());
        const qint64 runId = run.value(0).toLongLong();
        const nexvitad::store::JobRecord job = nexvitad::store::job(db, run.value(1).toLongLong());
        QCOMPARE(job.kind, QStringLiteral("train"));
        QCOMPARE(job.status, nexvitad::store::JobStatus::Completed);
        QCOMPARE(run.value(2).toInt(), 2);
        QVERIFY(!run.next()); // one run
        QSqlQuery epochs = nexvitad::store::exec(
            db, QStringLiteral("SELECT COUNT(*) FROM epoch_metrics WHERE run_id = ?"), {runId});
        QVERIFY(epochs.next());
        QCOMPARE(epochs.value(0).toInt(), 2);
        QSqlQuery models = nexvitad::store::exec(
            db, QStringLiteral("SELECT COUNT(*) FROM models WHERE run_id = ?"), {runId});
        QVERIFY(models.next());
        QCOMPARE(models.value(0).toInt(), 1);
    }

    void recordedRunShowsOnePointPerEpoch()
    {
        // metrics.jsonl lines as the trainer writes them (and epoch_metrics keeps them).
        auto line = [](int epoch, const char *phase, double loss) {
            return QJsonObject{{"epoch", epoch},      {"phase", phase},
                               {"loss", loss},        {"source_ce", loss},
                               {"target_ce", 0.1},    {"target_mse", 0.01},
                               {"lr", 1e-4},          {"pseudo_coverage", 0.5},
                               {"seconds", 1.0}};
        };
        TrainingMonitor monitor;
        QVERIFY(monitor.showRecordedRun({line(1, "source", 1.3), line(2, "joint", 1.1),
                                         line(3, "joint", 0.9)},
                                        true));
        QCOMPARE(monitor.stepPoints(), 3);
        QCOMPARE(monitor.epochPoints(), 3);
        QVERIFY(monitor.findChild<QWidget *>(QStringLiteral("untrainedBanner"))
                    ->isVisibleTo(&monitor));
        auto *log = monitor.findChild<QPlainTextEdit *>(QStringLiteral("trainingLog"));
        QCOMPARE(log->blockCount(), 3); // one line per epoch
    }
};

QTEST_MAIN(TestTrainingGui)
#include "test_training_gui.moc"
