// The metrics dashboard's engine side: an evaluation's recorded image scores broken down
// by defect type at its recorded thresholds, what a dragged threshold would do, the labels
// and summaries of a project's evaluations, and which compared value is best.

#include "project/evaluation_breakdown.h"
#include "project/evaluation_overview.h"
#include "store/result_records.h"
#include "store_fixture.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace nexvitad;
using project::DefectTypeRow;

namespace {
QJsonObject image(const QString &name, const QString &type, double score)
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("score"), score},
                  {QStringLiteral("defect"), type != QLatin1String("good")}};
    if (!type.isEmpty())
        o[QStringLiteral("defect_type")] = type;
    return o;
}

// good 0.1 0.2 0.6 | crack 0.5 0.9 | hole 0.3; image threshold 0.5, review band 0.4 .. 0.8.
QJsonObject curves(bool withThresholds)
{
    QJsonObject c{
        {QStringLiteral("image_scores"), QJsonArray{image("/d/c/test/good/0.png", "good", 0.1),
                                                    image("/d/c/test/crack/0.png", "crack", 0.5),
                                                    image("/d/c/test/good/1.png", "good", 0.2),
                                                    image("/d/c/test/hole/0.png", "hole", 0.3),
                                                    image("/d/c/test/crack/1.png", "crack", 0.9),
                                                    image("/d/c/test/good/2.png", "good", 0.6)}}};
    if (withThresholds)
        c[QStringLiteral("thresholds")] = QJsonObject{
            {QStringLiteral("image"),
             QJsonObject{{QStringLiteral("value"), 0.5}, {QStringLiteral("method"), "manual"}}},
            {QStringLiteral("image_review"),
             QJsonObject{{QStringLiteral("pass_below"), 0.4}, {QStringLiteral("fail_from"), 0.8}}}};
    return c;
}
} // namespace

class TestEvaluationBreakdown : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsPerDefectTypeAtTheRecordedThresholds()
    {
        const QJsonObject c = curves(true);
        const auto rows = project::defectTypeBreakdown(project::recordedImageScores(c),
                                                       project::recordedThresholds(c));
        QCOMPARE(rows.size(), size_t(3));
        const DefectTypeRow &good = rows[0], &crack = rows[1], &hole = rows[2];
        QCOMPARE(good.defectType, QStringLiteral("good"));
        QVERIFY(good.good && !crack.good);
        QCOMPARE(good.images, 3);
        QCOMPARE(good.meanScore, 0.3);
        QCOMPARE(good.maxScore, 0.6);
        // Band: < 0.4 pass, >= 0.8 fail, else review.
        QVERIFY(good.judged);
        QCOMPARE((std::array{good.pass, good.review, good.fail}), (std::array{2, 1, 0}));
        QCOMPARE((std::array{crack.pass, crack.review, crack.fail}), (std::array{0, 1, 1}));
        QCOMPARE((std::array{hole.pass, hole.review, hole.fail}), (std::array{1, 0, 0}));
        // Rates at the image threshold 0.5 (>= is defect): FPR 1/3, crack recall 2/2.
        QCOMPARE(*good.flaggedRate, 1.0 / 3.0);
        QCOMPARE(*crack.flaggedRate, 1.0);
        QCOMPARE(*hole.flaggedRate, 0.0);
        QCOMPARE(hole.defectType, QStringLiteral("hole"));
        QCOMPARE(crack.meanScore, 0.7);
    }

    void noThresholdsMeansNoVerdictsAndNoRates()
    {
        const QJsonObject c = curves(false);
        const auto rows = project::defectTypeBreakdown(project::recordedImageScores(c),
                                                       project::recordedThresholds(c));
        QCOMPARE(rows.size(), size_t(3));
        for (const DefectTypeRow &row : rows) {
            QVERIFY(!row.judged);
            QCOMPARE(row.pass + row.review + row.fail, 0);
            QVERIFY(!row.flaggedRate);
        }
    }

    void defectTypeFallsBackToThePath()
    {
        const QJsonObject c{{QStringLiteral("image_scores"),
                             QJsonArray{image("/x/test/scratch/1.png", QString(), 0.4),
                                        image("/x/elsewhere/2.png", QString(), 0.2)}}};
        const auto images = project::recordedImageScores(c);
        QCOMPARE(images[0].defectType, QStringLiteral("scratch"));
        QCOMPARE(images[1].defectType, QStringLiteral("defective")); // label only
    }

    void outcomeOfADraggedThreshold()
    {
        const auto images = project::recordedImageScores(curves(false));
        const project::ThresholdOutcome at = project::outcomeAt(images, 0.5);
        QCOMPARE(at.defective, 3);
        QCOMPARE(at.detected, 2);
        QCOMPARE(at.good, 3);
        QCOMPARE(at.falseAlarms, 1);
        QCOMPARE(project::outcomeAt(images, 0.0).falseAlarms, 3);
        QCOMPARE(project::outcomeAt(images, 1.0).detected, 0);
    }

    void bestValuesAreTheHighestDefinedOnes()
    {
        using V = std::vector<std::optional<double>>;
        QCOMPARE(project::bestValues(V{0.5, 0.9, std::nullopt}), (std::vector{false, true, false}));
        QCOMPARE(project::bestValues(V{0.9, 0.9, 0.1}), (std::vector{true, true, false}));
        QCOMPARE(project::bestValues(V{0.9, std::nullopt}), (std::vector{false, false}));
        QCOMPARE(project::bestValues(V{0.9}), (std::vector{false}));
    }

    void evaluationsAreListedWithTheirSettings()
    {
        QTemporaryDir dir;
        const store::Project p = store::Project::create(dir.filePath("p"), QStringLiteral("p"));
        const storetest::FilledIds ids = storetest::fillProject(p);
        store::EvaluationRecord decoder;
        decoder.metrics = {{QStringLiteral("class"), QStringLiteral("cable")},
                           {QStringLiteral("inference"), QStringLiteral("decoder")},
                           {QStringLiteral("untrained"), true}};
        const qint64 second = store::addEvaluation(p.database(), decoder);

        const auto list = project::listEvaluations(p.database());
        QCOMPARE(list.size(), size_t(2));
        QCOMPARE(list[0].id, ids.evaluation);
        QCOMPARE(list[0].bankId, ids.bank);
        QCOMPARE(list[0].bankK, 4);
        QCOMPARE(list[0].runId, ids.run);
        QCOMPARE(list[0].className, QStringLiteral("bottle")); // from the bank
        QCOMPARE(list[0].metrics.value("image_auroc").toDouble(), 0.97);
        QCOMPARE(list[0].label(), QStringLiteral("#%1 bottle, run %2, bank %3 (K = 4), memory bank")
                                      .arg(ids.evaluation)
                                      .arg(ids.run)
                                      .arg(ids.bank));
        QCOMPARE(list[1].id, second);
        QCOMPARE(list[1].bankK, -1);
        QCOMPARE(list[1].label(), QStringLiteral("#%1 cable, untrained, decoder").arg(second));
    }
};

QTEST_GUILESS_MAIN(TestEvaluationBreakdown)
#include "test_evaluation_breakdown.moc"
