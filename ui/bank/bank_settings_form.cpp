#include "bank_settings_form.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLineEdit>
#include <QSpinBox>
#include <algorithm>

namespace nexvitad::ui {

BankSettingsForm::BankSettingsForm(QWidget *parent) : QWidget(parent)
{
    const nexvitad::infer::EncoderChoice defaults;
    m_encoder = new QComboBox(this);
    m_encoder->setObjectName(QStringLiteral("encoderCombo"));
    m_encoder->setToolTip(tr("The encoder whose features fill the bank: a training run's "
                             "adapters and projections, or an untrained encoder (identity "
                             "adapters, random projections seeded with the seed above)."));
    m_hiera = new QLineEdit(defaults.hieraSpec, this);
    m_hiera->setObjectName(QStringLiteral("hieraSpecEdit"));
    m_hiera->setToolTip(tr("Hiera weights: a registry name, a file, or random:<variant> "
                           "(docs/weights.md)."));
    m_dino = new QLineEdit(defaults.dinoSpec, this);
    m_dino->setObjectName(QStringLiteral("dinoSpecEdit"));
    m_dino->setToolTip(tr("DINOv2 weights: a registry name, a file, or random:<variant> "
                          "(docs/weights.md)."));
    m_size = new QSpinBox(this);
    m_size->setObjectName(QStringLiteral("imageSizeSpin"));
    m_size->setRange(32, 4096);
    m_size->setValue(defaults.imageSize);
    m_size->setSuffix(tr(" px"));
    m_size->setToolTip(tr("Images are resized to S x S before encoding. A training run "
                          "uses its own size."));

    m_k = new QSpinBox(this);
    m_k->setObjectName(QStringLiteral("kSpin"));
    m_k->setRange(1, 100000);
    m_k->setValue(nexvitad::infer::SinkhornKMeansOptions{}.k);
    m_k->setToolTip(tr("K prototypes per layer (default 30, so 4K in all). Every prototype "
                       "serves the same share of patches, so rare good textures still get "
                       "prototypes."));
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("prototypesCombo"));
    m_mode->addItem(tr("Sinkhorn K-means"), int(nexvitad::infer::PrototypeMode::SinkhornKMeans));
    m_mode->addItem(tr("All patches"), int(nexvitad::infer::PrototypeMode::AllPatches));
    m_mode->setToolTip(tr("Sinkhorn K-means: K prototypes per layer from entropy-regularised "
                          "optimal transport with uniform masses (method.md 4). All patches: "
                          "exact nearest neighbour over the whole bank (the PatchCore / "
                          "AnomalyDINO baseline); slower, larger."));

    auto *layerRow = new QHBoxLayout;
    for (int i = 0; i < 4; ++i) {
        m_layers[i] = new QCheckBox(QString::number(i + 1), this);
        m_layers[i]->setObjectName(QStringLiteral("layer%1Check").arg(i + 1));
        m_layers[i]->setChecked(true);
        m_layers[i]->setToolTip(tr("Encoder layer %1: spatial size S/%2.").arg(i + 1).arg(4 << i));
        layerRow->addWidget(m_layers[i]);
        connect(m_layers[i], &QCheckBox::toggled, this, &BankSettingsForm::changed);
    }
    layerRow->addStretch();

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Encoder:"), m_encoder);
    form->addRow(tr("&Hiera:"), m_hiera);
    form->addRow(tr("&DINOv2:"), m_dino);
    form->addRow(tr("Image si&ze:"), m_size);
    form->addRow(tr("&Prototypes:"), m_mode);
    form->addRow(tr("&K per layer:"), m_k);
    form->addRow(tr("Layers:"), layerRow); // no buddy for a row of boxes: no mnemonic

    setRunDirs({});
    connect(m_encoder, &QComboBox::currentIndexChanged, this, [this] {
        updateEncoderFields();
        emit changed();
    });
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        m_k->setEnabled(m_mode->currentData().toInt() ==
                        int(nexvitad::infer::PrototypeMode::SinkhornKMeans));
        emit changed();
    });
}

void BankSettingsForm::setRunDirs(const QStringList &runDirs)
{
    const QString current = m_encoder->currentData().toString();
    m_encoder->clear();
    m_encoder->addItem(tr("Untrained (seeded random projections)"), QString());
    for (const QString &dir : runDirs)
        m_encoder->addItem(tr("Training run %1").arg(QFileInfo(dir).fileName()), dir);
    m_encoder->setCurrentIndex(std::max(0, m_encoder->findData(current)));
    updateEncoderFields();
}

void BankSettingsForm::updateEncoderFields()
{
    const bool untrained = m_encoder->currentData().toString().isEmpty();
    m_hiera->setEnabled(untrained);
    m_dino->setEnabled(untrained);
    m_size->setEnabled(untrained);
}

std::vector<int> BankSettingsForm::layers() const
{
    std::vector<int> out;
    for (int i = 0; i < 4; ++i)
        if (m_layers[i]->isChecked())
            out.push_back(i + 1);
    return out;
}

void BankSettingsForm::fillRequest(nexvitad::infer::BankBuildRequest &request) const
{
    request.encoder.runDir = m_encoder->currentData().toString();
    request.encoder.hieraSpec = m_hiera->text().trimmed();
    request.encoder.dinoSpec = m_dino->text().trimmed();
    request.encoder.imageSize = m_size->value();
    request.layers = layers();
    request.prototypes = nexvitad::infer::PrototypeMode(m_mode->currentData().toInt());
    request.clustering.k = m_k->value();
}

void BankSettingsForm::showBank(const nexvitad::infer::MemoryBankInfo &info)
{
    const QJsonObject &encoder = info.encoder;
    const QString runDir = encoder.value(QStringLiteral("run_dir")).toString();
    const int run = runDir.isEmpty() ? -1 : m_encoder->findData(runDir);
    // A run that is no longer listed: show its backbones and size as an untrained choice
    // would, rather than another run's.
    m_encoder->setCurrentIndex(std::max(0, run));
    m_hiera->setText(encoder.value(QStringLiteral("hiera")).toString(m_hiera->text()));
    m_dino->setText(encoder.value(QStringLiteral("dinov2")).toString(m_dino->text()));
    m_size->setValue(encoder.value(QStringLiteral("image_size")).toInt(m_size->value()));
    m_mode->setCurrentIndex(std::max(0, m_mode->findData(int(info.prototypes))));
    m_k->setValue(info.clustering.k);
    for (int i = 0; i < 4; ++i)
        m_layers[i]->setChecked(
            std::any_of(info.layers.begin(), info.layers.end(),
                        [i](const nexvitad::infer::BankLayer &l) { return l.stage == i + 1; }));
}

} // namespace nexvitad::ui
