#include "line/rolling_window.h"

#include "infer/good_score_reference.h"

#include <algorithm>

namespace nexvitad::line {

RollingWindow::RollingWindow(int capacity) : m_capacity(std::max(1, capacity))
{
    m_sorted.reserve(size_t(m_capacity) + 1);
}

void RollingWindow::push(float value)
{
    m_arrival.push_back(value);
    m_sorted.insert(std::upper_bound(m_sorted.begin(), m_sorted.end(), value), value);
    if (int(m_arrival.size()) > m_capacity) {
        // Any element equal to the oldest value is the same number: which copy goes is moot.
        m_sorted.erase(std::lower_bound(m_sorted.begin(), m_sorted.end(), m_arrival.front()));
        m_arrival.pop_front();
    }
}

void RollingWindow::clear()
{
    m_arrival.clear();
    m_sorted.clear();
}

double RollingWindow::quantile(double q) const
{
    return infer::sortedQuantile(m_sorted, q);
}

} // namespace nexvitad::line
