// The packed GEMM as CPUs without AVX2/FMA (or not x86-64) build it: packed_gemm.cpp
// compiled here with NEXVITAD_PORTABLE_GEMM. It must say it is unavailable, still pack
// (the layout is plain C++), and refuse a product loudly instead of leaving the output
// unwritten (issue 21: the body was empty).
#include "common/packed_gemm.h"

#include <QtTest>

#include <stdexcept>
#include <vector>

using namespace nexvitad;

class TestPackedGemmPortable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportsUnavailable() { QVERIFY(!gemm::available()); }

    void multiplyRefusesInsteadOfDoingNothing()
    {
        const int64_t n = 20, k = 8, m = 3;
        std::vector<float> w(size_t(n * k), 0.5f), bias(size_t(n), 1.0f), a(size_t(m * k), 2.0f);
        std::vector<float> packed(size_t(gemm::packedFloats(n, k)));
        gemm::packWeights(w.data(), n, k, packed.data());
        std::vector<float> c(size_t(m * n), -7.0f);
        QVERIFY_THROWS_EXCEPTION(std::logic_error,
                                 gemm::multiply(a.data(), k, m, k, packed.data(), n, 0,
                                                gemm::panelCount(n), bias.data(), c.data(), n));
        // Nothing was written on the way.
        for (float v : c)
            QCOMPARE(v, -7.0f);
    }
};

QTEST_GUILESS_MAIN(TestPackedGemmPortable)
#include "test_packed_gemm_portable.moc"
