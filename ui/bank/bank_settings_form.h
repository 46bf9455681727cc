#pragma once
// The memory bank's settings (method.md 4): the encoder (untrained: identity adapters and
// seeded random projections on the given backbones, or a training run of the project),
// K, the prototype mode and the encoder layers. Fills a core BankBuildRequest, as the
// CLI's `bank` options do.

#include "infer/bank_builder.h"
#include "infer/memory_bank.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace nexvitad::ui {

class BankSettingsForm : public QWidget
{
    Q_OBJECT
public:
    explicit BankSettingsForm(QWidget *parent = nullptr);

    // Training run folders offered besides the untrained encoder.
    void setRunDirs(const QStringList &runDirs);
    // Encoder, layers, prototype mode and K; the seed and images are the caller's.
    void fillRequest(nexvitad::infer::BankBuildRequest &request) const;
    std::vector<int> layers() const;
    // Shows the settings an opened bank was built with (encoder, image size, prototypes, K,
    // layers), so the form describes that bank and building again reproduces it.
    void showBank(const nexvitad::infer::MemoryBankInfo &info);

signals:
    void changed();

private:
    void updateEncoderFields();

    QComboBox *m_encoder = nullptr;
    QLineEdit *m_hiera = nullptr;
    QLineEdit *m_dino = nullptr;
    QSpinBox *m_size = nullptr;
    QSpinBox *m_k = nullptr;
    QComboBox *m_mode = nullptr;
    QCheckBox *m_layers[4] = {};
};

} // namespace nexvitad::ui
