// The Sinkhorn kernel pass (infer/sinkhorn_kernel_pass.h) against a plain double-precision
// reference: widths the AVX2 version handles (one partly filled register, K = 30, exactly
// four registers) and one it leaves to the generic loop, with a last row block that is
// not full. Fails when a column past k is read as non-zero, a row is skipped, or a row
// block's column sums are lost.
#include "infer/sinkhorn_kernel_pass.h"

#include <QtTest>

#include <cmath>
#include <random>
#include <vector>

using namespace nexvitad;

class TestSinkhornKernelPass : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesReference_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("k");
        QTest::newRow("k = 5") << 70 << 5;
        QTest::newRow("k = 30 (the default K)") << 1000 << 30;
        QTest::newRow("k = 32") << 129 << 32;
        QTest::newRow("k = 40 (generic loop)") << 300 << 40;
    }

    void matchesReference()
    {
        QFETCH(int, n);
        QFETCH(int, k);
        std::mt19937 rng(uint32_t(n * 100 + k));
        std::uniform_real_distribution<float> value(0.01f, 2.0f);
        // The rows are followed by padding that must not be read into the sums.
        std::vector<float> kernel(size_t(n * k) + 64, 1e6f);
        for (int i = 0; i < n * k; ++i)
            kernel[size_t(i)] = value(rng);
        std::vector<float> b(size_t(k) + 8, 1e6f);
        for (int j = 0; j < k; ++j)
            b[size_t(j)] = value(rng);
        std::vector<double> a(static_cast<size_t>(n));
        for (double &x : a)
            x = double(value(rng));
        const double rowMass = 1.0 / n;

        std::vector<double> nextA(static_cast<size_t>(n)), columns(static_cast<size_t>(k), -1.0);
        std::vector<float> block(static_cast<size_t>(k));
        const double error = infer::kernelPass(kernel.data(), n, k, b.data(), a.data(), rowMass,
                                               nextA.data(), columns.data(), block.data());

        double expectedError = 0.0;
        std::vector<double> expectedColumns(static_cast<size_t>(k), 0.0);
        for (int i = 0; i < n; ++i) {
            double kb = 0.0;
            for (int j = 0; j < k; ++j)
                kb += double(kernel[size_t(i * k + j)]) * double(b[size_t(j)]);
            expectedError += std::abs(a[size_t(i)] * kb - rowMass);
            const double next = rowMass / kb;
            QVERIFY2(std::abs(nextA[size_t(i)] - next) <= 1e-5 * next,
                     qPrintable(QStringLiteral("row %1").arg(i)));
            for (int j = 0; j < k; ++j)
                expectedColumns[size_t(j)] += double(kernel[size_t(i * k + j)]) * next;
        }
        QVERIFY(std::abs(error - expectedError) <= 1e-5 * expectedError);
        for (int j = 0; j < k; ++j)
            QVERIFY2(std::abs(columns[size_t(j)] - expectedColumns[size_t(j)])
                         <= 1e-5 * expectedColumns[size_t(j)],
                     qPrintable(QStringLiteral("column %1").arg(j)));
    }
};

QTEST_GUILESS_MAIN(TestSinkhornKernelPass)
#include "test_sinkhorn_kernel_pass.moc"
