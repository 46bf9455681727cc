// The metrics dashboard on real evaluations: nexvitad-cli builds two memory banks (K = 6
// and all patches) on a tiny synthetic dataset with the random mini backbones and
// evaluates both into a project (the first with saved thresholds). The test then checks
// the per-defect-type table against the recorded image scores counted here independently,
// the comparison (two columns, best values, two curves per chart named by bank), the
// per-class table, dragging the threshold line with the mouse, and chart export (PNG,
// one-page PDF, the file dialog's default name, and a read-only folder refused with a
// message naming the file and no temporary file left).

#include "metrics/comparison_view.h"
#include "metrics/curve_chart.h"
#include "metrics/defect_type_view.h"
#include "metrics/metrics_dashboard.h"
#include "metrics/score_histogram.h"

#include "store/project.h"
#include "store/result_records.h"
#include "store/store_service.h"
#include "test_support.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QImage>
#include <QJsonArray>
#include <QMessageBox>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <qcustomplot.h>

#include <map>
#include <memory>
#include <sys/fsuid.h>
#include <unistd.h>

using namespace nexvitad;
using testsupport::runCli;

namespace {
struct Expected // one defect-type row, counted from the stored record
{
    int images = 0, pass = 0, review = 0, fail = 0, flagged = 0;
    double sum = 0, max = 0;
};

QString cell(const QAbstractItemModel *m, int row, int column)
{
    return m->index(row, column).data().toString();
}

// Answers the modal dialogs that appear, in order, one handler each (a file dialog, then
// a message box). Polls for the next modal widget from the dialog's own event loop.
class ModalAnswers : public QObject
{
public:
    explicit ModalAnswers(std::vector<std::function<void(QWidget *)>> handlers)
        : m_handlers(std::move(handlers))
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || modal == m_last)
                return;
            m_last = modal;
            if (m_next < m_handlers.size()) {
                m_handlers[m_next++](modal);
            } else { // not expected: close it so the test cannot hang, and count it
                ++m_unexpected;
                modal->close();
            }
        });
        m_timer.start(20);
    }
    size_t answered() const { return m_next; }
    int unexpected() const { return m_unexpected; }

private:
    std::vector<std::function<void(QWidget *)>> m_handlers;
    size_t m_next = 0;
    int m_unexpected = 0;
    QWidget *m_last = nullptr;
    QTimer m_timer;
};

// A signal that may already have come (a QFuture continuation runs at once when its
// future finished before it was attached), else within ten seconds.
bool arrived(QSignalSpy &spy)
{
    return !spy.isEmpty() || spy.wait(10000);
}

// Accepts the file dialog in `folder` with the file name it proposes. (selectFile() would
// not replace the name while the name field has the focus.)
void acceptIn(QFileDialog *dialog, const QString &folder)
{
    dialog->setDirectory(folder);
    static_cast<QDialog *>(dialog)->accept(); // public in QDialog
}

// Root ignores permission bits: drop the file-system identity of this thread to nobody
// (which also drops CAP_DAC_OVERRIDE) while a read-only folder must stay read-only.
struct ActAsNobody
{
    const bool root = geteuid() == 0;
    ActAsNobody()
    {
        if (root)
            setfsuid(65534);
    }
    ~ActAsNobody()
    {
        if (root)
            setfsuid(0);
    }
};
} // namespace

class TestMetricsDashboard : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_project;
    std::unique_ptr<store::StoreService> m_store;

    QString path(const QString &name) const { return m_tmp.filePath(name); }

    void record(const QStringList &args)
    {
        const auto r = runCli(args, path("home"));
        QVERIFY2(r.exitCode == 0, qPrintable(args.join(' ') + "\n" + r.out + r.err));
    }

    // A dashboard on the project, its evaluations listed and `ids` shown.
    void open(MetricsDashboard &dashboard, const QList<qint64> &ids)
    {
        QSignalSpy listed(&dashboard, &MetricsDashboard::listed);
        dashboard.setStore(m_store.get());
        QVERIFY(arrived(listed));
        QSignalSpy displayed(&dashboard, &MetricsDashboard::displayed);
        dashboard.showEvaluations(ids);
        QVERIFY(arrived(displayed));
    }

    store::StoredEvaluation stored(qint64 id) const
    {
        return store::evaluation(m_store->project().database(), id);
    }

private Q_SLOTS:
    void initTestCase()
    {
        testsupport::isolateSettings();
        const QString data = path("data");
        m_project = path("project");
        record({"synth", "--out", data, "--classes", "1", "--size", "64", "--train-good", "6",
                "--test-good", "3", "--test-defects", "2"});
        const QStringList classes = QDir(data).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(classes.size(), 1);
        const QString cls = classes.first();
        record({"project", "init", m_project});
        const QStringList encoder{"--untrained", "--hiera", "random:hiera_mini:1", "--dinov2",
                                  "random:dinov2_mini:2", "--size", "64", "--data", data,
                                  "--class", cls, "--count", "4", "--project", m_project};
        record(QStringList{"bank"} + encoder + QStringList{"--k", "6", "--out", path("k6.bank")});
        record(QStringList{"bank"} + encoder +
               QStringList{"--prototypes", "all_patches", "--out", path("all.bank")});
        const QStringList eval{"eval", "--data", data, "--class", cls, "--project", m_project};
        record(eval + QStringList{"--bank", path("k6.bank"), "--save-thresholds"});
        record(eval + QStringList{"--bank", path("all.bank")});
        m_store = std::make_unique<store::StoreService>(store::Project::open(m_project));
    }

    void defectTypeTableMatchesTheRecordedScores()
    {
        MetricsDashboard dashboard;
        open(dashboard, {1});
        // Counted here from the record: the type is the folder the image lies in.
        const store::StoredEvaluation e = stored(1);
        const QJsonObject t = e.curves.value("thresholds").toObject();
        const double image = t.value("image").toObject().value("value").toDouble();
        const QJsonObject band = t.value("image_review").toObject();
        QVERIFY(band.contains("pass_below")); // --save-thresholds recorded a review band
        const double passBelow = band.value("pass_below").toDouble();
        const double failFrom = band.value("fail_from").toDouble();
        std::map<QString, Expected> expected;
        for (const QJsonValue &v : e.curves.value("image_scores").toArray()) {
            const QJsonObject s = v.toObject();
            const double score = s.value("score").toDouble();
            Expected &x = expected[QFileInfo(s.value("name").toString()).dir().dirName()];
            x.max = x.images++ == 0 ? score : std::max(x.max, score);
            x.sum += score;
            ++(score < passBelow ? x.pass : score >= failFrom ? x.fail : x.review);
            x.flagged += score >= image;
        }
        QCOMPARE(expected.size(), size_t(4)); // good + three synthetic defect types
        QCOMPARE(expected["good"].images, 3);

        const QAbstractItemModel *m = dashboard.defectTypes()->table()->model();
        QCOMPARE(m->rowCount(), int(expected.size()));
        QCOMPARE(cell(m, 0, 0), QStringLiteral("good")); // good comes first
        for (int row = 0; row < m->rowCount(); ++row) {
            const QString type = cell(m, row, 0);
            QVERIFY2(expected.count(type), qPrintable(type));
            const Expected &x = expected[type];
            QCOMPARE(cell(m, row, 1).toInt(), x.images);
            QCOMPARE(cell(m, row, 2), QString::number(x.sum / x.images, 'f', 4));
            QCOMPARE(cell(m, row, 3), QString::number(x.max, 'f', 4));
            QCOMPARE(cell(m, row, 4).toInt(), x.pass);
            QCOMPARE(cell(m, row, 5).toInt(), x.review);
            QCOMPARE(cell(m, row, 6).toInt(), x.fail);
            // Detection rate for defect types, false-positive rate for good.
            const QString rate = QString::number(double(x.flagged) / x.images, 'f', 4);
            QCOMPARE(cell(m, row, type == "good" ? 8 : 7), rate);
            QCOMPARE(cell(m, row, type == "good" ? 7 : 8), QString());
        }
        // Sorting by the maximum score, highest first, puts the highest max on top.
        dashboard.defectTypes()->table()->sortByColumn(3, Qt::DescendingOrder);
        double top = 0;
        for (const auto &[type, x] : expected)
            top = std::max(top, x.max);
        QCOMPARE(cell(m, 0, 3), QString::number(top, 'f', 4));
    }

    void evaluationWithoutThresholdsHasNoVerdicts()
    {
        MetricsDashboard dashboard;
        open(dashboard, {2});
        const QAbstractItemModel *m = dashboard.defectTypes()->table()->model();
        QCOMPARE(m->rowCount(), 4);
        for (int row = 0; row < m->rowCount(); ++row)
            for (int column : {4, 5, 6, 7})
                QVERIFY(cell(m, row, column) == QStringLiteral("undefined")
                        || (column == 7 && cell(m, row, 0) == QStringLiteral("good")));
    }

    void comparesTwoEvaluationsSideBySide()
    {
        MetricsDashboard dashboard;
        open(dashboard, {1, 2});
        QCOMPARE(dashboard.evaluationCount(), 2);
        auto *table = dashboard.findChild<QTableWidget *>(QStringLiteral("metricsTable"));
        QCOMPARE(table->columnCount(), 2);
        const QString first = table->horizontalHeaderItem(0)->text();
        const QString second = table->horizontalHeaderItem(1)->text();
        QVERIFY2(first.startsWith("#1 ") && first.contains("K = 6"), qPrintable(first));
        QVERIFY2(second.startsWith("#2 ") && second.contains("all patches"), qPrintable(second));
        QVERIFY(first.contains("untrained"));
        // Row 0 is pixel AUROC: the stored values, the higher one in bold.
        const double a = stored(1).metrics.value("pixel_auroc").toDouble();
        const double b = stored(2).metrics.value("pixel_auroc").toDouble();
        QCOMPARE(table->item(0, 0)->text(), QString::number(a, 'f', 4));
        QCOMPARE(table->item(0, 1)->text(), QString::number(b, 'f', 4));
        QCOMPARE(table->item(0, 0)->font().bold(), a >= b);
        QCOMPARE(table->item(0, 1)->font().bold(), b >= a);
        QCOMPARE(table->item(7, 0)->text(), QStringLiteral("9")); // test images
        QVERIFY(!table->item(7, 0)->font().bold()); // a count is never "best"
        for (const char *name : {"pixelRocChart", "pixelPrChart", "pixelProChart", "imageRocChart"}) {
            auto *chart = dashboard.findChild<CurveChart *>(QLatin1String(name));
            QCOMPARE(chart->seriesCount(), 2);
            QCOMPARE(chart->seriesName(0), first);
            QCOMPARE(chart->seriesName(1), second);
        }
        // Unticking one leaves one column and one curve.
        QSignalSpy displayed(&dashboard, &MetricsDashboard::displayed);
        dashboard.showEvaluations({2});
        QVERIFY(arrived(displayed));
        QCOMPARE(table->columnCount(), 1);
        QCOMPARE(dashboard.findChild<CurveChart *>("pixelRocChart")->seriesCount(), 1);
    }

    void classTableListsEveryEvaluation()
    {
        MetricsDashboard dashboard;
        open(dashboard, {1});
        auto *view = dashboard.findChild<QTableView *>(QStringLiteral("classMetricsTable"));
        const QAbstractItemModel *m = view->model();
        QCOMPARE(m->rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            const store::StoredEvaluation e = stored(row + 1);
            QCOMPARE(cell(m, row, 0), e.metrics.value("class").toString());
            QVERIFY(cell(m, row, 1).startsWith(QStringLiteral("#%1 ").arg(row + 1)));
            QCOMPARE(cell(m, row, 2),
                     QString::number(e.metrics.value("pixel_auroc").toDouble(), 'f', 4));
            QCOMPARE(cell(m, row, 3),
                     QString::number(e.metrics.value("pixel_aupro_0.3").toDouble(), 'f', 4));
        }
    }

    void thresholdLineIsDraggedWithTheMouse()
    {
        MetricsDashboard dashboard;
        dashboard.resize(1200, 900);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        open(dashboard, {1});
        dashboard.findChild<QTabWidget *>("metricsTabs")->setCurrentWidget(dashboard.defectTypes());
        ScoreHistogram *histogram = dashboard.histogram();
        QCustomPlot *plot = histogram->plot();
        plot->replot();
        const double start = histogram->threshold();
        const QJsonObject thresholds = stored(1).curves.value("thresholds").toObject();
        QCOMPARE(start, thresholds.value("image").toObject().value("value").toDouble());
        const int y = plot->axisRect()->center().y();
        const int x = qRound(plot->xAxis->coordToPixel(start));
        QSignalSpy moved(histogram, &ScoreHistogram::thresholdChanged);

        // Pressing away from the line does not take it.
        QTest::mousePress(plot, Qt::LeftButton, {}, QPoint(x + 60, y));
        QTest::mouseMove(plot, QPoint(x + 90, y));
        QTest::mouseRelease(plot, Qt::LeftButton, {}, QPoint(x + 90, y));
        QCOMPARE(histogram->threshold(), start);

        QTest::mousePress(plot, Qt::LeftButton, {}, QPoint(x + 2, y));
        QTest::mouseMove(plot, QPoint(x + 40, y));
        QTest::mouseRelease(plot, Qt::LeftButton, {}, QPoint(x + 40, y));
        QVERIFY(moved.size() >= 1);
        const double dragged = histogram->threshold();
        QVERIFY(dragged > start);
        QCOMPARE(dragged, plot->xAxis->pixelToCoord(x + 40));

        // The outcome line follows the dragged threshold, counted here from the record.
        int detected = 0, defective = 0, flagged = 0, good = 0;
        for (const QJsonValue &v : stored(1).curves.value("image_scores").toArray()) {
            const bool defect = v["defect"].toBool();
            const bool at = v["score"].toDouble() >= dragged;
            (defect ? defective : good) += 1;
            (defect ? detected : flagged) += at;
        }
        QCOMPARE(dashboard.defectTypes()->outcomeText(),
                 QStringLiteral("At %1: %2 of %3 defective images detected, %4 of %5 good "
                                "images flagged.")
                     .arg(QString::number(dragged, 'f', 4))
                     .arg(detected)
                     .arg(defective)
                     .arg(flagged)
                     .arg(good));
    }

    void chartsExportAsPngAndOnePagePdf()
    {
        MetricsDashboard dashboard;
        open(dashboard, {1, 2});
        QTemporaryDir out;
        QStringList errors;
        const QStringList files = dashboard.exportCharts(out.path(), &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
        QCOMPARE(files.size(), 2 * dashboard.charts().size()); // 5 charts, PNG + PDF
        QVERIFY(files.contains(out.filePath("Pixel_ROC.png")));
        for (const QString &file : files) {
            if (file.endsWith(".png")) {
                const QImage image(file);
                QVERIFY2(!image.isNull(), qPrintable(file));
                QVERIFY2(image.width() >= 1000 && image.height() >= 700, qPrintable(file));
                // Not blank: a chart has many colours (axes, text, curves).
                QSet<QRgb> colours;
                for (int yy = 0; yy < image.height(); yy += 7)
                    for (int xx = 0; xx < image.width(); xx += 7)
                        colours.insert(image.pixel(xx, yy));
                QVERIFY2(colours.size() > 5, qPrintable(file));
                continue;
            }
            QFile pdf(file);
            QVERIFY(pdf.open(QIODevice::ReadOnly));
            QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
            QProcess info;
            info.start("pdfinfo", {file});
            QVERIFY(info.waitForFinished(30000));
            QCOMPARE(info.exitCode(), 0);
            const QString text = QString::fromUtf8(info.readAllStandardOutput());
            QVERIFY2(text.contains(QRegularExpression(QStringLiteral("^Pages:\\s+1$"),
                                                      QRegularExpression::MultilineOption)),
                     qPrintable(file + "\n" + text));
        }
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).size(), files.size());
    }

    void exportThroughTheFileDialogProposesTheTitle()
    {
        MetricsDashboard dashboard;
        open(dashboard, {1});
        QTemporaryDir out;
        const QString target = out.filePath("Pixel_ROC.pdf");
        QString proposed;
        ModalAnswers answers({[&](QWidget *w) {
            auto *dialog = qobject_cast<QFileDialog *>(w);
            if (!dialog) {
                w->close();
                QFAIL("expected the file dialog");
            }
            proposed = QFileInfo(dialog->selectedFiles().value(0)).fileName();
            acceptIn(dialog, out.path());
        }});
        auto *chart = dashboard.findChild<CurveChart *>("pixelRocChart");
        chart->exportWithDialog(QStringLiteral("pdf"));
        QCOMPARE(answers.answered(), size_t(1));
        QCOMPARE(answers.unexpected(), 0); // no error message
        QCOMPARE(proposed, QStringLiteral("Pixel_ROC.pdf"));
        QFile pdf(target);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
    }

    void exportIntoAReadOnlyFolderFailsCleanly()
    {
        MetricsDashboard dashboard;
        open(dashboard, {1});
        QTemporaryDir out;
        const QString folder = out.filePath("read-only");
        QVERIFY(QDir().mkpath(folder));
        // The parents must be open to nobody; the folder itself is r-x for everyone.
        QVERIFY(QFile::setPermissions(out.path(), QFile::ReadOwner | QFile::WriteOwner
                                                      | QFile::ExeOwner | QFile::ReadOther
                                                      | QFile::ExeOther));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner
                                                  | QFile::ReadOther | QFile::ExeOther));
        const QString target = QDir(folder).filePath("Pixel_ROC.png");
        auto *chart = dashboard.findChild<CurveChart *>("pixelRocChart");
        {
            ActAsNobody nobody;
            const QString error = chart->exportTo(target);
            QVERIFY2(error.contains(target), qPrintable(error));

            // Through the dialog: the message box names the file.
            QString message;
            ModalAnswers answers({[&](QWidget *w) {
                                      auto *dialog = qobject_cast<QFileDialog *>(w);
                                      if (!dialog) {
                                          w->close();
                                          QFAIL("expected the file dialog");
                                      }
                                      acceptIn(dialog, folder);
                                  },
                                  [&](QWidget *w) {
                                      auto *box = qobject_cast<QMessageBox *>(w);
                                      if (!box) {
                                          w->close();
                                          QFAIL("expected the error message");
                                      }
                                      message = box->text();
                                      box->accept();
                                  }});
            chart->exportWithDialog(QStringLiteral("png"));
            QCOMPARE(answers.answered(), size_t(2));
            QCOMPARE(answers.unexpected(), 0);
            QVERIFY2(message.contains(target), qPrintable(message));
        }
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                                        | QDir::NoDotAndDotDot),
                 QStringList());
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
};

QTEST_MAIN(TestMetricsDashboard)
#include "test_metrics_dashboard.moc"
