#pragma once
// The good-image score distribution a memory bank was evaluated with: the drift monitor's
// reference (docs/line.md, "Drift monitor"). `nexvitad-cli eval --save-thresholds` stores
// the image scores of the evaluated good test images in the bank file, under
// "good_score_reference" in the bank's JSON description:
//
//   {"count": n, "scores": [ascending, at most kMaxStoredScores], "evaluated_at": ISO UTC,
//    "class": name}
//
// Up to kMaxStoredScores scores are stored exactly. A larger set is summarised by that many
// evenly spaced quantiles (probabilities i / (kMax - 1), linear interpolation), which keeps
// the bank's description small and changes any quantile by less than the gap between two
// neighbouring stored points. `count` stays the number of images evaluated.
//
// Banks written before this field load fine without it; the monitor then calibrates on
// the line's first good images instead.

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>
#include <span>
#include <vector>

namespace nexvitad::infer {

struct BankEvaluation;

// Linear interpolation between order statistics (numpy's default), as the thresholds use:
// position q (n - 1) in the ascending `sorted`. Needs a non-empty input; q in [0, 1].
double sortedQuantile(std::span<const float> sorted, double q);

struct GoodScoreReference
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::infer::GoodScoreReference)
public:
    static constexpr int kMaxStoredScores = 1000;

    std::vector<float> scores; // ascending; the scores or their quantile summary
    qint64 count = 0;          // good images evaluated
    QString evaluatedAt;       // ISO-8601 UTC
    QString className;

    // Sorts, summarises above kMaxStoredScores. Throws nexvitad::Error when empty.
    static GoodScoreReference fromScores(std::vector<float> goodScores, const QString &evaluatedAt,
                                         const QString &className);

    double quantile(double q) const { return sortedQuantile(scores, q); }
    // The reference as the drift monitor sees it when only passing images reach it: the
    // stored scores below `passBelow` (the empty set when none is).
    std::vector<float> scoresBelow(double passBelow) const;

    QJsonObject toJson() const;
    // Throws nexvitad::Error(message, path) when malformed.
    static GoodScoreReference fromJson(const QJsonObject &json, const QString &path);

    bool operator==(const GoodScoreReference &) const = default;
};

// The good test images' scores of an evaluation, now (what eval --save-thresholds stores).
// Throws nexvitad::Error when the evaluation has no good image.
GoodScoreReference goodScoreReference(const BankEvaluation &evaluation, const QString &className);

} // namespace nexvitad::infer
