// A contact sheet of the synthetic dataset: one row per class, the first good test image
// and the first image of each defect type (the same images as in the dataset), with an
// outline in red around the mask. For docs/synthetic-data.md and `synth --sheet`.

#include "data/synthetic.h"

#include <opencv2/imgproc.hpp>

namespace nexvitad::data {

cv::Mat syntheticSampleSheet(const SyntheticOptions &options)
{
    const std::vector<SyntheticClass> classes = syntheticClasses(options.classes);
    const int size = options.size;
    const int label = 16;
    const int gap = 4;
    int columns = 1;
    for (const SyntheticClass &c : classes)
        columns = std::max(columns, 1 + static_cast<int>(c.defectTypes.size()));
    cv::Mat sheet(static_cast<int>(classes.size()) * (size + label + gap) + gap,
                  columns * (size + gap) + gap, CV_8UC3, cv::Scalar(255, 255, 255));
    for (int ci = 0; ci < static_cast<int>(classes.size()); ++ci) {
        const SyntheticClass &cls = classes[static_cast<std::size_t>(ci)];
        QStringList types{QStringLiteral("good")};
        types += cls.defectTypes;
        for (int col = 0; col < types.size(); ++col) {
            const int split = col == 0 ? 1 : col + 1; // test/good, then the defect splits
            const SyntheticSample s = renderSyntheticSample(
                ci, types[col], syntheticImageSeed(options.seed, ci, split, 0), size);
            cv::Mat cell = s.image.clone();
            // Outline 2 px outside the defect, so the defect itself stays visible.
            cv::Mat around;
            cv::dilate(s.mask, around, cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(5, 5)));
            std::vector<std::vector<cv::Point>> contours;
            cv::findContours(around, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_NONE);
            cv::drawContours(cell, contours, -1, cv::Scalar(0, 0, 255), 1, cv::LINE_8);
            const int x = gap + col * (size + gap);
            const int y = gap + ci * (size + label + gap);
            cell.copyTo(sheet(cv::Rect(x, y, size, size)));
            const QString text = (col == 0 ? cls.name + QLatin1Char(' ') : QString()) + types[col];
            cv::putText(sheet, text.toStdString(), cv::Point(x + 1, y + size + label - 4),
                        cv::FONT_HERSHEY_PLAIN, 0.8, cv::Scalar(40, 40, 40), 1, cv::LINE_AA);
        }
    }
    return sheet;
}

} // namespace nexvitad::data
