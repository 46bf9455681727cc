#pragma once
// Progress + cancel, passed into every long loop of the engine (scans, feature extraction,
// training epochs, Sinkhorn iterations, report pages). The engine knows nothing of Qt
// threads: it reports through a "keep going?" callback and checks an atomic cancel flag
// once per unit of work. ui/ adapts the callback to signals.
//
// Sub-ranges (`child(0.2, 0.9)`) let a function that reports 0..1 run as one part of a
// bigger job; all children share the root's cancel flag and throttle.

#include <QString>

#include <chrono>
#include <functional>
#include <memory>

namespace nexvitad {

struct ProgressUpdate
{
    double fraction = 0.0; // 0..1 over the whole (root) job
    QString stage;         // what is being done, translated
    qint64 done = 0;       // units of the current stage
    qint64 total = 0;      // 0 when unknown
};

class Progress
{
public:
    // Returns false to ask the job to stop ("keep going?").
    using Callback = std::function<bool(const ProgressUpdate &)>;

    explicit Progress(Callback callback = {},
                      std::chrono::milliseconds minInterval = std::chrono::milliseconds(100));

    // Thread-safe; may be called from any thread while the job runs.
    void cancel() noexcept;
    bool isCanceled() const noexcept;
    // Throws nexvitad::Canceled when canceled.
    void throwIfCanceled() const;

    void setStage(const QString &stage);
    // Reports `done` of `total` units within this range. Throttled: the callback runs at
    // most once per minInterval, except for the first and the last unit. Returns
    // !isCanceled(); a callback answering false cancels.
    bool report(qint64 done, qint64 total);
    // Forces the callback (e.g. at the end of a stage).
    bool reportNow(qint64 done, qint64 total);

    // A progress over [begin, end] of this one's range, sharing cancel flag and callback.
    Progress child(double begin, double end) const;
    // The same range and cancel flag, but reporting nothing: for work that runs beside a
    // reporting part of the same job (two reporters would make the bar jump back and forth).
    Progress silent() const;

    // A progress that is never canceled and reports nowhere (for callers that don't care).
    static Progress &none();

private:
    struct Shared;
    Progress(std::shared_ptr<Shared> shared, double begin, double end);
    bool emitUpdate(qint64 done, qint64 total, bool force);

    std::shared_ptr<Shared> m_shared;
    double m_begin = 0.0;
    double m_end = 1.0;
    QString m_stage;
    bool m_silent = false;
};

} // namespace nexvitad
