#include "common/error.h"
#include "common/packed_gemm.h"
#include "data/random.h"
#include "infer/sinkhorn_kmeans_torch.h"
#include "infer/torch_matrix_torch.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <ATen/Parallel.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace nexvitad::infer {

namespace {

struct SinkhornText
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::infer::SinkhornKMeans)
};

} // namespace

// The E-step's cost matrix [n, K] = max(|p|^2 + |c|^2 - 2 p.c, 0) from the points stored
// transposed ([d, n], made once per clustering), and its sum. Why transposed: with K = 30
// the product P C^T is a thin GEMM that OpenBLAS runs at 25-30 GFLOP/s on one thread; as
// C P^T ([K, n]) it runs faster, and one pass that transposes back (the Sinkhorn kernel is
// n x K, row-major) also adds the norms, clamps and sums (docs/inference.md).
torch::Tensor costFromTransposed(const torch::Tensor &pointsT, const torch::Tensor &pointNorms,
                                 const torch::Tensor &centres, double *sum)
{
    const int64_t n = pointsT.size(1), k = centres.size(0);
    const torch::Tensor centreNorms = centres.pow(2).sum(1, true); // [K, 1]
    const torch::Tensor crossT = torch::addmm(centreNorms, centres, pointsT, 1.0, -2.0);
    torch::Tensor cost = torch::empty({n, k}, pointsT.options());
    const float *in = crossT.data_ptr<float>();
    const float *norms = pointNorms.data_ptr<float>();
    float *out = cost.data_ptr<float>();
    constexpr int64_t kBlock = 64; // points per block: the block's 64 x K outputs stay in L1
    double total = 0.0;
    for (int64_t first = 0; first < n; first += kBlock) {
        const int64_t last = std::min(n, first + kBlock);
        float part = 0.0f;
        for (int64_t j = 0; j < k; ++j) {
            const float *row = in + j * n;
            for (int64_t i = first; i < last; ++i) {
                const float d = std::max(row[i] + norms[i], 0.0f);
                out[i * k + j] = d;
                part += d;
            }
        }
        total += double(part);
    }
    *sum = total;
    return cost;
}

torch::Tensor squaredDistances(const torch::Tensor &points, const torch::Tensor &centres)
{
    return squaredDistances(points, points.pow(2).sum(1, true), centres);
}

torch::Tensor squaredDistances(const torch::Tensor &points, const torch::Tensor &pointNorms,
                               const torch::Tensor &centres)
{
    const torch::Tensor centreNorms = centres.pow(2).sum(1).unsqueeze(0);
    // |p|^2 - 2 x.p in one BLAS call (the product accumulates onto the broadcast norms).
    return torch::addmm(centreNorms, points, centres.t(), 1.0, -2.0)
        .add_(pointNorms)
        .clamp_min_(0.0);
}

torch::Tensor kmeansPlusPlus(const torch::Tensor &points, int k, quint64 seed)
{
    data::Rng rng(seed); // the same draws on every standard library
    const qint64 n = points.size(0);
    const torch::Tensor pointNorms = points.pow(2).sum(1, true); // once, not once per centre
    const auto distancesTo = [&](int64_t index) {
        return squaredDistances(points, pointNorms, points.index({index}).unsqueeze(0)).squeeze(1);
    };
    std::vector<int64_t> chosen;
    chosen.push_back(int64_t(rng.unit() * double(n)));
    torch::Tensor nearest = distancesTo(chosen.back());
    while (int(chosen.size()) < k) {
        const torch::Tensor d = nearest.to(torch::kCPU, torch::kFloat64).contiguous();
        const double *dist = d.data_ptr<double>();
        double total = 0.0;
        for (qint64 i = 0; i < n; ++i)
            total += dist[i];
        int64_t pick = n - 1;
        if (total > 0.0) {
            const double target = rng.unit() * total;
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
            pick = int64_t(rng.unit() * double(n));
        }
        chosen.push_back(pick);
        nearest = torch::minimum(nearest, distancesTo(pick));
    }
    const torch::Tensor index =
        torch::tensor(chosen, torch::TensorOptions().dtype(torch::kLong)).to(points.device());
    return points.index_select(0, index).clone();
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
    QElapsedTimer timer;
    timer.start();
    const torch::Tensor points = pointsIn.to(torch::kFloat32).contiguous();
    const torch::Tensor pointNorms = points.pow(2).sum(1, true); // fixed: computed once
    torch::Tensor centres = kmeansPlusPlus(points, options.k, options.seed);
    // On the CPU the products run on the transposed points (costFromTransposed).
    const bool transposed = points.device().is_cpu();
    const torch::Tensor pointsT = transposed ? points.t().contiguous() : torch::Tensor();
    const torch::Tensor flatNorms = transposed ? pointNorms.view({-1}) : torch::Tensor();
    // On one thread (each layer of a bank on its own, sinkhornKMeansEach) the packed GEMM
    // beats OpenBLAS on these 30-wide products; with more, OpenBLAS splits them.
    const bool packed = transposed && gemm::available()
                        && (at::in_parallel_region() || at::get_num_threads() == 1);

    SinkhornKMeansStats local;
    torch::Tensor logU;
    torch::Tensor logV;
    for (int iteration = 0; iteration < options.maxIterations; ++iteration) {
        progress.throwIfCanceled();
        progress.report(iteration, options.maxIterations);

        double costSum = 0.0;
        torch::Tensor cost;
        if (packed) {
            cost = costPacked(points, flatNorms, centres, &costSum);
        } else if (transposed) {
            cost = costFromTransposed(pointsT, flatNorms, centres, &costSum);
        } else {
            cost = squaredDistances(points, pointNorms, centres);
            costSum = cost.sum().item<double>();
        }
        const double meanCost = costSum / double(cost.numel());
        const double scale = meanCost > 0.0 ? meanCost : 1.0;
        // exp(-(C / scale) / eps) = exp(-C / (eps scale)): the normalisation folds into epsilon.
        TransportPlan t =
            sinkhornTransportInPlace(cost, options.epsilon * scale, options.marginalTolerance,
                                     options.maxSinkhornIterations, logU, logV);
        logU = t.logU;
        logV = t.logV;

        // M-step: transport-weighted means. With plan = diag(a) K diag(b), b_j cancels in
        // prototype j's mean, so the weights are K scaled by a, in place.
        const torch::Tensor weights = t.kernel.mul_(t.a.to(torch::kFloat32).unsqueeze(1));
        const torch::Tensor mass = weights.sum(0).clamp_min(1e-30).unsqueeze(1);
        const torch::Tensor updated =
            (packed       ? weightedSumsPacked(pointsT, weights.contiguous())
             : transposed ? pointsT.mm(weights).t().contiguous()
                          : weights.t().matmul(points))
                .div_(mass);
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
    local.seconds = double(timer.nsecsElapsed()) * 1e-9;
    if (stats)
        *stats = local;
    return centres;
}

std::vector<FeatureMatrix> sinkhornKMeansEach(const std::vector<FeatureMatrix> &pointSets,
                                              const SinkhornKMeansOptions &options,
                                              Progress &progress,
                                              std::vector<SinkhornKMeansStats> *stats)
{
    const int sets = int(pointSets.size());
    std::vector<FeatureMatrix> results(static_cast<size_t>(sets));
    std::vector<SinkhornKMeansStats> local(static_cast<size_t>(sets));
    if (sets == 0)
        return results;
    // Work of one set per outer iteration: the distance and M-step products (n x d x K)
    // plus the transport passes over n x K.
    const auto work = [&](int i) {
        const FeatureMatrix &p = pointSets[size_t(i)];
        return double(p.rows) * double(p.cols + options.k);
    };
    std::vector<int> order(static_cast<size_t>(sets));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return work(a) > work(b); });
    const int groups = std::clamp(int(at::get_num_threads()), 1, sets);
    std::vector<std::vector<int>> members(static_cast<size_t>(groups));
    std::vector<double> load(static_cast<size_t>(groups), 0.0);
    for (const int i : order) {
        const size_t g = size_t(std::min_element(load.begin(), load.end()) - load.begin());
        members[g].push_back(i);
        load[g] += work(i);
    }
    // Group 0 got the largest set: it reports, over the whole range.
    const Progress quiet = progress.silent();
    at::parallel_for(0, groups, 1, [&](int64_t begin, int64_t end) {
        for (int64_t g = begin; g < end; ++g) {
            const std::vector<int> &group = members[size_t(g)];
            for (size_t m = 0; m < group.size(); ++m) {
                const int i = group[m];
                Progress part = g == 0 ? progress.child(double(m) / double(group.size()),
                                                        double(m + 1) / double(group.size()))
                                       : quiet;
                results[size_t(i)] =
                    sinkhornKMeans(pointSets[size_t(i)], options, part, &local[size_t(i)]);
            }
        }
    });
    if (stats)
        *stats = std::move(local);
    return results;
}

FeatureMatrix sinkhornKMeans(const FeatureMatrix &points, const SinkhornKMeansOptions &options,
                             Progress &progress, SinkhornKMeansStats *stats)
{
    return toFeatureMatrix(sinkhornKMeans(asTensor(points), options, progress, stats));
}

} // namespace nexvitad::infer
