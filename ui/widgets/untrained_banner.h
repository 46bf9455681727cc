#pragma once
// The warning shown wherever results come from seeded random ("untrained") backbones:
// such heatmaps and metrics demonstrate the pipeline, not the method's accuracy.

#include <QLabel>

namespace nexvitad::ui {

class UntrainedBanner : public QLabel
{
    Q_OBJECT
public:
    explicit UntrainedBanner(QWidget *parent = nullptr);
    // Shows the banner when `untrained` is true (hidden otherwise).
    void setUntrained(bool untrained);
};

} // namespace nexvitad::ui
