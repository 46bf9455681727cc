// linearSplit (split_linear.cpp: the product shared between the threads by rows, or by
// columns for thin inputs) against torch::linear, with and without inference mode (the
// worker threads must take the caller's mode over to write an inference tensor); the
// GELU and residual-add variants (linearGelu, linearAddInto) against their definitions.
#include "backbones/backbones_torch.h"
#include "common/packed_gemm.h"

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
        // Units of panels over all rows (fewer than 960 rows; a partial last panel), units
        // of rows (1001 rows: a short last unit), thin input, one row.
        QTest::newRow("rows, inference mode") << 2 << 300 << 24 << 72 << true;
        QTest::newRow("row units, uneven last unit") << 1 << 1001 << 24 << 40 << true;
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

    // linearGelu and linearAddInto against their definitions: on the packed path (rows or
    // columns split), into a residual that is a strided view (not written directly: the
    // result must still land in it), and with autograd on (LibTorch's own operations).
    void fusedEpiloguesMatchTorch_data()
    {
        QTest::addColumn<int>("tokens");
        QTest::addColumn<bool>("stridedResidual");
        QTest::addColumn<bool>("autograd");
        QTest::newRow("rows split") << 300 << false << false;
        QTest::newRow("row units") << 1000 << false << false;
        QTest::newRow("columns split") << 49 << false << false;
        QTest::newRow("strided residual") << 130 << true << false;
        QTest::newRow("autograd") << 130 << false << true;
    }

    void fusedEpiloguesMatchTorch()
    {
        QFETCH(int, tokens);
        QFETCH(bool, stridedResidual);
        QFETCH(bool, autograd);
        torch::manual_seed(tokens);
        const int64_t in = 40, out = 200;
        torch::nn::Linear layer(in, out);
        layer->weight.set_requires_grad(autograd);
        layer->bias.set_requires_grad(false);
        std::optional<torch::NoGradGuard> noGrad;
        if (!autograd)
            noGrad.emplace();
        const torch::Tensor x = torch::randn({1, tokens, in});
        const torch::Tensor gain = torch::randn({out});
        const torch::Tensor y = torch::linear(x, layer->weight, layer->bias).detach();

        const torch::Tensor gelu = linearGelu(layer, x);
        QVERIFY2((gelu.detach() - torch::gelu(y)).abs().max().item<double>() < 1e-5,
                 "GELU epilogue differs from torch::gelu(linear)");

        for (const bool withGain : {false, true}) {
            torch::Tensor storage = torch::randn({1, out, tokens});
            torch::Tensor residual = stridedResidual ? storage.transpose(1, 2)
                                                     : storage.transpose(1, 2).contiguous();
            const torch::Tensor expected = residual + (withGain ? gain * y : y);
            const torch::Tensor result =
                linearAddInto(layer, x, residual, withGain ? gain : torch::Tensor());
            QCOMPARE(result.data_ptr(), residual.data_ptr()); // in place
            QVERIFY2((residual - expected).abs().max().item<double>() < 1e-5,
                     withGain ? "residual + gain * linear differs" : "residual + linear differs");
        }
    }

    // A residual that is the input itself (square layer) still gets x + linear(x).
    void addIntoItsOwnInput()
    {
        torch::manual_seed(4);
        torch::nn::Linear layer(48, 48);
        c10::InferenceMode mode;
        torch::Tensor x = torch::randn({1, 300, 48});
        const torch::Tensor expected = x + torch::linear(x, layer->weight, layer->bias);
        linearAddInto(layer, x, x);
        QVERIFY((x - expected).abs().max().item<double>() < 1e-5);
    }

    // The packed copy of a weight (split_linear.cpp) must follow the weight: changed in
    // place, or a new layer whose weight lands where a dead one's was.
    // "one value": a change a sample of the weight's values would miss (the cache once
    // hashed 16 of them); the second entry is not among them.
    void followsChangedAndReplacedWeights_data()
    {
        QTest::addColumn<bool>("inferenceWeights");
        QTest::addColumn<bool>("oneValue");
        QTest::newRow("weights with a version counter, all values") << false << false;
        QTest::newRow("weights with a version counter, one value") << false << true;
        QTest::newRow("inference-tensor weights, all values") << true << false;
        QTest::newRow("inference-tensor weights, one value") << true << true;
    }

    void followsChangedAndReplacedWeights()
    {
        QFETCH(bool, inferenceWeights);
        QFETCH(bool, oneValue);
        for (int round = 0; round < 6; ++round) {
            torch::manual_seed(round);
            std::optional<c10::InferenceMode> building;
            if (inferenceWeights)
                building.emplace();
            torch::nn::Linear layer(48, 40);
            for (torch::Tensor &p : layer->parameters())
                p.set_requires_grad(false);
            building.reset();
            c10::InferenceMode mode;
            const torch::Tensor x = torch::randn({2, 150, 48});
            const torch::Tensor before = linearSplit(layer, x);
            QVERIFY((before - torch::linear(x, layer->weight, layer->bias)).abs().max().item<double>()
                    < 1e-4);
            {
                // In-place change: normal tensors only outside inference mode, inference
                // tensors only inside it.
                c10::InferenceMode change(inferenceWeights);
                torch::NoGradGuard noGrad;
                if (oneValue)
                    layer->weight[0][1].add_(5.0f);
                else
                    layer->weight.mul_(-2.0f);
            }
            const torch::Tensor after = linearSplit(layer, x);
            QVERIFY2((after - torch::linear(x, layer->weight, layer->bias)).abs().max().item<double>()
                         < 1e-4,
                     "a weight changed in place was not packed again");
        }
    }

    // Packed copies live as long as their weights: an unloaded layer's copy goes at the
    // next product of any layer, even one whose weights are packed already. Weights made in
    // inference mode (no version counter) are packed for one product and never kept.
    void packedCopiesDieWithTheirWeights()
    {
        if (!nexvitad::gemm::available())
            QSKIP("no AVX2/FMA here: nothing is packed");
        const torch::Tensor x = torch::randn({1, 130, 32});
        torch::nn::Linear kept(32, 24); // ordinary weights, as the backbones' modules make
        const auto product = [&x](torch::nn::Linear &layer) {
            c10::InferenceMode mode;
            return linearSplit(layer, x);
        };
        product(kept);
        const size_t before = packedWeightsHeld();
        {
            torch::nn::Linear unloaded(32, 24);
            product(unloaded);
            QCOMPARE(packedWeightsHeld(), before + 1);
        }
        product(kept);
        QCOMPARE(packedWeightsHeld(), before);
        std::optional<torch::nn::Linear> inferenceWeights;
        {
            c10::InferenceMode building;
            inferenceWeights.emplace(32, 24);
        }
        const torch::Tensor y = product(*inferenceWeights);
        QCOMPARE(packedWeightsHeld(), before);
        QVERIFY((y - torch::linear(x, (*inferenceWeights)->weight, (*inferenceWeights)->bias))
                    .abs().max().item<double>() < 1e-4);
    }
};

QTEST_GUILESS_MAIN(TestSplitLinear)
#include "test_split_linear.moc"
