#include "settings_dialog.h"

#include "weights_page.h"

#include "common/error.h"
#include "common/precision.h"
#include "common/runtime.h"
#include "common/settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace nexvitad::ui {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    const nexvitad::Settings settings;

    m_device = new QComboBox(this);
    m_device->setObjectName(QStringLiteral("deviceCombo"));
    m_device->addItem(tr("Automatic (CUDA when available)"), QStringLiteral("auto"));
    m_device->addItem(tr("CPU"), QStringLiteral("cpu"));
    m_device->addItem(tr("CUDA"), QStringLiteral("cuda"));
    m_device->setCurrentIndex(m_device->findData(nexvitad::deviceChoiceName(settings.device())));
    m_threads = new QSpinBox(this);
    m_threads->setObjectName(QStringLiteral("threadsSpin"));
    m_threads->setRange(0, 1024);
    m_threads->setSpecialValueText(tr("All cores (%1)").arg(nexvitad::runtime::coreCount()));
    m_threads->setValue(settings.threads());
    m_tensorCache = new QSpinBox(this);
    m_tensorCache->setObjectName(QStringLiteral("tensorCacheSpin"));
    m_tensorCache->setRange(0, 1 << 20);
    m_tensorCache->setSingleStep(256);
    m_tensorCache->setSuffix(tr(" MiB"));
    m_tensorCache->setSpecialValueText(tr("Off"));
    m_tensorCache->setToolTip(tr("Freed tensor memory kept for the next inference. Saves the "
                                 "operating system's page faults on large batches; the "
                                 "memory stays reserved by this program."));
    m_tensorCache->setValue(settings.tensorCacheMiB());
    m_precision = new QComboBox(this);
    m_precision->setObjectName(QStringLiteral("precisionCombo"));
    m_precision->addItem(tr("fp32 (exact; the default)"), QStringLiteral("fp32"));
    m_precision->addItem(tr("bf16 (faster on CPUs with AVX512_BF16 and on CUDA)"),
                         QStringLiteral("bf16"));
    m_precision->setToolTip(tr("Number format of the backbones' and the training step's "
                               "products. bf16 rounds their inputs to 8 significant bits and "
                               "sums in fp32; scores change slightly (docs/performance.md)."));
    if (const QString problem = nexvitad::runtime::cpuBf16Problem();
        !problem.isEmpty() && !nexvitad::runtime::cudaAvailable()) {
        // Offered only where it can run; the item says why not.
        auto *model = qobject_cast<QStandardItemModel *>(m_precision->model());
        QStandardItem *bf16 = model ? model->item(1) : nullptr;
        if (bf16) {
            bf16->setEnabled(false);
            bf16->setToolTip(problem);
        }
    }
    m_precision->setCurrentIndex(
        m_precision->findData(nexvitad::precisionName(settings.precision())));
    m_modelsDir = new QLineEdit(settings.modelsDirectory(), this);
    m_modelsDir->setObjectName(QStringLiteral("modelsDirEdit"));
    m_operator = new QLineEdit(settings.operatorName(), this);
    m_operator->setObjectName(QStringLiteral("operatorEdit"));

    auto *general = new QWidget(this);
    auto *form = new QFormLayout(general);
    form->addRow(tr("Device"), m_device);
    form->addRow(tr("Threads"), m_threads);
    form->addRow(tr("Tensor memory cache"), m_tensorCache);
    form->addRow(tr("Precision"), m_precision);
    form->addRow(tr("Models directory"), m_modelsDir);
    form->addRow(tr("Operator (reports)"), m_operator);

    m_weights = new WeightsPage(this);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(general, tr("General"));
    tabs->addTab(m_weights, tr("Backbone weights"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(760, 520);
}

void SettingsDialog::accept()
{
    nexvitad::Settings settings;
    nexvitad::DeviceChoice device = nexvitad::DeviceChoice::Auto;
    nexvitad::parseDeviceChoice(m_device->currentData().toString(), &device);
    settings.setDevice(device);
    settings.setThreads(m_threads->value());
    nexvitad::runtime::configureThreads(m_threads->value());
    settings.setTensorCacheMiB(m_tensorCache->value());
    nexvitad::runtime::configureTensorCache(m_tensorCache->value());
    nexvitad::Precision precision = nexvitad::Precision::Float32;
    nexvitad::parsePrecision(m_precision->currentData().toString(), &precision);
    try {
        nexvitad::runtime::configurePrecision(precision);
        settings.setPrecision(precision);
    } catch (const nexvitad::Error &e) {
        QMessageBox::warning(this, tr("Precision"), e.userText());
        return;
    }
    settings.setModelsDirectory(m_modelsDir->text().trimmed());
    settings.setOperatorName(m_operator->text().trimmed());
    settings.sync();
    QDialog::accept();
}

} // namespace nexvitad::ui
