#include "line/drift_monitor.h"

#include "common/error.h"
#include "infer/memory_bank.h"

#include <QDateTime>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace nexvitad::line {

namespace {

// The reference's spread never falls below this fraction of its median (header: a
// degenerate reference must not make every change infinite).
constexpr double kMinimumRelativeSpread = 0.01;

DriftReference referenceOf(std::span<const float> sorted, double quantile, ReferenceSource source,
                           qint64 images)
{
    DriftReference r;
    r.source = source;
    r.median = infer::sortedQuantile(sorted, 0.5);
    r.upper = infer::sortedQuantile(sorted, quantile);
    r.spread = std::max({r.upper - r.median, kMinimumRelativeSpread * std::abs(r.median), 1e-12});
    r.images = images;
    return r;
}

QString number(double value)
{
    return QString::number(value, 'g', 4);
}

double normalDensity(double z)
{
    return std::exp(-0.5 * z * z) / std::sqrt(2 * std::numbers::pi);
}

// Phi^-1(p) for 0.5 < p < 1, by bisection on erfc: exact to double precision, and the
// options change rarely.
double normalQuantile(double p)
{
    double low = 0, high = 10;
    for (int i = 0; i < 80; ++i) {
        const double mid = (low + high) / 2;
        (0.5 * std::erfc(-mid / std::sqrt(2.0)) < p ? low : high) = mid;
    }
    return (low + high) / 2;
}

} // namespace

DriftTolerance driftTolerance(const DriftReference &reference, const DriftOptions &options,
                              int windowCount)
{
    const double q = options.quantile;
    const double z = normalQuantile(q);
    const double kMedian = std::sqrt(std::numbers::pi / 2) / z; // 1.2533 / z_q
    const double kUpper = std::sqrt(q * (1 - q)) / (normalDensity(z) * z);
    const double r = std::sqrt(1.0 / std::max(1, windowCount) +
                               1.0 / double(std::max<qint64>(1, reference.images)));
    const double unit = options.bound * reference.spread * r;
    return DriftTolerance{kMedian * unit, kUpper * unit};
}

void DriftOptions::validate() const
{
    auto refuse = [](const QString &message) { throw Error(message); };
    if (window < 2)
        refuse(
            DriftMonitor::tr("The drift window must hold at least 2 images (got %1).").arg(window));
    if (minimum < 2 || minimum > window)
        refuse(DriftMonitor::tr("The drift minimum must be from 2 to the window (%1); got %2.")
                   .arg(window)
                   .arg(minimum));
    if (!(quantile > 0.5 && quantile < 1.0))
        refuse(DriftMonitor::tr("The drift quantile must be above 0.5 and below 1 (got %1).")
                   .arg(quantile));
    if (!(bound > 0.0) || !std::isfinite(bound))
        refuse(DriftMonitor::tr("The drift bound must be a positive number (got %1).").arg(bound));
    if (!(clearBelow > 0.0 && clearBelow <= 1.0))
        refuse(DriftMonitor::tr("The drift warning's clearing fraction must be in (0, 1] (got "
                                "%1).")
                   .arg(clearBelow));
    if (calibration < minimum)
        refuse(DriftMonitor::tr("Self-calibration needs at least the minimum (%1) good images; "
                                "got %2.")
                   .arg(minimum)
                   .arg(calibration));
}

DriftMonitor::DriftMonitor(DriftOptions options,
                           const std::optional<infer::GoodScoreReference> &reference,
                           std::optional<double> passBelow)
    : m_options(options), m_window(options.window)
{
    m_options.validate();
    if (!reference) {
        m_status.referenceNote = tr("The memory bank holds no evaluated good-image scores "
                                    "(eval --save-thresholds stores them).");
        return;
    }
    const std::vector<float> below =
        passBelow ? reference->scoresBelow(*passBelow) : reference->scores;
    // A summarised reference holds quantiles, not images: scale the image count.
    const qint64 images = reference->count * qint64(below.size()) /
                          qint64(std::max<size_t>(1, reference->scores.size()));
    if (images < m_options.minimum) {
        m_status.referenceNote =
            tr("The bank's evaluation has %1 good images below the pass threshold; %2 are "
               "needed.")
                .arg(images)
                .arg(m_options.minimum);
        return;
    }
    m_status.reference =
        referenceOf(below, m_options.quantile, ReferenceSource::Evaluation, images);
    m_status.reference.evaluatedAt = reference->evaluatedAt;
}

DriftMonitor DriftMonitor::forBank(const infer::MemoryBank &bank, DriftOptions options)
{
    return DriftMonitor(options, bank.goodScoreReference(), passThreshold(bank.thresholds()));
}

std::optional<double> DriftMonitor::passThreshold(const infer::ThresholdSet &thresholds)
{
    if (thresholds.imageReview)
        return double(thresholds.imageReview->passBelow);
    if (thresholds.image)
        return double(thresholds.image->value);
    return std::nullopt;
}

void DriftMonitor::seed(std::span<const float> earlierPassScores, bool warningLogged)
{
    for (float score : earlierPassScores)
        if (std::isfinite(score))
            push(score);
    m_reported = warningLogged;
}

DriftTransition DriftMonitor::observe(float score, infer::Verdict verdict)
{
    return verdict == infer::Verdict::Pass ? observePass(score) : DriftTransition::None;
}

DriftTransition DriftMonitor::observePass(float score)
{
    if (!std::isfinite(score))
        return DriftTransition::None;
    push(score);
    // Nothing is reported while the monitor cannot judge: "not enough data" is no all-clear.
    if (m_status.state == DriftState::InsufficientData || m_warning == m_reported)
        return DriftTransition::None;
    m_reported = m_warning;
    return m_warning ? DriftTransition::WarningRaised : DriftTransition::WarningCleared;
}

void DriftMonitor::push(float score)
{
    ++m_status.goodSeen;
    if (m_status.reference.source == ReferenceSource::Calibrating) {
        m_calibration.push_back(score);
        m_status.calibrated = int(m_calibration.size());
        if (m_status.calibrated >= m_options.calibration)
            calibrateFromFirstImages();
        return;
    }
    m_window.push(score);
    judge();
}

void DriftMonitor::calibrateFromFirstImages()
{
    std::sort(m_calibration.begin(), m_calibration.end());
    m_status.reference = referenceOf(m_calibration, m_options.quantile,
                                     ReferenceSource::FirstImages, qint64(m_calibration.size()));
    // The window starts after the calibration images: judging them against themselves
    // would only say "in control".
    m_calibration.clear();
    m_calibration.shrink_to_fit();
}

void DriftMonitor::judge()
{
    DriftStatus &s = m_status;
    s.windowCount = m_window.size();
    if (s.windowCount < m_options.minimum) {
        s.state = DriftState::InsufficientData;
        s.rollingMedian.reset();
        s.rollingUpper.reset();
        return;
    }
    const DriftReference &r = s.reference;
    s.rollingMedian = m_window.quantile(0.5);
    s.rollingUpper = m_window.quantile(m_options.quantile);
    // The tolerance is the bound in score units: dividing by it and multiplying by the bound
    // gives the shift in standard errors.
    const DriftTolerance tolerance = driftTolerance(r, m_options, s.windowCount);
    s.medianShift = (*s.rollingMedian - r.median) / tolerance.median * m_options.bound;
    s.upperShift = (*s.rollingUpper - r.upper) / tolerance.upper * m_options.bound;
    s.shift = std::abs(s.medianShift) >= std::abs(s.upperShift) ? s.medianShift : s.upperShift;
    if (!m_warning && std::abs(s.shift) > m_options.bound)
        m_warning = true;
    else if (m_warning && std::abs(s.shift) < m_options.bound * m_options.clearBelow)
        m_warning = false;
    s.state = m_warning ? DriftState::Warning : DriftState::InControl;
}

QString driftStateText(DriftState state)
{
    switch (state) {
    case DriftState::InsufficientData:
        return DriftMonitor::tr("insufficient data");
    case DriftState::InControl:
        return DriftMonitor::tr("in control");
    case DriftState::Warning:
        break;
    }
    return DriftMonitor::tr("drift warning");
}

QString driftReferenceText(const DriftStatus &status, const DriftOptions &options)
{
    const DriftReference &r = status.reference;
    switch (r.source) {
    case ReferenceSource::Evaluation: {
        const QDateTime at = QDateTime::fromString(r.evaluatedAt, Qt::ISODate);
        return DriftMonitor::tr("reference: evaluation of %1 (%n good images)", nullptr,
                                int(r.images))
            .arg(at.isValid() ? at.toString(QStringLiteral("yyyy-MM-dd"))
                              : DriftMonitor::tr("unknown date"));
    }
    case ReferenceSource::FirstImages:
        return DriftMonitor::tr("reference: first %n good images of this line", nullptr,
                                int(r.images));
    case ReferenceSource::Calibrating:
        break;
    }
    return DriftMonitor::tr("reference: calibrating on this line's first good images (%1 of %2)")
        .arg(status.calibrated)
        .arg(options.calibration);
}

QString driftStatusLine(const DriftStatus &s, const DriftOptions &options)
{
    QString line = DriftMonitor::tr("Drift: %1").arg(driftStateText(s.state));
    if (s.rollingMedian && s.rollingUpper)
        line += DriftMonitor::tr("; median / %1 % quantile of the last %2 good images %3 / %4 "
                                 "(reference %5 / %6), shift %7 standard errors (bound %8)")
                    .arg(number(options.quantile * 100))
                    .arg(s.windowCount)
                    .arg(number(*s.rollingMedian), number(*s.rollingUpper),
                         number(s.reference.median), number(s.reference.upper))
                    .arg(QString::number(s.shift, 'f', 2))
                    .arg(number(options.bound));
    else if (s.reference.source != ReferenceSource::Calibrating)
        line += DriftMonitor::tr(" (%1 of %2 good images)").arg(s.windowCount).arg(options.minimum);
    return line + QStringLiteral("; ") + driftReferenceText(s, options);
}

QString driftTransitionAction(DriftTransition transition)
{
    switch (transition) {
    case DriftTransition::WarningRaised:
        return QStringLiteral("drift.warning");
    case DriftTransition::WarningCleared:
        return QStringLiteral("drift.cleared");
    case DriftTransition::None:
        break;
    }
    return {};
}

} // namespace nexvitad::line
