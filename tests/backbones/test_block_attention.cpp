// attendInto (block_attention.cpp: blocks shared out between threads, single-threaded BLAS
// GEMMs on strided views) against the plain LibTorch attention, on the layouts Hiera and
// DINOv2 hand it: q, k, v as permuted views of one fused qkv tensor, q max-pooled, the
// output a permuted view of the layout the next projection reads.
#include "backbones/backbones_torch.h"

#include <QtTest>

#include <torch/torch.h>

using namespace nexvitad::backbones;

namespace {

// Plain softmax(q k^T * scale) v, nothing shared with the code under test.
torch::Tensor reference(const torch::Tensor &q, const torch::Tensor &k, const torch::Tensor &v,
                        double scale)
{
    return torch::softmax(torch::matmul(q, k.transpose(-2, -1)) * scale, -1).matmul(v);
}

double maxAbsDiff(const torch::Tensor &a, const torch::Tensor &b)
{
    return (a - b).abs().max().item<double>();
}

} // namespace

class TestBlockAttention : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { torch::set_num_threads(2); }

    void maskUnitLayout_data()
    {
        QTest::addColumn<int>("batch");
        QTest::addColumn<int>("heads");
        QTest::addColumn<int>("windows");
        QTest::addColumn<int>("qStride");
        QTest::newRow("stage-1 like, 3 images") << 3 << 1 << 49 << 1;
        QTest::newRow("pooled q, 2 heads") << 2 << 2 << 7 << 4;
        QTest::newRow("global, one block") << 1 << 1 << 1 << 1;
    }

    void maskUnitLayout()
    {
        QFETCH(int, batch);
        QFETCH(int, heads);
        QFETCH(int, windows);
        QFETCH(int, qStride);
        torch::InferenceMode inference;
        torch::manual_seed(7);
        const int64_t hd = 24, tokens = 16 * windows * qStride;
        // Hiera's layout: [B, T, windows, 3, heads, hd] -> [3, B, heads, windows, T/w, hd].
        const torch::Tensor qkv = torch::randn({batch, tokens / windows, windows, 3, heads, hd})
                                      .permute({3, 0, 4, 2, 1, 5});
        torch::Tensor q = qkv[0];
        const torch::Tensor k = qkv[1], v = qkv[2];
        if (qStride > 1)
            q = q.reshape({batch, heads, windows, qStride, -1, hd}).amax(3);
        const int64_t tq = q.size(3);
        torch::Tensor out = torch::full({batch, tq, windows, heads, hd}, std::nan(""));
        attendInto(q, k, v, 0.2, out.permute({0, 3, 2, 1, 4}));
        const torch::Tensor expected = reference(q, k, v, 0.2).permute({0, 3, 2, 1, 4});
        QVERIFY(!out.isnan().any().item<bool>()); // every output element written
        QVERIFY2(maxAbsDiff(out, expected) < 1e-5, "blocked attention differs");
    }

    void vitLayoutWithPrefixTokens()
    {
        torch::InferenceMode inference;
        torch::manual_seed(3);
        const int64_t batch = 2, tokens = 5 + 64, heads = 3, hd = 16;
        const torch::Tensor qkv =
            torch::randn({batch, tokens, 3, heads, hd}).permute({2, 0, 3, 1, 4});
        torch::Tensor out = torch::empty({batch, tokens, heads, hd});
        attendInto(qkv[0], qkv[1], qkv[2], 0.25, out.permute({0, 2, 1, 3}));
        QVERIFY(maxAbsDiff(out.permute({0, 2, 1, 3}),
                           reference(qkv[0], qkv[1], qkv[2], 0.25))
                < 1e-5);
    }

    void nonContiguousLastDimensionUsesThePlainPath()
    {
        torch::InferenceMode inference;
        torch::manual_seed(9);
        const torch::Tensor q = torch::randn({3, 4, 10}).transpose(1, 2); // stride(-1) != 1
        const torch::Tensor k = torch::randn({3, 6, 4}), v = torch::randn({3, 6, 5});
        torch::Tensor out = torch::empty({3, 10, 5});
        attendInto(q, k, v, 1.0, out);
        QVERIFY(maxAbsDiff(out, reference(q, k, v, 1.0)) < 1e-5);
    }
};

QTEST_GUILESS_MAIN(TestBlockAttention)
#include "test_block_attention.moc"
