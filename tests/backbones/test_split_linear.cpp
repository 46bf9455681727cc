// linearSplit (split_linear.cpp: the product shared between the threads by rows, or by
// columns for thin inputs) against torch::linear, with and without inference mode (the
// worker threads must take the caller's mode over to write an inference tensor).
#include "backbones/backbones_torch.h"

#include <QtTest>

#include <torch/torch.h>

using namespace nexvitad::backbones;

class TestSplitLinear : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { torch::set_num_threads(2); }

    void matchesTorchLinear_data()
    {
        QTest::addColumn<int>("batch");
        QTest::addColumn<int>("tokens");
        QTest::addColumn<int>("in");
        QTest::addColumn<int>("out");
        QTest::addColumn<bool>("inference");
        // Rows split (Hiera stage 1 shape, scaled down), columns split (few rows, columns
        // not a multiple of the alignment), one row.
        QTest::newRow("rows, inference mode") << 2 << 300 << 24 << 72 << true;
        QTest::newRow("rows, no-grad mode") << 1 << 513 << 40 << 36 << false;
        QTest::newRow("columns, thin input") << 1 << 49 << 64 << 200 << true;
        QTest::newRow("one row") << 1 << 1 << 8 << 35 << true;
    }

    void matchesTorchLinear()
    {
        QFETCH(int, batch);
        QFETCH(int, tokens);
        QFETCH(int, in);
        QFETCH(int, out);
        QFETCH(bool, inference);
        torch::manual_seed(11);
        torch::nn::Linear layer(in, out);
        for (torch::Tensor &p : layer->parameters())
            p.set_requires_grad(false);
        std::optional<c10::InferenceMode> mode;
        if (inference)
            mode.emplace();
        torch::NoGradGuard noGrad;
        const torch::Tensor x = torch::randn({batch, tokens, in});
        const torch::Tensor expected = torch::linear(x, layer->weight, layer->bias);
        const torch::Tensor got = linearSplit(layer, x);
        QCOMPARE(got.sizes(), expected.sizes());
        QVERIFY2((got - expected).abs().max().item<double>() < 1e-4,
                 "split product differs from torch::linear");
    }
};

QTEST_GUILESS_MAIN(TestSplitLinear)
#include "test_split_linear.moc"
