#include "heatmap_view.h"

#include <QGraphicsPathItem>
#include <QGraphicsPixmapItem>
#include <QWheelEvent>

#include <cmath>

HeatmapView::HeatmapView(QWidget *parent)
    : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("heatmapView"));
    setScene(new QGraphicsScene(this));
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setRenderHint(QPainter::SmoothPixmapTransform);
    setBackgroundBrush(QColor(40, 40, 40));

    m_image = scene()->addPixmap(QPixmap());
    m_heatmap = scene()->addPixmap(QPixmap());
    m_heatmap->setTransformationMode(Qt::SmoothTransformation);
    m_truth = scene()->addPath(QPainterPath(), QPen(QColor(0, 220, 0), 0));
    m_contours = scene()->addPath(QPainterPath(), QPen(QColor(255, 40, 40), 0));
    // Cosmetic pens (width 0 = 1 device pixel) stay visible at every zoom.
    QPen contourPen(QColor(255, 40, 40));
    contourPen.setCosmetic(true);
    contourPen.setWidthF(2.0);
    m_contours->setPen(contourPen);
    QPen truthPen(QColor(0, 220, 0));
    truthPen.setCosmetic(true);
    truthPen.setWidthF(1.5);
    truthPen.setStyle(Qt::DashLine);
    m_truth->setPen(truthPen);
}

void HeatmapView::setImage(const QImage &original)
{
    m_image->setPixmap(QPixmap::fromImage(original));
    scene()->setSceneRect(m_image->boundingRect());
    m_heatmap->setPixmap(QPixmap());
    m_contours->setPath(QPainterPath());
    m_truth->setPath(QPainterPath());
    if (m_fit)
        fitToWindow();
}

void HeatmapView::setHeatmap(const QImage &heatmap, double opacity)
{
    const QSize target = m_image->pixmap().size();
    m_heatmap->setPixmap(QPixmap::fromImage(heatmap));
    if (!heatmap.isNull() && !target.isEmpty())
        m_heatmap->setTransform(QTransform::fromScale(double(target.width()) / heatmap.width(),
                                                      double(target.height()) / heatmap.height()));
    m_heatmap->setOpacity(opacity);
}

void HeatmapView::setOpacity(double opacity)
{
    m_heatmap->setOpacity(opacity);
}

QPainterPath HeatmapView::outlinePath(const QVector<QPolygonF> &polygons, QSize sourceSize) const
{
    QPainterPath path;
    const QSize target = m_image->pixmap().size();
    if (sourceSize.isEmpty() || target.isEmpty())
        return path;
    const QTransform scale = QTransform::fromScale(double(target.width()) / sourceSize.width(),
                                                   double(target.height()) / sourceSize.height());
    for (const QPolygonF &p : polygons)
        path.addPolygon(scale.map(p));
    return path;
}

void HeatmapView::setDefectRegions(const QVector<nexvitad::render::DefectRegion> &regions,
                                   QSize mapSize)
{
    QVector<QPolygonF> outlines;
    outlines.reserve(regions.size());
    for (const auto &r : regions)
        outlines << r.outline;
    m_contours->setPath(outlinePath(outlines, mapSize));
}

void HeatmapView::setGroundTruth(const QVector<QPolygonF> &outlines, QSize maskSize)
{
    m_truth->setPath(outlinePath(outlines, maskSize));
}

void HeatmapView::setGroundTruthVisible(bool visible)
{
    m_truth->setVisible(visible);
}

void HeatmapView::setOverlayVisible(bool visible)
{
    m_heatmap->setVisible(visible);
    m_contours->setVisible(visible);
}

double HeatmapView::zoom() const
{
    return transform().m11();
}

void HeatmapView::fitToWindow()
{
    m_fit = true;
    if (!m_image->pixmap().isNull())
        fitInView(m_image, Qt::KeepAspectRatio);
    emit zoomChanged(zoom());
}

void HeatmapView::actualSize()
{
    m_fit = false;
    resetTransform();
    emit zoomChanged(zoom());
}

void HeatmapView::zoomIn()
{
    scaleBy(1.25);
}

void HeatmapView::zoomOut()
{
    scaleBy(0.8);
}

void HeatmapView::scaleBy(double factor)
{
    const double next = zoom() * factor;
    if (next < 0.02 || next > 64.0)
        return;
    m_fit = false;
    scale(factor, factor);
    emit zoomChanged(zoom());
}

void HeatmapView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0.0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    scaleBy(std::pow(1.25, steps));
    event->accept();
}

void HeatmapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fit)
        fitToWindow();
}
