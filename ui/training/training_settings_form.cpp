#include "training_settings_form.h"

#include "common/error.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace nexvitad::ui {

using nexvitad::train::TrainingConfig;

TrainingSettingsForm::TrainingSettingsForm(QWidget *parent)
    : QWidget(parent)
{
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("presetCombo"));
    for (const QString &p : TrainingConfig::presetNames())
        m_preset->addItem(p, p);
    m_preset->setToolTip(tr("paper: 50 epochs, Hiera-huge + ViT-S/14 as the paper. cpu: "
                            "Hiera-tiny + ViT-S/14 and fewer epochs, so a demo trains in "
                            "minutes on a CPU."));
    m_hiera = new QLineEdit(this);
    m_hiera->setObjectName(QStringLiteral("hieraEdit"));
    m_hiera->setToolTip(tr("Frozen Hiera backbone: a variant (hiera_tiny_224 ... hiera_huge_224), "
                           "a registry name, a .safetensors file, or random:<variant>[:seed] "
                           "(untrained)."));
    m_dinov2 = new QLineEdit(this);
    m_dinov2->setObjectName(QStringLiteral("dinov2Edit"));
    m_dinov2->setToolTip(tr("Frozen DINOv2 backbone (method.md 1.3); default ViT-S/14, "
                            "d_dino = 384, as the paper."));
    m_size = new QSpinBox(this);
    m_size->setObjectName(QStringLiteral("sizeSpin"));
    m_size->setRange(32, 2048);
    m_size->setSingleStep(32);
    m_size->setToolTip(tr("Input size S: a multiple of 32 (Hiera's stride); default 224."));
    m_epochs = new QSpinBox(this);
    m_epochs->setObjectName(QStringLiteral("epochsSpin"));
    m_epochs->setRange(1, 100000);
    m_epochs->setToolTip(tr("Epochs T = 50 (GPU default). The first 20% train on the source "
                            "loss only (phase 1), then all terms (phase 2)."));
    m_batch = new QSpinBox(this);
    m_batch->setObjectName(QStringLiteral("batchSpin"));
    m_batch->setRange(1, 1024);
    m_lr = new QDoubleSpinBox(this);
    m_lr->setObjectName(QStringLiteral("lrSpin"));
    m_lr->setDecimals(6);
    m_lr->setRange(1e-7, 1.0);
    m_lr->setSingleStep(1e-5);
    m_lr->setToolTip(tr("Adam, lr 1e-4, linear warm-up over the first 5% of steps then cosine "
                        "decay to 0."));
    m_lambda1 = new QDoubleSpinBox(this);
    m_lambda1->setObjectName(QStringLiteral("lambda1Spin"));
    m_lambda1->setToolTip(tr("L = L_s + lambda1 L_t_ce + lambda2 L_t_mse; lambda1 weighs the "
                             "target cross-entropy against the pseudo-labels (default 1)."));
    m_lambda2 = new QDoubleSpinBox(this);
    m_lambda2->setObjectName(QStringLiteral("lambda2Spin"));
    m_lambda2->setToolTip(tr("lambda2 weighs the augmentation-consistency MSE (default 1)."));
    m_theta = new QDoubleSpinBox(this);
    m_theta->setObjectName(QStringLiteral("thetaSpin"));
    m_theta->setRange(0.5, 1.0);
    m_theta->setSingleStep(0.05);
    m_theta->setToolTip(tr("Pixels whose maximal pseudo-label probability exceeds theta = 0.7 "
                           "get the arg-max label; the others are ignored."));
    m_mtl = new QCheckBox(tr("Multi-task heads (one per source class)"), this);
    m_mtl->setObjectName(QStringLiteral("mtlCheck"));
    m_mtl->setToolTip(tr("mtl = true; off: one shared segmentation head for all source classes "
                         "(the paper's \"without MTL\" ablation)."));
    m_pseudo = new QCheckBox(tr("Pseudo-labels for the target classes"), this);
    m_pseudo->setObjectName(QStringLiteral("pseudoLabelsCheck"));
    m_pseudo->setToolTip(tr("pseudo_labels = true; off: train on the source loss only."));
    m_seed = new QSpinBox(this);
    m_seed->setObjectName(QStringLiteral("seedSpin"));
    m_seed->setRange(0, 1000000);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Preset"), m_preset);
    form->addRow(tr("Hiera"), m_hiera);
    form->addRow(tr("DINOv2"), m_dinov2);
    form->addRow(tr("Image size"), m_size);
    form->addRow(tr("Epochs"), m_epochs);
    form->addRow(tr("Batch size"), m_batch);
    form->addRow(tr("Learning rate"), m_lr);
    form->addRow(tr("lambda1 (target CE)"), m_lambda1);
    form->addRow(tr("lambda2 (consistency MSE)"), m_lambda2);
    form->addRow(tr("theta (pseudo-label confidence)"), m_theta);
    form->addRow(QString(), m_mtl);
    form->addRow(QString(), m_pseudo);
    form->addRow(tr("Seed"), m_seed);

    connect(m_preset, &QComboBox::currentIndexChanged, this,
            [this] { loadPreset(m_preset->currentData().toString()); });
    for (QLineEdit *e : {m_hiera, m_dinov2})
        connect(e, &QLineEdit::textChanged, this, &TrainingSettingsForm::changed);
    for (QSpinBox *s : {m_size, m_epochs, m_batch, m_seed})
        connect(s, &QSpinBox::valueChanged, this, &TrainingSettingsForm::changed);
    for (QDoubleSpinBox *s : {m_lr, m_lambda1, m_lambda2, m_theta})
        connect(s, &QDoubleSpinBox::valueChanged, this, &TrainingSettingsForm::changed);
    for (QCheckBox *c : {m_mtl, m_pseudo})
        connect(c, &QCheckBox::toggled, this, &TrainingSettingsForm::changed);
    m_preset->setCurrentIndex(m_preset->findData(QStringLiteral("cpu")));
    loadPreset(QStringLiteral("cpu"));
}

void TrainingSettingsForm::loadPreset(const QString &preset)
{
    const TrainingConfig c = TrainingConfig::fromPreset(preset);
    m_hiera->setText(c.hiera);
    m_dinov2->setText(c.dinov2);
    m_size->setValue(c.imageSize);
    m_epochs->setValue(c.epochs);
    m_batch->setValue(c.batchSize);
    m_lr->setValue(c.lr);
    m_lambda1->setValue(c.lambda1);
    m_lambda2->setValue(c.lambda2);
    m_theta->setValue(c.theta);
    m_mtl->setChecked(c.mtl);
    m_pseudo->setChecked(c.pseudoLabels);
    m_seed->setValue(int(c.seed));
    emit changed();
}

TrainingConfig TrainingSettingsForm::config() const
{
    TrainingConfig c = TrainingConfig::fromPreset(m_preset->currentData().toString());
    const auto set = [&c](const char *key, const QString &value) {
        c.applyOverride(QLatin1String(key) + QLatin1Char('=') + value);
    };
    const auto number = [](double v) { return QString::number(v, 'g', 10); };
    set("hiera", m_hiera->text().trimmed());
    set("dinov2", m_dinov2->text().trimmed());
    set("image_size", QString::number(m_size->value()));
    set("epochs", QString::number(m_epochs->value()));
    set("batch_size", QString::number(m_batch->value()));
    set("lr", number(m_lr->value()));
    set("lambda1", number(m_lambda1->value()));
    set("lambda2", number(m_lambda2->value()));
    set("theta", number(m_theta->value()));
    set("mtl", m_mtl->isChecked() ? QStringLiteral("true") : QStringLiteral("false"));
    set("pseudo_labels", m_pseudo->isChecked() ? QStringLiteral("true") : QStringLiteral("false"));
    set("seed", QString::number(m_seed->value()));
    c.validate();
    return c;
}

QString TrainingSettingsForm::problem() const
{
    try {
        config();
        return {};
    } catch (const nexvitad::Error &e) {
        return e.userText();
    }
}

} // namespace nexvitad::ui
