#include "common/error.h"
#include "infer/sinkhorn_kmeans_torch.h"
#include "infer/torch_matrix_torch.h"

#include <QCoreApplication>
#include <cmath>
#include <random>

namespace nexvitad::infer {

namespace {

struct SinkhornText
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::infer::SinkhornKMeans)
};

// Uniform in [0, 1) from 53 random bits: unlike std::uniform_real_distribution, the same
// sequence on every standard library.
double uniform01(std::mt19937_64 &rng)
{
    return double(rng() >> 11) * 0x1.0p-53;
}

} // namespace

torch::Tensor squaredDistances(const torch::Tensor &points, const torch::Tensor &centres)
{
    return squaredDistances(points, points.pow(2).sum(1, true), centres);
}

torch::Tensor squaredDistances(const torch::Tensor &points, const torch::Tensor &pointNorms,
                               const torch::Tensor &centres)
{
    const torch::Tensor centreNorms = centres.pow(2).sum(1).unsqueeze(0);
    return (pointNorms + centreNorms - 2.0 * points.matmul(centres.t())).clamp_min(0.0);
}

torch::Tensor kmeansPlusPlus(const torch::Tensor &points, int k, quint64 seed)
{
    std::mt19937_64 rng(seed);
    const qint64 n = points.size(0);
    std::vector<int64_t> chosen;
    chosen.push_back(int64_t(uniform01(rng) * double(n)));
    torch::Tensor nearest =
        squaredDistances(points, points.index({chosen.back()}).unsqueeze(0)).squeeze(1);
    while (int(chosen.size()) < k) {
        const torch::Tensor d = nearest.to(torch::kCPU, torch::kFloat64).contiguous();
        const double *dist = d.data_ptr<double>();
        double total = 0.0;
        for (qint64 i = 0; i < n; ++i)
            total += dist[i];
        int64_t pick = n - 1;
        if (total > 0.0) {
            const double target = uniform01(rng) * total;
            double running = 0.0;
            for (qint64 i = 0; i < n; ++i) {
                running += dist[i];
                if (running > target && dist[i] > 0.0) {
                    pick = i;
                    break;
                }
            }
        } else {
            // Fewer distinct points than K: any point is as good as another.
            pick = int64_t(uniform01(rng) * double(n));
        }
        chosen.push_back(pick);
        nearest = torch::minimum(
            nearest, squaredDistances(points, points.index({pick}).unsqueeze(0)).squeeze(1));
    }
    const torch::Tensor index =
        torch::tensor(chosen, torch::TensorOptions().dtype(torch::kLong)).to(points.device());
    return points.index_select(0, index).clone();
}

TransportPlan sinkhornTransport(const torch::Tensor &cost, double epsilon, double tolerance,
                                int maxIterations, torch::Tensor logU, torch::Tensor logV)
{
    // Scaled potentials u = f/eps, v = g/eps; log plan = u_i + v_j - C_ij/eps. The
    // iterations are Sinkhorn's in the log domain, run as scalings a = exp(du), b = exp(dv)
    // of a kernel into which the potentials are absorbed (Schmitzer's stabilisation): each
    // iteration is two matrix-vector products instead of two passes of exp over n x k, and
    // the potentials are folded back into the log domain whenever a scaling leaves
    // [e^-50, e^50] or a row or column of the kernel underflows.
    const torch::Tensor logKernel = cost.to(torch::kFloat64) / -epsilon;
    const qint64 n = cost.size(0);
    const qint64 k = cost.size(1);
    const double logA = -std::log(double(n));
    const double logB = -std::log(double(k));
    if (!logV.defined())
        logV = torch::zeros({k}, logKernel.options());

    // One exact log-domain iteration: afterwards every column has mass 1/k and every row
    // some mass, so the absorbed kernel has no empty row or column.
    auto logDomainIteration = [&] {
        logU = logA - torch::logsumexp(logKernel + logV.unsqueeze(0), 1);
        logV = logB - torch::logsumexp(logKernel + logU.unsqueeze(1), 0);
    };
    // The absorbed kernel and the scalings are float32: the potentials (float64) keep the
    // dynamic range, the kernel only holds values in [e^-50, e^50], and the inner iterations
    // are matrix-vector products bound by memory traffic, which float32 halves.
    auto absorbedKernel = [&] {
        return torch::exp(logKernel + logU.unsqueeze(1) + logV.unsqueeze(0)).to(torch::kFloat32);
    };
    // Cold start: one exact log-domain iteration, so the absorbed kernel has no empty row or
    // column. Warm start (potentials of the previous outer iteration, whose costs moved
    // little): the potentials go straight into the kernel; an underflowed row or column is
    // caught below and redone in the log domain.
    const bool warm = logU.defined();
    if (!warm)
        logDomainIteration();
    torch::Tensor kernel = absorbedKernel();
    torch::Tensor a = torch::ones({n}, kernel.options());
    torch::Tensor b = torch::ones({k}, kernel.options());

    TransportPlan result;
    result.iterations = warm ? 0 : 1;
    for (;;) {
        const torch::Tensor kb = kernel.mv(b);
        // Columns are exact after the last b update; the rows tell how far we are.
        result.marginalError = (a * kb - std::exp(logA)).abs().sum().item<double>();
        if (result.marginalError < tolerance || result.iterations >= maxIterations)
            break;
        const torch::Tensor nextA = std::exp(logA) / kb;
        const torch::Tensor nextB = std::exp(logB) / kernel.t().mv(nextA);
        ++result.iterations;
        const double extent = std::max(nextA.log().abs().max().item<double>(),
                                       nextB.log().abs().max().item<double>());
        if (std::isfinite(extent) && extent <= 50.0) {
            a = nextA;
            b = nextB;
            continue;
        }
        if (std::isfinite(extent)) {
            logU = logU + nextA.log().to(torch::kFloat64);
            logV = logV + nextB.log().to(torch::kFloat64);
        } else {
            // An underflowed row or column: redo this step exactly in the log domain.
            logU = logU + a.log().to(torch::kFloat64);
            logV = logV + b.log().to(torch::kFloat64);
            logDomainIteration();
        }
        kernel = absorbedKernel();
        a = torch::ones_like(a);
        b = torch::ones_like(b);
    }
    result.plan = kernel * a.unsqueeze(1) * b.unsqueeze(0);
    result.logU = logU + a.log().to(torch::kFloat64);
    result.logV = logV + b.log().to(torch::kFloat64);
    return result;
}

torch::Tensor sinkhornKMeans(const torch::Tensor &pointsIn, const SinkhornKMeansOptions &options,
                             Progress &progress, SinkhornKMeansStats *stats)
{
    const qint64 n = pointsIn.size(0);
    if (options.k < 1 || options.k > n)
        throw Error(SinkhornText::tr("Cannot make %1 prototypes from %2 patches: choose K "
                                     "between 1 and the number of patches, or add images.")
                        .arg(options.k)
                        .arg(n));
    progress.throwIfCanceled();
    const torch::Tensor points = pointsIn.to(torch::kFloat32).contiguous();
    const torch::Tensor pointNorms = points.pow(2).sum(1, true); // fixed: computed once
    torch::Tensor centres = kmeansPlusPlus(points, options.k, options.seed);

    SinkhornKMeansStats local;
    torch::Tensor logU;
    torch::Tensor logV;
    for (int iteration = 0; iteration < options.maxIterations; ++iteration) {
        progress.throwIfCanceled();
        progress.report(iteration, options.maxIterations);

        torch::Tensor cost = squaredDistances(points, pointNorms, centres);
        const double meanCost = cost.mean().item<double>();
        const double scale = meanCost > 0.0 ? meanCost : 1.0;
        TransportPlan t =
            sinkhornTransport(cost / scale, options.epsilon, options.marginalTolerance,
                              options.maxSinkhornIterations, logU, logV);
        logU = t.logU;
        logV = t.logV;

        const torch::Tensor plan = t.plan.to(torch::kFloat32);
        const torch::Tensor mass = plan.sum(0).clamp_min(1e-30).unsqueeze(1);
        const torch::Tensor updated = plan.t().matmul(points) / mass;
        const double move =
            (updated - centres).norm(2, {1}).max().item<double>() / std::sqrt(scale);
        centres = updated;

        local.iterations = iteration + 1;
        local.lastMove = move;
        local.lastMarginalError = t.marginalError;
        local.sinkhornIterations += t.iterations;
        if (move <= options.moveTolerance) {
            local.converged = true;
            break;
        }
    }
    progress.reportNow(options.maxIterations, options.maxIterations);
    if (stats)
        *stats = local;
    return centres;
}

FeatureMatrix sinkhornKMeans(const FeatureMatrix &points, const SinkhornKMeansOptions &options,
                             Progress &progress, SinkhornKMeansStats *stats)
{
    return toFeatureMatrix(sinkhornKMeans(asTensor(points), options, progress, stats));
}

} // namespace nexvitad::infer
