#pragma once
// The training settings as a form: preset, backbones, epochs, learning rate, loss weights,
// pseudo-label threshold and the ablation switches, each with a tooltip quoting method.md.
// Values go through TrainingConfig::applyOverride, so validation lives in core only.

#include "train/training_config.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace nexvitad::ui {

class TrainingSettingsForm : public QWidget
{
    Q_OBJECT
public:
    explicit TrainingSettingsForm(QWidget *parent = nullptr);

    // Throws nexvitad::Error when a value is invalid.
    nexvitad::train::TrainingConfig config() const;
    void loadPreset(const QString &preset);
    // Empty when the values are valid, else the core's message.
    QString problem() const;

signals:
    void changed();

private:
    QComboBox *m_preset = nullptr;
    QLineEdit *m_hiera = nullptr;
    QLineEdit *m_dinov2 = nullptr;
    QSpinBox *m_size = nullptr;
    QSpinBox *m_epochs = nullptr;
    QSpinBox *m_batch = nullptr;
    QDoubleSpinBox *m_lr = nullptr;
    QDoubleSpinBox *m_lambda1 = nullptr;
    QDoubleSpinBox *m_lambda2 = nullptr;
    QDoubleSpinBox *m_theta = nullptr;
    QCheckBox *m_mtl = nullptr;
    QCheckBox *m_pseudo = nullptr;
    QSpinBox *m_seed = nullptr;
};

} // namespace nexvitad::ui
