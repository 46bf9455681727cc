#include "infer/thresholds.h"

#include "common/error.h"
#include "infer/json_fields.h"

#include <QJsonValue>
#include <algorithm>
#include <cmath>

namespace nexvitad::infer {

namespace {

QString methodKey(ThresholdMethod m)
{
    switch (m) {
    case ThresholdMethod::F1Optimal:
        return QStringLiteral("f1_optimal");
    case ThresholdMethod::GoodPercentile:
        return QStringLiteral("good_percentile");
    case ThresholdMethod::Manual:
        break;
    }
    return QStringLiteral("manual");
}

QJsonObject thresholdToJson(const Threshold &t)
{
    QJsonObject o{{QStringLiteral("value"), double(t.value)},
                  {QStringLiteral("method"), methodKey(t.method)},
                  {QStringLiteral("samples"), double(t.samples)}};
    if (t.method == ThresholdMethod::GoodPercentile) {
        o[QStringLiteral("percentile")] = t.percentile;
        o[QStringLiteral("margin")] = t.margin;
    }
    if (t.f1)
        o[QStringLiteral("f1")] = *t.f1;
    return o;
}

Threshold thresholdFromJson(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        throw Error(ThresholdText::tr("A threshold is not a JSON object."), path);
    const QJsonObject o = value.toObject();
    Threshold t;
    t.value = float(json::requireNumber(o, QStringLiteral("value"), path));
    const QString method = o.value(QStringLiteral("method")).toString();
    if (method == QLatin1String("f1_optimal"))
        t.method = ThresholdMethod::F1Optimal;
    else if (method == QLatin1String("good_percentile"))
        t.method = ThresholdMethod::GoodPercentile;
    else if (method == QLatin1String("manual"))
        t.method = ThresholdMethod::Manual;
    else
        throw Error(ThresholdText::tr("Unknown threshold method \"%1\".").arg(method), path);
    // A count from a file that may come from elsewhere: bounded, never cast from any double
    // (a "samples" of 1e28 was undefined behaviour; found by fuzz_bank_metadata).
    if (o.contains(QStringLiteral("samples")))
        t.samples = json::requireInteger(o, QStringLiteral("samples"), 0, qint64(1) << 53, path);
    if (t.method == ThresholdMethod::GoodPercentile) {
        t.percentile = json::requireNumber(o, QStringLiteral("percentile"), path);
        t.margin = json::requireNumber(o, QStringLiteral("margin"), path);
    }
    if (o.contains(QStringLiteral("f1")))
        t.f1 = json::requireNumber(o, QStringLiteral("f1"), path);
    return t;
}

} // namespace

Verdict ReviewBand::verdict(float score) const
{
    if (score < passBelow)
        return Verdict::Pass;
    if (score >= failFrom)
        return Verdict::Fail;
    return Verdict::Review;
}

std::optional<Verdict> ThresholdSet::verdict(float imageScore) const
{
    if (imageReview)
        return imageReview->verdict(imageScore);
    if (image)
        return imageScore >= image->value ? Verdict::Fail : Verdict::Pass;
    return std::nullopt;
}

QJsonObject ThresholdSet::toJson() const
{
    QJsonObject o;
    if (pixel)
        o[QStringLiteral("pixel")] = thresholdToJson(*pixel);
    if (image)
        o[QStringLiteral("image")] = thresholdToJson(*image);
    if (imageReview)
        o[QStringLiteral("image_review")] =
            QJsonObject{{QStringLiteral("pass_below"), double(imageReview->passBelow)},
                        {QStringLiteral("fail_from"), double(imageReview->failFrom)}};
    return o;
}

ThresholdSet ThresholdSet::fromJson(const QJsonObject &json, const QString &path)
{
    ThresholdSet s;
    if (json.contains(QStringLiteral("pixel")))
        s.pixel = thresholdFromJson(json.value(QStringLiteral("pixel")), path);
    if (json.contains(QStringLiteral("image")))
        s.image = thresholdFromJson(json.value(QStringLiteral("image")), path);
    if (json.contains(QStringLiteral("image_review"))) {
        const QJsonObject band = json.value(QStringLiteral("image_review")).toObject();
        s.imageReview = makeReviewBand(
            float(json::requireNumber(band, QStringLiteral("pass_below"), path)),
            float(json::requireNumber(band, QStringLiteral("fail_from"), path)), path);
    }
    return s;
}

Threshold manualThreshold(float value)
{
    Threshold t;
    t.value = value;
    return t;
}

Threshold f1OptimalThreshold(const eval::RankingSummary &validation)
{
    if (!validation.f1Max)
        throw Error(ThresholdText::tr("An F1-optimal threshold needs a validation set with "
                                      "at least one defect."));
    Threshold t;
    t.value = validation.f1Threshold;
    t.method = ThresholdMethod::F1Optimal;
    t.f1 = validation.f1Max;
    t.samples = validation.positives + validation.negatives;
    return t;
}

Threshold goodPercentileThreshold(std::vector<float> goodScores, double percentile, double margin)
{
    if (goodScores.empty())
        throw Error(ThresholdText::tr("A threshold from good images needs at least one good "
                                      "image's score."));
    if (!(percentile >= 0.0 && percentile <= 100.0))
        throw Error(ThresholdText::tr("The percentile must be between 0 and 100 (got %1).")
                        .arg(percentile));
    std::sort(goodScores.begin(), goodScores.end());
    const double position = percentile / 100.0 * double(goodScores.size() - 1);
    const size_t below = size_t(std::floor(position));
    const size_t above = std::min(below + 1, goodScores.size() - 1);
    const double fraction = position - double(below);
    const double q =
        double(goodScores[below]) * (1.0 - fraction) + double(goodScores[above]) * fraction;
    Threshold t;
    t.value = float(q * (1.0 + margin));
    t.method = ThresholdMethod::GoodPercentile;
    t.percentile = percentile;
    t.margin = margin;
    t.samples = qint64(goodScores.size());
    return t;
}

ReviewBand makeReviewBand(float passBelow, float failFrom, const QString &pathForErrors)
{
    if (!(passBelow <= failFrom))
        throw Error(ThresholdText::tr("The review band's pass threshold (%1) is above its fail "
                                      "threshold (%2).")
                        .arg(double(passBelow))
                        .arg(double(failFrom)),
                    pathForErrors);
    return ReviewBand{passBelow, failFrom};
}

QString verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return QStringLiteral("pass");
    case Verdict::Review:
        return QStringLiteral("review");
    case Verdict::Fail:
        break;
    }
    return QStringLiteral("fail");
}

QString verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return ThresholdText::tr("pass");
    case Verdict::Review:
        return ThresholdText::tr("review");
    case Verdict::Fail:
        break;
    }
    return ThresholdText::tr("fail");
}

} // namespace nexvitad::infer
