#include "import_pages.h"

#include "job.h"

#include "common/error.h"
#include "data/dataset_scan.h"
#include "data/manifest_summary.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace nexvitad::ui {

using nexvitad::data::Manifest;

// ---------------------------------------------------------------- choose folder

ChooseFolderPage::ChooseFolderPage(const QString &initialFolder, QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Choose the dataset folder"));
    setSubTitle(tr("An MVTec AD root (one folder per class), a single class folder, or a "
                   "folder with normal and abnormal subfolders. Nothing in it will be "
                   "changed."));
    m_folder = new QLineEdit(initialFolder, this);
    m_folder->setObjectName(QStringLiteral("folderEdit"));
    m_folder->setPlaceholderText(tr("/path/to/dataset"));
    auto *browse = new QPushButton(tr("Browse..."), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Dataset folder"),
                                                              m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    connect(m_folder, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    registerField(QStringLiteral("folder*"), m_folder);

    auto *row = new QHBoxLayout;
    row->addWidget(m_folder, 1);
    row->addWidget(browse);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addStretch(1);
}

bool ChooseFolderPage::isComplete() const
{
    return QFileInfo(m_folder->text().trimmed()).isDir();
}

// ---------------------------------------------------------------- scan

ScanPage::ScanPage(Manifest *result, QWidget *parent)
    : QWizardPage(parent)
    , m_result(result)
{
    setTitle(tr("Scanning"));
    setSubTitle(tr("Reading the folder, checking every image and mask, hashing the files."));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("scanProgress"));
    m_progress->setRange(0, 1000);
    m_cancel = new QPushButton(tr("Cancel scan"), this);
    m_cancel->setObjectName(QStringLiteral("cancelScanButton"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("scanStatus"));
    m_status->setWordWrap(true);
    m_classes = new QTableWidget(0, 6, this);
    m_classes->setObjectName(QStringLiteral("classTable"));
    m_classes->setHorizontalHeaderLabels({tr("Class"), tr("Train good"), tr("Test good"),
                                          tr("Test defective"), tr("Defect types"),
                                          tr("Example")});
    m_classes->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_classes->verticalHeader()->setVisible(false);
    m_classes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_classes->setIconSize(QSize(64, 64));

    auto *row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_classes, 1);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
}

ScanPage::~ScanPage() = default; // m_job is a child: its destructor cancels and joins

void ScanPage::initializePage()
{
    startScan();
}

void ScanPage::cleanupPage()
{
    // Going back: stop a scan in flight; the next visit starts afresh.
    delete m_job;
    m_job = nullptr;
    m_done = false;
}

bool ScanPage::isComplete() const
{
    return m_done && m_result->usable();
}

void ScanPage::startScan()
{
    delete m_job;
    m_done = false;
    *m_result = Manifest();
    m_classes->setRowCount(0);
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_status->setText(tr("Scanning..."));
    emit completeChanged();

    const QString root = QDir::cleanPath(field(QStringLiteral("folder")).toString().trimmed());
    m_job = new Job(tr("Scanning %1").arg(root), [root](nexvitad::Progress &progress) {
        nexvitad::data::ScanOptions options;
        return QVariant::fromValue(
            std::make_shared<Manifest>(nexvitad::data::scanDataset(root, options, progress)));
    }, this);
    showJobProgress(m_job, m_progress, m_status);
    connect(m_job, &Job::succeeded, this, [this](const QVariant &result) {
        *m_result = *result.value<std::shared_ptr<Manifest>>();
        m_done = true;
        m_progress->setValue(1000);
        showManifest();
        emit completeChanged();
    });
    connect(m_job, &Job::failed, this, [this](const QString &message, const QString &path) {
        m_status->setText(failureText(message, path));
    });
    connect(m_job, &Job::canceled, this,
            [this] { m_status->setText(tr("Scan canceled. Go back to choose another folder.")); });
    connect(m_job, &Job::finished, this, [this] { m_cancel->setEnabled(false); });
    m_job->start();
}

void ScanPage::showManifest()
{
    const nexvitad::data::ManifestSummary summary = nexvitad::data::summarize(*m_result);
    m_status->setText(
        tr("Layout: %1. %n image(s) in %2 class(es); %3 error(s), %4 warning(s).", nullptr,
           summary.images)
            .arg(nexvitad::data::layoutName(m_result->layout))
            .arg(m_result->classes.size())
            .arg(summary.errors)
            .arg(summary.warnings));
    m_classes->setRowCount(int(m_result->classes.size()));
    int row = 0;
    for (const auto &c : m_result->classes) {
        int trainGood = 0, testGood = 0, testDefect = 0;
        for (const auto &s : c.splits) {
            const int n = int(s.images.size());
            if (s.kind == nexvitad::data::SplitKind::TrainGood)
                trainGood += n;
            else if (s.kind == nexvitad::data::SplitKind::TestGood)
                testGood += n;
            else
                testDefect += n;
        }
        const QStringList cells = {c.name, QString::number(trainGood), QString::number(testGood),
                                   QString::number(testDefect), c.defectTypes().join(u", ")};
        for (int col = 0; col < cells.size(); ++col)
            m_classes->setItem(row, col, new QTableWidgetItem(cells[col]));
        ++row;
    }
    showThumbnails();
    m_classes->resizeColumnsToContents();
}

void ScanPage::showThumbnails()
{
    // One small thumbnail per class; QImageReader scales while decoding (cheap).
    int row = 0;
    for (const auto &c : m_result->classes) {
        const nexvitad::data::Split *split = c.find(nexvitad::data::SplitKind::TrainGood);
        if (!split || split->images.empty())
            split = c.splits.empty() ? nullptr : &c.splits.front();
        if (split && !split->images.empty()) {
            QImageReader reader(m_result->absoluteDisplayPath(split->images.front().path));
            reader.setScaledSize(QSize(64, 64));
            const QImage thumb = reader.read();
            auto *item = new QTableWidgetItem;
            item->setIcon(QIcon(QPixmap::fromImage(thumb)));
            m_classes->setItem(row, 5, item);
            m_classes->setRowHeight(row, 68);
        }
        ++row;
    }
}

// ---------------------------------------------------------------- problems

ProblemsPage::ProblemsPage(const Manifest *manifest, QWidget *parent)
    : QWizardPage(parent)
    , m_manifest(manifest)
{
    setTitle(tr("Problems found"));
    setSubTitle(tr("Errors leave the affected images out; warnings and notes keep them."));
    m_summary = new QLabel(this);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("problemTable"));
    m_table->setHorizontalHeaderLabels({tr("Severity"), tr("File"), tr("Problem")});
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *open = new QPushButton(tr("Open file location"), this);
    open->setObjectName(QStringLiteral("openLocationButton"));
    connect(open, &QPushButton::clicked, this, &ProblemsPage::openLocation);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(open, 0, Qt::AlignRight);
}

void ProblemsPage::initializePage()
{
    const auto &problems = m_manifest->problems;
    m_summary->setText(problems.empty() ? tr("No problems found.")
                                        : tr("%n problem(s) found.", nullptr,
                                             int(problems.size())));
    m_table->setRowCount(int(problems.size()));
    int row = 0;
    for (const auto &p : problems) {
        QString severity;
        switch (p.severity) {
        case nexvitad::data::Severity::Error:
            severity = tr("Error");
            break;
        case nexvitad::data::Severity::Warning:
            severity = tr("Warning");
            break;
        case nexvitad::data::Severity::Note:
            severity = tr("Note");
            break;
        }
        m_table->setItem(row, 0, new QTableWidgetItem(severity));
        m_table->setItem(row, 1, new QTableWidgetItem(p.path));
        m_table->setItem(row, 2, new QTableWidgetItem(p.message));
        ++row;
    }
    m_table->resizeColumnsToContents();
}

void ProblemsPage::openLocation()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QString relative = m_table->item(row, 1)->text();
    QFileInfo info(QDir(m_manifest->root).filePath(relative));
    const QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

// ---------------------------------------------------------------- confirm

ConfirmPage::ConfirmPage(const Manifest *manifest, QWidget *parent)
    : QWizardPage(parent)
    , m_manifest(manifest)
{
    setTitle(tr("Add the dataset to the project"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("datasetNameEdit"));
    registerField(QStringLiteral("datasetName*"), m_name);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Name in the project:"), this));
    layout->addWidget(m_name);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    setFinalPage(true);
}

void ConfirmPage::initializePage()
{
    if (m_name->text().isEmpty())
        m_name->setText(QFileInfo(m_manifest->root).fileName());
    m_summary->setText(tr("%n image(s) in %1 class(es) will be recorded with their content "
                          "hashes (manifest %2). The folder itself is not copied or changed.",
                          nullptr, m_manifest->imageCount())
                           .arg(m_manifest->classes.size())
                           .arg(m_manifest->hash().left(12)));
}

bool ConfirmPage::isComplete() const
{
    return !m_name->text().trimmed().isEmpty();
}

} // namespace nexvitad::ui
