// layerNormRows (row_layer_norm.cpp) against LibTorch's LayerNorm: the backbones' widths,
// a batch of rows that is not a multiple of a thread's share, values far from zero (the
// two-pass variance must not cancel), and widths and modes it leaves to LibTorch.
#include "backbones/backbones_torch.h"

#include <QtTest>

#include <torch/torch.h>

using namespace nexvitad::backbones;

class TestRowLayerNorm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { torch::set_num_threads(2); }

    void matchesLibTorch_data()
    {
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("rows");
        QTest::addColumn<float>("offset");
        QTest::addColumn<bool>("autograd");
        QTest::newRow("96 channels, 3137 rows") << 96 << 3137 << 0.0f << false;
        QTest::newRow("768 channels, 49 rows") << 768 << 49 << 0.0f << false;
        QTest::newRow("8 channels, one row") << 8 << 1 << 0.0f << false;
        QTest::newRow("values around 1000") << 384 << 257 << 1000.0f << false;
        QTest::newRow("20 channels (LibTorch)") << 20 << 33 << 0.0f << false;
        QTest::newRow("autograd (LibTorch)") << 96 << 64 << 0.0f << true;
    }

    void matchesLibTorch()
    {
        QFETCH(int, channels);
        QFETCH(int, rows);
        QFETCH(float, offset);
        QFETCH(bool, autograd);
        torch::manual_seed(channels + rows);
        torch::nn::LayerNorm norm(torch::nn::LayerNormOptions({channels}).eps(1e-6));
        torch::NoGradGuard noGrad;
        norm->weight.copy_(torch::randn({channels}));
        norm->bias.copy_(torch::randn({channels}));
        const torch::Tensor x = torch::randn({2, rows, channels}) * 3 + offset;
        const torch::Tensor expected = norm(x);
        torch::Tensor got;
        {
            torch::AutoGradMode mode(autograd);
            got = layerNormRows(norm, autograd ? x.clone().set_requires_grad(true) : x);
        }
        QCOMPARE(got.requires_grad(), autograd); // LibTorch's own path under autograd
        const double err = (got.detach() - expected).abs().max().item<double>();
        QVERIFY2(err < (offset > 0 ? 1e-3 : 1e-5), qPrintable(QString::number(err)));
    }
};

QTEST_GUILESS_MAIN(TestRowLayerNorm)
#include "test_row_layer_norm.moc"
