#include "common/progress.h"

#include "common/error.h"

#include <QMutex>

#include <algorithm>
#include <atomic>

namespace nexvitad {

struct Progress::Shared
{
    Callback callback;
    std::chrono::milliseconds minInterval;
    std::atomic<bool> canceled{false};
    QMutex mutex; // serialises the callback and the throttle clock
    std::chrono::steady_clock::time_point lastEmit{};
    bool emittedOnce = false;
};

Progress::Progress(Callback callback, std::chrono::milliseconds minInterval)
    : m_shared(std::make_shared<Shared>())
{
    m_shared->callback = std::move(callback);
    m_shared->minInterval = minInterval;
}

Progress::Progress(std::shared_ptr<Shared> shared, double begin, double end)
    : m_shared(std::move(shared))
    , m_begin(begin)
    , m_end(end)
{
}

void Progress::cancel() noexcept
{
    m_shared->canceled.store(true, std::memory_order_relaxed);
}

bool Progress::isCanceled() const noexcept
{
    return m_shared->canceled.load(std::memory_order_relaxed);
}

void Progress::throwIfCanceled() const
{
    if (isCanceled())
        throw Canceled();
}

void Progress::setStage(const QString &stage)
{
    m_stage = stage;
}

bool Progress::report(qint64 done, qint64 total)
{
    const bool boundary = done <= 0 || (total > 0 && done >= total);
    return emitUpdate(done, total, boundary);
}

bool Progress::reportNow(qint64 done, qint64 total)
{
    return emitUpdate(done, total, true);
}

bool Progress::emitUpdate(qint64 done, qint64 total, bool force)
{
    if (isCanceled())
        return false;
    if (!m_shared->callback || m_silent)
        return true;

    const auto now = std::chrono::steady_clock::now();
    QMutexLocker lock(&m_shared->mutex);
    if (!force && m_shared->emittedOnce && now - m_shared->lastEmit < m_shared->minInterval)
        return true;
    m_shared->lastEmit = now;
    m_shared->emittedOnce = true;

    ProgressUpdate update;
    const double local = total > 0 ? std::clamp(double(done) / double(total), 0.0, 1.0) : 0.0;
    update.fraction = m_begin + (m_end - m_begin) * local;
    update.stage = m_stage;
    update.done = done;
    update.total = total;
    if (!m_shared->callback(update))
        cancel();
    return !isCanceled();
}

Progress Progress::child(double begin, double end) const
{
    const double span = m_end - m_begin;
    Progress sub(m_shared, m_begin + span * begin, m_begin + span * end);
    sub.m_stage = m_stage;
    sub.m_silent = m_silent;
    return sub;
}

Progress Progress::silent() const
{
    Progress quiet(m_shared, m_begin, m_end);
    quiet.m_silent = true;
    return quiet;
}

Progress &Progress::none()
{
    // One per thread: the object itself holds a stage string that report() reads.
    thread_local Progress quiet;
    return quiet;
}

} // namespace nexvitad
