#pragma once
// A seeded random source whose output is fixed by the C++ standard and by this file alone.
//
// std::mt19937_64's sequence is specified exactly by the standard, but the std::*_distribution
// classes and std::shuffle are not: their results differ between standard libraries. Splits
// and the synthetic dataset must be reproducible everywhere, so every draw below is derived
// from the raw 64-bit engine output with arithmetic written out here.

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace nexvitad::data {

class Rng
{
public:
    explicit Rng(std::uint64_t seed) : m_engine(seed) {}

    std::uint64_t next() { return m_engine(); }

    // Uniform integer in [0, bound), bound > 0: rejection sampling over the largest multiple
    // of `bound` below 2^64, so there is no modulo bias.
    std::uint64_t below(std::uint64_t bound);
    // Uniform integer in [lo, hi] (inclusive), lo <= hi.
    int range(int lo, int hi);
    // Uniform double in [0, 1) from the top 53 bits.
    double unit();
    double uniform(double lo, double hi) { return lo + (hi - lo) * unit(); }
    // Standard normal by the Box-Muller transform (one value per call, no caching).
    double normal(double mean = 0.0, double stddev = 1.0);
    bool chance(double probability) { return unit() < probability; }
    // Uniform integer in [0, n), n > 0, by scaling one unit() draw (bias below n / 2^53).
    // The trainer has drawn its augmentations and epoch orders this way since its first
    // version: below() may take more than one draw, and a recorded seed must give the run
    // it gave then.
    int scaled(int n) { return static_cast<int>(unit() * n); }

    // The engine's whole state as text (operator<< of std::mt19937_64, which the standard
    // defines exactly), for checkpoints. restoreState returns false, changing nothing, when
    // the text is not such a state.
    std::string state() const;
    bool restoreState(const std::string &text);

    // Fisher-Yates: for i from n-1 down to 1, swap element i with element below(i + 1).
    template <typename T>
    void shuffle(std::vector<T> &items)
    {
        for (std::size_t i = items.size(); i > 1; --i) {
            const std::size_t j = static_cast<std::size_t>(below(i));
            std::swap(items[i - 1], items[j]);
        }
    }

    // A seed for an independent sub-stream (e.g. one per image), mixed with SplitMix64 so
    // that neighbouring keys give unrelated streams.
    static std::uint64_t derive(std::uint64_t seed, std::uint64_t key);

private:
    std::mt19937_64 m_engine;
};

} // namespace nexvitad::data
