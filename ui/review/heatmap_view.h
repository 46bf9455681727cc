#pragma once
// The review viewer: the original image with the heatmap overlay, defect contours at the
// threshold and the ground-truth outline, with zoom (wheel, fit, 1:1) and pan (drag).

#include "render/defect_contours.h"

#include <QGraphicsView>

class QGraphicsPixmapItem;
class QGraphicsPathItem;
class QGraphicsRectItem;

namespace nexvitad::ui {

class HeatmapView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit HeatmapView(QWidget *parent = nullptr);

    // `original` at its own resolution; the map's coordinates are scaled to it.
    void setImage(const QImage &original);
    void setHeatmap(const QImage &heatmap, double opacity);
    void setOpacity(double opacity);
    void setDefectRegions(const QVector<nexvitad::render::DefectRegion> &regions, QSize mapSize);
    void setGroundTruth(const QVector<QPolygonF> &outlines, QSize maskSize);
    void setGroundTruthVisible(bool visible);
    void setOverlayVisible(bool visible);

    double zoom() const;
    // A rectangle over the image (image pixels), e.g. the region being explained; an empty
    // rectangle hides it.
    void setMarker(const QRect &imageRect);

public slots:
    void fitToWindow();
    void actualSize();
    void zoomIn();
    void zoomOut();

signals:
    void zoomChanged(double zoom);
    // A click (a one-pixel rectangle) or a Shift+drag (the dragged rectangle) on the image,
    // in image pixels. A plain drag pans and picks nothing.
    void regionPicked(const QRect &imageRect);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void scaleBy(double factor);
    QPainterPath outlinePath(const QVector<QPolygonF> &polygons, QSize sourceSize) const;

    QGraphicsPixmapItem *m_image = nullptr;
    QGraphicsPixmapItem *m_heatmap = nullptr;
    QGraphicsPathItem *m_contours = nullptr;
    QGraphicsPathItem *m_truth = nullptr;
    QGraphicsRectItem *m_marker = nullptr;
    QPoint m_pressAt;        // viewport position of the left-button press
    bool m_picking = false;  // Shift+drag in progress (not panning)
    bool m_fit = true; // keep fitting on resize until the user zooms
};

} // namespace nexvitad::ui
