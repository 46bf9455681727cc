// The E-step of Sinkhorn K-means: entropic transport between n patches (mass 1/n) and k
// prototypes (mass 1/k). See sinkhorn_kmeans_torch.h for the contract.
//
// Scaled potentials u = f/eps, v = g/eps; log plan = u_i + v_j - C_ij/eps. The iterations
// are Sinkhorn's in the log domain, run as scalings a = exp(du), b = exp(dv) of a kernel
// into which the potentials are absorbed (Schmitzer's stabilisation), and folded back into
// the potentials whenever a scaling leaves [e^-50, e^50] or a row or column underflows.
//
// Why the inner loop is plain C++ and not tensor operations: with k = 30 one iteration is a
// single pass over an n x 30 matrix (a few megabytes), and a dozen small tensor operations
// per iteration cost more in dispatch and thread wake-ups than the arithmetic itself
// (measured: layers 3 and 4 of a bank, 1,960 and 490 patches, spent 2 ms per iteration in
// overhead); that pass is in sinkhorn_kernel_pass.cpp. The exp passes over the whole matrix
// stay tensor operations (vectorised).

#include "infer/sinkhorn_kernel_pass.h"
#include "infer/sinkhorn_kmeans_torch.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace nexvitad::infer {

namespace {

constexpr double kMaxLogScaling = 50.0;

class StabilisedSinkhorn
{
public:
    // `cost` (n x k, float32, CPU, contiguous) is consumed: it becomes the log kernel in place.
    StabilisedSinkhorn(torch::Tensor cost, double epsilon)
        : m_logKernel(cost.mul_(-1.0 / epsilon)), m_n(cost.size(0)), m_k(cost.size(1)),
          m_rowMass(1.0 / double(m_n)), m_colMass(1.0 / double(m_k)),
          m_kernel(torch::empty_like(cost)), m_a(size_t(m_n), 1.0), m_b(size_t(m_k), 1.0),
          m_nextA(size_t(m_n)), m_columns(size_t(m_k)), m_block(size_t(m_k))
    {
    }

    // Warm start from the previous E-step's potentials (the costs moved little), or a cold
    // start with one exact log-domain iteration so the absorbed kernel has no empty row or
    // column. An underflow after a warm start is caught in iterate().
    void start(const torch::Tensor &logU, const torch::Tensor &logV)
    {
        const auto cpu = [](const torch::Tensor &t) {
            return t.to(torch::kCPU, torch::kFloat64).contiguous();
        };
        if (logU.defined() && logV.defined() && logU.numel() == m_n && logV.numel() == m_k) {
            m_logU = cpu(logU);
            m_logV = cpu(logV);
            m_iterations = 0;
        } else {
            m_logV = torch::zeros({m_k}, m_logKernel.options().dtype(torch::kFloat64));
            logDomainIteration();
            m_iterations = 1;
        }
        absorb();
    }

    // Iterates until the row marginal's L1 error is below `tolerance` or `maxIterations`
    // have run. The columns are exact after each b update; one pass over the kernel gives
    // the row sums (the error), the next a and the column sums for the next b.
    double iterate(double tolerance, int maxIterations)
    {
        for (;;) {
            std::vector<float> b(m_b.begin(), m_b.end());
            const double error =
                kernelPass(m_kernel.data_ptr<float>(), m_n, m_k, b.data(), m_a.data(), m_rowMass,
                           m_nextA.data(), m_columns.data(), m_block.data());
            if (error < tolerance || m_iterations >= maxIterations)
                return error;
            ++m_iterations;
            bool inRange = true;
            bool finite = true;
            const double low = std::exp(-kMaxLogScaling);
            const double high = std::exp(kMaxLogScaling);
            for (const double a : m_nextA) {
                finite = finite && std::isfinite(a) && a > 0.0;
                inRange = inRange && a >= low && a <= high;
            }
            std::vector<double> nextB(size_t(m_k), 0.0);
            for (qint64 j = 0; j < m_k; ++j) {
                const double b = m_colMass / m_columns[size_t(j)];
                nextB[size_t(j)] = b;
                finite = finite && std::isfinite(b) && b > 0.0;
                inRange = inRange && b >= low && b <= high;
            }
            if (finite && inRange) {
                m_a.swap(m_nextA);
                m_b = std::move(nextB);
                continue;
            }
            if (finite) {
                // Fold the step's scalings into the potentials.
                m_a.swap(m_nextA);
                m_b = std::move(nextB);
                foldScalings();
            } else {
                // An underflowed row or column: fold what we have and redo this step exactly
                // in the log domain.
                foldScalings();
                logDomainIteration();
            }
            absorb();
        }
    }

    TransportPlan result(double error)
    {
        TransportPlan out;
        out.kernel = m_kernel;
        out.a = vectorTensor(m_a);
        out.b = vectorTensor(m_b);
        out.logU = m_logU + out.a.log();
        out.logV = m_logV + out.b.log();
        out.iterations = m_iterations;
        out.marginalError = error;
        return out;
    }

private:
    static torch::Tensor vectorTensor(const std::vector<double> &values)
    {
        return torch::from_blob(const_cast<double *>(values.data()), {qint64(values.size())},
                                torch::kFloat64)
            .clone();
    }

    void logDomainIteration()
    {
        const auto f32 = [](const torch::Tensor &t) { return t.to(torch::kFloat32); };
        m_logU = std::log(m_rowMass) -
                 torch::logsumexp(m_logKernel + f32(m_logV).unsqueeze(0), 1).to(torch::kFloat64);
        m_logV = std::log(m_colMass) -
                 torch::logsumexp(m_logKernel + f32(m_logU).unsqueeze(1), 0).to(torch::kFloat64);
    }

    void foldScalings()
    {
        m_logU = m_logU + vectorTensor(m_a).log();
        m_logV = m_logV + vectorTensor(m_b).log();
    }

    // The kernel is float32, written in place (no n x k allocation per absorption): the
    // potentials (float64) keep the dynamic range, the kernel only holds values in
    // [e^-50, e^50], and the inner loop is bound by memory traffic.
    void absorb()
    {
        torch::add_out(m_kernel, m_logKernel, m_logU.to(torch::kFloat32).unsqueeze(1));
        m_kernel.add_(m_logV.to(torch::kFloat32).unsqueeze(0)).exp_();
        std::fill(m_a.begin(), m_a.end(), 1.0);
        std::fill(m_b.begin(), m_b.end(), 1.0);
    }

    torch::Tensor m_logKernel; // -C / eps, float32
    qint64 m_n;
    qint64 m_k;
    double m_rowMass;
    double m_colMass;
    torch::Tensor m_logU;
    torch::Tensor m_logV;
    torch::Tensor m_kernel; // exp(logKernel + u + v), float32, n x k row-major
    std::vector<double> m_a;
    std::vector<double> m_b;
    std::vector<double> m_nextA;
    std::vector<double> m_columns;
    std::vector<float> m_block;
    int m_iterations = 0;
};

} // namespace

TransportPlan sinkhornTransportInPlace(torch::Tensor &cost, double epsilon, double tolerance,
                                       int maxIterations, const torch::Tensor &logU,
                                       const torch::Tensor &logV)
{
    torch::NoGradGuard noGrad;
    const torch::Device device = cost.device();
    cost = cost.to(torch::kCPU, torch::kFloat32).contiguous();
    StabilisedSinkhorn sinkhorn(cost, epsilon);
    sinkhorn.start(logU, logV);
    const double error = sinkhorn.iterate(tolerance, maxIterations);
    TransportPlan out = sinkhorn.result(error);
    cost = torch::Tensor();
    for (torch::Tensor *t : {&out.kernel, &out.a, &out.b, &out.logU, &out.logV})
        *t = t->to(device);
    return out;
}

TransportPlan sinkhornTransport(const torch::Tensor &cost, double epsilon, double tolerance,
                                int maxIterations, const torch::Tensor &logU,
                                const torch::Tensor &logV)
{
    torch::Tensor copy = cost.to(torch::kFloat32, false, true);
    return sinkhornTransportInPlace(copy, epsilon, tolerance, maxIterations, logU, logV);
}

torch::Tensor TransportPlan::plan() const
{
    return kernel.to(torch::kFloat64) * a.unsqueeze(1) * b.unsqueeze(0);
}

} // namespace nexvitad::infer
