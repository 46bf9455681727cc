// The AVX2 elementary functions (common/avx2_math.h) against double precision over their
// whole useful range: exp (the attention's softmax) within 3 ulp, erf within 5e-7
// absolute, GELU against torch's exact GELU.
#include "common/avx2_math.h"
#include "common/packed_gemm.h"

#include <QtTest>

#include <torch/torch.h>

#include <cmath>

using namespace nexvitad;

namespace {
#if defined(__x86_64__)
enum class Function { Exp, Erf, Gelu };

// Applies the function to every value of `in`, eight at a time.
[[gnu::target("avx2,fma")]] std::vector<float> applyEach(Function f, const std::vector<float> &in)
{
    std::vector<float> out(in.size());
    for (size_t i = 0; i + 8 <= in.size(); i += 8) {
        const __m256 x = _mm256_loadu_ps(in.data() + i);
        const __m256 y = f == Function::Exp   ? gemm::expAvx2(x)
                         : f == Function::Erf ? gemm::erfAvx2(x)
                                              : gemm::geluAvx2(x);
        _mm256_storeu_ps(out.data() + i, y);
    }
    return out;
}

std::vector<float> range(double from, double to, size_t count)
{
    std::vector<float> values(count / 8 * 8);
    for (size_t i = 0; i < values.size(); ++i)
        values[i] = float(from + (to - from) * double(i) / double(values.size() - 1));
    return values;
}
#endif
} // namespace

class TestAvx2Math : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        if (!gemm::available())
            QSKIP("this CPU has no AVX2/FMA: these functions are not used");
    }

#if defined(__x86_64__)
    void expIsWithinThreeUlp()
    {
        const std::vector<float> x = range(-87.0, 88.0, 2'000'000);
        const std::vector<float> got = applyEach(Function::Exp, x);
        double worst = 0;
        for (size_t i = 0; i < x.size(); ++i) {
            const double want = std::exp(double(x[i]));
            worst = std::max(worst, std::abs(got[i] - want) / want);
        }
        QVERIFY2(worst < 3 * 5.97e-8, qPrintable(QString::number(worst)));
        // Far below the range: a tiny positive number, never garbage from the exponent bits.
        const std::vector<float> low =
            applyEach(Function::Exp, std::vector<float>(8, -1000.0f));
        QVERIFY(low[0] >= 0.0f && low[0] < 1e-37f);
    }

    void erfIsWithinFiveTenMillionths()
    {
        const std::vector<float> x = range(-6.0, 6.0, 2'000'000);
        const std::vector<float> got = applyEach(Function::Erf, x);
        double worst = 0;
        for (size_t i = 0; i < x.size(); ++i)
            worst = std::max(worst, std::abs(got[i] - std::erf(double(x[i]))));
        QVERIFY2(worst < 5e-7, qPrintable(QString::number(worst)));
    }

    void geluMatchesTorch()
    {
        const std::vector<float> x = range(-12.0, 12.0, 100'000);
        const std::vector<float> got = applyEach(Function::Gelu, x);
        const torch::Tensor want =
            torch::gelu(torch::from_blob(const_cast<float *>(x.data()), {int64_t(x.size())}));
        const torch::Tensor have =
            torch::from_blob(const_cast<float *>(got.data()), {int64_t(got.size())});
        const double err = (have - want).abs().max().item<double>();
        QVERIFY2(err < 2e-6, qPrintable(QString::number(err)));
    }
#endif
};

QTEST_GUILESS_MAIN(TestAvx2Math)
#include "test_avx2_math.moc"
