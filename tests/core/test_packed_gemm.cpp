// The packed-weight GEMM (packed_gemm.h) against torch::linear: the packings' layout from
// strided sources, row and column remainders of the 6 x 16 kernel, depths beyond one
// block (384), several row blocks (at most 240 rows each, the next panel prefetched across
// row and depth blocks), a strided activation matrix, and a panel range that writes only
// its own columns; the GELU and residual-add epilogues.
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
        QVERIFY((c.narrow(1, 48, 22) - expected.narrow(1, 48, 22)).abs().max().item<double>() <
                1e-4);
        QCOMPARE(c.narrow(1, 0, 48).ne(-7.0f).sum().item<int64_t>(), int64_t(0));
    }
    // Both packings from strided sources against the layout's definition: element (output
    // j, input kk) at panel j / 16, row kk, column j % 16, zeros past the last output. Sizes
    // with whole 8 x 8 transposes and the edges they leave (outputs and inputs not
    // multiples of 8), as the attention packs a head's keys (rows are outputs) and values
    // (rows are inputs) inside a fused qkv tensor.
    void stridedPackingLayout_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("k");
        QTest::newRow("whole transposes") << 32 << 64;
        QTest::newRow("edges both ways") << 37 << 21;
        QTest::newRow("fewer than 8 of each") << 5 << 3;
    }

    void stridedPackingLayout()
    {
        QFETCH(int, n);
        QFETCH(int, k);
        torch::manual_seed(n * 100 + k);
        const torch::Tensor storage = torch::randn({std::max(n, k) + 3, 3 * (n + k)});
        const torch::Tensor w = storage.narrow(0, 1, n).narrow(1, 2, k);  // [n x k]
        const torch::Tensor wT = storage.narrow(0, 0, k).narrow(1, 5, n); // [k x n]
        const int64_t ld = storage.size(1);
        for (const bool transposed : {false, true}) {
            std::vector<float> out(size_t(gemm::packedFloats(n, k)), std::nanf(""));
            if (transposed)
                gemm::packWeightsTransposedStrided(wT.data_ptr<float>(), ld, n, k, out.data());
            else
                gemm::packWeightsStrided(w.data_ptr<float>(), ld, n, k, out.data());
            const torch::Tensor weight = transposed ? wT.t() : w;
            torch::Tensor expected = torch::zeros({gemm::panelCount(n) * gemm::kPanel, k});
            expected.narrow(0, 0, n).copy_(weight);
            // [panels * 16, k] -> [panels, k, 16]: the packed order.
            expected = expected.view({-1, gemm::kPanel, k}).transpose(1, 2).contiguous();
            const torch::Tensor got =
                torch::from_blob(out.data(), {int64_t(out.size())}).view_as(expected);
            QVERIFY2(torch::equal(got, expected), transposed ? "transposed" : "rows");
        }
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
        torch::Tensor c =
            kind == gemm::Epilogue::AddScaled ? residual.clone() : torch::full({m, n}, 99.0f);
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
