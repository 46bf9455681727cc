#pragma once
// Private LibTorch side of Sinkhorn K-means (see sinkhorn_kmeans.h for the method). Tensors
// may live on any device; the result lives on the points' device.

#include "infer/sinkhorn_kmeans.h"

#include <torch/torch.h>

namespace nexvitad::infer {

// k-means++ seeding: the first centre uniformly, each next one with probability
// proportional to the squared distance to the nearest chosen centre. Deterministic for a
// seed on every platform (data::Rng).
torch::Tensor kmeansPlusPlus(const torch::Tensor &points, int k, quint64 seed);

// Squared Euclidean distances, n x k, clamped at 0.
torch::Tensor squaredDistances(const torch::Tensor &points, const torch::Tensor &centres);
// The same with the points' squared norms (n x 1) precomputed; one n x k allocation.
torch::Tensor squaredDistances(const torch::Tensor &points, const torch::Tensor &pointNorms,
                               const torch::Tensor &centres);

// The same distances (n x k, float32, CPU) from the points stored transposed (`pointsT`,
// d x n, contiguous) and their squared norms (n); `*sum` receives the sum of all entries.
// The clustering's E-step uses it (see sinkhorn_kmeans.cpp for why).
torch::Tensor costFromTransposed(const torch::Tensor &pointsT, const torch::Tensor &pointNorms,
                                 const torch::Tensor &centres, double *sum);

// With the packed GEMM (common/packed_gemm.h; callers check gemm::available()), on one
// thread (sinkhorn_packed_products.cpp): the same cost from the points (n x d, contiguous)
// and their squared norms (n), and the M-step's sums W^T P ([k x d]) from the transposed
// points (d x n) and the weights (n x k, contiguous).
torch::Tensor costPacked(const torch::Tensor &points, const torch::Tensor &pointNorms,
                         const torch::Tensor &centres, double *sum);
torch::Tensor weightedSumsPacked(const torch::Tensor &pointsT, const torch::Tensor &weights);

// The entropic transport plan between uniform masses for an n x k `cost`, with
// regularisation `epsilon`: log-domain Sinkhorn, stabilised by absorption (scalings folded
// into the log potentials when they grow; see sinkhorn_transport.cpp). `logU` (n) and `logV`
// (k) are the scaled dual potentials (f / epsilon, g / epsilon), float64; pass the previous
// ones to warm start, or undefined tensors. The plan is diag(a) kernel diag(b), kept in that
// factored form because the M-step needs only kernel and a (b cancels in a weighted mean).
struct TransportPlan
{
    torch::Tensor kernel; // n x k, float32: exp(-C / eps + logU0 + logV0) of the last absorption
    torch::Tensor a;      // n, float64
    torch::Tensor b;      // k, float64
    torch::Tensor logU;
    torch::Tensor logV;
    int iterations = 0;
    double marginalError = 0.0; // L1 error of the row marginal

    // n x k, float64; rows sum to ~1/n, columns to 1/k.
    torch::Tensor plan() const;
};
TransportPlan sinkhornTransport(const torch::Tensor &cost, double epsilon, double tolerance,
                                int maxIterations, const torch::Tensor &logU = {},
                                const torch::Tensor &logV = {});
// The same without a copy: `cost` is consumed (left undefined; its memory becomes the log
// kernel) so that an outer loop allocates one n x k matrix per iteration, not six.
TransportPlan sinkhornTransportInPlace(torch::Tensor &cost, double epsilon, double tolerance,
                                       int maxIterations, const torch::Tensor &logU = {},
                                       const torch::Tensor &logV = {});

torch::Tensor sinkhornKMeans(const torch::Tensor &points, const SinkhornKMeansOptions &options,
                             Progress &progress, SinkhornKMeansStats *stats = nullptr);

} // namespace nexvitad::infer
