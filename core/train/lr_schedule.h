#pragma once
// The learning-rate schedule and the training phases (method.md 3), plain types.
//
// Steps are counted from 0 over the whole run (totalSteps = epochs x steps per epoch).
// Warm-up: W = ceil(warmupFraction x totalSteps) steps (none when the fraction is 0);
// lr(s) = base x (s + 1) / W for s < W, so the first step already learns and step W - 1
// reaches base. Then cosine decay to 0: lr(s) = base x (1 + cos(pi x (s - W) / (T - W))) / 2,
// which is base at s = W and reaches 0 at s = T (the step after the last).

#include <cstdint>

namespace nexvitad::train {

class LrSchedule
{
public:
    LrSchedule(double baseLr, int64_t totalSteps, double warmupFraction);
    double at(int64_t step) const;
    int64_t warmupSteps() const { return m_warmup; }
    int64_t totalSteps() const { return m_total; }

private:
    double m_base;
    int64_t m_total;
    int64_t m_warmup;
};

// Phase 1 (source loss only) covers epochs [0, phase1Epochs); then all terms.
inline bool isJointPhase(int epoch, int phase1Epochs)
{
    return epoch >= phase1Epochs;
}

} // namespace nexvitad::train
