// The trainable model (method.md 1-2): shapes through every module, the untrained adapter
// is the identity, the interleave layout, the projection's resize + linear, and gradients
// that reach only the trainable parameters of the heads that were used.

#include "model/encoder_parts_torch.h"
#include "model/trainable_model_torch.h"
#include "tiny_model.h"

#include <QTest>

using namespace nexvitad::model;

class TestModelModules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void untrainedAdapterIsIdentity()
    {
        torch::manual_seed(1);
        Adapter adapter(16);
        const torch::Tensor x = torch::randn({2, 16, 5, 7});
        QVERIFY(torch::equal(adapter->forward(x), x));
        QCOMPARE(adapter->down->weight.size(0), int64_t(4)); // r = d / 4
        // Once W_up moves, the adapter is no longer the identity.
        {
            torch::NoGradGuard g;
            adapter->up->weight.fill_(0.1);
        }
        QVERIFY(!torch::equal(adapter->forward(x), x));
    }

    void interleaveLayout()
    {
        const torch::Tensor a = torch::arange(2 * 3 * 2 * 2, torch::kFloat).reshape({2, 3, 2, 2});
        const torch::Tensor p = -a - 1;
        const torch::Tensor f = interleaveChannels(a, p);
        QCOMPARE(f.size(1), 6);
        for (int64_t c = 0; c < 3; ++c) {
            QVERIFY(torch::equal(f.select(1, 2 * c), a.select(1, c)));
            QVERIFY(torch::equal(f.select(1, 2 * c + 1), p.select(1, c)));
        }
    }

    void projectionResizesThenProjects()
    {
        torch::manual_seed(2);
        DinoProjection proj(32, 16);
        const torch::Tensor grid = torch::randn({1, 32, 4, 4});
        const torch::Tensor out = proj->forward(grid, 16, 16);
        QCOMPARE(out.sizes().vec(), (std::vector<int64_t>{1, 16, 16, 16}));
        // Reference: bilinear (align_corners = false) then the same linear per position.
        const torch::Tensor resized = torch::upsample_bilinear2d(grid, {16, 16}, false);
        const torch::Tensor ref = torch::einsum("bchw,oc->bohw", {resized, proj->linear->weight}) +
                                  proj->linear->bias.view({1, 16, 1, 1});
        QVERIFY(torch::allclose(out, ref, 1e-5, 1e-5));
        // Projecting on the grid first (what forward() does) equals this when shrinking too
        // (stage 4's 7 x 7 from DINOv2's 16 x 16 at 224 px).
        const torch::Tensor small = proj->forward(grid, 3, 3);
        const torch::Tensor shrunk = torch::upsample_bilinear2d(grid, {3, 3}, false);
        const torch::Tensor smallRef =
            torch::einsum("bchw,oc->bohw", {shrunk, proj->linear->weight}) +
            proj->linear->bias.view({1, 16, 1, 1});
        QVERIFY(torch::allclose(small, smallRef, 1e-5, 1e-5));
    }

    void shapesThroughTheModel()
    {
        torch::manual_seed(3);
        TrainableModel model(tiny::spec(2, 2));
        tiny::FrozenStandIn backbone;
        const auto frozen = backbone(torch::randn({3, 3, tiny::kSize, tiny::kSize}));
        const EncoderOutput enc = model->encode(frozen);
        const std::vector<int64_t> channels{32, 64, 128, 256}, sides{16, 8, 4, 2};
        for (size_t n = 0; n < 4; ++n)
            QCOMPARE(enc.features[n].sizes().vec(),
                     (std::vector<int64_t>{3, channels[n], sides[n], sides[n]}));
        QCOMPARE(enc.adaptedStage4.sizes().vec(), (std::vector<int64_t>{3, 128, 2, 2}));
        const std::vector<int64_t> logits{3, 2, tiny::kSize, tiny::kSize};
        QCOMPARE(model->sourceLogits(enc, 1, tiny::kSize).sizes().vec(), logits);
        QCOMPARE(model->targetLogits(enc, 1, tiny::kSize).sizes().vec(), logits);
        QCOMPARE(model->pseudoLogits(enc, 1, tiny::kSize).sizes().vec(), logits);
    }

    void headCountsFollowOptions()
    {
        auto headParams = [](const ModelSpec &s) {
            TrainableModel m(s);
            int64_t n = 0;
            for (const auto &p : m->decoder()->parameters())
                n += p.numel();
            return n;
        };
        ModelSpec mtl = tiny::spec(3, 1), shared = tiny::spec(3, 1), noPseudo = tiny::spec(3, 1);
        shared.mtl = false;
        noPseudo.pseudoLabels = false;
        // 3 + 1 segmentation heads and 1 pseudo head vs 1 + 1 and 1 vs 3 + 1 and none.
        TrainableModel one(tiny::spec(1, 1));
        int64_t seg = 0;
        for (const auto &p : one->decoder()->targetHead(0)->parameters())
            seg += p.numel();
        const int64_t pseudo = headParams(tiny::spec(1, 1)) - 2 * seg;
        QCOMPARE(headParams(mtl), 4 * seg + pseudo);
        QCOMPARE(headParams(shared), 2 * seg + pseudo);
        QCOMPARE(headParams(noPseudo), 4 * seg);
        TrainableModel sharedModel(shared);
        QVERIFY(sharedModel->decoder()->sourceHead(0).get() ==
                sharedModel->decoder()->sourceHead(2).get());
        TrainableModel noPseudoModel(noPseudo);
        QVERIFY_THROWS_EXCEPTION(c10::Error, noPseudoModel->decoder()->pseudoHead(0));
    }

    void gradientsReachOnlyTrainableParametersOfUsedHeads()
    {
        torch::manual_seed(4);
        TrainableModel model(tiny::spec(2, 1));
        tiny::FrozenStandIn backbone;
        const torch::Tensor images = torch::randn({2, 3, tiny::kSize, tiny::kSize});
        const auto frozen = backbone(images);
        for (const auto &t : frozen.hiera)
            QVERIFY(!t.requires_grad());
        const EncoderOutput enc = model->encode(frozen);
        const torch::Tensor loss = model->sourceLogits(enc, 0, tiny::kSize).square().mean() +
                                   model->pseudoLogits(enc, 0, tiny::kSize).square().mean();
        loss.backward();

        // Frozen stand-in: no gradient anywhere.
        for (auto &m : backbone.stages)
            for (const auto &p : m->parameters())
                QVERIFY(!p.grad().defined());
        // Used: encoder, source head 0, pseudo head 0. Unused: source head 1, target head.
        for (const auto &item : model->named_parameters()) {
            const QString name = QString::fromStdString(item.key());
            const bool used = name.startsWith(QLatin1String("encoder.")) ||
                              name.startsWith(QLatin1String("decoder.source_seg0.")) ||
                              name.startsWith(QLatin1String("decoder.target_pseudo0."));
            QVERIFY2(item.value().grad().defined() == used, qPrintable(name));
        }
        // W_up = 0 blocks the signal to W_down at first, but W_up itself learns.
        for (const auto &item : model->encoder()->named_parameters())
            if (QString::fromStdString(item.key()).endsWith(QLatin1String("up.weight")))
                QVERIFY(item.value().grad().abs().sum().item<double>() > 0.0);
    }

    void cudaMatchesCpu()
    {
        if (!torch::cuda::is_available())
            QSKIP("no CUDA");
        torch::manual_seed(5);
        TrainableModel cpu(tiny::spec(1, 1));
        TrainableModel gpu(tiny::spec(1, 1));
        {
            torch::NoGradGuard g;
            const auto src = cpu->named_parameters();
            for (auto &p : gpu->named_parameters())
                p.value().copy_(src[p.key()]);
        }
        gpu->to(torch::kCUDA);
        tiny::FrozenStandIn backbone;
        const auto frozen = backbone(torch::randn({2, 3, tiny::kSize, tiny::kSize}));
        const torch::Tensor a = cpu->sourceLogits(cpu->encode(frozen), 0, tiny::kSize);
        const torch::Tensor b =
            gpu->sourceLogits(gpu->encode(frozen.to(torch::kCUDA)), 0, tiny::kSize).cpu();
        QVERIFY(torch::allclose(a, b, 1e-3, 1e-3));
    }
};

QTEST_GUILESS_MAIN(TestModelModules)
#include "test_model_modules.moc"
