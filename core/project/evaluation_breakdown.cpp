#include "project/evaluation_breakdown.h"

#include <QJsonArray>
#include <algorithm>
#include <map>

namespace nexvitad::project {

namespace {

// "…/test/<type>/<file>" -> "<type>"; empty when the path has no such folder.
QString typeFromPath(const QString &path)
{
    const QStringList parts = QString(path).replace(u'\\', u'/').split(u'/');
    for (qsizetype i = parts.size() - 3; i >= 0; --i)
        if (parts[i] == QLatin1String("test"))
            return parts[i + 1];
    return {};
}

} // namespace

std::vector<ScoredImage> recordedImageScores(const QJsonObject &curves)
{
    std::vector<ScoredImage> out;
    for (const QJsonValue &v : curves.value(QStringLiteral("image_scores")).toArray()) {
        const QJsonObject o = v.toObject();
        ScoredImage image;
        image.path = o.value(QStringLiteral("name")).toString();
        image.defect = o.value(QStringLiteral("defect")).toBool();
        image.score = o.value(QStringLiteral("score")).toDouble();
        image.defectType = o.value(QStringLiteral("defect_type")).toString();
        if (image.defectType.isEmpty())
            image.defectType = typeFromPath(image.path);
        if (image.defectType.isEmpty())
            image.defectType = image.defect ? QStringLiteral("defective") : QStringLiteral("good");
        out.push_back(image);
    }
    return out;
}

infer::ThresholdSet recordedThresholds(const QJsonObject &curves)
{
    return infer::ThresholdSet::fromJson(curves.value(QStringLiteral("thresholds")).toObject(),
                                         QStringLiteral("evaluation thresholds"));
}

std::vector<DefectTypeRow> defectTypeBreakdown(const std::vector<ScoredImage> &images,
                                               const infer::ThresholdSet &thresholds)
{
    std::map<QString, DefectTypeRow> rows;
    std::map<QString, int> flagged;
    for (const ScoredImage &image : images) {
        DefectTypeRow &row = rows[image.defectType];
        row.defectType = image.defectType;
        row.good = !image.defect;
        row.maxScore = row.images == 0 ? image.score : std::max(row.maxScore, image.score);
        row.meanScore += image.score; // the sum until the end
        ++row.images;
        // Scores are recorded from floats; comparing as floats matches the engine's verdicts.
        const auto verdict = thresholds.verdict(float(image.score));
        row.judged = verdict.has_value();
        if (verdict)
            ++(*verdict == infer::Verdict::Pass   ? row.pass
               : *verdict == infer::Verdict::Fail ? row.fail
                                                  : row.review);
        if (thresholds.image && float(image.score) >= thresholds.image->value)
            ++flagged[image.defectType];
    }
    std::vector<DefectTypeRow> out;
    for (auto &[type, row] : rows) {
        row.meanScore /= row.images;
        if (thresholds.image)
            row.flaggedRate = double(flagged[type]) / row.images;
        out.push_back(row);
    }
    // Good first: it is the reference the defect rows are read against.
    std::stable_partition(out.begin(), out.end(), [](const DefectTypeRow &r) { return r.good; });
    return out;
}

ThresholdOutcome outcomeAt(const std::vector<ScoredImage> &images, double threshold)
{
    ThresholdOutcome o;
    for (const ScoredImage &image : images) {
        const bool flagged = image.score >= threshold;
        if (image.defect) {
            ++o.defective;
            o.detected += flagged;
        } else {
            ++o.good;
            o.falseAlarms += flagged;
        }
    }
    return o;
}

} // namespace nexvitad::project
