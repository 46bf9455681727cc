#pragma once
// The drift monitor (docs/line.md, "Drift monitor"): are the images the line judges good
// still scored like the good images the bank was evaluated on?
//
// Only images with the verdict Pass enter. Over a rolling window of the last W of them
// (default 50) the monitor keeps the exact median and an upper quantile (default 0.95) and
// compares them with the same two statistics of the reference: the bank's evaluated good
// images (infer::GoodScoreReference) or, when the bank has none, the line's own first N
// good images (self-calibration, default N = 50).
//
// The shift, scale-free, in standard errors. With the reference's median m0 and upper
// quantile u0 (spread s = u0 - m0, standing for N good images) and the window's median m and
// upper quantile u over w good images:
//     median shift = (m - m0) / (k_m s r),   upper shift = (u - u0) / (k_u s r),
//     r = sqrt(1/w + 1/N),  k_m = 1.2533 / z_q,  k_u = sqrt(q (1 - q)) / (phi(z_q) z_q)
// and the shift is the one of larger magnitude (signed). Why: scores are distances whose
// level and spread depend on the backbones, layers and image size, so a fixed difference, or
// one relative to the median, means something else for every bank. The reference's own
// spread from median to upper quantile is what normal variation is for this bank, and
// k s r is how far the median (the q-quantile) of w images moves by chance against a
// reference of N images: the large-sample standard errors of a median and of a q-quantile,
// 1.2533 sigma / sqrt(n) and sqrt(q (1 - q)) / phi(z_q) sigma / sqrt(n), written with
// s = z_q sigma (a normal shape) so that only the reference's two quantiles are needed. The
// bound is thus a number of standard errors and means the same for every bank, window and
// reference size, where one bound in plain spreads would either fire on the noisy 95 %
// quantile of 50 images or miss the median moving by a whole standard deviation
// (docs/line.md gives the simulation). Both statistics are quantiles, so a few odd images
// (which still pass) hardly move them; the median catches a change of every part
// (brightness), the upper quantile a change of the distribution's shape (texture, focus).
// s is floored at 1 % of |m0| so a degenerate reference (all scores equal) cannot make
// every change infinite.
//
// Only passing images are seen, so the stream is cut at the pass threshold T1 (the review
// band's lower edge, else the image threshold). The evaluation's good images are not: some
// of them score above T1. The reference is therefore cut at T1 as well; comparing a cut
// stream with an uncut reference would read as a downward shift on an unchanged line.
//
// States: insufficient data (calibrating, or fewer than `minimum` good images in the
// window), in control, warning. A warning is raised when |shift| > bound and clears when
// |shift| < bound * clearBelow (hysteresis: a shift hovering at the bound does not flap).
// observe() returns the transition, once, so the caller logs each warning and each
// clearance exactly once (line::recordDriftTransition in project/drift_record.h).
//
// Plain C++ and Qt; one monitor per memory bank; not thread-safe (one caller).

#include "infer/good_score_reference.h"
#include "infer/thresholds.h"
#include "line/rolling_window.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <optional>
#include <span>
#include <vector>

namespace nexvitad::infer {
class MemoryBank;
}

namespace nexvitad::line {

struct DriftOptions
{
    int window = 50;          // the last W good images
    int minimum = 20;         // no judgement on fewer good images (window and reference)
    double quantile = 0.95;   // the upper quantile, 0.5 < q < 1
    double bound = 4.0;       // warning when |shift| > bound (standard errors)
    double clearBelow = 0.75; // the warning clears when |shift| < bound * clearBelow
    int calibration = 50;     // self-calibration: the line's first N good images

    // Throws nexvitad::Error naming the first bad value.
    void validate() const;
};

enum class DriftState
{
    InsufficientData,
    InControl,
    Warning
};

enum class ReferenceSource
{
    Calibrating, // self-calibration under way: no reference yet
    Evaluation,  // the bank's evaluated good images
    FirstImages  // the line's first `calibration` good images
};

enum class DriftTransition
{
    None,
    WarningRaised,
    WarningCleared
};

struct DriftReference
{
    ReferenceSource source = ReferenceSource::Calibrating;
    double median = 0;
    double upper = 0;
    double spread = 0;   // upper - median, floored (see above)
    qint64 images = 0;   // good images it stands for (after the cut at T1)
    QString evaluatedAt; // Evaluation: when (ISO-8601 UTC)
};

struct DriftStatus
{
    DriftState state = DriftState::InsufficientData;
    DriftReference reference;
    QString referenceNote; // why the line calibrates itself; empty with an evaluation
    int calibrated = 0;    // Calibrating: good images collected so far
    int windowCount = 0;   // good images in the window
    // Set once the window holds `minimum` good images and a reference exists:
    std::optional<double> rollingMedian, rollingUpper;
    double medianShift = 0, upperShift = 0; // in standard errors
    double shift = 0;                       // the one of larger magnitude, signed
    qint64 goodSeen = 0;                    // good images observed, seeded ones included
};

// How far (score units) the window's median and upper quantile may move from the
// reference's before their shift reaches the bound, with `windowCount` good images in the
// window: bound * k * s * r (above). What the report draws as the bounds.
struct DriftTolerance
{
    double median = 0;
    double upper = 0;
};
DriftTolerance driftTolerance(const DriftReference &reference, const DriftOptions &options,
                              int windowCount);

class DriftMonitor
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::line::DriftMonitor)
public:
    // `reference`: the bank's evaluated good scores, or none (self-calibration).
    // `passBelow`: the pass threshold T1 the verdicts come from (passThreshold()); the
    // reference is cut there. Throws nexvitad::Error for invalid options.
    explicit DriftMonitor(DriftOptions options = {},
                          const std::optional<infer::GoodScoreReference> &reference = {},
                          std::optional<double> passBelow = {});
    // The bank's reference and thresholds.
    static DriftMonitor forBank(const infer::MemoryBank &bank, DriftOptions options = {});
    // Scores below this get the verdict Pass: the review band's T1, else the image
    // threshold; none without thresholds (then no image passes).
    static std::optional<double> passThreshold(const infer::ThresholdSet &thresholds);

    // Restart: earlier good scores of this bank, oldest first, replayed silently (the
    // first `calibration` of them calibrate when the bank has no reference; only the last
    // `window` matter otherwise; project/drift_record.h passScoresForDrift gives exactly
    // these). `warningLogged`: whether the last logged transition was a warning, so the
    // next observe() reports only a change from what the log already says.
    void seed(std::span<const float> earlierPassScores, bool warningLogged = false);

    // One inspected image. Images that did not pass (and non-finite scores) are ignored
    // and return None.
    DriftTransition observe(float score, infer::Verdict verdict);
    DriftTransition observePass(float score);

    const DriftStatus &status() const { return m_status; }
    const DriftOptions &options() const { return m_options; }

private:
    void push(float score);
    void judge();
    void calibrateFromFirstImages();

    DriftOptions m_options;
    DriftStatus m_status;
    RollingWindow m_window;
    std::vector<float> m_calibration; // self-calibration: the first good scores
    bool m_warning = false;           // the monitor's own state (with hysteresis)
    bool m_reported = false;          // what the caller was last told (or the log says)
};

// For people (translated). "insufficient data" / "in control" / "drift warning".
QString driftStateText(DriftState state);
// "reference: evaluation of 2026-12-04 (38 good images)" / "reference: first 50 good
// images of this line" / "reference: calibrating on this line's good images (12 of 50)".
QString driftReferenceText(const DriftStatus &status, const DriftOptions &options);
// One line for the CLI and the GUI: state, rolling median / upper against the reference,
// shift and bound, and the reference text.
QString driftStatusLine(const DriftStatus &status, const DriftOptions &options);
// "drift.warning" / "drift.cleared" (the audit log's action); empty for None.
QString driftTransitionAction(DriftTransition transition);

} // namespace nexvitad::line

// For queued signals (the GUI's Line tab gets the status from the watcher's thread).
Q_DECLARE_METATYPE(nexvitad::line::DriftStatus)
