#include "eval/curve.h"

#include <QJsonArray>
#include <cmath>

namespace nexvitad::eval {

QJsonObject Curve::toJson() const
{
    QJsonArray xs;
    QJsonArray ys;
    for (double v : x)
        xs.append(v);
    for (double v : y)
        ys.append(v);
    return QJsonObject{{QStringLiteral("x"), xs}, {QStringLiteral("y"), ys}};
}

CurveBuilder::CurveBuilder(double resolution) : m_resolution(resolution) {}

void CurveBuilder::add(double x, double y)
{
    const bool keep = m_curve.isEmpty() || std::abs(x - m_curve.x.back()) >= m_resolution ||
                      std::abs(y - m_curve.y.back()) >= m_resolution;
    if (keep) {
        m_curve.x.push_back(x);
        m_curve.y.push_back(y);
    }
    m_haveLast = true;
    m_lastKept = keep;
    m_lastX = x;
    m_lastY = y;
}

Curve CurveBuilder::finish()
{
    if (m_haveLast && !m_lastKept) {
        m_curve.x.push_back(m_lastX);
        m_curve.y.push_back(m_lastY);
        m_lastKept = true;
    }
    return m_curve;
}

} // namespace nexvitad::eval
