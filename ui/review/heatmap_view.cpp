#include "heatmap_view.h"

#include <QGraphicsPathItem>
#include <QGraphicsPixmapItem>
#include <QGraphicsRectItem>
#include <QMouseEvent>
#include <QWheelEvent>

#include <cmath>

namespace nexvitad::ui {

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
    QPen markerPen(QColor(255, 255, 255));
    markerPen.setCosmetic(true);
    markerPen.setWidthF(2.0);
    markerPen.setStyle(Qt::DashLine);
    m_marker = scene()->addRect(QRectF(), markerPen);
    m_marker->setZValue(10);
}

void HeatmapView::setImage(const QImage &original)
{
    m_image->setPixmap(QPixmap::fromImage(original));
    scene()->setSceneRect(m_image->boundingRect());
    m_heatmap->setPixmap(QPixmap());
    m_contours->setPath(QPainterPath());
    m_truth->setPath(QPainterPath());
    m_marker->setRect(QRectF());
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

void HeatmapView::setMarker(const QRect &imageRect)
{
    m_marker->setRect(imageRect.isEmpty() ? QRectF() : QRectF(imageRect));
}

namespace {
// The image pixels between two scene points (inclusive), clipped to the image.
QRect imagePixels(const QPointF &a, const QPointF &b, const QSize &image)
{
    const QRect r(QPoint(int(std::floor(std::min(a.x(), b.x()))), int(std::floor(std::min(a.y(), b.y())))),
                  QPoint(int(std::floor(std::max(a.x(), b.x()))), int(std::floor(std::max(a.y(), b.y())))));
    return r.intersected(QRect(QPoint(0, 0), image));
}
} // namespace

void HeatmapView::mousePressEvent(QMouseEvent *event)
{
    m_pressAt = event->position().toPoint();
    m_picking = event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier);
    if (m_picking) {
        const QPointF at = mapToScene(m_pressAt);
        m_marker->setRect(QRectF(at, at));
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void HeatmapView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_picking) {
        m_marker->setRect(QRectF(mapToScene(m_pressAt), mapToScene(event->position().toPoint()))
                              .normalized());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void HeatmapView::mouseReleaseEvent(QMouseEvent *event)
{
    const QSize image = m_image->pixmap().size();
    const QPoint at = event->position().toPoint();
    const bool click = (at - m_pressAt).manhattanLength() < 4;
    if (m_picking) {
        m_picking = false;
        const QRect picked = imagePixels(mapToScene(m_pressAt), mapToScene(at), image);
        m_marker->setRect(QRectF(picked));
        if (!picked.isEmpty())
            emit regionPicked(picked);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && click) {
        const QPointF scenePoint = mapToScene(at);
        const QRect picked = imagePixels(scenePoint, scenePoint, image);
        if (!picked.isEmpty()) {
            m_marker->setRect(QRectF(picked));
            emit regionPicked(picked);
        }
    }
}

} // namespace nexvitad::ui
