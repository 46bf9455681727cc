#include "report/report_explanation.h"

#include "common/error.h"
#include "infer/bank_views.h"
#include "infer/patch_retrieval.h"
#include "render/explanation_picture.h"
#include "report/report_fonts.h"
#include "report/report_text.h"

#include <QPainter>

namespace nexvitad::report {

namespace {

constexpr double kFontPt = 7;
constexpr double kLinePt = 9;
constexpr double kGapPt = 4;

render::ExplanationStyle stripStyle(const TileStyle &style)
{
    render::ExplanationStyle s;
    s.layout = render::ExplanationLayout::Strip;
    s.font = reportFont(style.fontFamilies, kFontPt);
    s.lineHeight = kLinePt * style.unit;
    s.gap = kGapPt * style.unit;
    return s;
}

// The explanation, or an empty one for malformed JSON (the report still goes out).
infer::Explanation parsed(const QJsonObject &explanation)
{
    try {
        return infer::Explanation::fromJson(explanation);
    } catch (const Error &) {
        return {};
    }
}

} // namespace

double explanationStripHeight(double width, const QJsonObject &explanation, const TileStyle &style)
{
    return render::explanationHeight(parsed(explanation), width, stripStyle(style));
}

void drawExplanationStrip(QPainter &painter, const QRectF &rect, const QJsonObject &explanation,
                          const QString &imagePath, const QString &bankPath,
                          const TileStyle &style)
{
    const infer::Explanation e = parsed(explanation);
    QString note;
    render::ExplanationImages images;
    if (e.isEmpty()) {
        note = ReportText::tr("The stored explanation cannot be read.");
    } else {
        try {
            std::vector<int> wanted;
            for (const infer::LayerExplanation &l : e.layers)
                if (!l.matches.empty())
                    wanted.push_back(l.matches.front().bankImage);
            const infer::BankViews views = infer::readBankViews(bankPath, wanted);
            if (views.available())
                images = render::explanationImages(e, infer::encoderView(imagePath, e.imageSize),
                                                   views.images);
            else
                note = views.unavailableReason;
        } catch (const Error &error) {
            note = error.userText();
        }
    }
    if (!note.isEmpty()) {
        painter.save();
        painter.setFont(reportFont(style.fontFamilies, kFontPt));
        painter.setPen(Qt::darkGray);
        painter.drawText(rect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         ReportText::tr("No explanation picture: %1").arg(note));
        painter.restore();
        return;
    }
    render::paintExplanation(painter, rect, e, images, stripStyle(style));
}

} // namespace nexvitad::report
