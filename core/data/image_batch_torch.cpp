#include "data/image_batch_torch.h"

namespace nexvitad::data {

torch::Tensor imageToTensor(const cv::Mat &rgb8)
{
    CV_Assert(rgb8.type() == CV_8UC3);
    const cv::Mat continuous = rgb8.isContinuous() ? rgb8 : rgb8.clone();
    torch::Tensor hwc = torch::from_blob(continuous.data, {continuous.rows, continuous.cols, 3},
                                         torch::kUInt8);
    torch::Tensor chw = hwc.permute({2, 0, 1}).to(torch::kFloat32).div_(255.0f);
    const torch::Tensor mean = torch::from_blob(const_cast<float *>(kImageNetMean), {3, 1, 1});
    const torch::Tensor std = torch::from_blob(const_cast<float *>(kImageNetStd), {3, 1, 1});
    return chw.sub_(mean).div_(std).contiguous(); // new memory: independent of the cv::Mat
}

torch::Tensor maskToTensor(const cv::Mat &mask01)
{
    CV_Assert(mask01.type() == CV_8UC1);
    const cv::Mat continuous = mask01.isContinuous() ? mask01 : mask01.clone();
    return torch::from_blob(continuous.data, {1, continuous.rows, continuous.cols}, torch::kUInt8)
        .clone();
}

Batch loadBatch(const std::vector<ImageSample> &samples, std::size_t first, std::size_t count,
                int size)
{
    std::vector<torch::Tensor> images, masks;
    for (std::size_t i = first; i < first + count && i < samples.size(); ++i) {
        const ImageSample &s = samples[i];
        images.push_back(imageToTensor(resizeImage(readImageRgb8(s.imagePath), size)));
        masks.push_back(s.maskPath.empty()
                            ? torch::zeros({1, size, size}, torch::kUInt8)
                            : maskToTensor(resizeMask(readMaskBinary(s.maskPath), size)));
    }
    return {torch::stack(images), torch::stack(masks), first};
}

PrefetchLoader::PrefetchLoader(std::vector<ImageSample> samples, int size, int batchSize,
                               int depth)
    : m_samples(std::move(samples))
    , m_size(size)
    , m_batchSize(std::max(1, batchSize))
    , m_depth(static_cast<std::size_t>(std::max(1, depth)))
    , m_worker([this] { run(); })
{
}

PrefetchLoader::~PrefetchLoader()
{
    cancel();
    m_worker.join();
}

std::size_t PrefetchLoader::batchCount() const
{
    return (m_samples.size() + static_cast<std::size_t>(m_batchSize) - 1)
           / static_cast<std::size_t>(m_batchSize);
}

void PrefetchLoader::cancel()
{
    {
        // Under the lock, so a worker between its check and its wait cannot miss it.
        std::lock_guard lock(m_mutex);
        m_canceled = true;
    }
    m_changed.notify_all();
}

void PrefetchLoader::run()
{
    for (std::size_t b = 0; b < batchCount(); ++b) {
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return m_canceled || m_ready.size() < m_depth; });
            if (m_canceled)
                break;
        }
        try {
            Batch batch = loadBatch(m_samples, b * static_cast<std::size_t>(m_batchSize),
                                    static_cast<std::size_t>(m_batchSize), m_size);
            std::lock_guard lock(m_mutex);
            m_ready.push_back(std::move(batch));
            ++m_prepared;
        } catch (...) {
            std::lock_guard lock(m_mutex);
            m_error = std::current_exception();
            break;
        }
        m_changed.notify_all();
    }
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
    }
    m_changed.notify_all();
}

std::optional<Batch> PrefetchLoader::next()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_canceled || !m_ready.empty() || m_finished; });
    if (m_canceled)
        return std::nullopt;
    if (!m_ready.empty()) {
        Batch batch = std::move(m_ready.front());
        m_ready.pop_front();
        lock.unlock();
        m_changed.notify_all();
        return batch;
    }
    if (m_error)
        std::rethrow_exception(m_error);
    return std::nullopt;
}

} // namespace nexvitad::data
