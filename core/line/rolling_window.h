#pragma once
// The last `capacity` values of a stream, kept both in arrival order (to drop the oldest)
// and sorted (so that any quantile is exact, not an estimate). Each push costs O(capacity)
// element moves, nothing for the window sizes the drift monitor uses (tens to hundreds).

#include <deque>
#include <vector>

namespace nexvitad::line {

class RollingWindow
{
public:
    explicit RollingWindow(int capacity);

    void push(float value);
    void clear();

    int size() const { return int(m_sorted.size()); }
    int capacity() const { return m_capacity; }
    bool empty() const { return m_sorted.empty(); }
    // Linear interpolation between order statistics (infer::sortedQuantile). Not empty.
    double quantile(double q) const;
    const std::vector<float> &sorted() const { return m_sorted; }

private:
    int m_capacity;
    std::deque<float> m_arrival;
    std::vector<float> m_sorted;
};

} // namespace nexvitad::line
