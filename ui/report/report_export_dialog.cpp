#include "report/report_export_dialog.h"

#include "common/error.h"
#include "common/settings.h"
#include "job.h"
#include "project/project_contents.h"
#include "report/report_loader.h"
#include "report/report_record.h"
#include "report/report_writer.h"
#include "store/project.h"
#include "store/recorded_job.h"
#include "store/store_service.h"
#include "store/thread_connection.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace nexvitad::ui {

using namespace nexvitad;

namespace {

constexpr int kPreviewPages = 2;
constexpr double kPreviewDpi = 60;

report::ReportOptions optionsFor(report::PaperSize paper)
{
    const Settings settings;
    report::ReportOptions options;
    options.paper = paper;
    options.language =
        settings.language().isEmpty() ? QLocale::system().name() : settings.language();
    options.operatorName = settings.operatorName();
    return options;
}

// Runs on a job's thread: Project::database() opens that thread's own connection, which
// the job releases when it ends (store::ThreadConnectionScope).
report::ReportData loadData(const store::Project &project, bool evaluation, qint64 id)
{
    return evaluation ? report::loadEvaluationReport(project, id)
                      : report::loadBatchReport(project, id);
}

} // namespace

ReportExportDialog::ReportExportDialog(const store::Project &project, store::StoreService *store,
                                       QWidget *parent)
    : QDialog(parent), m_project(project), m_store(store)
{
    setWindowTitle(tr("Export report"));
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("reportTarget"));
    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("paperSize"));
    m_paper->addItem(tr("A4"), int(report::PaperSize::A4));
    m_paper->addItem(tr("Letter"), int(report::PaperSize::Letter));
    auto *form = new QFormLayout;
    form->addRow(tr("Report on:"), m_target);
    form->addRow(tr("Page size:"), m_paper);

    auto *pages = new QWidget;
    m_pages = new QVBoxLayout(pages);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("previewPages"));
    scroll->setWidget(pages);
    scroll->setWidgetResizable(true);
    scroll->setMinimumSize(560, 480);

    m_status = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("&Export PDF..."), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_cancel = buttons->addButton(tr("Cancel export"), QDialogButtonBox::ActionRole);
    m_cancel->hide();
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &ReportExportDialog::chooseFile);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_exportJob)
            m_exportJob->cancel();
    });
    connect(m_target, &QComboBox::currentIndexChanged, this, &ReportExportDialog::refreshPreview);
    connect(m_paper, &QComboBox::currentIndexChanged, this, &ReportExportDialog::refreshPreview);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    setBusy(true);
    loadTargets();
}

ReportExportDialog::~ReportExportDialog() = default; // the jobs cancel and wait

void ReportExportDialog::loadTargets()
{
    m_status->setText(tr("Reading the project..."));
    m_store->run([](const QSqlDatabase &db) { return project::listProjectItems(db); })
        .then(this,
              [this](const std::vector<project::ProjectItem> &items) {
                  for (const project::ProjectItem &item : items) {
                      const bool evaluation = item.group == project::ItemGroup::Evaluations;
                      if (!evaluation && item.group != project::ItemGroup::Inspections)
                          continue;
                      m_target->addItem(QStringLiteral("%1 - %2").arg(item.title, item.detail),
                                        QVariantList{evaluation, item.id});
                  }
                  setBusy(false);
                  if (m_target->count() == 0)
                      m_status->setText(
                          tr("The project holds no inspection batch or evaluation yet."));
                  refreshPreview();
              })
        .onFailed(this, [this](const nexvitad::Error &e) { m_status->setText(e.userText()); });
}

void ReportExportDialog::refreshPreview()
{
    if (m_target->count() == 0)
        return;
    const QVariantList target = m_target->currentData().toList();
    const bool evaluation = target.value(0).toBool();
    const qint64 id = target.value(1).toLongLong();
    const auto paper = report::PaperSize(m_paper->currentData().toInt());
    const store::Project project = m_project;
    delete m_previewJob; // a newer choice replaces a preview still being painted
    m_previewJob = new Job(
        tr("Report preview"),
        [=](Progress &) {
            const store::ThreadConnectionScope connection{project};
            const report::ReportData data = loadData(project, evaluation, id);
            return QVariant::fromValue(
                report::renderReportPages(data, optionsFor(paper), kPreviewPages, kPreviewDpi));
        },
        this);
    connect(m_previewJob, &Job::succeeded, this, [this](const QVariant &result) {
        while (QLayoutItem *item = m_pages->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        const QList<QImage> images = result.value<QList<QImage>>();
        for (const QImage &image : images) {
            auto *page = new QLabel;
            page->setPixmap(QPixmap::fromImage(image));
            page->setFrameShape(QFrame::Box);
            m_pages->addWidget(page, 0, Qt::AlignHCenter);
        }
        m_previewPages = int(images.size());
        m_status->setText(tr("Preview of the first %n page(s).", nullptr, m_previewPages));
        emit previewReady(m_previewPages);
    });
    connect(m_previewJob, &Job::failed, this,
            [this](const QString &message) { m_status->setText(message); });
    m_previewJob->start();
}

void ReportExportDialog::chooseFile()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export report"), QString(), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportTo(path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)
                     ? path
                     : path + QStringLiteral(".pdf"));
}

void ReportExportDialog::exportTo(const QString &path)
{
    if (m_target->count() == 0 || m_exportJob)
        return;
    const QVariantList target = m_target->currentData().toList();
    const bool evaluation = target.value(0).toBool();
    const qint64 id = target.value(1).toLongLong();
    const report::ReportOptions options =
        optionsFor(report::PaperSize(m_paper->currentData().toInt()));
    const store::Project project = m_project;
    m_exportJob = new Job(
        tr("Export report"),
        [=](Progress &progress) {
            const store::ThreadConnectionScope connection{project};
            auto work = [&] {
                const report::ReportData data = loadData(project, evaluation, id);
                const report::ReportOutcome outcome =
                    report::writeReport(data, options, path, progress);
                if (!project.isReadOnly())
                    report::recordReport(project, data, path);
                return QVariant(outcome.pages);
            };
            // Read-only projects still export; they just cannot keep a copy or a job row.
            if (project.isReadOnly())
                return work();
            // A job of the project like `nexvitad-cli report --project` (data, not UI text).
            const QString command = QStringLiteral("gui: report %1 %2 -> %3")
                                        .arg(evaluation ? QStringLiteral("evaluation")
                                                        : QStringLiteral("batch"))
                                        .arg(id)
                                        .arg(path);
            return store::runRecordedJob(project.database(), QStringLiteral("report"), command,
                                         [&](qint64) { return work(); });
        },
        this);
    showJobProgress(m_exportJob, m_progress);
    connect(m_exportJob, &Job::succeeded, this, [this, path](const QVariant &pages) {
        m_status->setText(
            tr("Wrote %1 (%2 pages).").arg(QDir::toNativeSeparators(path)).arg(pages.toInt()));
        emit exported(path, pages.toInt());
    });
    connect(m_exportJob, &Job::failed, this, [this](const QString &message) {
        m_status->setText(message);
        emit failed(message);
    });
    connect(m_exportJob, &Job::canceled, this,
            [this] { m_status->setText(tr("Export canceled; no file was written.")); });
    connect(m_exportJob, &Job::finished, this, [this] {
        Job *job = m_exportJob;
        m_exportJob = nullptr; // a new export may start while this one is being deleted
        job->deleteLater();
        setBusy(false);
    });
    setBusy(true);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_exportJob->start();
}

void ReportExportDialog::setBusy(bool busy)
{
    m_export->setEnabled(!busy && m_target->count() > 0);
    m_target->setEnabled(!busy);
    m_paper->setEnabled(!busy);
    if (!busy) {
        m_progress->hide();
        m_cancel->hide();
    }
}

} // namespace nexvitad::ui
