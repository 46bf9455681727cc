// The tensor memory pool (common/tensor_memory_pool.h) as LibTorch's CPU allocator: freed
// large blocks come back for the next tensor of their size class, the cache limit holds,
// switching off and releasing return memory, small requests and raw allocations still work,
// and concurrent use from several threads keeps the books straight.
#include "common/tensor_memory_pool.h"

#include <QtTest>

#include <c10/core/Allocator.h>
#include <torch/torch.h>

#include <thread>

using namespace nexvitad::runtime;

namespace {
constexpr int64_t kMiB = 1 << 20;

torch::Tensor floatsOfBytes(int64_t bytes)
{
    return torch::empty({bytes / int64_t(sizeof(float))}, torch::kFloat32);
}
} // namespace

class TestTensorMemoryPool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!tensorMemoryPoolInstalled());
        installTensorMemoryPool(64 * kMiB);
        QVERIFY(tensorMemoryPoolInstalled());
        QCOMPARE(tensorMemoryPoolStats().cacheLimitBytes, 64 * kMiB);
    }

    void init() { setTensorMemoryCacheLimit(64 * kMiB); }

    void freedBlockIsReused()
    {
        const TensorPoolStats before = tensorMemoryPoolStats();
        const void *first = nullptr;
        {
            torch::Tensor t = floatsOfBytes(4 * kMiB);
            first = t.data_ptr();
            QCOMPARE(reinterpret_cast<uintptr_t>(first) % 64, uintptr_t(0));
            t.fill_(1.0f);
        }
        QVERIFY(tensorMemoryPoolStats().cachedBytes >= 4 * kMiB);
        // A slightly different size of the same class takes the same block.
        torch::Tensor again = floatsOfBytes(4 * kMiB - 4096);
        QCOMPARE(again.data_ptr(), first);
        const TensorPoolStats after = tensorMemoryPoolStats();
        QCOMPARE(after.requests - before.requests, int64_t(2));
        QCOMPARE(after.reused - before.reused, int64_t(1));
        QVERIFY(after.liveBytes >= 4 * kMiB);
    }

    void smallRequestsBypassThePool()
    {
        const TensorPoolStats before = tensorMemoryPoolStats();
        torch::Tensor small = floatsOfBytes(kTensorPoolMinBytes / 2);
        small.fill_(2.0f);
        QCOMPARE(small.sum().item<double>(), double(small.numel()) * 2.0);
        QCOMPARE(tensorMemoryPoolStats().requests, before.requests);
    }

    void cacheLimitHolds()
    {
        setTensorMemoryCacheLimit(16 * kMiB);
        {
            std::vector<torch::Tensor> many;
            for (int i = 0; i < 12; ++i)
                many.push_back(floatsOfBytes(4 * kMiB));
        }
        const TensorPoolStats s = tensorMemoryPoolStats();
        QVERIFY2(s.cachedBytes <= 16 * kMiB, qPrintable(QString::number(s.cachedBytes)));
        QVERIFY(s.cachedBytes >= 12 * kMiB); // kept up to the limit
        // Lowering the limit gives the excess back at once.
        setTensorMemoryCacheLimit(4 * kMiB);
        QVERIFY(tensorMemoryPoolStats().cachedBytes <= 4 * kMiB);
    }

    void offAndReleaseKeepLiveTensors()
    {
        torch::Tensor live = floatsOfBytes(8 * kMiB);
        live.fill_(3.0f);
        { torch::Tensor dropped = floatsOfBytes(8 * kMiB); }
        QVERIFY(tensorMemoryPoolStats().cachedBytes > 0);
        releaseTensorMemoryCache();
        QCOMPARE(tensorMemoryPoolStats().cachedBytes, int64_t(0));
        QCOMPARE(live.max().item<float>(), 3.0f);

        setTensorMemoryCacheLimit(0); // off: new tensors bypass the pool
        const TensorPoolStats before = tensorMemoryPoolStats();
        torch::Tensor plain = floatsOfBytes(8 * kMiB);
        plain.fill_(4.0f);
        QCOMPARE(tensorMemoryPoolStats().requests, before.requests);
        live = torch::Tensor(); // a pool block freed while off goes back to the system
        QCOMPARE(tensorMemoryPoolStats().cachedBytes, int64_t(0));
        QCOMPARE(tensorMemoryPoolStats().liveBytes, before.liveBytes - 8 * kMiB);
        QCOMPARE(plain.min().item<float>(), 4.0f);
    }

    void rawAllocationsUseTheSameDeleter()
    {
        c10::Allocator *allocator = c10::GetAllocator(c10::DeviceType::CPU);
        for (int64_t bytes : {int64_t(1000), 6 * kMiB}) {
            void *p = allocator->raw_allocate(size_t(bytes));
            QVERIFY(p);
            std::memset(p, 7, size_t(bytes));
            allocator->raw_deleter()(p);
        }
    }

    void concurrentUseKeepsTheBooks()
    {
        const int64_t liveBefore = tensorMemoryPoolStats().liveBytes;
        auto work = [](int seed) {
            std::vector<torch::Tensor> held;
            for (int i = 0; i < 300; ++i) {
                const int64_t mib = 1 + (i * 7 + seed) % 5;
                held.push_back(floatsOfBytes(mib * kMiB + (i % 3) * 4096));
                if (held.size() > 4)
                    held.erase(held.begin() + (i % 4));
            }
        };
        std::thread a(work, 1), b(work, 2);
        a.join();
        b.join();
        const TensorPoolStats s = tensorMemoryPoolStats();
        QCOMPARE(s.liveBytes, liveBefore);
        QVERIFY(s.cachedBytes <= s.cacheLimitBytes);
        QVERIFY(s.reused > 0);
    }
};

QTEST_GUILESS_MAIN(TestTensorMemoryPool)
#include "test_tensor_memory_pool.moc"
