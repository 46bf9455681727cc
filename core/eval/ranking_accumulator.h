#pragma once
// Scores of a binary problem (defect vs good), collected one sample at a time with bounded
// memory, then walked in descending score order as "tie groups" (all samples sharing one
// threshold). Every ranking metric (ROC, PR, F1, PRO) is a single pass over these groups.
//
// Exact mode: the raw scores are kept until `exactBudget` samples have been seen; the walk
// then visits every distinct score, exactly like scikit-learn's curves (ties form one
// threshold). Beyond the budget the samples move into a fixed histogram keyed by the top
// kHistogramBits bits of the float's order-preserving bit pattern: 2^21 bins, each spanning
// a relative score width of 2^-12 (about 2.4e-4) whatever the scale. Memory then stays at
// 32 MiB however many images are added. A bin acts as one tie group, so the metrics become
// bounded approximations; ranking_metrics.h computes the bound for each one.
//
// Positive samples carry a weight (1 for plain counting; 1/region size for the per-region
// overlap of AUPRO), so one accumulator serves every pixel metric.

#include <QCoreApplication>
#include <QtGlobal>
#include <functional>
#include <utility>
#include <vector>

namespace nexvitad::eval {

struct TieGroup
{
    // Predicting "defect" for score >= threshold selects exactly the groups visited so far.
    // Exact mode: the tied score itself. Histogram mode: the bin's lower edge.
    float threshold = 0.0f;
    qint64 negatives = 0;
    qint64 positives = 0;
    double positiveWeight = 0.0; // sum of the positives' weights
};

class RankingAccumulator
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::eval::RankingAccumulator)
public:
    static constexpr int kHistogramBits = 21;
    static constexpr qint64 kDefaultExactBudget = qint64(1) << 23; // 8 Mi samples, ~64 MiB

    explicit RankingAccumulator(qint64 exactBudget = kDefaultExactBudget);

    // Throws nexvitad::Error for a non-finite score (a broken score map must not turn into
    // a silently wrong metric).
    void addNegative(float score);
    void addPositive(float score, float weight = 1.0f);

    qint64 negatives() const { return m_negatives; }
    qint64 positives() const { return m_positives; }
    double positiveWeight() const { return m_positiveWeight; }
    bool isExact() const { return m_histogramNegatives.empty(); }

    // Visits the tie groups from the highest score down. Sorts the exact data in place the
    // first time (later adds are allowed and re-sort).
    void forEachGroup(const std::function<void(const TieGroup &)> &visit);

private:
    void checkFinite(float score) const;
    void spillToHistogramIfOverBudget();
    void addToHistogram(float score, bool positive, float weight);

    qint64 m_exactBudget;
    qint64 m_negatives = 0;
    qint64 m_positives = 0;
    double m_positiveWeight = 0.0;
    bool m_sorted = true;
    std::vector<float> m_exactNegatives;
    std::vector<std::pair<float, float>> m_exactPositives; // (score, weight)
    std::vector<quint32> m_histogramNegatives;
    std::vector<quint32> m_histogramPositives;
    std::vector<double> m_histogramWeights;
};

} // namespace nexvitad::eval
