#include "eval/ranking_accumulator.h"

#include "common/error.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstring>

namespace nexvitad::eval {

namespace {

constexpr int kShift = 32 - RankingAccumulator::kHistogramBits;
constexpr size_t kBins = size_t(1) << RankingAccumulator::kHistogramBits;

// Maps a float to an unsigned key with the same order (negative floats reversed), so that
// the top bits of the key are a scale-free, logarithmic binning of the score.
quint32 orderedKey(float value)
{
    value += 0.0f; // -0 -> +0: equal floats must share a bin
    quint32 bits;
    std::memcpy(&bits, &value, sizeof bits);
    return (bits & 0x80000000u) ? ~bits : (bits | 0x80000000u);
}

float fromOrderedKey(quint32 key)
{
    const quint32 bits = (key & 0x80000000u) ? (key & 0x7fffffffu) : ~key;
    float value;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

// The smallest finite value a bin can hold: every sample in the bin is >= it.
float binLowerEdge(size_t bin)
{
    const float edge = fromOrderedKey(quint32(bin) << kShift);
    return std::isfinite(edge) ? edge : -FLT_MAX;
}

} // namespace

RankingAccumulator::RankingAccumulator(qint64 exactBudget)
    : m_exactBudget(std::max<qint64>(exactBudget, 0))
{
}

void RankingAccumulator::checkFinite(float score) const
{
    if (!std::isfinite(score))
        throw Error(tr("A score is not a finite number (NaN or infinity); the anomaly map "
                       "is broken."));
}

void RankingAccumulator::addNegative(float score)
{
    checkFinite(score);
    ++m_negatives;
    if (isExact()) {
        m_exactNegatives.push_back(score);
        m_sorted = false;
        spillToHistogramIfOverBudget();
    } else {
        addToHistogram(score, false, 0.0f);
    }
}

void RankingAccumulator::addPositive(float score, float weight)
{
    checkFinite(score);
    ++m_positives;
    m_positiveWeight += weight;
    if (isExact()) {
        m_exactPositives.emplace_back(score, weight);
        m_sorted = false;
        spillToHistogramIfOverBudget();
    } else {
        addToHistogram(score, true, weight);
    }
}

void RankingAccumulator::spillToHistogramIfOverBudget()
{
    if (m_negatives + m_positives <= m_exactBudget)
        return;
    m_histogramNegatives.assign(kBins, 0);
    m_histogramPositives.assign(kBins, 0);
    m_histogramWeights.assign(kBins, 0.0);
    for (float s : m_exactNegatives)
        addToHistogram(s, false, 0.0f);
    for (const auto &[s, w] : m_exactPositives)
        addToHistogram(s, true, w);
    // Release the memory, not just the size.
    std::vector<float>().swap(m_exactNegatives);
    std::vector<std::pair<float, float>>().swap(m_exactPositives);
    m_sorted = true;
}

void RankingAccumulator::addToHistogram(float score, bool positive, float weight)
{
    // quint32 counts: a single bin would need 4 Gi samples (80,000 images of 224 x 224 with
    // one identical score) to overflow.
    const size_t bin = orderedKey(score) >> kShift;
    if (positive) {
        ++m_histogramPositives[bin];
        m_histogramWeights[bin] += weight;
    } else {
        ++m_histogramNegatives[bin];
    }
}

void RankingAccumulator::forEachGroup(const std::function<void(const TieGroup &)> &visit)
{
    if (!isExact()) {
        for (size_t bin = kBins; bin-- > 0;) {
            if (m_histogramNegatives[bin] == 0 && m_histogramPositives[bin] == 0)
                continue;
            visit(TieGroup{binLowerEdge(bin), m_histogramNegatives[bin], m_histogramPositives[bin],
                           m_histogramWeights[bin]});
        }
        return;
    }

    if (!m_sorted) {
        std::sort(m_exactNegatives.begin(), m_exactNegatives.end(), std::greater<float>());
        std::sort(m_exactPositives.begin(), m_exactPositives.end(),
                  [](const auto &a, const auto &b) { return a.first > b.first; });
        m_sorted = true;
    }
    // Merge the two descending lists, one group per distinct score.
    size_t i = 0;
    size_t j = 0;
    while (i < m_exactNegatives.size() || j < m_exactPositives.size()) {
        float score = -FLT_MAX;
        if (i < m_exactNegatives.size())
            score = m_exactNegatives[i];
        if (j < m_exactPositives.size())
            score = std::max(score, m_exactPositives[j].first);
        TieGroup group{score, 0, 0, 0.0};
        for (; i < m_exactNegatives.size() && m_exactNegatives[i] == score; ++i)
            ++group.negatives;
        for (; j < m_exactPositives.size() && m_exactPositives[j].first == score; ++j) {
            ++group.positives;
            group.positiveWeight += m_exactPositives[j].second;
        }
        visit(group);
    }
}

} // namespace nexvitad::eval
