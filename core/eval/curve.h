#pragma once
// A metric curve (ROC, precision-recall, PRO vs FPR) as plain point vectors for charts.
// Curves over millions of pixels have millions of steps; CurveBuilder keeps a point only
// when it moved at least `resolution` along either axis since the last kept one (and always
// the first and last), so a chart gets at most ~2/resolution points and no visible change.

#include <QJsonObject>
#include <vector>

namespace nexvitad::eval {

struct Curve
{
    std::vector<double> x;
    std::vector<double> y;

    bool isEmpty() const { return x.empty(); }
    // {"x": [...], "y": [...]}
    QJsonObject toJson() const;
};

class CurveBuilder
{
public:
    explicit CurveBuilder(double resolution = 1e-3);

    void add(double x, double y);
    // Returns the curve with the last point added (if it was skipped).
    Curve finish();

private:
    double m_resolution;
    Curve m_curve;
    bool m_haveLast = false;
    bool m_lastKept = false;
    double m_lastX = 0.0;
    double m_lastY = 0.0;
};

} // namespace nexvitad::eval
