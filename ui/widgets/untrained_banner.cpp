#include "untrained_banner.h"

namespace nexvitad::ui {

UntrainedBanner::UntrainedBanner(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("untrainedBanner"));
    setWordWrap(true);
    setText(tr("<b>Untrained backbone.</b> These results come from seeded random backbone "
               "weights: they show how the workstation works, not how well NexViTAD detects "
               "defects. Download or import the pretrained weights under Settings > "
               "Backbone weights."));
    setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #664d03; "
                                 "border: 1px solid #ffda6a; padding: 6px; }"));
    setVisible(false);
}

void UntrainedBanner::setUntrained(bool untrained)
{
    setVisible(untrained);
}

} // namespace nexvitad::ui
