#include "eval/ranking_metrics.h"

#include <algorithm>

namespace nexvitad::eval {

namespace {

// Trapezoid of the segment (x0,y0)-(x1,y1) clipped to x <= limit.
double clippedTrapezoid(double x0, double y0, double x1, double y1, double limit)
{
    if (x0 >= limit || x1 <= x0)
        return 0.0;
    if (x1 > limit) {
        y1 = y0 + (y1 - y0) * (limit - x0) / (x1 - x0);
        x1 = limit;
    }
    return 0.5 * (y0 + y1) * (x1 - x0);
}

// The running state of the pass, one instance per summarize() call.
struct Walk
{
    const SummaryOptions &options;
    double positives;
    double negatives;
    bool exact;

    double tp = 0.0;
    double fp = 0.0;
    double weight = 0.0;
    double rocArea = 0.0;
    double rocSlack = 0.0;
    double apSum = 0.0;
    double apSlack = 0.0;
    double bestF1 = -1.0;
    double bestF1Bound = 0.0;
    float bestThreshold = 0.0f;
    double proArea = 0.0;
    double proSlack = 0.0;
    CurveBuilder roc{options.curveResolution};
    CurveBuilder pr{options.curveResolution};
    CurveBuilder pro{options.curveResolution};

    Walk(const SummaryOptions &o, double p, double n, bool e)
        : options(o), positives(p), negatives(n), exact(e)
    {
        roc.add(0.0, 0.0);
        pr.add(0.0, 1.0);
        pro.add(0.0, 0.0);
    }

    void visit(const TieGroup &g)
    {
        const double tp0 = tp;
        const double fp0 = fp;
        const double pos = double(g.positives);
        const double neg = double(g.negatives);
        tp += pos;
        fp += neg;

        if (positives > 0 && negatives > 0) {
            rocArea += neg * (2.0 * tp0 + pos);
            rocSlack += neg * pos;
            roc.add(fp / negatives, tp / positives);
        }
        if (positives > 0) {
            const double precision = tp / (tp + fp);
            if (pos > 0) {
                apSum += pos * precision;
                const double hi = tp / (tp0 + fp0 + pos);
                const double lo = (tp0 + 1.0) / (tp0 + fp0 + 1.0 + neg);
                apSlack += pos * (hi - lo);
            }
            pr.add(tp / positives, precision);
            const double f1 = 2.0 * tp / (tp + fp + positives);
            if (f1 > bestF1) {
                bestF1 = f1;
                bestThreshold = g.threshold;
            }
            // Inside a bin, at best all its positives come before all its negatives.
            bestF1Bound = std::max(bestF1Bound, 2.0 * tp / (tp + fp0 + positives));
        }
        if (options.regionCount > 0 && negatives > 0) {
            const double fpr0 = std::min(fp0 / negatives, 1.0);
            const double pro0 = std::min(weight / options.regionCount, 1.0);
            weight += g.positiveWeight;
            const double fpr1 = std::min(fp / negatives, 1.0);
            const double pro1 = std::min(weight / options.regionCount, 1.0);
            proArea += clippedTrapezoid(fpr0, pro0, fpr1, pro1, options.proFprLimit);
            const double dx = std::min(fpr1, options.proFprLimit) - fpr0;
            if (dx > 0)
                proSlack += 0.5 * dx * (pro1 - pro0);
            pro.add(fpr1, pro1);
        }
    }

    RankingSummary finish()
    {
        RankingSummary s;
        s.positives = qint64(positives);
        s.negatives = qint64(negatives);
        s.exact = exact;
        if (positives > 0 && negatives > 0) {
            s.auroc = rocArea / (2.0 * positives * negatives);
            s.aurocErrorBound = exact ? 0.0 : 0.5 * rocSlack / (positives * negatives);
            s.roc = roc.finish();
        }
        if (positives > 0) {
            s.averagePrecision = apSum / positives;
            s.averagePrecisionErrorBound = exact ? 0.0 : apSlack / positives;
            s.f1Max = bestF1;
            s.f1MaxErrorBound = exact ? 0.0 : std::max(0.0, bestF1Bound - bestF1);
            s.f1Threshold = bestThreshold;
            s.pr = pr.finish();
        }
        if (options.regionCount > 0 && negatives > 0) {
            const double limit = options.proFprLimit;
            // MVTec closes the curve at (1,1); it only matters for a limit of 1.
            const double lastFpr = std::min(fp / negatives, 1.0);
            const double lastPro = std::min(weight / options.regionCount, 1.0);
            proArea += clippedTrapezoid(lastFpr, lastPro, 1.0, 1.0, limit);
            pro.add(1.0, 1.0);
            s.aupro = proArea / limit;
            s.auproErrorBound = exact ? 0.0 : proSlack / limit;
            s.pro = pro.finish();
        }
        return s;
    }
};

} // namespace

RankingSummary summarize(RankingAccumulator &scores, const SummaryOptions &options)
{
    Walk walk(options, double(scores.positives()), double(scores.negatives()), scores.isExact());
    scores.forEachGroup([&walk](const TieGroup &g) { walk.visit(g); });
    return walk.finish();
}

} // namespace nexvitad::eval
