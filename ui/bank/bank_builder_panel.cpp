#include "bank_builder_panel.h"

#include "bank_contents_box.h"
#include "bank_settings_form.h"
#include "good_image_model.h"
#include "prototype_usage_chart.h"

#include "job.h"
#include "project/project_session.h"

#include "common/error.h"
#include "common/runtime.h"
#include "common/settings.h"
#include "data/dataset_scan.h"
#include "store/thread_connection.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

#include <limits>

namespace nexvitad::ui {

using namespace nexvitad;

BankBuilderPanel::BankBuilderPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new GoodImageModel(this))
{
    setObjectName(QStringLiteral("bankBuilderPanel"));
    m_dataset = new QComboBox(this);
    m_dataset->setObjectName(QStringLiteral("datasetCombo"));
    m_class = new QComboBox(this);
    m_class->setObjectName(QStringLiteral("classCombo"));
    m_grid = new QListView(this);
    m_grid->setObjectName(QStringLiteral("goodImageGrid"));
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setIconSize(QSize(GoodImageModel::kThumbnailSide, GoodImageModel::kThumbnailSide));
    m_grid->setGridSize(QSize(GoodImageModel::kThumbnailSide + 24,
                              GoodImageModel::kThumbnailSide + 36));
    m_grid->setModel(m_model);
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("countSpin"));
    m_count->setRange(1, 100000);
    m_count->setValue(10);
    m_count->setToolTip(tr("M good images of the target class (method.md 4; default 10)."));
    m_seed = new QSpinBox(this);
    m_seed->setObjectName(QStringLiteral("seedSpin"));
    m_seed->setRange(0, 1 << 30);
    m_seed->setToolTip(tr("Seed of the random choice, the untrained encoder's projections and "
                          "the clustering; the CLI's bank --seed gives the same bank."));
    auto *random = new QPushButton(tr("Choose M at &random"), this);
    random->setObjectName(QStringLiteral("chooseRandomButton"));
    m_selection = new QLabel(this);
    m_selection->setObjectName(QStringLiteral("selectionLabel"));

    auto *sourceForm = new QFormLayout;
    sourceForm->addRow(tr("&Dataset:"), m_dataset);
    sourceForm->addRow(tr("&Target class:"), m_class);
    auto *randomRow = new QHBoxLayout;
    randomRow->addWidget(new QLabel(tr("M:"), this));
    randomRow->addWidget(m_count);
    randomRow->addWidget(new QLabel(tr("Seed:"), this));
    randomRow->addWidget(m_seed);
    randomRow->addWidget(random);
    randomRow->addStretch();
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addLayout(sourceForm);
    leftLayout->addWidget(m_grid, 1);
    leftLayout->addLayout(randomRow);
    leftLayout->addWidget(m_selection);

    m_settings = new BankSettingsForm(this);
    m_build = new QPushButton(tr("&Build memory bank"), this);
    m_build->setObjectName(QStringLiteral("buildButton"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("bankProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("bankStatus"));
    m_status->setWordWrap(true);
    m_contents = new BankContentsBox(this);
    m_chart = new PrototypeUsageChart(this);
    auto *buildRow = new QHBoxLayout;
    buildRow->addWidget(m_build);
    buildRow->addWidget(m_cancel);
    buildRow->addWidget(m_progress, 1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_settings);
    rightLayout->addLayout(buildRow);
    rightLayout->addWidget(m_status);
    rightLayout->addWidget(m_contents, 1);
    rightLayout->addWidget(m_chart, 1);

    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_dataset, &QComboBox::currentIndexChanged, this, &BankBuilderPanel::scanDataset);
    connect(m_class, &QComboBox::currentIndexChanged, this, &BankBuilderPanel::showClass);
    connect(m_model, &GoodImageModel::checkedCountChanged, this,
            &BankBuilderPanel::updateSelection);
    connect(random, &QPushButton::clicked, this, &BankBuilderPanel::chooseRandom);
    connect(m_build, &QPushButton::clicked, this, &BankBuilderPanel::build);
    connect(m_cancel, &QPushButton::clicked, this, &BankBuilderPanel::cancel);
    connect(m_settings, &BankSettingsForm::changed, this, &BankBuilderPanel::updateSelection);
    connect(m_contents, &BankContentsBox::addRequested, this, [this] {
        const int queued = m_contents->addImages(m_model->checkedImages());
        m_status->setText(tr("%n image(s) queued to add.", nullptr, queued));
    });
    connect(m_contents, &BankContentsBox::reclusterRequested, this, &BankBuilderPanel::applyEdits);
    updateSelection();
}

BankBuilderPanel::~BankBuilderPanel()
{
    delete m_job; // cancels and waits before the widgets it reports to go
}

void BankBuilderPanel::setSession(ProjectSession *session)
{
    m_session = session;
    connect(session, &ProjectSession::opened, this, &BankBuilderPanel::refreshSources);
    connect(session, &ProjectSession::closed, this, &BankBuilderPanel::refreshSources);
    refreshSources();
}

void BankBuilderPanel::startJob(Job *job, std::function<void(const QVariant &)> then)
{
    delete m_job; // a superseded job (e.g. a scan of another dataset): canceled, waited for
    m_job = job;
    setBusy(true);
    m_progress->setValue(0);
    m_progress->setFormat(QStringLiteral("%p%"));
    m_status->setText(job->title());
    auto result = std::make_shared<std::optional<QVariant>>();
    auto message = std::make_shared<QString>();
    showJobProgress(job, m_progress, JobStage::InBar);
    connect(job, &Job::succeeded, this, [result](const QVariant &value) { *result = value; });
    connect(job, &Job::failed, this, [message](const QString &text, const QString &path) {
        *message = failureText(text, path);
    });
    connect(job, &Job::canceled, this, [message] { *message = tr("Canceled."); });
    connect(job, &Job::finished, this, [this, job, result, message, then = std::move(then)] {
        if (m_job != job)
            return; // superseded and deleted
        m_job = nullptr;
        job->deleteLater();
        setBusy(false);
        m_status->setText(*message);
        if (result->has_value())
            then(**result); // may start the next job
        emit jobFinished(result->has_value());
    });
    job->start();
}

void BankBuilderPanel::setBusy(bool busy)
{
    m_dataset->setEnabled(!busy);
    m_class->setEnabled(!busy);
    m_contents->setBusy(busy);
    m_cancel->setEnabled(busy);
    m_progress->setVisible(busy);
    updateSelection(); // the Build button
}

void BankBuilderPanel::cancel()
{
    if (m_job)
        m_job->cancel();
}

void BankBuilderPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_sourcesStale)
        refreshSources();
}

void BankBuilderPanel::refreshSources()
{
    m_sourcesStale = !isVisible();
    if (m_sourcesStale)
        return;
    if (!m_session || !m_session->isOpen()) {
        delete m_job; // its project is gone
        m_job = nullptr;
        setBusy(false);
        m_dataset->clear();
        m_settings->setRunDirs({});
        showBank(BankOutcome());
        return;
    }
    const store::Project project = m_session->project();
    startJob(new Job(tr("Reading the project"), [project](Progress &) {
        const store::ThreadConnectionScope connection{project};
        return QVariant::fromValue(std::make_shared<BankSources>(loadBankSources(project)));
    }, this), [this](const QVariant &value) {
        const auto sources = value.value<std::shared_ptr<BankSources>>();
        m_settings->setRunDirs(sources->runDirs);
        const QString current = m_dataset->currentData().toString();
        const QSignalBlocker block(m_dataset);
        m_dataset->clear();
        for (const ProjectDataset &d : sources->datasets) {
            m_dataset->addItem(d.name, d.root);
            m_dataset->setItemData(m_dataset->count() - 1, d.id, Qt::UserRole + 1);
            m_dataset->setItemData(m_dataset->count() - 1, d.root, Qt::ToolTipRole);
        }
        const int wanted = m_dataset->findData(m_wantedDataset, Qt::UserRole + 1);
        m_wantedDataset = 0;
        m_dataset->setCurrentIndex(wanted >= 0 ? wanted
                                               : std::max(0, m_dataset->findData(current)));
        if (m_dataset->currentData().toString() != current || !m_manifest)
            scanDataset();
    });
}

void BankBuilderPanel::scanDataset()
{
    const QString root = m_dataset->currentData().toString();
    m_manifest.reset();
    if (root.isEmpty()) {
        m_class->clear();
        return;
    }
    // The dataset may have changed since its import: scan it again (read-only, seconds).
    startJob(new Job(tr("Scanning %1").arg(root), [root](Progress &progress) {
        return QVariant::fromValue(std::shared_ptr<const data::Manifest>(
            std::make_shared<data::Manifest>(data::scanDataset(root, {}, progress))));
    }, this), [this](const QVariant &value) {
        m_manifest = value.value<std::shared_ptr<const data::Manifest>>();
        const QSignalBlocker block(m_class);
        m_class->clear();
        for (const data::ClassEntry &entry : m_manifest->classes) {
            const data::Split *good = entry.find(data::SplitKind::TrainGood);
            if (good && !good->images.empty())
                m_class->addItem(entry.name);
        }
        m_class->setCurrentIndex(std::max(0, m_class->findText(m_wantedClass)));
        m_wantedClass.clear();
        showClass();
    });
}

void BankBuilderPanel::showClass()
{
    QStringList images;
    if (m_manifest && m_class->currentIndex() >= 0) // all of them, in the CLI's order
        images = infer::chooseGoodImages(*m_manifest, m_class->currentText(),
                                         std::numeric_limits<int>::max(), 0);
    m_model->setImages(images);
    updateSelection();
}

void BankBuilderPanel::chooseRandom()
{
    if (!m_manifest || m_class->currentIndex() < 0)
        return;
    m_model->setCheckedImages(infer::chooseGoodImages(*m_manifest, m_class->currentText(),
                                                      m_count->value(),
                                                      quint64(m_seed->value())));
}

void BankBuilderPanel::updateSelection()
{
    const int checked = m_model->checkedCount();
    m_selection->setText(tr("%1 of %n good image(s) selected.", nullptr,
                            m_model->rowCount()).arg(checked));
    const bool ready = checked > 0 && !m_settings->layers().empty() && m_session
                       && m_session->isOpen() && !m_session->project().isReadOnly();
    m_build->setEnabled(ready && !m_job);
}

std::optional<QString> BankBuilderPanel::device()
{
    try {
        return runtime::resolveDevice(Settings().device());
    } catch (const Error &e) {
        m_status->setText(e.userText());
        return std::nullopt;
    }
}

void BankBuilderPanel::startBankJob(const QString &title, const store::Project &project,
                                    std::function<BankOutcome(Progress &)> work,
                                    std::function<void()> then)
{
    startJob(new Job(title, [project, work = std::move(work)](Progress &progress) {
        const store::ThreadConnectionScope connection{project};
        return QVariant::fromValue(std::make_shared<BankOutcome>(work(progress)));
    }, this), [this, then = std::move(then)](const QVariant &value) {
        showBank(*value.value<std::shared_ptr<BankOutcome>>());
        then();
    });
}

void BankBuilderPanel::announceRecorded()
{
    m_status->setText(tr("Memory bank %1 saved in the project.").arg(m_bank.bankId));
    emit bankRecorded(m_bank.bankId);
}

void BankBuilderPanel::build()
{
    if (m_job || !m_session || !m_session->isOpen() || m_model->checkedCount() == 0)
        return;
    const std::optional<QString> deviceName = device();
    if (!deviceName)
        return;
    Settings settings;
    BankBuildParams params{m_session->project(), {}, 0, m_class->currentText(),
                           settings.operatorName()};
    params.datasetId = m_dataset->currentData(Qt::UserRole + 1).toLongLong();
    m_settings->fillRequest(params.request);
    params.request.images = m_model->checkedImages();
    params.request.encoder.targetClass =
        params.request.encoder.runDir.isEmpty() ? QString() : params.className;
    // One seed for the choice, the projections and the clustering, as the CLI's --seed.
    params.request.encoder.projectionSeed = quint64(m_seed->value());
    params.request.clustering.seed = quint64(m_seed->value());
    params.request.encoder.modelsDir = settings.modelsDirectory();
    params.request.encoder.device = *deviceName;
    startBankJob(tr("Build memory bank"), params.project,
                 [params](Progress &progress) { return buildProjectBank(params, progress); },
                 [this] { announceRecorded(); });
}

void BankBuilderPanel::openBank(qint64 bankId)
{
    if (!m_session || !m_session->isOpen())
        return;
    const store::Project project = m_session->project();
    startBankJob(tr("Open memory bank %1").arg(bankId), project,
                 [project, bankId](Progress &progress) {
                     return openProjectBank(project, bankId, progress);
                 },
                 [this] {
        m_status->setText(tr("Memory bank %1 opened.").arg(m_bank.bankId));
        // Show the bank's own class, so that its other good images can be added.
        const int dataset = m_dataset->findData(m_bank.datasetId, Qt::UserRole + 1);
        m_wantedClass = m_bank.className;
        if (dataset < 0 && m_bank.datasetId > 0) {
            m_wantedDataset = m_bank.datasetId; // not listed yet (this job superseded that)
            refreshSources();
        } else if (dataset >= 0 && dataset != m_dataset->currentIndex()) {
            m_dataset->setCurrentIndex(dataset); // scans
        } else if (m_class->findText(m_wantedClass) >= 0) {
            m_class->setCurrentIndex(m_class->findText(m_wantedClass));
            m_wantedClass.clear();
        }
    });
}

void BankBuilderPanel::applyEdits()
{
    if (m_job || !m_bank.bank || !m_session || !m_session->isOpen())
        return;
    const std::optional<QString> deviceName = device();
    if (!deviceName)
        return;
    Settings settings;
    const BankEditParams params{m_session->project(), m_bank.bankId,
                                m_contents->pendingRemovals(), m_contents->pendingAdditions(),
                                settings.modelsDirectory(), *deviceName, settings.operatorName()};
    startBankJob(tr("Re-cluster memory bank"), params.project,
                 [params](Progress &progress) { return editProjectBank(params, progress); },
                 [this] { announceRecorded(); });
}

void BankBuilderPanel::showBank(const BankOutcome &outcome)
{
    m_bank = outcome;
    if (!m_bank.bank) {
        m_contents->setBank(nullptr, QString());
        m_chart->clear();
        return;
    }
    const infer::MemoryBankInfo &info = m_bank.bank->info();
    m_settings->showBank(info);
    std::vector<int> stages;
    for (const infer::BankLayer &layer : info.layers)
        stages.push_back(layer.stage);
    const QString prototypes = info.prototypes == infer::PrototypeMode::AllPatches
                                   ? tr("all patches")
                                   : tr("K = %1").arg(info.clustering.k);
    m_contents->setBank(m_bank.bank.get(),
                        tr("Memory bank %1: %n image(s), %2\n%3", nullptr,
                           m_bank.bank->imageCount())
                            .arg(m_bank.bankId)
                            .arg(prototypes, QFileInfo(m_bank.path).fileName()));
    m_chart->setUsage(m_bank.usage, stages);
}

} // namespace nexvitad::ui
