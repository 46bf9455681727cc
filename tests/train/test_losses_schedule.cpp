// Losses and schedule (method.md 3): pseudo-labels keep only confident pixels and carry no
// gradient, the target terms ignore every other pixel, the learning rate at key steps, the
// phases, and a few Adam steps on frozen features + masks lower the loss.

#include "../model/tiny_model.h"
#include "model/trainable_model_torch.h"
#include "train/losses_torch.h"
#include "train/lr_schedule.h"
#include "train/training_config.h"

#include <QTest>

using namespace nexvitad;
using namespace nexvitad::train;

namespace {
// Logits whose defect probability is `p` at each pixel: (0, log(p / (1 - p))).
torch::Tensor logitsFor(const torch::Tensor &p)
{
    return torch::stack({torch::zeros_like(p), torch::log(p / (1 - p))}, 1);
}
} // namespace

class TestLossesSchedule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pseudoLabelsKeepOnlyConfidentPixels()
    {
        // Defect probabilities 0.1, 0.5, 0.69, 0.71, 0.95 -> max probability 0.9, 0.5,
        // 0.69, 0.71, 0.95: valid, ignored, ignored, valid (defect), valid (defect).
        const torch::Tensor p = torch::tensor({0.1, 0.5, 0.69, 0.71, 0.95}).view({1, 1, 5});
        torch::Tensor logits = logitsFor(p).requires_grad_(true);
        const PseudoLabels pl = makePseudoLabels(logits, 0.7);
        QVERIFY(!pl.labels.requires_grad());
        QVERIFY(torch::equal(pl.labels.flatten(),
                             torch::tensor({0L, kIgnoreLabel, kIgnoreLabel, 1L, 1L})));
        QCOMPARE(pl.coverage, 0.6);
    }

    void targetTermsIgnoreUnconfidentPixels()
    {
        const torch::Tensor p = torch::tensor({0.1, 0.5, 0.69, 0.71, 0.95}).view({1, 1, 5});
        const PseudoLabels pl = makePseudoLabels(logitsFor(p), 0.7);
        torch::manual_seed(8);
        torch::Tensor head = torch::randn({1, 2, 1, 5}).requires_grad_(true);
        const torch::Tensor keep = torch::ones({1, 5}, torch::kBool);
        const torch::Tensor ce = targetCrossEntropy(head, pl);
        const torch::Tensor prob = torch::softmax(head, 1).select(1, 1);
        const torch::Tensor mse = consistencyMse(prob, pl, keep);
        (ce + mse).backward();
        const torch::Tensor g = head.grad().abs().sum(1).flatten();
        QCOMPARE(g[1].item<double>(), 0.0);
        QCOMPARE(g[2].item<double>(), 0.0);
        QVERIFY(g[0].item<double>() > 0 && g[3].item<double>() > 0 && g[4].item<double>() > 0);
        // Means over the 3 valid pixels, by hand.
        const auto ls = torch::log_softmax(head.detach(), 1).flatten(2);
        const double refCe = -(ls[0][0][0] + ls[0][1][3] + ls[0][1][4]).item<double>() / 3;
        QVERIFY(std::abs(ce.item<double>() - refCe) < 1e-6);
        const auto q = prob.detach().flatten();
        const double refMse =
            (q[0].square() + (q[3] - 1).square() + (q[4] - 1).square()).item<double>() / 3;
        QVERIFY(std::abs(mse.item<double>() - refMse) < 1e-6);
        // The augmentation's lost pixels drop out of the consistency term too.
        const torch::Tensor keepSome = torch::tensor({true, true, true, true, false}).view({1, 5});
        const double refMse2 = (q[0].square() + (q[3] - 1).square()).item<double>() / 2;
        QVERIFY(std::abs(consistencyMse(prob.detach(), pl, keepSome).item<double>() - refMse2) <
                1e-6);
    }

    void noConfidentPixelMeansZeroLoss()
    {
        const PseudoLabels pl = makePseudoLabels(torch::zeros({1, 2, 4, 4}), 0.7);
        QCOMPARE(pl.coverage, 0.0);
        torch::Tensor head = torch::randn({1, 2, 4, 4}).requires_grad_(true);
        const torch::Tensor ce = targetCrossEntropy(head, pl);
        QCOMPARE(ce.item<double>(), 0.0);
        ce.backward(); // still part of the graph
        QCOMPARE(head.grad().abs().sum().item<double>(), 0.0);
    }

    void learningRateAtKeySteps()
    {
        const LrSchedule s(1e-4, 200, 0.05);
        QCOMPARE(s.warmupSteps(), int64_t(10));
        QVERIFY(qFuzzyCompare(s.at(0), 1e-5));
        QVERIFY(qFuzzyCompare(s.at(4), 5e-5));
        QVERIFY(qFuzzyCompare(s.at(9), 1e-4));
        QVERIFY(qFuzzyCompare(s.at(10), 1e-4));
        QVERIFY(qFuzzyCompare(s.at(105), 5e-5)); // half-way through the cosine
        QVERIFY(s.at(199) > 0 && s.at(199) < 1e-7);
        QCOMPARE(s.at(200), 0.0);
        for (int64_t i = 11; i < 200; ++i)
            QVERIFY(s.at(i) < s.at(i - 1));
        const LrSchedule noWarmup(1e-3, 10, 0.0);
        QCOMPARE(noWarmup.at(0), 1e-3);
    }

    void phasesFollowTheConfig()
    {
        TrainingConfig c;
        QCOMPARE(c.phase1Epochs(), 10); // 20 % of 50
        QVERIFY(!isJointPhase(9, c.phase1Epochs()));
        QVERIFY(isJointPhase(10, c.phase1Epochs()));
    }

    void fewAdamStepsLowerTheLoss()
    {
        torch::manual_seed(10);
        model::TrainableModel model(tiny::spec(1, 1));
        tiny::FrozenStandIn backbone;
        // Images with a bright square where the mask says "defect".
        torch::Tensor masks = torch::zeros({4, tiny::kSize, tiny::kSize}, torch::kLong);
        masks.index_put_({torch::indexing::Slice(), torch::indexing::Slice(16, 40),
                          torch::indexing::Slice(20, 44)},
                         1);
        const torch::Tensor images =
            torch::randn({4, 3, tiny::kSize, tiny::kSize}) * 0.3 + masks.unsqueeze(1) * 2.0;
        const auto frozen = backbone(images);
        torch::optim::Adam adam(model->parameters(), torch::optim::AdamOptions(1e-2));
        double first = 0, last = 0;
        for (int step = 0; step < 40; ++step) {
            adam.zero_grad();
            const auto enc = model->encode(frozen);
            const torch::Tensor loss =
                sourceCrossEntropy(model->sourceLogits(enc, 0, tiny::kSize), masks) +
                sourceCrossEntropy(model->pseudoLogits(enc, 0, tiny::kSize), masks);
            loss.backward();
            adam.step();
            (step == 0 ? first : last) = loss.item<double>();
        }
        QVERIFY2(last < 0.5 * first, qPrintable(QStringLiteral("%1 -> %2").arg(first).arg(last)));
    }
};

QTEST_GUILESS_MAIN(TestLossesSchedule)
#include "test_losses_schedule.moc"
