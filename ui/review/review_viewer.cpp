#include "review_viewer.h"

#include "explainer.h"
#include "explanation_panel.h"
#include "heatmap_view.h"

#include "infer/patch_retrieval.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QSplitter>
#include <QToolButton>

#include "common/error.h"

#include <numeric>

namespace nexvitad::ui {

namespace {
constexpr int kSliderSteps = 1000;
}

ReviewViewer::ReviewViewer(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("reviewViewer"));
    m_view = new HeatmapView(this);
    m_plain = new HeatmapView(this);
    m_plain->setObjectName(QStringLiteral("originalView"));
    m_plain->setVisible(false);
    m_split = new QSplitter(this);
    m_split->addWidget(m_plain);
    m_split->addWidget(m_view);
    m_explanation = new ExplanationPanel(this);
    m_explanation->setVisible(false);
    m_split->addWidget(m_explanation);
    m_explainer = new Explainer(this);

    m_threshold = new QSlider(Qt::Horizontal, this);
    m_threshold->setObjectName(QStringLiteral("thresholdSlider"));
    m_threshold->setRange(0, kSliderSteps);
    m_threshold->setToolTip(tr("Pixel threshold: regions scoring at or above it are outlined as "
                               "defects."));
    m_thresholdLabel = new QLabel(this);
    m_regionsLabel = new QLabel(this);
    m_regionsLabel->setObjectName(QStringLiteral("regionCountLabel"));

    m_opacity = new QSlider(Qt::Horizontal, this);
    m_opacity->setObjectName(QStringLiteral("opacitySlider"));
    m_opacity->setRange(0, 100);
    m_opacity->setValue(55);

    m_colorMap = new QComboBox(this);
    m_colorMap->setObjectName(QStringLiteral("colorMapCombo"));
    m_colorMap->addItem(tr("Turbo"), QStringLiteral("turbo"));
    m_colorMap->addItem(tr("Inferno"), QStringLiteral("inferno"));
    m_colorMap->addItem(tr("Jet"), QStringLiteral("jet"));
    m_colorMap->addItem(tr("Gray"), QStringLiteral("gray"));

    m_truth = new QCheckBox(tr("Ground truth"), this);
    m_truth->setObjectName(QStringLiteral("groundTruthCheck"));
    m_truth->setChecked(true);
    m_sideBySide = new QCheckBox(tr("Side by side"), this);
    m_sideBySide->setObjectName(QStringLiteral("sideBySideCheck"));

    auto *fit = new QToolButton(this);
    fit->setText(tr("Fit"));
    fit->setToolTip(tr("Fit the image to the window (F)"));
    fit->setShortcut(Qt::Key_F);
    auto *oneToOne = new QToolButton(this);
    oneToOne->setText(tr("1:1"));
    oneToOne->setToolTip(tr("Show the image at its actual size (1)"));
    oneToOne->setShortcut(Qt::Key_1);

    auto *controls = new QFormLayout;
    auto *thresholdRow = new QHBoxLayout;
    thresholdRow->addWidget(m_threshold, 1);
    thresholdRow->addWidget(m_thresholdLabel);
    thresholdRow->addWidget(m_regionsLabel);
    controls->addRow(tr("Threshold"), thresholdRow);
    auto *displayRow = new QHBoxLayout;
    displayRow->addWidget(m_opacity, 1);
    displayRow->addWidget(m_colorMap);
    displayRow->addWidget(m_truth);
    displayRow->addWidget(m_sideBySide);
    displayRow->addWidget(fit);
    displayRow->addWidget(oneToOne);
    controls->addRow(tr("Overlay"), displayRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_split, 1);
    layout->addLayout(controls);

    m_renderer = new OverlayRenderer(this);
    connect(m_renderer, &OverlayRenderer::rendered, this, &ReviewViewer::applyResult);
    connect(m_threshold, &QSlider::valueChanged, this, [this](int v) {
        requestRender();
        emit thresholdChanged(sliderToScore(v));
    });
    connect(m_colorMap, &QComboBox::currentIndexChanged, this, &ReviewViewer::requestRender);
    connect(m_opacity, &QSlider::valueChanged, this,
            [this](int v) { m_view->setOpacity(v / 100.0); });
    connect(m_truth, &QCheckBox::toggled, m_view, &HeatmapView::setGroundTruthVisible);
    connect(m_sideBySide, &QCheckBox::toggled, m_plain, &QWidget::setVisible);
    connect(m_view, &HeatmapView::regionPicked, this, &ReviewViewer::explainRegion);
    connect(m_explainer, &Explainer::started, m_explanation, &ExplanationPanel::showBusy);
    connect(m_explainer, &Explainer::ready, m_explanation, &ExplanationPanel::showPicture);
    connect(m_explainer, &Explainer::unavailable, m_explanation, &ExplanationPanel::showNote);
    connect(m_explainer, &Explainer::failed, m_explanation, &ExplanationPanel::showNote);
    connect(fit, &QToolButton::clicked, m_view, &HeatmapView::fitToWindow);
    connect(oneToOne, &QToolButton::clicked, m_view, &HeatmapView::actualSize);
}

float ReviewViewer::sliderToScore(int value) const
{
    return m_image.scoreLow + (m_image.scoreHigh - m_image.scoreLow) * value / float(kSliderSteps);
}

int ReviewViewer::scoreToSlider(float score) const
{
    const float span = m_image.scoreHigh - m_image.scoreLow;
    if (span <= 0.0f)
        return 0;
    return qBound(0, int(std::lround((score - m_image.scoreLow) / span * kSliderSteps)),
                  kSliderSteps);
}

void ReviewViewer::setReviewImage(const ReviewImage &image)
{
    m_image = image;
    m_context = {}; // until setExplanationContext() says otherwise
    m_explainer->forget();
    m_explanation->setVisible(false);
    m_view->setImage(image.original);
    m_plain->setImage(image.original);
    if (!image.groundTruth.isNull()) {
        const QImage mask = image.groundTruth.convertToFormat(QImage::Format_Grayscale8);
        QVector<QPolygonF> outlines;
        // Scanlines may be padded: copy row by row into a tight buffer.
        std::vector<unsigned char> tight(std::size_t(mask.width()) * mask.height());
        for (int y = 0; y < mask.height(); ++y)
            std::memcpy(tight.data() + std::size_t(y) * mask.width(), mask.constScanLine(y),
                        mask.width());
        outlines = nexvitad::render::maskOutlines(tight.data(), mask.width(), mask.height());
        m_view->setGroundTruth(outlines, mask.size());
    }
    m_truth->setEnabled(!image.groundTruth.isNull());
    requestRender();
}

void ReviewViewer::setThreshold(float threshold)
{
    m_threshold->setValue(scoreToSlider(threshold));
}

float ReviewViewer::threshold() const
{
    return sliderToScore(m_threshold->value());
}

void ReviewViewer::requestRender()
{
    if (!m_image.map)
        return;
    OverlayRequest request;
    request.map = m_image.map;
    request.width = m_image.mapSize.width();
    request.height = m_image.mapSize.height();
    request.low = m_image.scoreLow;
    request.high = m_image.scoreHigh;
    request.threshold = threshold();
    request.colorMap = nexvitad::render::colorMapFromName(m_colorMap->currentData().toString());
    request.serial = ++m_serial;
    m_thresholdLabel->setText(QString::number(request.threshold, 'g', 4));
    m_renderer->request(request);
}

void ReviewViewer::applyResult(const OverlayResult &result)
{
    if (result.serial != m_serial)
        return; // a newer request is on its way
    m_view->setHeatmap(result.heatmap, m_opacity->value() / 100.0);
    m_view->setDefectRegions(result.regions, m_image.mapSize);
    m_regionCount = int(result.regions.size());
    m_regionsLabel->setText(tr("%n region(s)", nullptr, m_regionCount));
    emit regionsUpdated(m_regionCount);
}

void ReviewViewer::setExplanationContext(const ExplanationContext &context)
{
    m_context = context;
    if (context.bankPath.isEmpty()) {
        m_explanation->setVisible(false);
        return;
    }
    if (!m_explanation->isVisible()) {
        // Appearing: two fifths of the room, the image keeps the rest.
        m_explanation->setVisible(true);
        QList<int> sizes = m_split->sizes();
        const int total = std::accumulate(sizes.begin(), sizes.end(), 0);
        sizes[2] = total * 2 / 5;
        sizes[1] = total - sizes[2] - sizes[0];
        m_split->setSizes(sizes);
    }
    if (context.stored.isEmpty()) {
        m_explanation->showHint();
        return;
    }
    // Where the stored explanation looked, in the image's pixels.
    const QSize image = m_image.original.size();
    const int size = context.stored.value(QStringLiteral("image_size")).toInt();
    try {
        const QRect region = nexvitad::infer::Explanation::fromJson(context.stored).region;
        if (size > 0)
            m_view->setMarker(QRect(region.x() * image.width() / size,
                                    region.y() * image.height() / size,
                                    std::max(1, region.width() * image.width() / size),
                                    std::max(1, region.height() * image.height() / size)));
    } catch (const nexvitad::Error &) {
        // Malformed: the Explainer's job reports it.
    }
    m_explainer->request({context.bankPath, context.imagePath, QRect(), context.stored});
}

void ReviewViewer::explainRegion(const QRect &imageRect)
{
    if (m_context.bankPath.isEmpty() || m_image.mapSize.isEmpty())
        return;
    m_view->setMarker(imageRect);
    const QRect mapRegion = nexvitad::infer::toMapRegion(imageRect, m_image.original.size(),
                                                         m_image.mapSize.width());
    m_explainer->request({m_context.bankPath, m_context.imagePath, mapRegion, QJsonObject()});
}

} // namespace nexvitad::ui
