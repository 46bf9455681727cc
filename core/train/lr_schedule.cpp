#include "train/lr_schedule.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace nexvitad::train {

LrSchedule::LrSchedule(double baseLr, int64_t totalSteps, double warmupFraction)
    : m_base(baseLr), m_total(std::max<int64_t>(1, totalSteps))
{
    m_warmup = warmupFraction > 0.0
                   ? std::min<int64_t>(m_total, int64_t(std::ceil(warmupFraction * m_total)))
                   : 0;
}

double LrSchedule::at(int64_t step) const
{
    if (step < m_warmup)
        return m_base * double(step + 1) / double(m_warmup);
    if (step >= m_total || m_total == m_warmup)
        return 0.0;
    const double progress = double(step - m_warmup) / double(m_total - m_warmup);
    return m_base * 0.5 * (1.0 + std::cos(std::numbers::pi * progress));
}

} // namespace nexvitad::train
