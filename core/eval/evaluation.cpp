#include "eval/evaluation.h"

#include <QJsonArray>
#include <opencv2/core.hpp>

namespace nexvitad::eval {

namespace {

QJsonValue optionalValue(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

// The ranking part shared by the pixel and the image level, keys prefixed "pixel_"/"image_".
void putRanking(QJsonObject &out, const QString &prefix, const RankingSummary &s)
{
    out[prefix + QStringLiteral("auroc")] = optionalValue(s.auroc);
    out[prefix + QStringLiteral("ap")] = optionalValue(s.averagePrecision);
    out[prefix + QStringLiteral("f1_max")] = optionalValue(s.f1Max);
    out[prefix + QStringLiteral("f1_threshold")] =
        s.f1Max ? QJsonValue(double(s.f1Threshold)) : QJsonValue(QJsonValue::Null);
    out[prefix + QStringLiteral("positives")] = double(s.positives);
    out[prefix + QStringLiteral("negatives")] = double(s.negatives);
    out[prefix + QStringLiteral("exact")] = s.exact;
    if (!s.exact) {
        out[prefix + QStringLiteral("auroc_error_bound")] = s.aurocErrorBound;
        out[prefix + QStringLiteral("ap_error_bound")] = s.averagePrecisionErrorBound;
        out[prefix + QStringLiteral("f1_max_error_bound")] = s.f1MaxErrorBound;
    }
}

} // namespace

QJsonObject EvaluationResult::toJson(bool withCurves) const
{
    QJsonObject out;
    putRanking(out, QStringLiteral("pixel_"), pixel.ranking);
    out[QStringLiteral("pixel_aupro_0.3")] = optionalValue(pixel.ranking.aupro);
    if (!pixel.ranking.exact)
        out[QStringLiteral("pixel_aupro_error_bound")] = pixel.ranking.auproErrorBound;
    out[QStringLiteral("regions")] = pixel.regions;
    out[QStringLiteral("images")] = pixel.images;
    putRanking(out, QStringLiteral("image_"), image);

    QJsonArray ious;
    for (const MeanIou &m : pixel.meanIou)
        ious.append(QJsonObject{{QStringLiteral("threshold"), double(m.threshold)},
                                {QStringLiteral("mIoU"), optionalValue(m.value)},
                                {QStringLiteral("images"), m.images}});
    out[QStringLiteral("mIoU")] = ious;

    if (withCurves) {
        out[QStringLiteral("curves")] = QJsonObject{
            {QStringLiteral("pixel_roc"), pixel.ranking.roc.toJson()},
            {QStringLiteral("pixel_pr"), pixel.ranking.pr.toJson()},
            {QStringLiteral("pixel_pro"), pixel.ranking.pro.toJson()},
            {QStringLiteral("image_roc"), image.roc.toJson()},
            {QStringLiteral("image_pr"), image.pr.toJson()},
        };
    }
    return out;
}

EvaluationAccumulator::EvaluationAccumulator(std::vector<float> iouThresholds, qint64 exactBudget)
    : m_pixels(std::move(iouThresholds), exactBudget)
{
}

void EvaluationAccumulator::update(const cv::Mat &scores, const cv::Mat &mask, float imageScore)
{
    m_pixels.update(scores, mask);
    if (cv::countNonZero(mask) > 0)
        m_images.addPositive(imageScore);
    else
        m_images.addNegative(imageScore);
}

EvaluationResult EvaluationAccumulator::compute(double proFprLimit)
{
    EvaluationResult r;
    r.pixel = m_pixels.compute(proFprLimit);
    r.image = summarize(m_images);
    return r;
}

} // namespace nexvitad::eval
