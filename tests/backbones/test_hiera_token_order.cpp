// Hiera's token order (hiera_token_order.cpp): the table-driven copies used for inference
// against the permutes kept for autograd, for every number of unrolled levels, a batch of
// two and a non-square grid; and unroll followed by reroll gives back the input plus the
// position embedding; q-pooling's maximum over the first token dimension. (The timm
// fixtures check the order itself, test_backbone_fixtures.)
#include "backbones/backbones_torch.h"

#include <QtTest>

#include <torch/torch.h>

using namespace nexvitad::backbones;

namespace {
// With autograd on and a tensor that requires grad, the permute versions run.
torch::Tensor viaPermutes(const torch::Tensor &t)
{
    return t.clone().set_requires_grad(true);
}
} // namespace

class TestHieraTokenOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { torch::set_num_threads(2); }

    void tableMatchesPermutes_data()
    {
        QTest::addColumn<int>("levels");
        for (int levels = 0; levels <= 3; ++levels)
            QTest::addRow("%d levels", levels) << levels;
    }

    void tableMatchesPermutes()
    {
        QFETCH(int, levels);
        const int64_t height = 48, width = 24, channels = 5; // 6 x 3 mask units at 3 levels
        torch::manual_seed(levels);
        const torch::Tensor grid = torch::randn({2, channels, height, width});
        const torch::Tensor pos = torch::randn({1, height * width, channels});

        const torch::Tensor slowTokens = unrollTokens(viaPermutes(grid), viaPermutes(pos), levels);
        torch::Tensor tokens;
        {
            torch::NoGradGuard noGrad;
            tokens = unrollTokens(grid, pos, levels);
        }
        QVERIFY(slowTokens.requires_grad()); // the other path really ran
        QCOMPARE(tokens.sizes(), slowTokens.sizes());
        QVERIFY(torch::equal(tokens, slowTokens.detach()));

        const torch::Tensor slowGrid = rerollTokens(viaPermutes(tokens), levels, height, width);
        torch::Tensor back;
        {
            torch::NoGradGuard noGrad;
            back = rerollTokens(tokens, levels, height, width);
        }
        QVERIFY(slowGrid.requires_grad());
        QVERIFY(torch::equal(back, slowGrid.detach()));
        const torch::Tensor posGrid = pos.view({1, height, width, channels}).permute({0, 3, 1, 2});
        QVERIFY((back - (grid + posGrid)).abs().max().item<double>() < 1e-6);
    }

    // q-pooling: the maximum over the first token dimension of the first columns, on both
    // paths, against the definition written out with a loop over the stride.
    void maxPoolMatchesDefinition()
    {
        const int64_t batch = 2, stride = 4, pooled = 37, ld = 30, columns = 12;
        torch::manual_seed(3);
        const torch::Tensor rows = torch::randn({batch, stride * pooled, ld});
        torch::Tensor expected = rows.narrow(1, 0, pooled).narrow(2, 0, columns);
        for (int64_t s = 1; s < stride; ++s)
            expected = torch::maximum(expected, rows.narrow(1, s * pooled, pooled).narrow(2, 0, columns));
        torch::Tensor fast;
        {
            torch::NoGradGuard noGrad;
            fast = maxPoolTokens(rows, stride, columns);
        }
        const torch::Tensor slow = maxPoolTokens(viaPermutes(rows), stride, columns);
        QVERIFY(slow.requires_grad());
        QVERIFY(torch::equal(fast, expected));
        QVERIFY(torch::equal(slow.detach(), expected));
    }
};

QTEST_GUILESS_MAIN(TestHieraTokenOrder)
#include "test_hiera_token_order.moc"
