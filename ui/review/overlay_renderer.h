#pragma once
// Recomputes a heatmap overlay and its defect contours off the GUI thread whenever the
// threshold, opacity or colour map changes. Restartable: a new request interrupts the one
// in flight, so dragging the threshold slider never queues stale work (the pattern of Qt's
// mandelbrot example).

#include "render/color_maps.h"
#include "render/defect_contours.h"

#include <QImage>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <memory>
#include <vector>

namespace nexvitad::ui {

struct OverlayRequest
{
    std::shared_ptr<const std::vector<float>> map; // row-major anomaly map
    int width = 0;
    int height = 0;
    float low = 0.0f;       // colour scale
    float high = 1.0f;
    float threshold = 0.5f; // contours and transparency
    nexvitad::render::ColorMap colorMap = nexvitad::render::ColorMap::Turbo;
    quint64 serial = 0;     // echoed in the result so callers can drop stale ones
};

struct OverlayResult
{
    QImage heatmap; // colourised, transparent below the threshold
    QVector<nexvitad::render::DefectRegion> regions;
    quint64 serial = 0;
};

class OverlayRenderer : public QThread
{
    Q_OBJECT
public:
    explicit OverlayRenderer(QObject *parent = nullptr);
    ~OverlayRenderer() override;

    // Replaces any pending request; the newest one always wins.
    void request(const OverlayRequest &request);

signals:
    void rendered(const OverlayResult &result);

protected:
    void run() override;

private:
    QMutex m_mutex;
    QWaitCondition m_wake;
    OverlayRequest m_pending;
    bool m_hasPending = false;
    bool m_abort = false;
};

} // namespace nexvitad::ui

Q_DECLARE_METATYPE(nexvitad::ui::OverlayResult)
