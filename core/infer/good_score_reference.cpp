#include "infer/good_score_reference.h"

#include "common/error.h"
#include "infer/bank_evaluation.h"
#include "infer/json_fields.h"

#include <QDateTime>
#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace nexvitad::infer {

double sortedQuantile(std::span<const float> sorted, double q)
{
    Q_ASSERT(!sorted.empty());
    const double position = std::clamp(q, 0.0, 1.0) * double(sorted.size() - 1);
    const size_t below = size_t(std::floor(position));
    const size_t above = std::min(below + 1, sorted.size() - 1);
    const double fraction = position - double(below);
    return double(sorted[below]) * (1.0 - fraction) + double(sorted[above]) * fraction;
}

GoodScoreReference GoodScoreReference::fromScores(std::vector<float> goodScores,
                                                  const QString &evaluatedAt,
                                                  const QString &className)
{
    if (goodScores.empty())
        throw Error(tr("A good-score reference needs at least one good image's score."));
    std::sort(goodScores.begin(), goodScores.end());
    GoodScoreReference r;
    r.count = qint64(goodScores.size());
    r.evaluatedAt = evaluatedAt;
    r.className = className;
    if (goodScores.size() <= size_t(kMaxStoredScores)) {
        r.scores = std::move(goodScores);
        return r;
    }
    r.scores.reserve(kMaxStoredScores);
    for (int i = 0; i < kMaxStoredScores; ++i)
        r.scores.push_back(float(sortedQuantile(goodScores, double(i) / (kMaxStoredScores - 1))));
    return r;
}

std::vector<float> GoodScoreReference::scoresBelow(double passBelow) const
{
    const auto end = std::lower_bound(scores.begin(), scores.end(), passBelow,
                                      [](float s, double cut) { return double(s) < cut; });
    return {scores.begin(), end};
}

QJsonObject GoodScoreReference::toJson() const
{
    QJsonArray values;
    for (float s : scores)
        values.append(double(s));
    return QJsonObject{{QStringLiteral("count"), double(count)},
                       {QStringLiteral("scores"), values},
                       {QStringLiteral("evaluated_at"), evaluatedAt},
                       {QStringLiteral("class"), className}};
}

GoodScoreReference GoodScoreReference::fromJson(const QJsonObject &json, const QString &path)
{
    GoodScoreReference r;
    r.count = json::requireInteger(json, QStringLiteral("count"), 0, qint64(1) << 53, path);
    for (const QJsonValue &v : json::requireArray(json, QStringLiteral("scores"), path)) {
        if (!v.isDouble())
            throw Error(tr("The good-score reference holds a value that is not a number."), path);
        r.scores.push_back(float(v.toDouble()));
    }
    if (r.scores.empty() || r.scores.size() > size_t(kMaxStoredScores) ||
        !std::is_sorted(r.scores.begin(), r.scores.end()) || r.count < qint64(r.scores.size()))
        throw Error(tr("The good-score reference must hold 1 to %1 ascending scores and a count "
                       "of at least as many images.")
                        .arg(kMaxStoredScores),
                    path);
    r.evaluatedAt = json.value(QStringLiteral("evaluated_at")).toString();
    r.className = json.value(QStringLiteral("class")).toString();
    return r;
}

GoodScoreReference goodScoreReference(const BankEvaluation &evaluation, const QString &className)
{
    std::vector<float> good;
    for (const EvaluatedImage &image : evaluation.images)
        if (!image.defect)
            good.push_back(image.score);
    return GoodScoreReference::fromScores(
        std::move(good), QDateTime::currentDateTimeUtc().toString(Qt::ISODate), className);
}

} // namespace nexvitad::infer
