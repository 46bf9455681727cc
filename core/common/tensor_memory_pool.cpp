#include "common/tensor_memory_pool.h"

#include <c10/core/Allocator.h>
#include <c10/core/impl/alloc_cpu.h>
#include <c10/util/Exception.h>

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <bit>
#include <mutex>
#include <new>
#include <unordered_map>
#include <vector>

namespace nexvitad::runtime {

namespace {

constexpr size_t kPage = 4096;

size_t roundUp(size_t n, size_t step)
{
    return (n + step - 1) / step * step;
}

// Eight classes per doubling: at most 12.5 % of a block unused, while nearby sizes (the
// same activation at another batch size) still share blocks.
size_t sizeClass(size_t bytes)
{
    const size_t pages = roundUp(bytes, kPage);
    const int shift = int(std::bit_width(pages)) - 1;
    const size_t step = std::max(kPage, size_t(1) << std::max(0, shift - 3));
    return roundUp(pages, step);
}

class TensorMemoryPool final : public c10::Allocator
{
public:
    explicit TensorMemoryPool(int64_t limit) : m_limit(std::max<int64_t>(0, limit)) {}

    c10::DataPtr allocate(size_t bytes) const override
    {
        // With no cache the pool would only add work: behave as if it were not there.
        if (bytes < size_t(kTensorPoolMinBytes) || m_limit.load(std::memory_order_relaxed) == 0) {
            void *data = c10::alloc_cpu(bytes);
            return {data, data, &c10::free_cpu, c10::Device(c10::DeviceType::CPU)};
        }
        void *data = const_cast<TensorMemoryPool *>(this)->take(sizeClass(bytes));
        return {data, data, &freeAny, c10::Device(c10::DeviceType::CPU)};
    }

    c10::DeleterFnPtr raw_deleter() const override { return &freeAny; }

    void setLimit(int64_t limit)
    {
        std::vector<std::pair<void *, size_t>> drop;
        {
            std::lock_guard lock(m_mutex);
            m_limit = std::max<int64_t>(0, limit);
            evictLocked(m_limit.load(), drop);
        }
        unmapAll(drop);
    }

    void release() { releaseAbove(0); }

    TensorPoolStats stats() const
    {
        std::lock_guard lock(m_mutex);
        TensorPoolStats s;
        s.requests = m_requests;
        s.reused = m_reused;
        s.liveBytes = m_liveBytes;
        s.cachedBytes = m_cachedBytes;
        s.cacheLimitBytes = m_limit;
        return s;
    }

private:
    void releaseAbove(int64_t keep)
    {
        std::vector<std::pair<void *, size_t>> drop;
        {
            std::lock_guard lock(m_mutex);
            evictLocked(keep, drop);
        }
        unmapAll(drop);
    }

    void *take(size_t cls)
    {
        {
            std::lock_guard lock(m_mutex);
            ++m_requests;
            auto it = m_free.find(cls);
            if (it != m_free.end() && !it->second.empty()) {
                void *data = it->second.back();
                it->second.pop_back();
                m_cachedBytes -= int64_t(cls);
                m_liveBytes += int64_t(cls);
                m_live.emplace(data, cls);
                ++m_reused;
                return data;
            }
        }
        // New memory outside the lock (mmap may take a while for large blocks).
        void *data = mmap(nullptr, cls, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (data == MAP_FAILED) {
            // Cached blocks of other sizes may be what the system is missing: return them
            // and try once more before failing.
            releaseAbove(0);
            data = mmap(nullptr, cls, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        }
        if (data == MAP_FAILED)
            TORCH_CHECK(false, "out of memory: could not allocate ", cls, " bytes for a tensor");
        std::lock_guard lock(m_mutex);
        m_liveBytes += int64_t(cls);
        m_live.emplace(data, cls);
        return data;
    }

    // Returns a block to the cache, or to the system beyond the limit. Pointers that are
    // not pool blocks came from c10::alloc_cpu (raw_allocate of a small request).
    void give(void *data)
    {
        size_t cls = 0;
        {
            std::lock_guard lock(m_mutex);
            auto it = m_live.find(data);
            if (it != m_live.end()) {
                cls = it->second;
                m_live.erase(it);
                m_liveBytes -= int64_t(cls);
                if (m_cachedBytes + int64_t(cls) <= m_limit.load()) {
                    m_free[cls].push_back(data);
                    m_cachedBytes += int64_t(cls);
                    return;
                }
            }
        }
        if (cls == 0)
            c10::free_cpu(data);
        else
            munmap(data, cls);
    }

    void evictLocked(int64_t keep, std::vector<std::pair<void *, size_t>> &drop)
    {
        // Largest classes first: they are the fewest blocks for the bytes.
        std::vector<size_t> classes;
        for (const auto &[cls, blocks] : m_free)
            if (!blocks.empty())
                classes.push_back(cls);
        std::sort(classes.rbegin(), classes.rend());
        for (size_t cls : classes) {
            std::vector<void *> &blocks = m_free[cls];
            while (m_cachedBytes > keep && !blocks.empty()) {
                drop.emplace_back(blocks.back(), cls);
                blocks.pop_back();
                m_cachedBytes -= int64_t(cls);
            }
        }
    }

    static void unmapAll(const std::vector<std::pair<void *, size_t>> &blocks)
    {
        for (const auto &[data, cls] : blocks)
            munmap(data, cls);
    }

    static void freeAny(void *data);

    mutable std::mutex m_mutex;
    std::atomic<int64_t> m_limit;
    int64_t m_requests = 0, m_reused = 0, m_liveBytes = 0, m_cachedBytes = 0;
    std::unordered_map<void *, size_t> m_live;
    std::unordered_map<size_t, std::vector<void *>> m_free;
};

// Never destroyed: tensors may die during static destruction and still call back.
TensorMemoryPool *g_pool = nullptr;
std::mutex g_installMutex;

void TensorMemoryPool::freeAny(void *data)
{
    if (data)
        g_pool->give(data);
}

} // namespace

void installTensorMemoryPool(int64_t cacheLimitBytes)
{
    std::lock_guard lock(g_installMutex);
    if (g_pool) {
        g_pool->setLimit(cacheLimitBytes);
        return;
    }
    g_pool = new TensorMemoryPool(cacheLimitBytes);
    // Priority above the default CPU allocator's (0), so LibTorch's own registration can
    // never replace it.
    c10::SetAllocator(c10::DeviceType::CPU, g_pool, 1);
}

bool tensorMemoryPoolInstalled()
{
    std::lock_guard lock(g_installMutex);
    return g_pool != nullptr;
}

void setTensorMemoryCacheLimit(int64_t cacheLimitBytes)
{
    std::lock_guard lock(g_installMutex);
    if (g_pool)
        g_pool->setLimit(cacheLimitBytes);
}

void releaseTensorMemoryCache()
{
    std::lock_guard lock(g_installMutex);
    if (g_pool)
        g_pool->release();
}

TensorPoolStats tensorMemoryPoolStats()
{
    std::lock_guard lock(g_installMutex);
    return g_pool ? g_pool->stats() : TensorPoolStats{};
}

int64_t defaultTensorMemoryCacheLimit()
{
    const long pages = sysconf(_SC_PHYS_PAGES), pageSize = sysconf(_SC_PAGESIZE);
    const int64_t physical = pages > 0 && pageSize > 0 ? int64_t(pages) * pageSize : 0;
    constexpr int64_t kMax = int64_t(2) << 30;
    return physical > 0 ? std::min(kMax, physical / 4) : kMax / 4;
}

} // namespace nexvitad::runtime
