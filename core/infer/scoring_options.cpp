#include "infer/scoring_options.h"

#include "common/error.h"

#include <QCoreApplication>

namespace nexvitad::infer {

namespace {

struct ScoringOptionsText
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::infer::ScoringOptions)
};

} // namespace

int gaussianRadius(double sigma)
{
    return int(4.0 * sigma + 0.5);
}

QString imageScoreModeName(ImageScoreMode mode)
{
    return mode == ImageScoreMode::Max ? QStringLiteral("max") : QStringLiteral("top_percent_mean");
}

ImageScoreMode imageScoreModeFromName(const QString &name)
{
    if (name == QLatin1String("max"))
        return ImageScoreMode::Max;
    if (name == QLatin1String("top_percent_mean"))
        return ImageScoreMode::TopPercentMean;
    throw Error(ScoringOptionsText::tr("Unknown image score \"%1\" (expected max or "
                                       "top_percent_mean).")
                    .arg(name));
}

} // namespace nexvitad::infer
