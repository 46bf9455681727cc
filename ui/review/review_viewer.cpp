#include "review_viewer.h"

#include "heatmap_view.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QSplitter>
#include <QToolButton>

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
