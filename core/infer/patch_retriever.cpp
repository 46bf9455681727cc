// The exact nearest-stored-patch search (patch_retrieval_torch.h).

#include "infer/patch_retrieval_torch.h"

#include "common/error.h"
#include "infer/torch_matrix_torch.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace nexvitad::infer {

namespace {

// The reference distance: double precision, channels in order (what the ranking uses).
double exactSquaredDistance(const float *p, const float *q, qint64 channels)
{
    double sum = 0.0;
    for (qint64 c = 0; c < channels; ++c) {
        const double d = double(p[c]) - double(q[c]);
        sum += d * d;
    }
    return sum;
}

// The cell of `cells` with the largest value of `map` ([h, w], CPU float); the first in
// row-major order on ties.
QPoint leastNormalCell(const torch::Tensor &map, const std::vector<QPoint> &cells)
{
    const auto a = map.accessor<float, 2>();
    QPoint best = cells.front();
    for (const QPoint &c : cells)
        if (a[c.y()][c.x()] > a[best.y()][best.x()])
            best = c;
    return best;
}

struct Candidate
{
    double squared = std::numeric_limits<double>::infinity();
    qint64 row = -1; // in the image's patches
};

} // namespace

PatchRetriever::PatchRetriever(const MemoryBank &bank) : m_bank(bank) {}

void PatchRetriever::computeNorms()
{
    if (!m_squaredNorms.empty())
        return;
    torch::InferenceMode guard;
    for (size_t l = 0; l < m_bank.info().layers.size(); ++l) {
        const qint64 perImage = m_bank.info().layers[l].patchesPerImage();
        torch::Tensor norms = torch::empty({m_bank.imageCount(), perImage}, torch::kFloat32);
        for (int i = 0; i < m_bank.imageCount(); ++i)
            norms[i].copy_(asTensor(m_bank.images()[size_t(i)].patches[l]).pow(2).sum(1));
        m_maxNorm.push_back(norms.numel() ? norms.max().sqrt().item<double>() : 0.0);
        m_squaredNorms.push_back(std::move(norms));
    }
}

LayerExplanation PatchRetriever::searchLayer(size_t layer, const torch::Tensor &query, int k)
{
    const BankLayer &info = m_bank.info().layers[layer];
    const int images = m_bank.imageCount();
    const qint64 channels = info.channels;
    const float *q = query.data_ptr<float>();

    // 1. Screening: per image, d^2 ~ |p|^2 - 2 P q + |q|^2 by one matrix-vector product.
    const double queryNorm = query.norm().item<double>();
    torch::Tensor approx = m_squaredNorms[layer].clone();
    for (int i = 0; i < images; ++i)
        approx[i].add_(torch::mv(asTensor(m_bank.images()[size_t(i)].patches[layer]), query), -2.0);
    approx.add_(queryNorm * queryNorm);
    const int kept = std::clamp(k, 1, images);
    const torch::Tensor imageMins = std::get<0>(approx.min(1));
    const double kthApprox = std::get<0>(imageMins.sort()).index({kept - 1}).item<double>();
    const double bound = 4.0 * double(channels) * std::numeric_limits<float>::epsilon() / 2.0 *
                         (m_maxNorm[layer] + queryNorm) * (m_maxNorm[layer] + queryNorm);
    const double limit = kthApprox + 2.0 * bound;

    // 2. Every patch that could be among the k best images' nearest, measured exactly.
    std::vector<Candidate> best(static_cast<size_t>(images));
    const auto a = approx.accessor<float, 2>();
    for (int i = 0; i < images; ++i) {
        const FeatureMatrix &patches = m_bank.images()[size_t(i)].patches[layer];
        for (qint64 r = 0; r < patches.rows; ++r) {
            if (double(a[i][r]) > limit)
                continue;
            const double d = exactSquaredDistance(patches.row(r), q, channels);
            if (d < best[size_t(i)].squared) // strict: the earlier patch wins ties
                best[size_t(i)] = {d, r};
        }
    }
    std::vector<int> order;
    for (int i = 0; i < images; ++i)
        if (best[size_t(i)].row >= 0)
            order.push_back(i);
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
        return best[size_t(x)].squared < best[size_t(y)].squared;
    });
    order.resize(std::min(order.size(), size_t(kept)));

    LayerExplanation out;
    out.stage = info.stage;
    const int size = m_bank.info().scoring.imageSize;
    for (const int i : order) {
        const BankImage &image = m_bank.images()[size_t(i)];
        const qint64 row = best[size_t(i)].row;
        PatchMatch m;
        m.bankImage = i;
        m.name = image.name;
        m.sha256 = image.sha256;
        m.cell = QPoint(int(row % info.gridWidth), int(row / info.gridWidth));
        m.box = cellBox(info.gridHeight, info.gridWidth, size, m.cell);
        m.distance = std::sqrt(best[size_t(i)].squared);
        out.matches.push_back(std::move(m));
    }
    return out;
}

Explanation PatchRetriever::explain(const std::vector<torch::Tensor> &features,
                                    const std::vector<torch::Tensor> &distances,
                                    const QRect &region, int k)
{
    const std::vector<BankLayer> &layers = m_bank.info().layers;
    if (features.size() != layers.size() || distances.size() != layers.size())
        throw Error(Explanation::tr("An explanation needs the features and distances of all %1 "
                                    "bank layers.")
                        .arg(layers.size()));
    if (m_bank.imageCount() == 0)
        throw Error(Explanation::tr("The memory bank has no images."));
    computeNorms();
    torch::InferenceMode guard;
    Explanation e;
    e.imageSize = m_bank.info().scoring.imageSize;
    e.region = region.normalized().intersected(QRect(0, 0, e.imageSize, e.imageSize));
    for (size_t l = 0; l < layers.size(); ++l) {
        const BankLayer &info = layers[l];
        const std::vector<QPoint> cells =
            cellsIn(info.gridHeight, info.gridWidth, e.imageSize, e.region);
        if (cells.empty())
            return {};
        const torch::Tensor map = distances[l].to(torch::kCPU, torch::kFloat32).contiguous();
        const QPoint cell = leastNormalCell(map, cells);
        const torch::Tensor query = features[l]
                                        .index({torch::indexing::Slice(), cell.y(), cell.x()})
                                        .to(torch::kCPU, torch::kFloat32)
                                        .contiguous();
        LayerExplanation layer = searchLayer(l, query, k);
        layer.queryCell = cell;
        layer.queryBox = cellBox(info.gridHeight, info.gridWidth, e.imageSize, cell);
        layer.cellDistance = map[cell.y()][cell.x()].item<double>();
        e.layers.push_back(std::move(layer));
    }
    return e;
}

} // namespace nexvitad::infer
