#pragma once
// One inspected image under review: the heatmap view plus its controls (threshold slider
// with live contours, opacity, colour map, ground-truth toggle, side-by-side, zoom), and
// the explanation by retrieval of a clicked point or Shift+dragged region beside it.
// Rendering runs in an OverlayRenderer thread and explanations in an Explainer's jobs; the
// GUI thread only swaps pixmaps.

#include "overlay_renderer.h"

#include <QJsonObject>
#include <QWidget>

#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QSlider;
class QSplitter;

namespace nexvitad::ui {

class ExplanationPanel;
class Explainer;
class HeatmapView;

struct ReviewImage
{
    QImage original;                              // at its own resolution
    std::shared_ptr<const std::vector<float>> map; // anomaly map, row-major
    QSize mapSize;
    QImage groundTruth;                           // Grayscale8 mask or null
    float scoreLow = 0.0f;                        // colour scale of the batch
    float scoreHigh = 1.0f;
};

// What explanations of the shown image need: its bank and file, and the stored explanation
// of a flagged image (shown at once, not recomputed). No bank: no explanations.
struct ExplanationContext
{
    QString bankPath;
    QString imagePath;
    QJsonObject stored;
};

class ReviewViewer : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewViewer(QWidget *parent = nullptr);

    void setReviewImage(const ReviewImage &image);
    // Pixel threshold in score units; the slider spans [scoreLow, scoreHigh].
    void setThreshold(float threshold);
    float threshold() const;
    int regionCount() const { return m_regionCount; }
    HeatmapView *view() const { return m_view; }

    // Set after setReviewImage() for the same image.
    void setExplanationContext(const ExplanationContext &context);
    // Explains a point or region of the image (its own pixels), as a click or Shift+drag does.
    void explainRegion(const QRect &imageRect);
    ExplanationPanel *explanationPanel() const { return m_explanation; }

signals:
    void thresholdChanged(float threshold);
    void regionsUpdated(int count);

private:
    void requestRender();
    void applyResult(const OverlayResult &result);
    float sliderToScore(int value) const;
    int scoreToSlider(float score) const;

    HeatmapView *m_view = nullptr;
    HeatmapView *m_plain = nullptr; // the original, for side-by-side
    QSplitter *m_split = nullptr;
    QSlider *m_threshold = nullptr;
    QSlider *m_opacity = nullptr;
    QComboBox *m_colorMap = nullptr;
    QCheckBox *m_truth = nullptr;
    QCheckBox *m_sideBySide = nullptr;
    QLabel *m_thresholdLabel = nullptr;
    QLabel *m_regionsLabel = nullptr;
    OverlayRenderer *m_renderer = nullptr;
    ExplanationPanel *m_explanation = nullptr;
    Explainer *m_explainer = nullptr;
    ExplanationContext m_context;
    ReviewImage m_image;
    quint64 m_serial = 0;
    int m_regionCount = -1;
};

} // namespace nexvitad::ui
