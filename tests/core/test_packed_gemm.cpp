// The packed-weight GEMM (packed_gemm.h) against torch::linear: row and column remainders
// of the 6 x 16 kernel, depths beyond one block (384), several row blocks (at most 240 rows each, the
// next panel prefetched across row and depth blocks), a strided
// activation matrix, and a panel range that writes only its own columns; the GELU and
// residual-add epilogues.
#include "common/packed_gemm.h"

#include <QtTest>

#include <torch/torch.h>

using namespace nexvitad;

namespace {
std::vector<float> packed(const torch::Tensor &w)
{
    std::vector<float> out(size_t(gemm::packedFloats(w.size(0), w.size(1))));
    gemm::packWeights(w.data_ptr<float>(), w.size(0), w.size(1), out.data());
    return out;
}
} // namespace

class TestPackedGemm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        if (!gemm::available())
            QSKIP("this CPU has no AVX2/FMA: the backbones use OpenBLAS instead");
    }

    void matchesLinear_data()
    {
        QTest::addColumn<int>("m");
        QTest::addColumn<int>("k");
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("lda");
        QTest::newRow("one row, narrow") << 1 << 8 << 5 << 8;
        QTest::newRow("row and column remainders") << 7 << 96 << 33 << 96;
        QTest::newRow("deeper than a block, several row blocks") << 500 << 777 << 50 << 777;
        QTest::newRow("two uneven row blocks") << 241 << 400 << 40 << 400;
        QTest::newRow("whole panels, strided rows") << 13 << 40 << 32 << 45;
    }

    void matchesLinear()
    {
        QFETCH(int, m);
        QFETCH(int, k);
        QFETCH(int, n);
        QFETCH(int, lda);
        torch::manual_seed(m * 1000 + k);
        const torch::Tensor storage = torch::randn({m, lda});
        const torch::Tensor a = storage.narrow(1, 0, k);
        const torch::Tensor w = torch::randn({n, k});
        const torch::Tensor bias = torch::randn({n});
        const std::vector<float> p = packed(w);
        torch::Tensor c = torch::full({m, n}, 12345.0f);
        const int64_t panels = gemm::panelCount(n);
        gemm::multiply(storage.data_ptr<float>(), lda, m, k, p.data(), n, 0, panels,
                       bias.data_ptr<float>(), c.data_ptr<float>(), n);
        const torch::Tensor expected = torch::linear(a, w, bias);
        const double err = (c - expected).abs().max().item<double>();
        QVERIFY2(err < 1e-3 * std::sqrt(double(k)), qPrintable(QString::number(err)));
    }

    void panelRangeWritesOnlyItsColumns()
    {
        torch::manual_seed(5);
        const int64_t m = 9, k = 20, n = 70; // panels: 16, 16, 16, 16, 6
        const torch::Tensor a = torch::randn({m, k});
        const torch::Tensor w = torch::randn({n, k});
        const torch::Tensor bias = torch::randn({n});
        const std::vector<float> p = packed(w);
        torch::Tensor c = torch::full({m, n}, -7.0f);
        gemm::multiply(a.data_ptr<float>(), k, m, k, p.data(), n, 3, 2, bias.data_ptr<float>(),
                       c.data_ptr<float>(), n);
        const torch::Tensor expected = torch::linear(a, w, bias);
        QVERIFY((c.narrow(1, 48, 22) - expected.narrow(1, 48, 22)).abs().max().item<double>()
                < 1e-4);
        QCOMPARE(c.narrow(1, 0, 48).ne(-7.0f).sum().item<int64_t>(), int64_t(0));
    }
    // The epilogues against torch: GELU applied once after the last depth block (k = 777
    // spans three), the residual add with and without a per-column scale, the bias once;
    // a partial last panel (50 columns) and a panel range that must leave other columns.
    void epilogues_data()
    {
        QTest::addColumn<int>("epilogue");
        QTest::addColumn<bool>("withScale");
        QTest::addColumn<int>("k");
        QTest::newRow("GELU, one depth block") << int(gemm::Epilogue::BiasGelu) << false << 96;
        QTest::newRow("GELU, three depth blocks") << int(gemm::Epilogue::BiasGelu) << false << 777;
        QTest::newRow("add, one depth block") << int(gemm::Epilogue::AddScaled) << false << 96;
        QTest::newRow("add scaled, three depth blocks")
            << int(gemm::Epilogue::AddScaled) << true << 777;
    }

    void epilogues()
    {
        QFETCH(int, epilogue);
        QFETCH(bool, withScale);
        QFETCH(int, k);
        const int64_t m = 31, n = 50;
        torch::manual_seed(k + epilogue);
        const torch::Tensor a = torch::randn({m, k});
        const torch::Tensor w = torch::randn({n, k}) / std::sqrt(double(k));
        const torch::Tensor bias = torch::randn({n});
        const torch::Tensor scale = torch::randn({n});
        const torch::Tensor residual = torch::randn({m, n});
        const std::vector<float> p = packed(w);
        const auto kind = gemm::Epilogue(epilogue);
        torch::Tensor c = kind == gemm::Epilogue::AddScaled ? residual.clone()
                                                             : torch::full({m, n}, 99.0f);
        // Panels 1..3 (columns 16-49, the last one partial), then panel 0.
        for (const auto &[first, count] : {std::pair<int64_t, int64_t>{1, 3}, {0, 1}})
            gemm::multiply(a.data_ptr<float>(), k, m, k, p.data(), n, first, count,
                           bias.data_ptr<float>(), c.data_ptr<float>(), n, kind,
                           withScale ? scale.data_ptr<float>() : nullptr);
        const torch::Tensor y = torch::linear(a, w, bias);
        const torch::Tensor expected = kind == gemm::Epilogue::BiasGelu
                                           ? torch::gelu(y)
                                           : residual + (withScale ? scale * y : y);
        const double err = (c - expected).abs().max().item<double>();
        QVERIFY2(err < 1e-4, qPrintable(QString::number(err)));
    }
};

QTEST_GUILESS_MAIN(TestPackedGemm)
#include "test_packed_gemm.moc"
