// attendInto (block_attention.cpp: blocks shared out between threads, single-threaded
// GEMMs on strided views, with the packed-weight kernel and with the BLAS) against the
// plain LibTorch attention, on the layouts Hiera and DINOv2 hand it: q, k, v as permuted
// views of one fused qkv tensor, q max-pooled, the output a permuted view of the layout
// the next projection reads; head sizes and token counts that leave edges to the packing
// and depths beyond one GEMM block.
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

// Every data row names the kernel (the BLAS one is what CPUs without AVX2 get).
QByteArray rowName(const char *what, BlockGemm kernel)
{
    return QByteArray(what).append(kernel == BlockGemm::Blas ? ", BLAS" : ", packed");
}
BlockGemm fetchKernel()
{
    QFETCH(int, kernel);
    return BlockGemm(kernel);
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
        QTest::addColumn<int>("kernel");
        for (const BlockGemm kernel : {BlockGemm::Fastest, BlockGemm::Blas}) {
            QTest::newRow(rowName("stage-1 like, 3 images", kernel).constData())
                << 3 << 1 << 49 << 1 << int(kernel);
            QTest::newRow(rowName("pooled q, 2 heads", kernel).constData())
                << 2 << 2 << 7 << 4 << int(kernel);
            QTest::newRow(rowName("global, one block", kernel).constData())
                << 1 << 1 << 1 << 1 << int(kernel);
        }
    }

    void maskUnitLayout()
    {
        QFETCH(int, batch);
        QFETCH(int, heads);
        QFETCH(int, windows);
        QFETCH(int, qStride);
        const BlockGemm kernel = fetchKernel();
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
        attendInto(q, k, v, 0.2, out.permute({0, 3, 2, 1, 4}), kernel);
        const torch::Tensor expected = reference(q, k, v, 0.2).permute({0, 3, 2, 1, 4});
        QVERIFY(!out.isnan().any().item<bool>()); // every output element written
        QVERIFY2(maxAbsDiff(out, expected) < 1e-5, "blocked attention differs");
    }

    // Token counts and head sizes off the kernel's 6 x 16 tiles and 8 x 8 transposes; 405
    // keys take the output product past one depth block (384).
    void vitLayoutWithPrefixTokens_data()
    {
        QTest::addColumn<int>("tokens");
        QTest::addColumn<int>("hd");
        QTest::addColumn<int>("kernel");
        for (const BlockGemm kernel : {BlockGemm::Fastest, BlockGemm::Blas}) {
            QTest::newRow(rowName("5 + 64 tokens, head 16", kernel).constData())
                << 5 + 64 << 16 << int(kernel);
            QTest::newRow(rowName("1 + 36 tokens, head 20", kernel).constData())
                << 1 + 36 << 20 << int(kernel);
            QTest::newRow(rowName("5 + 400 tokens, head 8", kernel).constData())
                << 5 + 400 << 8 << int(kernel);
        }
    }

    void vitLayoutWithPrefixTokens()
    {
        QFETCH(int, tokens);
        QFETCH(int, hd);
        const BlockGemm kernel = fetchKernel();
        torch::InferenceMode inference;
        torch::manual_seed(tokens + hd);
        const int64_t batch = 2, heads = 3;
        const torch::Tensor qkv =
            torch::randn({batch, tokens, 3, heads, hd}).permute({2, 0, 3, 1, 4});
        torch::Tensor out = torch::full({batch, tokens, heads, hd}, std::nan(""));
        attendInto(qkv[0], qkv[1], qkv[2], 0.25, out.permute({0, 2, 1, 3}), kernel);
        const double err =
            maxAbsDiff(out.permute({0, 2, 1, 3}), reference(qkv[0], qkv[1], qkv[2], 0.25));
        QVERIFY2(err < 1e-5, qPrintable(QString::number(err)));
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
