// The Line tab in the main window, offscreen: watching a folder with a real bank (random
// hiera_mini + dinov2_mini, tests/line/line_fixture.h) while images are renamed into it,
// the live feed, counters and sparkline following, the review band's images queued and a
// decision stored in the project; the GUI thread never stalls while the watcher works;
// Stop ends the job; a folder removed while watching stops it with the reason on screen.

#include "line/line_feed_model.h"
#include "line/line_panel.h"
#include "line/score_sparkline.h"
#include "main_window.h"
#include "project/project_session.h"

#include "common/settings.h"
#include "store/line_records.h"
#include "store/project.h"
#include "store/result_records.h"
#include "store/sql.h"
#include "line_fixture.h"
#include "test_support.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using namespace nexvitad::ui;

using namespace nexvitad;

namespace {
constexpr int kTimeoutMs = 120000;

void renameIn(const QString &from, const QString &folder, const QString &name)
{
    const QString temporary = QDir(folder).filePath(name + QStringLiteral(".tmp"));
    QVERIFY(QFile::copy(from, temporary));
    QVERIFY(QFile::rename(temporary, QDir(folder).filePath(name)));
}
} // namespace

class TestLinePanel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    LineFixture m_fixture;

private Q_SLOTS:
    void initTestCase()
    {
        testsupport::isolateSettings();
        Settings().setOperatorName(QStringLiteral("tester"));
        Settings().setDevice(DeviceChoice::Cpu);
        m_fixture = makeLineFixture(m_tmp.path());
        Settings().setModelsDirectory(m_fixture.modelsDir);
    }

    void watchesAFolderLive()
    {
        MainWindow window;
        window.show();
        window.session()->create(m_tmp.filePath(QStringLiteral("project")),
                                 QStringLiteral("line"));
        LinePanel *panel = window.linePanel();
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("centralTabs"));
        tabs->setCurrentWidget(panel);
        const QString in = m_tmp.filePath(QStringLiteral("in"));
        QDir().mkpath(in);

        // The GUI thread's longest pause while the watcher loads and works.
        QElapsedTimer clock;
        qint64 last = 0, worstGap = 0;
        QTimer heartbeat;
        connect(&heartbeat, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            worstGap = std::max(worstGap, now - last);
            last = now;
        });
        clock.start();
        heartbeat.start(5);

        QSignalSpy started(panel, &LinePanel::watchingStarted);
        panel->start(m_fixture.bankPath, in, m_tmp.filePath(QStringLiteral("out")));
        QVERIFY(panel->isWatching());
        QVERIFY(started.wait(kTimeoutMs));
        const int count = m_fixture.images.size();
        for (int i = 0; i < count; ++i)
            renameIn(m_fixture.images[i], in, QStringLiteral("part%1.png").arg(i));
        QTRY_COMPARE_WITH_TIMEOUT(panel->feed()->rowCount(), count, kTimeoutMs);
        heartbeat.stop();
        QVERIFY2(worstGap < 250, qPrintable(QStringLiteral("GUI thread stalled %1 ms").arg(worstGap)));

        const line::LineStats stats = panel->stats();
        QCOMPARE(stats.inspected, qint64(count));
        QVERIFY(stats.pass > 0 && stats.review > 0 && stats.fail > 0);
        QCOMPARE(panel->sparkline()->pointCount(), count);
        QVERIFY(!panel->feed()->item(0).thumbnail.isNull());
        QVERIFY(panel->findChild<QLabel *>(QStringLiteral("lineCounters"))
                    ->text()
                    .contains(QStringLiteral("%1 pass").arg(stats.pass)));
        // Newest first.
        QCOMPARE(panel->feed()->item(0).file.name, QStringLiteral("part%1.png").arg(count - 1));
        QCOMPARE(panel->reviewQueue()->count(), int(stats.review));

        // For a person to look at the screen: LINE_PANEL_GRAB=file.png.
        if (qEnvironmentVariableIsSet("LINE_PANEL_GRAB")) {
            window.resize(1280, 800);
            QTest::qWait(200);
            window.grab().save(qEnvironmentVariable("LINE_PANEL_GRAB"));
        }
        QSignalSpy stored(panel, &LinePanel::decisionStored);
        panel->reviewQueue()->setCurrentRow(0);
        panel->decide(QStringLiteral("reject"));
        // (The store may answer before the event loop runs again: count, do not wait().)
        QTRY_COMPARE_WITH_TIMEOUT(stored.count(), 1, 10000);
        const qint64 id = stored.first().at(0).toLongLong();
        QCOMPARE(panel->reviewQueue()->count(), int(stats.review) - 1);
        const QVariant decision = store::scalar(
            window.session()->project().database(),
            QStringLiteral("SELECT review_decision FROM inspections WHERE id = ?"), {id});
        QCOMPARE(decision.toString(), QStringLiteral("reject"));

        QSignalSpy stopped(panel, &LinePanel::watchingStopped);
        panel->stop();
        QVERIFY(stopped.wait(kTimeoutMs));
        QCOMPARE(stopped.first().at(0).toBool(), true);
        QVERIFY(!panel->isWatching());
        const QList<store::LineItemRecord> rows =
            store::lineItems(window.session()->project().database(), QDir(in).absolutePath());
        QCOMPARE(rows.size(), count);
    }

    void aRemovedFolderStopsWithTheReason()
    {
        MainWindow window;
        LinePanel *panel = window.linePanel();
        const QString in = m_tmp.filePath(QStringLiteral("vanishing"));
        QDir().mkpath(in);
        QSignalSpy started(panel, &LinePanel::watchingStarted);
        QSignalSpy stopped(panel, &LinePanel::watchingStopped);
        panel->start(m_fixture.bankPath, in, m_tmp.filePath(QStringLiteral("out2")));
        QVERIFY(started.wait(kTimeoutMs));
        QVERIFY(QDir(in).removeRecursively());
        QVERIFY(stopped.wait(kTimeoutMs));
        QCOMPARE(stopped.first().at(0).toBool(), false);
        QVERIFY(stopped.first().at(1).toString().contains(QDir(in).absolutePath()));
        QVERIFY(panel->stateText().contains(QStringLiteral("disappeared")));
    }
};

QTEST_MAIN(TestLinePanel)
#include "test_line_panel.moc"
