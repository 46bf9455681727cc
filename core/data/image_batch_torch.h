#pragma once
// Private (LibTorch): images and masks as batched tensors, and a loader that decodes the
// next batch on a worker thread while the caller computes on the current one.
//
// Tensors: images N x 3 x S x S float32, RGB, (x / 255 - mean) / std with ImageNet
// mean (0.485, 0.456, 0.406) and std (0.229, 0.224, 0.225); masks N x 1 x S x S uint8 with
// values 0/1 (convert with .to(torch::kLong) for a cross-entropy target). Tensors are on
// the CPU; the caller moves them to its device.

#include "data/image_decode.h"

#include <torch/torch.h>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace nexvitad::data {

inline constexpr float kImageNetMean[3] = {0.485f, 0.456f, 0.406f};
inline constexpr float kImageNetStd[3] = {0.229f, 0.224f, 0.225f};

// A CV_8UC3 RGB image (any size) -> 3 x H x W normalised float tensor.
torch::Tensor imageToTensor(const cv::Mat &rgb8);
// A CV_8UC1 0/1 mask -> 1 x H x W uint8 tensor.
torch::Tensor maskToTensor(const cv::Mat &mask01);

struct Batch
{
    torch::Tensor images; // N x 3 x S x S float32
    torch::Tensor masks;  // N x 1 x S x S uint8
    std::size_t first = 0; // index of the batch's first sample in the loader's list
};

// Decodes, resizes and stacks samples [first, first + count). Throws nexvitad::Error naming
// the first file that cannot be decoded.
Batch loadBatch(const std::vector<ImageSample> &samples, std::size_t first, std::size_t count,
                int size);

// Batches in order, prepared `depth` ahead on one worker thread. next() returns them in
// sample order and std::nullopt after the last one; an Error raised while decoding is
// rethrown by the next() that would have returned that batch. cancel() (from any thread)
// stops the worker and makes next() return std::nullopt; the destructor cancels and joins.
class PrefetchLoader
{
public:
    PrefetchLoader(std::vector<ImageSample> samples, int size, int batchSize, int depth = 2);
    ~PrefetchLoader();
    PrefetchLoader(const PrefetchLoader &) = delete;
    PrefetchLoader &operator=(const PrefetchLoader &) = delete;

    std::optional<Batch> next();
    void cancel();
    std::size_t batchCount() const;
    // Batches decoded so far (for tests: proves the worker runs ahead).
    std::size_t batchesPrepared() const { return m_prepared.load(); }

private:
    void run();

    const std::vector<ImageSample> m_samples;
    const int m_size;
    const int m_batchSize;
    const std::size_t m_depth;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_ready;
    std::exception_ptr m_error;
    bool m_finished = false;
    std::atomic<bool> m_canceled{false};
    std::atomic<std::size_t> m_prepared{0};
    std::thread m_worker; // last: started after every other member exists
};

} // namespace nexvitad::data
