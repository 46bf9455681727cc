#include "weights_page.h"

#include "job.h"
#include "widgets/untrained_banner.h"

#include "backbones/model_registry.h"
#include "backbones/weights_download.h"
#include "backbones/weights_import.h"
#include "common/settings.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace nexvitad::ui {

namespace bb = nexvitad::backbones;

WeightsPage::WeightsPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("weightsPage"));
    // Same look as the banner on results: without weights, every result is untrained.
    m_banner = new UntrainedBanner(this);
    m_banner->setText(tr("<b>No pretrained backbone weights.</b> Without Hiera and DINOv2 "
                         "weights, trainings and memory banks use seeded random "
                         "(\"untrained\") backbones: their results show how the workstation "
                         "works, not how well NexViTAD detects defects. Download or import the "
                         "weights below."));
    m_folder = new QLabel(this);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("weightsTable"));
    m_table->setHorizontalHeaderLabels({tr("Model"), tr("Family"), tr("Status"), tr("Size")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_download = new QPushButton(tr("Download"), this);
    m_download->setObjectName(QStringLiteral("downloadButton"));
    m_download->setToolTip(tr("Download the selected model from the Hugging Face hub; an "
                              "interrupted download resumes where it stopped."));
    m_import = new QPushButton(tr("Import from file..."), this);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("weightsStatus"));
    m_status->setWordWrap(true);

    connect(m_download, &QPushButton::clicked, this, [this] { download(selectedName()); });
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Import backbone weights"), QString(),
            tr("safetensors files (*.safetensors)"));
        if (!file.isEmpty())
            importFile(file, selectedName());
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_download);
    buttons->addWidget(m_import);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_folder);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    refresh();
}

void WeightsPage::refresh()
{
    const QString dir = nexvitad::Settings().modelsDirectory();
    m_folder->setText(tr("Models directory: %1").arg(dir));
    const auto &models = bb::knownModels();
    m_table->setRowCount(int(models.size()));
    bool hiera = false, dinov2 = false; // a valid file of each family
    for (int row = 0; row < int(models.size()); ++row) {
        const bb::KnownModel &m = models[row];
        const bb::WeightsStatus s = bb::weightsStatus(m, dir);
        (m.family == bb::Family::Hiera ? hiera : dinov2) |= s.valid;
        QString status;
        if (s.valid)
            status = tr("present");
        else if (s.exists)
            status = tr("invalid: %1").arg(s.problem);
        else if (s.partialBytes > 0)
            status = tr("partly downloaded (%1)").arg(QLocale().formattedDataSize(s.partialBytes));
        else
            status = tr("missing");
        const QStringList cells = {m.name, bb::familyName(m.family), status,
                                   s.exists ? QLocale().formattedDataSize(s.bytes) : QString()};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
    m_table->resizeColumnsToContents();
    m_banner->setUntrained(!hiera || !dinov2);
}

QString WeightsPage::selectedName() const
{
    const int row = m_table->currentRow();
    return row < 0 ? QString() : m_table->item(row, 0)->text();
}

QString WeightsPage::statusText() const
{
    return m_status->text();
}

void WeightsPage::startJob(const QString &title,
                           std::function<QVariant(nexvitad::Progress &)> work)
{
    m_job = new Job(title, std::move(work), this);
    m_download->setEnabled(false);
    m_import->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setValue(0);
    m_status->setText(title);
    showJobProgress(m_job, m_progress);
    connect(m_job, &Job::succeeded, this, [this](const QVariant &message) {
        m_status->setText(message.toString());
        emit jobFinished(true);
    });
    connect(m_job, &Job::failed, this, [this](const QString &message, const QString &path) {
        m_status->setText(failureText(message, path));
        emit jobFinished(false);
    });
    connect(m_job, &Job::canceled, this, [this] {
        m_status->setText(tr("Canceled. A partial download is kept and resumes next time."));
        emit jobFinished(false);
    });
    connect(m_job, &Job::finished, this, [this] {
        m_job->deleteLater();
        m_job = nullptr;
        m_download->setEnabled(true);
        m_import->setEnabled(true);
        m_cancel->setEnabled(false);
        refresh();
    });
    m_job->start();
}

bool WeightsPage::download(const QString &name)
{
    const bb::KnownModel *model = bb::findKnownModel(name);
    if (m_job || !model)
        return false;
    const QString dir = nexvitad::Settings().modelsDirectory();
    const bb::KnownModel copy = *model;
    startJob(tr("Downloading %1...").arg(name), [copy, dir](nexvitad::Progress &progress) {
        const bb::DownloadResult r = bb::downloadWeights(copy, dir, progress);
        return QVariant(r.alreadyPresent ? tr("%1 is already present.").arg(copy.name)
                                         : tr("Downloaded %1 (%2).")
                                               .arg(copy.name,
                                                    QLocale().formattedDataSize(r.bytes)));
    });
    return true;
}

bool WeightsPage::importFile(const QString &file, const QString &name)
{
    if (m_job)
        return false;
    const QString dir = nexvitad::Settings().modelsDirectory();
    startJob(tr("Importing %1...").arg(file), [file, dir, name](nexvitad::Progress &progress) {
        const bb::ImportResult r = bb::importWeights(file, dir, name, progress);
        return QVariant(tr("Imported %1 as %2.").arg(file, r.name));
    });
    return true;
}

} // namespace nexvitad::ui
