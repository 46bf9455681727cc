#pragma once
// Settings: compute (device, threads), models directory, report operator, and the
// backbone weights page.

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace nexvitad::ui {

class WeightsPage;

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    WeightsPage *weightsPage() const { return m_weights; }
    void accept() override;

private:
    QComboBox *m_device = nullptr;
    QSpinBox *m_threads = nullptr;
    QSpinBox *m_tensorCache = nullptr;
    QComboBox *m_precision = nullptr;
    QLineEdit *m_modelsDir = nullptr;
    QLineEdit *m_operator = nullptr;
    WeightsPage *m_weights = nullptr;
};

} // namespace nexvitad::ui
