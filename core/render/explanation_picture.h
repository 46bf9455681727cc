#pragma once
// The picture of an explanation by retrieval (infer/patch_retrieval.h): the inspected
// image's query cell beside the nearest normal patches of the bank, each a crop around its
// box, labelled with bank image name, layer and distance. Painted with QPainter so that the
// CLI (a PNG), the review viewer and the PDF report (vector text) share one drawing.
//
// Two layouts:
//   Rows  - one row per layer: the query's cell, then its k nearest patches (distinct bank
//           images). The full picture (CLI, viewer).
//   Strip - one row: the query region, then the nearest patch of every layer. Compact, for
//           report tiles.

#include "infer/patch_retrieval.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QRectF>
#include <QString>
#include <opencv2/core/mat.hpp>
#include <vector>

class QPainter;

namespace nexvitad::render {

enum class ExplanationLayout { Rows, Strip };

struct ExplanationStyle
{
    ExplanationLayout layout = ExplanationLayout::Rows;
    QFont font;              // labels; the caption uses it bold
    bool caption = true;     // "This region looks least like any of these normal patches"
    int maxMatches = 3;      // per layer (Rows)
    double gap = 6;          // between tiles, device units
    // Device units per text line; 0: the font's own height in screen pixels (a PDF painter
    // counts in its own units, so the report says).
    double lineHeight = 0;
    QColor queryColor{230, 40, 40};
    QColor matchColor{30, 170, 70};
};

// What the picture shows of the images: the inspected one and the bank's, as the encoder
// saw them (S x S; other sizes are scaled, boxes follow).
struct ExplanationImages
{
    QImage query;
    std::vector<QImage> bank; // per bank image index; a null image: shown as missing
};

// The caption, translated.
QString explanationCaption();

// Height of the picture painted `width` wide.
double explanationHeight(const infer::Explanation &e, double width, const ExplanationStyle &style);
// Paints into `rect` (its height as explanationHeight says; the top is used otherwise).
void paintExplanation(QPainter &painter, const QRectF &rect, const infer::Explanation &e,
                      const ExplanationImages &images, const ExplanationStyle &style);
// The picture as an image `width` pixels wide on white.
QImage explanationPicture(const infer::Explanation &e, const ExplanationImages &images,
                          int width, const ExplanationStyle &style = {});

// The picture as PNG bytes, at a width that gives each tile `tile` pixels.
QByteArray explanationPng(const infer::Explanation &e, const ExplanationImages &images,
                          const ExplanationStyle &style = {}, int tile = 150);

// CV_8UC3 RGB -> QImage (a copy).
QImage rgbImage(const cv::Mat &rgb);
// The images `e` shows: the query view and only the bank views it refers to (CV_8UC3 RGB,
// bank order; an empty list leaves them missing).
ExplanationImages explanationImages(const infer::Explanation &e, const cv::Mat &queryRgb,
                                    const std::vector<cv::Mat> &bankViews);

} // namespace nexvitad::render
