// The clustering's two products per outer iteration on the packed GEMM (common/packed_gemm.h)
// where it is available. With K = 30 prototypes one side of each product is 30 wide, which
// OpenBLAS runs at 25-40 GFLOP/s on one thread (each layer of a bank is clustered on a
// thread of its own, sinkhornKMeansEach); the packed kernel keeps the 30 (two panels of 16)
// in registers and reads the long side in place (docs/inference.md).
#include "common/packed_gemm.h"
#include "infer/sinkhorn_kmeans_torch.h"

#include <algorithm>

namespace nexvitad::infer {

torch::Tensor costPacked(const torch::Tensor &points, const torch::Tensor &pointNorms,
                         const torch::Tensor &centres, double *sum)
{
    const int64_t n = points.size(0), d = points.size(1), k = centres.size(0);
    // P (-2 C)^T + |c|^2 from the kernel (the bias is the centres' norms), then |p|^2.
    const torch::Tensor scaled = centres.mul(-2.0).contiguous();
    const torch::Tensor centreNorms = centres.pow(2).sum(1).contiguous();
    std::vector<float> packed(size_t(gemm::packedFloats(k, d)));
    gemm::packWeights(scaled.data_ptr<float>(), k, d, packed.data());
    torch::Tensor cost = torch::empty({n, k}, points.options());
    float *out = cost.data_ptr<float>();
    gemm::multiply(points.data_ptr<float>(), d, n, d, packed.data(), k, 0,
                   gemm::panelCount(k), centreNorms.data_ptr<float>(), out, k);
    const float *norms = pointNorms.data_ptr<float>();
    double total = 0.0;
    for (int64_t i = 0; i < n; ++i) {
        float part = 0.0f;
        float *row = out + i * k;
        for (int64_t j = 0; j < k; ++j) {
            row[j] = std::max(row[j] + norms[i], 0.0f);
            part += row[j];
        }
        total += double(part);
    }
    *sum = total;
    return cost;
}

torch::Tensor weightedSumsPacked(const torch::Tensor &pointsT, const torch::Tensor &weights)
{
    const int64_t d = pointsT.size(0), n = pointsT.size(1), k = weights.size(1);
    // [d, K] = P^T W with W [n, K] as the packed right-hand factor (depth n).
    std::vector<float> packed(size_t(gemm::packedFloats(k, n)));
    gemm::packWeightsTransposed(weights.data_ptr<float>(), k, n, packed.data());
    const std::vector<float> zeros(size_t(k), 0.0f);
    torch::Tensor sums = torch::empty({d, k}, pointsT.options());
    gemm::multiply(pointsT.data_ptr<float>(), n, d, n, packed.data(), k, 0,
                   gemm::panelCount(k), zeros.data(), sums.data_ptr<float>(), k);
    return sums.t().contiguous();
}

} // namespace nexvitad::infer
