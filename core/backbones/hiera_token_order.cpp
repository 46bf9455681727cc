// Hiera's token order (timm's "unroll"): after the patch embedding the (H/4 x W/4) grid is
// reordered so that the 2x2 strides of the later q-poolings are the outermost token
// dimensions, level 0 (the grid's lowest bit of y and x) first, then the mask units' rows
// and columns. A pixel (y, x) of a grid with `levels` strides still unrolled is token
//     t = ((sy0 * 2 + sx0) * 2 + sy1 ... + sx_{levels-1}) * (H >> levels) + (y >> levels)) * (W >> levels) + (x >> levels)
// with sy_i, sx_i bit i of y and x.
//
// Why not permutes: as permutes of 8- to 10-dimensional views (what timm's loops amount
// to) the copies in and out of this order took about 4 % of Hiera-tiny's time at batch 1
// (2.3 ms for the stage-1 output alone): LibTorch's strided copy walks the many size-2
// dimensions element by element. Here a table gives each pixel's token and the copy is a
// blocked transpose between [C x pixels] and [tokens x C]; the permutes remain for autograd
// and other devices.
#include "backbones/backbones_torch.h"

#include <ATen/Parallel.h>
#include <torch/torch.h>

#include <algorithm>
#include <vector>

namespace nexvitad::backbones {

namespace {

constexpr int64_t kPixelBlock = 16; // pixels per block: one cache line of an NCHW row

// Token of every pixel of an height x width grid, raster order.
std::vector<int64_t> tokenOfPixel(int levels, int64_t height, int64_t width)
{
    const int64_t rows = height >> levels, cols = width >> levels;
    std::vector<int64_t> table(size_t(height * width));
    for (int64_t y = 0; y < height; ++y)
        for (int64_t x = 0; x < width; ++x) {
            int64_t t = 0;
            for (int i = 0; i < levels; ++i)
                t = (t * 2 + ((y >> i) & 1)) * 2 + ((x >> i) & 1);
            table[size_t(y * width + x)] = (t * rows + (y >> levels)) * cols + (x >> levels);
        }
    return table;
}

bool fastPath(const torch::Tensor &t)
{
    return t.device().is_cpu() && t.scalar_type() == torch::kFloat32
           && !(torch::GradMode::is_enabled() && t.requires_grad());
}

// The permute versions (timm's order as one permute of a many-dimensional view).
torch::Tensor unrollByPermute(const torch::Tensor &grid, const torch::Tensor &pos, int levels)
{
    const int64_t b = grid.size(0), c = grid.size(1), h = grid.size(2), w = grid.size(3);
    const torch::Tensor x = grid.permute({0, 2, 3, 1}) + pos.view({1, h, w, c});
    const int64_t s = int64_t(1) << levels;
    std::vector<int64_t> shape{b, h / s};
    for (int i = 0; i < levels; ++i)
        shape.push_back(2); // sy_{levels-1} .. sy_0
    shape.push_back(w / s);
    for (int i = 0; i < levels; ++i)
        shape.push_back(2); // sx_{levels-1} .. sx_0
    shape.push_back(c);
    // dims: 0 B | 1 hL | 2 .. L+1 sy_{L-1} .. sy_0 | L+2 wL | L+3 .. 2L+2 sx_{L-1} .. sx_0 | 2L+3 C
    const int64_t L = levels;
    std::vector<int64_t> order{0};
    for (int64_t i = 0; i < L; ++i) {
        order.push_back(1 + L - i);     // sy_i
        order.push_back(L + 2 + L - i); // sx_i
    }
    order.push_back(1);
    order.push_back(L + 2);
    order.push_back(2 * L + 3);
    return x.reshape(shape).permute(order).reshape({b, h * w, c});
}

torch::Tensor rerollByPermute(const torch::Tensor &x, int levels, int64_t height, int64_t width)
{
    const int64_t b = x.size(0), c = x.size(2);
    const int64_t s = int64_t(1) << levels;
    std::vector<int64_t> shape{b};
    for (int i = 0; i < levels; ++i) {
        shape.push_back(2);
        shape.push_back(2);
    }
    shape.push_back(height / s);
    shape.push_back(width / s);
    shape.push_back(c);
    // dims: 0 B | (1+2i, 2+2i) = (sy_i, sx_i) | hL | wL | C
    const int64_t hDim = 1 + 2 * levels, wDim = hDim + 1, cDim = hDim + 2;
    std::vector<int64_t> order{0, cDim, hDim};
    for (int i = levels - 1; i >= 0; --i)
        order.push_back(1 + 2 * i);
    order.push_back(wDim);
    for (int i = levels - 1; i >= 0; --i)
        order.push_back(2 + 2 * i);
    return x.view(shape).permute(order).reshape({b, c, height, width}).contiguous();
}

// Calls body(image, firstPixel, pixels) for every block of pixels, in parallel.
template <typename Body>
void forPixelBlocks(int64_t images, int64_t pixels, const Body &body)
{
    const int64_t blocks = (pixels + kPixelBlock - 1) / kPixelBlock;
    at::parallel_for(0, images * blocks, 8, [&](int64_t begin, int64_t end) {
        for (int64_t i = begin; i < end; ++i) {
            const int64_t p0 = (i % blocks) * kPixelBlock;
            body(i / blocks, p0, std::min(kPixelBlock, pixels - p0));
        }
    });
}

} // namespace

torch::Tensor unrollTokens(const torch::Tensor &grid, const torch::Tensor &pos, int levels)
{
    if (!fastPath(grid) || !fastPath(pos))
        return unrollByPermute(grid, pos, levels);
    const torch::Tensor in = grid.contiguous();
    const torch::Tensor posRows = pos.contiguous();
    const int64_t b = in.size(0), c = in.size(1), h = in.size(2), w = in.size(3);
    const int64_t pixels = h * w;
    const std::vector<int64_t> table = tokenOfPixel(levels, h, w);
    torch::Tensor tokens = torch::empty({b, pixels, c}, in.options());
    const float *src = in.data_ptr<float>();
    const float *posData = posRows.data_ptr<float>();
    float *dst = tokens.data_ptr<float>();
    forPixelBlocks(b, pixels, [&](int64_t image, int64_t p0, int64_t count) {
        float *rows[kPixelBlock];
        for (int64_t j = 0; j < count; ++j)
            rows[j] = dst + (image * pixels + table[size_t(p0 + j)]) * c;
        const float *plane = src + image * c * pixels + p0;
        for (int64_t ch = 0; ch < c; ++ch)
            for (int64_t j = 0; j < count; ++j)
                rows[j][ch] = plane[ch * pixels + j] + posData[(p0 + j) * c + ch];
    });
    return tokens;
}

torch::Tensor rerollTokens(const torch::Tensor &tokens, int levels, int64_t height,
                           int64_t width)
{
    if (!fastPath(tokens))
        return rerollByPermute(tokens, levels, height, width);
    const torch::Tensor in = tokens.contiguous();
    const int64_t b = in.size(0), c = in.size(2), pixels = height * width;
    const std::vector<int64_t> table = tokenOfPixel(levels, height, width);
    torch::Tensor out = torch::empty({b, c, height, width}, in.options());
    const float *src = in.data_ptr<float>();
    float *dst = out.data_ptr<float>();
    forPixelBlocks(b, pixels, [&](int64_t image, int64_t p0, int64_t count) {
        const float *rows[kPixelBlock];
        for (int64_t j = 0; j < count; ++j)
            rows[j] = src + (image * pixels + table[size_t(p0 + j)]) * c;
        float *plane = dst + image * c * pixels + p0;
        for (int64_t ch = 0; ch < c; ++ch)
            for (int64_t j = 0; j < count; ++j)
                plane[ch * pixels + j] = rows[j][ch];
    });
    return out;
}

torch::Tensor maxPoolTokens(const torch::Tensor &rows, int64_t stride, int64_t columns)
{
    const int64_t b = rows.size(0), n = rows.size(1), pooled = n / stride;
    if (!fastPath(rows) || !rows.is_contiguous())
        return rows.narrow(2, 0, columns).view({b, stride, pooled, columns}).amax(1);
    const int64_t ld = rows.size(2);
    torch::Tensor out = torch::empty({b, pooled, columns}, rows.options());
    const float *src = rows.data_ptr<float>();
    float *dst = out.data_ptr<float>();
    at::parallel_for(0, b * pooled, std::max<int64_t>(1, 16384 / columns),
                     [&](int64_t begin, int64_t end) {
        for (int64_t i = begin; i < end; ++i) {
            const int64_t image = i / pooled, row = i % pooled;
            const float *first = src + (image * n + row) * ld;
            float *o = dst + i * columns;
            std::copy(first, first + columns, o);
            for (int64_t s = 1; s < stride; ++s) {
                const float *other = first + s * pooled * ld;
                for (int64_t c = 0; c < columns; ++c)
                    o[c] = std::max(o[c], other[c]);
            }
        }
    });
    return out;
}

} // namespace nexvitad::backbones
