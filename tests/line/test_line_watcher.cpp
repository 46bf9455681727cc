// The hot-folder watcher on real data: a bank built with random hiera_mini + dinov2_mini on
// synthetic images, images dropped into a folder while the watcher runs (renamed in,
// written slowly in place, corrupt), restarts in the middle and after a crash between the
// CSV and the project, moving sources, a folder that disappears.

#include "common/error.h"
#include "common/progress.h"
#include "infer/inspector.h"
#include "line/hot_folder.h"
#include "line/line_csv.h"
#include "line/line_watcher.h"
#include "store/line_records.h"
#include "store/project.h"
#include "store/result_records.h"

#include "line_fixture.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace nexvitad;
using namespace std::chrono_literals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

// Copies `from` into the folder the way cameras' file transfers do: written under a
// temporary name, then renamed in.
void renameIn(const QString &from, const QString &folder, const QString &name)
{
    const QString temporary = QDir(folder).filePath(name + QStringLiteral(".part"));
    writeBytes(temporary, readAll(from));
    QVERIFY(QFile::rename(temporary, QDir(folder).filePath(name)));
}

} // namespace

class TestLineWatcher : public QObject
{
    Q_OBJECT
    QTemporaryDir dir;
    QString bankPath;
    QStringList images; // test images of the target class (good and defective)

    line::WatchOptions options(const QString &name)
    {
        line::WatchOptions o;
        o.bankPath = bankPath;
        o.inputFolder = dir.filePath(name + QStringLiteral("/in"));
        o.outputFolder = dir.filePath(name + QStringLiteral("/out"));
        o.settle = 60ms;
        o.poll = 10ms;
        o.maxBatch = 3;
        o.inspector.modelsDir = dir.filePath(QStringLiteral("models")); // makeLineFixture's
        QDir().mkpath(o.inputFolder);
        return o;
    }

    // Runs the watcher until `count` files have been dealt with (or 60 s pass), while
    // `feed` drops files in on another thread.
    static line::LineStats watchUntil(line::LineWatcher &watcher, qint64 count,
                                      const std::function<void()> &feed = {},
                                      QList<line::LineItem> *items = nullptr)
    {
        Progress progress;
        std::thread feeder;
        if (feed)
            feeder = std::thread(feed);
        const auto deadline = std::chrono::steady_clock::now() + 60s;
        line::LineCallbacks callbacks;
        callbacks.item = [&](const line::LineItem &item, const line::LineStats &stats) {
            if (items)
                items->append(item);
            if (stats.inspected + stats.unreadable >= count)
                progress.cancel();
        };
        callbacks.idle = [&](const line::LineStats &) {
            if (std::chrono::steady_clock::now() > deadline)
                progress.cancel();
        };
        watcher.run(progress, callbacks);
        if (feeder.joinable())
            feeder.join();
        return watcher.stats();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const LineFixture fixture = makeLineFixture(dir.path());
        bankPath = fixture.bankPath;
        images = fixture.images;
        QVERIFY(images.size() >= 6); // the restart test stops after at most 5
    }

    void hotFolderWaitsForCompleteFiles()
    {
        const QString folder = dir.filePath(QStringLiteral("hot"));
        QDir().mkpath(folder);
        line::HotFolder hot(folder, 500ms);
        const auto t0 = line::HotFolder::Clock::now();
        const QByteArray png = readAll(images[0]);
        writeBytes(QDir(folder).filePath(QStringLiteral("a.png")), png.left(png.size() / 2));
        writeBytes(QDir(folder).filePath(QStringLiteral("b.png.part")), png);
        writeBytes(QDir(folder).filePath(QStringLiteral(".c.png")), png);
        writeBytes(QDir(folder).filePath(QStringLiteral("empty.png")), {});
        writeBytes(QDir(folder).filePath(QStringLiteral("notes.txt")), "x");
        QVERIFY(hot.poll({}, t0).empty());
        QVERIFY(hot.poll({}, t0 + 400ms).empty());
        // The writer goes on: the settle time starts again.
        QFile growing(QDir(folder).filePath(QStringLiteral("a.png")));
        QVERIFY(growing.open(QIODevice::Append));
        growing.write(png.mid(png.size() / 2));
        growing.close();
        QVERIFY(hot.poll({}, t0 + 600ms).empty());
        QVERIFY(hot.poll({}, t0 + 1000ms).empty());
        const std::vector<line::FileKey> ready = hot.poll({}, t0 + 1200ms);
        QCOMPARE(ready.size(), size_t(1)); // not the .part, hidden, empty or text file
        QCOMPARE(ready[0].name, QStringLiteral("a.png"));
        QCOMPARE(ready[0].size, qint64(png.size()));
        QVERIFY(hot.poll(QSet<line::FileKey>{ready[0]}, t0 + 1300ms).empty());
    }

    void csvDropsATornLastLineAndRefusesForeignFiles()
    {
        const QString path = dir.filePath(QStringLiteral("torn.csv"));
        {
            line::LineCsv csv(path);
            csv.append({QStringLiteral("t"), {QStringLiteral("a,\"b\".png"), 10, 20},
                        QStringLiteral("0.5"), QStringLiteral("pass"), {}, {}, {}});
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.write("t2,c.png,1,2,0.7,fa"); // a crash in the middle of an append
        f.close();
        line::LineCsv reopened(path);
        QCOMPARE(reopened.rows().size(), 1);
        QCOMPARE(reopened.rows()[0].file.name, QStringLiteral("a,\"b\".png"));
        QVERIFY(readAll(path).endsWith("pass,,,\n"));

        const QString foreign = dir.filePath(QStringLiteral("foreign.csv"));
        writeBytes(foreign, "image,score\n");
        QVERIFY_THROWS_EXCEPTION(Error, line::LineCsv{foreign});
    }

    void inspectsFilesAsTheyArriveAndGoesOnAfterACorruptOne()
    {
        line::WatchOptions o = options(QStringLiteral("arrive"));
        o.moveTo = dir.filePath(QStringLiteral("arrive/done"));
        line::LineWatcher watcher(o);
        const QString in = o.inputFolder;
        const QStringList sources = images;
        QList<line::LineItem> items;
        const line::LineStats stats = watchUntil(watcher, images.size() + 1, [&] {
            for (int i = 0; i < sources.size(); ++i) {
                const QString name = QStringLiteral("img%1.png").arg(i);
                if (i % 2 == 0) {
                    renameIn(sources[i], in, name);
                } else { // written in place, slowly
                    const QByteArray bytes = readAll(sources[i]);
                    QFile f(QDir(in).filePath(name));
                    f.open(QIODevice::WriteOnly);
                    f.write(bytes.left(bytes.size() / 3));
                    f.flush();
                    std::this_thread::sleep_for(30ms);
                    f.write(bytes.mid(bytes.size() / 3));
                }
                if (i == 1)
                    writeBytes(QDir(in).filePath(QStringLiteral("corrupt.png")), "not a png");
                std::this_thread::sleep_for(20ms);
            }
        }, &items);
        QCOMPARE(stats.inspected, qint64(images.size()));
        QCOMPARE(stats.unreadable, qint64(1));
        QCOMPARE(stats.pass + stats.review + stats.fail, stats.inspected);
        QVERIFY(stats.pass > 0 && stats.fail > 0);
        QVERIFY(QDir(in).entryList(QDir::Files).isEmpty()); // all moved
        QVERIFY(QFile::exists(o.moveTo + QStringLiteral("/unreadable/corrupt.png")));
        for (const line::LineItem &item : items) {
            if (item.unreadable)
                continue;
            QVERIFY(QFile::exists(item.mapFile));
            // Overlays only for the flagged images (the default policy).
            QCOMPARE(item.overlayFile.isEmpty(), *item.verdict == infer::Verdict::Pass);
            QVERIFY(QFile::exists(item.movedTo));
        }
        // The watcher's score equals a plain inspection of the same file.
        infer::Inspector plain(bankPath, o.inspector);
        const auto reference = plain.inspectFiles({images[0]}, Progress::none());
        const auto first = std::find_if(items.begin(), items.end(), [](const line::LineItem &i) {
            return i.file.name == QStringLiteral("img0.png");
        });
        QVERIFY(first != items.end());
        // (Another batch composition may round differently in the last bits.)
        QVERIFY(std::abs(first->score - reference[0].score) <= 1e-5f * std::max(1.0f, reference[0].score));
        const line::LineCsv csv(dir.filePath(QStringLiteral("arrive/out/line.csv")));
        QCOMPARE(csv.rows().size(), images.size() + 1);
    }

    void restartsWithoutInspectingTwiceOrSkipping()
    {
        line::WatchOptions o = options(QStringLiteral("restart"));
        const store::Project project =
            store::Project::create(dir.filePath(QStringLiteral("restart/project")),
                                   QStringLiteral("line"));
        o.project = project;
        for (int i = 0; i < images.size(); ++i)
            renameIn(images[i], o.inputFolder, QStringLiteral("r%1.png").arg(i));
        const qint64 total = images.size();
        qint64 before = 0;
        {
            // One image per batch: when the second is recorded the stop comes, and what was
            // judged by then (the recorder holds at most 2 x batch) is recorded too.
            o.maxBatch = 1;
            line::LineWatcher first(o);
            QCOMPARE(first.stats().alreadyDone, qint64(0));
            before = watchUntil(first, 2).inspected;
            QVERIFY2(before >= 2 && before <= 5, qPrintable(QString::number(before)));
            o.maxBatch = 3;
        }
        // A crash after the CSV line and before the project's commit: a line the project
        // does not have. Without a project that line would mean "done".
        const QFileInfo last(
            QDir(o.inputFolder).filePath(QStringLiteral("r%1.png").arg(total - 1)));
        line::LineCsv(dir.filePath(QStringLiteral("restart/out/line.csv")))
            .append({QStringLiteral("t"),
                     {last.fileName(), last.size(), last.lastModified().toMSecsSinceEpoch()},
                     QStringLiteral("1"), QStringLiteral("pass"), {}, {}, {}});
        line::LineWatcher second(o);
        QCOMPARE(second.stats().alreadyDone, before);
        QCOMPARE(watchUntil(second, total - before).inspected, total - before);

        const QList<store::LineItemRecord> rows =
            store::lineItems(project.database(), QFileInfo(o.inputFolder).absoluteFilePath());
        QCOMPARE(rows.size(), images.size());
        QSet<QString> names;
        for (const store::LineItemRecord &r : rows) {
            names.insert(r.fileName);
            QVERIFY(r.inspectionId > 0);
        }
        QCOMPARE(names.size(), images.size());
        const QList<store::StoredInspection> recorded =
            store::inspections(project.database(), second.batchId());
        QCOMPARE(recorded.size(), total - before);
        // Flagged images carry their explanation by retrieval, passing ones none.
        for (const store::StoredInspection &r : recorded)
            QCOMPARE(r.explanation.isEmpty(), r.verdict == store::Verdict::Pass);
        const line::LineCsv csv(dir.filePath(QStringLiteral("restart/out/line.csv")));
        QCOMPARE(csv.rows().size(), images.size()); // the orphan line is gone, none twice
        // A camera that reuses a name writes a new file: it is inspected, as r0-2.
        QFile::remove(QDir(o.inputFolder).filePath(QStringLiteral("r0.png")));
        std::this_thread::sleep_for(20ms);
        renameIn(images[1], o.inputFolder, QStringLiteral("r0.png"));
        line::LineWatcher third(o);
        QList<line::LineItem> items;
        QCOMPARE(watchUntil(third, 1, {}, &items).inspected, qint64(1));
        QVERIFY(items[0].mapFile.endsWith(QStringLiteral("r0-2.map.safetensors")));
    }

    void aFolderThatDisappearsIsAClearError()
    {
        line::WatchOptions o = options(QStringLiteral("gone"));
        line::LineWatcher watcher(o);
        QVERIFY(QDir(o.inputFolder).removeRecursively());
        try {
            watchUntil(watcher, 1);
            QFAIL("no error");
        } catch (const Error &e) {
            QCOMPARE(e.path(), QFileInfo(o.inputFolder).absoluteFilePath());
            QVERIFY(e.message().contains(QStringLiteral("disappeared")));
        }
        // Before anything runs: a folder that is not there, no place for results.
        QVERIFY_THROWS_EXCEPTION(Error, line::LineWatcher{o});
        line::WatchOptions nowhere = options(QStringLiteral("nowhere"));
        nowhere.outputFolder.clear();
        QVERIFY_THROWS_EXCEPTION(Error, line::LineWatcher{nowhere});
    }
};

QTEST_GUILESS_MAIN(TestLineWatcher)
#include "test_line_watcher.moc"
