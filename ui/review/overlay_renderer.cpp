#include "overlay_renderer.h"

namespace nexvitad::ui {

OverlayRenderer::OverlayRenderer(QObject *parent)
    : QThread(parent)
{
    qRegisterMetaType<OverlayResult>();
}

OverlayRenderer::~OverlayRenderer()
{
    {
        QMutexLocker lock(&m_mutex);
        m_abort = true;
        m_wake.wakeOne();
    }
    wait();
}

void OverlayRenderer::request(const OverlayRequest &request)
{
    QMutexLocker lock(&m_mutex);
    m_pending = request;
    m_hasPending = true;
    if (!isRunning())
        start(QThread::LowPriority);
    else
        m_wake.wakeOne();
}

void OverlayRenderer::run()
{
    for (;;) {
        OverlayRequest job;
        {
            QMutexLocker lock(&m_mutex);
            while (!m_hasPending && !m_abort)
                m_wake.wait(&m_mutex);
            if (m_abort)
                return;
            job = m_pending;
            m_hasPending = false;
        }
        if (!job.map || job.width <= 0 || job.height <= 0)
            continue;
        OverlayResult result;
        result.serial = job.serial;
        result.heatmap = nexvitad::render::colorize(job.map->data(), job.width, job.height,
                                                    job.low, job.high, job.colorMap,
                                                    job.threshold);
        {
            // A newer request arrived while colouring: skip the contour work for this one.
            QMutexLocker lock(&m_mutex);
            if (m_hasPending || m_abort)
                continue;
        }
        result.regions = nexvitad::render::defectRegions(job.map->data(), job.width, job.height,
                                                         job.threshold);
        emit rendered(result);
    }
}

} // namespace nexvitad::ui
