#include "batch_review_panel.h"

#include "batch_table_model.h"
#include "batch_work.h"
#include "job.h"
#include "project/project_session.h"
#include "review/review_viewer.h"
#include "widgets/untrained_banner.h"

#include "common/settings.h"
#include "project/project_contents.h"
#include "store/result_records.h"
#include "store/store_service.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>

namespace nexvitad::ui {

BatchReviewPanel::BatchReviewPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("batchReviewPanel"));
    m_model = new BatchTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(BatchTableModel::kSortRole);
    m_proxy->setFilterRole(BatchTableModel::kVerdictRole);
    m_proxy->setFilterKeyColumn(BatchTableModel::VerdictColumn);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("batchTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BatchTableModel::ScoreColumn, Qt::DescendingOrder);
    m_table->verticalHeader()->setDefaultSectionSize(60);
    m_table->verticalHeader()->hide();
    m_table->setIconSize(QSize(56, 56));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_inspectButton = new QPushButton(tr("Inspect images..."), this);
    m_inspectButton->setObjectName(QStringLiteral("inspectImagesButton"));
    m_batches = new QComboBox(this);
    m_batches->setObjectName(QStringLiteral("batchCombo"));
    m_batches->setToolTip(tr("Inspection batches recorded in the project"));
    m_batches->setMinimumContentsLength(24);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("verdictFilter"));
    m_filter->addItem(tr("All"), QString());
    m_filter->addItem(tr("Fail"), QStringLiteral("fail"));
    m_filter->addItem(tr("Review"), QStringLiteral("review"));
    m_filter->addItem(tr("Pass"), QStringLiteral("pass"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("batchProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setVisible(false);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelBatchButton"));
    m_cancelButton->setVisible(false);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("verdictCounts"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("batchStatus"));
    m_status->setWordWrap(true);
    m_comment = new QLineEdit(this);
    m_comment->setObjectName(QStringLiteral("reviewComment"));
    m_comment->setPlaceholderText(tr("Comment for the next decision (optional)"));
    m_banner = new UntrainedBanner(this);
    m_viewer = new ReviewViewer(this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_inspectButton);
    bar->addWidget(new QLabel(tr("Batch:"), this));
    bar->addWidget(m_batches, 1);
    bar->addWidget(new QLabel(tr("Show:"), this));
    bar->addWidget(m_filter);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancelButton);
    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_counts);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_comment);
    auto *split = new QSplitter(this);
    split->addWidget(list);
    split->addWidget(m_viewer);
    split->setSizes({480, 720});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    connect(m_inspectButton, &QPushButton::clicked, this, &BatchReviewPanel::chooseAndInspect);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    connect(m_batches, &QComboBox::activated, this,
            [this](int index) { openBatch(m_batches->itemData(index).toLongLong()); });
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        const QString key = m_filter->currentData().toString();
        m_proxy->setFilterRegularExpression(key.isEmpty() ? QString() : QLatin1Char('^') + key
                                                                             + QLatin1Char('$'));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BatchReviewPanel::showSelected);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &BatchReviewPanel::updateCounts);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BatchReviewPanel::updateCounts);
    updateCounts();

    const std::pair<Qt::Key, std::function<void()>> keys[] = {
        {Qt::Key_J, [this] { selectNext(); }},
        {Qt::Key_K, [this] { selectPrevious(); }},
        {Qt::Key_A, [this] { decide(QStringLiteral("accept")); }},
        {Qt::Key_R, [this] { decide(QStringLiteral("reject")); }},
        {Qt::Key_U, [this] { decide(QStringLiteral("unsure")); }},
    };
    for (const auto &[key, action] : keys) {
        auto *shortcut = new QShortcut(QKeySequence(key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, action);
    }
}

BatchReviewPanel::~BatchReviewPanel()
{
    delete m_job; // cancels and waits: its worker posts to this panel
}

void BatchReviewPanel::setSession(ProjectSession *session)
{
    m_session = session;
    auto projectChanged = [this] {
        if (m_info.batchId) { // a recorded batch belongs to the project that went away
            ++m_generation;
            m_model->clear();
            showInfo(BatchInfo{});
        }
        refreshBatches();
    };
    connect(session, &ProjectSession::opened, this, projectChanged);
    connect(session, &ProjectSession::closed, this, projectChanged);
    refreshBatches();
}

void BatchReviewPanel::refreshBatches()
{
    m_batches->clear();
    if (!m_session || !m_session->isOpen())
        return;
    m_session->store()
        ->run([](const QSqlDatabase &db) { return nexvitad::project::listProjectItems(db); })
        .then(this, [this](const std::vector<nexvitad::project::ProjectItem> &items) {
            m_batches->clear();
            for (const auto &item : items)
                if (item.group == nexvitad::project::ItemGroup::Inspections)
                    m_batches->addItem(tr("%1 (%2)").arg(item.title, item.detail), item.id);
            const int current = m_batches->findData(m_info.batchId);
            m_batches->setCurrentIndex(m_info.batchId ? current : -1);
        });
}

void BatchReviewPanel::chooseAndInspect()
{
    const QString bank = QFileDialog::getOpenFileName(this, tr("Memory bank"), QString(),
                                                      tr("Memory banks (*.bank)"));
    if (bank.isEmpty())
        return;
    QMessageBox ask(QMessageBox::Question, tr("Inspect images"),
                    tr("Inspect a folder of images or chosen image files?"),
                    QMessageBox::Cancel, this);
    QAbstractButton *folderButton = ask.addButton(tr("Folder..."), QMessageBox::AcceptRole);
    ask.addButton(tr("Files..."), QMessageBox::AcceptRole);
    if (ask.exec() == QMessageBox::Cancel)
        return;
    QStringList inputs;
    if (ask.clickedButton() == folderButton) {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder of images"));
        if (!folder.isEmpty())
            inputs << folder;
    } else {
        inputs = QFileDialog::getOpenFileNames(this, tr("Images"), QString(),
                                               tr("Images (*.png *.jpg *.jpeg *.bmp *.tif "
                                                  "*.tiff)"));
    }
    if (!inputs.isEmpty())
        inspect(bank, inputs);
}

void BatchReviewPanel::inspect(const QString &bankPath, const QStringList &inputs)
{
    if (m_job)
        return;
    const nexvitad::Settings settings;
    BatchInspectionParams params;
    params.bankPath = bankPath;
    params.inputs = inputs;
    params.modelsDir = settings.modelsDirectory();
    params.device = settings.device();
    params.operatorName = settings.operatorName();
    if (m_session && m_session->isOpen() && !m_session->project().isReadOnly())
        params.project = m_session->project();
    const quint64 generation = ++m_generation;
    m_model->clear();
    showInfo(BatchInfo{});
    startJob(new Job(tr("Inspect images"), [this, params, generation](nexvitad::Progress &progress) {
        struct Release // the worker's own database connection ends with the worker
        {
            const BatchInspectionParams &p;
            ~Release()
            {
                if (p.project)
                    p.project->releaseThreadConnection();
            }
        } release{params};
        // Queued to the GUI thread; results of a superseded run are dropped there.
        inspectBatch(
            params, progress,
            [&](const BatchInfo &info) {
                QMetaObject::invokeMethod(this, [this, generation, info] {
                    if (generation == m_generation)
                        showInfo(info);
                }, Qt::QueuedConnection);
            },
            [&](const BatchRow &row) {
                QMetaObject::invokeMethod(this, [this, generation, row] {
                    if (generation == m_generation)
                        m_model->append(row);
                }, Qt::QueuedConnection);
            });
        return QVariant();
    }, this));
}

void BatchReviewPanel::openBatch(qint64 batchId)
{
    if (m_job || !m_session || !m_session->isOpen())
        return;
    ++m_generation;
    const nexvitad::store::Project project = m_session->project();
    Job *job = new Job(tr("Open inspection batch"), [project, batchId](nexvitad::Progress &progress) {
        auto stored = std::make_shared<StoredBatch>(loadStoredBatch(project, batchId, progress));
        project.releaseThreadConnection();
        return QVariant::fromValue(stored);
    }, this);
    connect(job, &Job::succeeded, this, [this](const QVariant &result) {
        const auto stored = result.value<std::shared_ptr<StoredBatch>>();
        showInfo(stored->info);
        m_model->setRows(std::move(stored->rows));
    });
    startJob(job);
}

void BatchReviewPanel::startJob(Job *job)
{
    m_job = job;
    m_inspectButton->setEnabled(false);
    m_batches->setEnabled(false);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancelButton->setVisible(true);
    m_status->setText(job->title());
    showJobProgress(job, m_progress);
    connect(job, &Job::succeeded, this, [this] { finishJob(true, QString()); });
    connect(job, &Job::failed, this, [this](const QString &message, const QString &path) {
        finishJob(false, failureText(message, path));
    });
    connect(job, &Job::canceled, this, [this] { finishJob(false, tr("Canceled.")); });
    connect(job, &Job::finished, this, [this, job] {
        if (m_job == job)
            m_job = nullptr;
        job->deleteLater();
        m_inspectButton->setEnabled(true);
        m_batches->setEnabled(true);
        m_progress->setVisible(false);
        m_cancelButton->setVisible(false);
        emit batchFinished(m_status->property("ok").toBool());
    });
    job->start();
}

void BatchReviewPanel::finishJob(bool ok, const QString &message)
{
    m_status->setProperty("ok", ok);
    m_status->setText(ok ? tr("%n image(s) in this batch.", nullptr, m_model->rowCount())
                         : message);
    if (ok && m_info.batchId)
        emit batchRecorded(m_info.batchId);
    if (ok && !m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, BatchTableModel::FileColumn));
    m_table->setFocus();
    refreshBatches();
}

void BatchReviewPanel::showInfo(const BatchInfo &info)
{
    m_info = info;
    m_banner->setUntrained(info.untrained);
}

int BatchReviewPanel::currentRow() const
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    return current.isValid() ? current.row() : -1;
}

void BatchReviewPanel::step(int delta)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_table->currentIndex();
    const int next = current.isValid() ? qBound(0, current.row() + delta, rows - 1) : 0;
    m_table->setCurrentIndex(m_proxy->index(next, BatchTableModel::FileColumn));
}

void BatchReviewPanel::showSelected()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const BatchRow data = m_model->row(row);
    const std::optional<float> threshold = m_info.pixelThreshold;
    const quint64 serial = ++m_imageSerial;
    auto *load = new Job(tr("Load image"), [data, threshold](nexvitad::Progress &) {
        return QVariant::fromValue(loadReviewImage(data, threshold));
    }, this);
    connect(load, &Job::succeeded, this, [this, serial, threshold, data](const QVariant &image) {
        if (serial != m_imageSerial)
            return; // another image was selected meanwhile
        m_viewer->setReviewImage(image.value<ReviewImage>());
        m_viewer->setExplanationContext({data.bankPath, data.imagePath, data.explanation});
        if (threshold)
            m_viewer->setThreshold(*threshold);
        emit imageShown(currentRow());
    });
    connect(load, &Job::finished, load, &QObject::deleteLater);
    load->start();
}

void BatchReviewPanel::decide(const QString &decision)
{
    const int row = currentRow();
    nexvitad::store::ReviewDecision value;
    if (row < 0 || !nexvitad::store::parseReviewDecision(decision, &value))
        return;
    const QString reviewer = nexvitad::Settings().operatorName();
    const QString comment = m_comment->text().trimmed();
    m_comment->clear();
    const qint64 id = m_model->row(row).inspectionId;
    if (id == 0 || !m_session || !m_session->isOpen()) {
        m_model->setDecision(row, decision, reviewer, comment);
        m_status->setText(tr("Decision kept in this list only: the batch is not recorded in a "
                             "project."));
        return;
    }
    m_session->store()
        ->run([=](const QSqlDatabase &db) {
            nexvitad::store::reviewInspection(db, id, value, reviewer, comment);
            return id;
        })
        .then(this,
              [this, decision, reviewer, comment](qint64 stored) {
                  const int at = m_model->findInspection(stored);
                  if (at >= 0)
                      m_model->setDecision(at, decision, reviewer, comment);
                  emit decisionStored(stored, decision);
              })
        .onFailed(this, [this](const std::exception &e) {
            m_status->setText(
                tr("Cannot store the decision: %1").arg(QString::fromLocal8Bit(e.what())));
        });
}

void BatchReviewPanel::updateCounts()
{
    m_counts->setText(tr("Pass: %1   Review: %2   Fail: %3")
                          .arg(m_model->verdictCount(QStringLiteral("pass")))
                          .arg(m_model->verdictCount(QStringLiteral("review")))
                          .arg(m_model->verdictCount(QStringLiteral("fail"))));
}

} // namespace nexvitad::ui
