#pragma once
// LibTorch's CPU tensors drawn from a pool of reusable memory blocks.
//
// Why: glibc serves large requests (tens of MiB per activation at batch 10) with fresh
// mmap'd pages and gives them back to the kernel on free, so every forward pass pays a page
// fault for each 4 KiB page it writes. Measured on Hiera-tiny at batch 10 (2 threads): 0.77
// million page faults and about a quarter of the CPU time for ten passes. The same sizes
// come back on every pass (same network, same image size), so keeping freed blocks by size
// class makes the second and later passes fault-free. Small requests stay with the ordinary
// allocator, which serves them from its heap without faults.
//
// The pool is process-wide (LibTorch has one CPU allocator): installed once at start-up by
// the GUI and the CLI (runtime::startUp), with the cache limit from the settings.

#include <cstdint>

namespace nexvitad::runtime {

// Requests below this go to LibTorch's ordinary CPU allocation: glibc keeps blocks up to
// its adaptive mmap threshold (at most 32 MiB) in its heap, so the pool matters for the
// large ones; measured at batch 1, pooling everything from 256 KiB on gave nothing.
constexpr int64_t kTensorPoolMinBytes = 1024 * 1024;

struct TensorPoolStats
{
    int64_t requests = 0;      // pool-sized requests served since installation
    int64_t reused = 0;        // ... of them with a cached block (no new memory)
    int64_t liveBytes = 0;     // pool blocks held by tensors now
    int64_t cachedBytes = 0;   // free blocks kept for reuse now
    int64_t cacheLimitBytes = 0;
};

// Makes the pool LibTorch's CPU allocator (the first call; later calls only set the limit).
// `cacheLimitBytes`: the most bytes of free blocks kept for reuse; 0 switches the pool off
// (new tensors get LibTorch's ordinary allocation, as without the pool).
// Tensors allocated before the call keep their own deleters and are unaffected.
void installTensorMemoryPool(int64_t cacheLimitBytes);
bool tensorMemoryPoolInstalled();

// Changes the limit; cached blocks beyond it are returned to the system at once.
void setTensorMemoryCacheLimit(int64_t cacheLimitBytes);

// Returns every cached block to the system (live tensors are untouched).
void releaseTensorMemoryCache();

TensorPoolStats tensorMemoryPoolStats();

// The default limit: a quarter of physical memory, at most 2 GiB (a batch-10 backbone pass
// at 224 px needs about 0.6 GiB).
int64_t defaultTensorMemoryCacheLimit();

} // namespace nexvitad::runtime
