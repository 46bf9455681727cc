// The metrics dashboard on real evaluations recorded by nexvitad-cli (metrics_fixture.h):
// the per-defect-type table against the recorded image scores counted here independently,
// an evaluation without thresholds, the comparison (two columns, best values, two curves
// per chart named by bank), undefined metrics, the per-class table, and dragging the
// histogram's threshold line with the mouse. Chart export: test_chart_export.cpp.

#include "metrics/comparison_view.h"
#include "metrics/curve_chart.h"
#include "metrics/defect_type_view.h"
#include "metrics/metrics_dashboard.h"
#include "metrics/score_histogram.h"
#include "metrics_fixture.h"
#include "store/project.h"
#include "store/result_records.h"
#include "store/store_service.h"
#include "test_support.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <map>
#include <memory>
#include <qcustomplot.h>

using namespace nexvitad::ui;

using namespace nexvitad;
using metricsfixture::arrived;

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

} // namespace

class TestMetricsDashboard : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    metricsfixture::RecordedEvaluations m_recorded;

    store::StoredEvaluation stored(qint64 id) const
    {
        return store::evaluation(m_recorded.store()->project().database(), id);
    }

private Q_SLOTS:
    void initTestCase()
    {
        testsupport::isolateSettings();
        const QString error = m_recorded.record(m_tmp.path());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void defectTypeTableMatchesTheRecordedScores()
    {
        MetricsDashboard dashboard;
        QVERIFY(metricsfixture::openDashboard(dashboard, m_recorded.store(), {1}));
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
        QVERIFY(metricsfixture::openDashboard(dashboard, m_recorded.store(), {2}));
        const QAbstractItemModel *m = dashboard.defectTypes()->table()->model();
        QCOMPARE(m->rowCount(), 4);
        for (int row = 0; row < m->rowCount(); ++row)
            for (int column : {4, 5, 6, 7})
                QVERIFY(cell(m, row, column) == QStringLiteral("undefined") ||
                        (column == 7 && cell(m, row, 0) == QStringLiteral("good")));
    }

    void comparesTwoEvaluationsSideBySide()
    {
        MetricsDashboard dashboard;
        QVERIFY(metricsfixture::openDashboard(dashboard, m_recorded.store(), {1, 2}));
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
        QVERIFY(!table->item(7, 0)->font().bold());               // a count is never "best"
        for (const char *name :
             {"pixelRocChart", "pixelPrChart", "pixelProChart", "imageRocChart"}) {
            auto *chart = dashboard.findChild<CurveChart *>(QLatin1String(name));
            QCOMPARE(chart->seriesCount(), 2);
            // The legends name the curves by the evaluations' numbers, as the columns start.
            QCOMPARE(chart->seriesName(0), QStringLiteral("#1"));
            QCOMPARE(chart->seriesName(1), QStringLiteral("#2"));
        }
        // Unticking one leaves one column and one curve.
        QSignalSpy displayed(&dashboard, &MetricsDashboard::displayed);
        dashboard.showEvaluations({2});
        QVERIFY(arrived(displayed));
        QCOMPARE(table->columnCount(), 1);
        QCOMPARE(dashboard.findChild<CurveChart *>("pixelRocChart")->seriesCount(), 1);
    }

    void undefinedMetricsSayUndefinedAndAreNeverBest()
    {
        // As stored for a test set without defective images: image metrics are null.
        ComparisonView view;
        view.addEvaluation("a", "#1", {{"pixel_auroc", 0.9}, {"image_auroc", QJsonValue::Null}}, {});
        view.addEvaluation("b", "#2", {{"pixel_auroc", 0.8}, {"image_auroc", 0.7}}, {});
        auto *table = view.findChild<QTableWidget *>(QStringLiteral("metricsTable"));
        QCOMPARE(table->item(4, 0)->text(), QStringLiteral("undefined"));
        QVERIFY(table->item(0, 0)->font().bold() && !table->item(0, 1)->font().bold());
        // One defined value is nothing to compare.
        QVERIFY(!table->item(4, 0)->font().bold() && !table->item(4, 1)->font().bold());
        view.clear();
        QCOMPARE(table->columnCount(), 0);
        QCOMPARE(view.evaluationCount(), 0);
    }

    void classTableListsEveryEvaluation()
    {
        MetricsDashboard dashboard;
        QVERIFY(metricsfixture::openDashboard(dashboard, m_recorded.store(), {1}));
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
        QVERIFY(metricsfixture::openDashboard(dashboard, m_recorded.store(), {1}));
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
};

QTEST_MAIN(TestMetricsDashboard)
#include "test_metrics_dashboard.moc"
