// The metrics dashboard shows an evaluation's numbers and curves, says "undefined" for
// undefined metrics, compares two evaluations side by side and exports its charts.

#include "metrics/metrics_dashboard.h"
#include "metrics/score_histogram.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {
QJsonObject curve(std::initializer_list<double> x, std::initializer_list<double> y)
{
    QJsonArray xs, ys;
    for (double v : x)
        xs.append(v);
    for (double v : y)
        ys.append(v);
    return {{QStringLiteral("x"), xs}, {QStringLiteral("y"), ys}};
}

QJsonObject evaluation(double pixelAuroc, bool imageDefined)
{
    QJsonObject curves{{QStringLiteral("pixel_roc"), curve({0, 0.1, 1}, {0, 0.8, 1})},
                       {QStringLiteral("pixel_pr"), curve({0, 0.5, 1}, {1, 0.7, 0.2})},
                       {QStringLiteral("pixel_pro"), curve({0, 0.3}, {0, 0.9})}};
    return {{QStringLiteral("pixel_auroc"), pixelAuroc},
            {QStringLiteral("pixel_ap"), 0.5},
            {QStringLiteral("image_auroc"),
             imageDefined ? QJsonValue(0.75) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("images"), 12},
            {QStringLiteral("curves"), curves}};
}
} // namespace

class TestMetricsDashboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsMetricsAndComparesRuns()
    {
        MetricsDashboard dashboard;
        dashboard.addEvaluation(QStringLiteral("run A"), evaluation(0.9123, true));
        dashboard.addEvaluation(QStringLiteral("run B (no MTL)"), evaluation(0.8, false));
        auto *table = dashboard.findChild<QTableWidget *>(QStringLiteral("metricsTable"));
        QCOMPARE(table->columnCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("0.9123"));
        QCOMPARE(table->item(4, 0)->text(), QStringLiteral("0.7500"));
        QCOMPARE(table->item(4, 1)->text(), QStringLiteral("undefined"));
        QCOMPARE(table->item(7, 1)->text(), QStringLiteral("12"));
        dashboard.clear();
        QCOMPARE(table->columnCount(), 0);
    }

    void histogramThresholdAndExport()
    {
        MetricsDashboard dashboard;
        dashboard.resize(900, 700);
        dashboard.addEvaluation(QStringLiteral("run"), evaluation(0.9, true));
        dashboard.setImageScores({0.1, 0.2, 0.25}, {0.7, 0.9});
        QSignalSpy moved(dashboard.histogram(), &ScoreHistogram::thresholdChanged);
        dashboard.histogram()->setThreshold(0.5);
        QCOMPARE(moved.size(), 1);
        QCOMPARE(dashboard.histogram()->threshold(), 0.5);

        QTemporaryDir dir;
        const QStringList files = dashboard.exportCharts(dir.path(), QStringLiteral("png"));
        QCOMPARE(files.size(), 5);
        for (const QString &f : files)
            QVERIFY2(QFileInfo(f).size() > 1000, qPrintable(f));
        QCOMPARE(dashboard.exportCharts(dir.path(), QStringLiteral("pdf")).size(), 5);
    }
};

QTEST_MAIN(TestMetricsDashboard)
#include "test_metrics_dashboard.moc"
