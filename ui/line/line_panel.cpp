#include "line_panel.h"

#include "job.h"
#include "line_feed_model.h"
#include "project/project_session.h"
#include "score_sparkline.h"
#include "widgets/untrained_banner.h"

#include "common/error.h"
#include "common/runtime.h"
#include "common/settings.h"
#include "store/project.h"
#include "store/result_records.h"
#include "store/store_service.h"
#include "store/thread_connection.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace nexvitad::ui {

namespace {
constexpr int kThumbnail = 48;
constexpr int kInspectionRole = Qt::UserRole;

QLineEdit *pathEdit(QWidget *parent, const QString &objectName, const QString &key)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setText(QSettings().value(QStringLiteral("line/") + key).toString());
    return edit;
}

// A line edit with a browse button; `file` picks a file, else a folder.
QWidget *browseRow(QLineEdit *edit, bool file, const QString &filter = {})
{
    auto *row = new QWidget(edit->parentWidget());
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto *browse = new QPushButton(LinePanel::tr("Browse..."), row);
    layout->addWidget(browse);
    QObject::connect(browse, &QPushButton::clicked, edit, [edit, file, filter] {
        const QString chosen =
            file ? QFileDialog::getOpenFileName(edit, LinePanel::tr("Choose a file"), edit->text(),
                                                filter)
                 : QFileDialog::getExistingDirectory(edit, LinePanel::tr("Choose a folder"),
                                                     edit->text());
        if (!chosen.isEmpty())
            edit->setText(chosen);
    });
    return row;
}
} // namespace

LinePanel::LinePanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("linePanel"));
    m_feed = new LineFeedModel(200, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createForm());
    m_untrained = new UntrainedBanner(this);
    layout->addWidget(m_untrained);
    layout->addWidget(createStatus());

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_feedView = new QTableView(split);
    m_feedView->setObjectName(QStringLiteral("lineFeed"));
    m_feedView->setModel(m_feed);
    m_feedView->setIconSize(QSize(kThumbnail, kThumbnail));
    m_feedView->verticalHeader()->setDefaultSectionSize(kThumbnail + 4);
    m_feedView->verticalHeader()->hide();
    m_feedView->horizontalHeader()->setSectionResizeMode(LineFeedModel::FileColumn,
                                                         QHeaderView::Stretch);
    m_feedView->setSelectionBehavior(QAbstractItemView::SelectRows);
    split->addWidget(m_feedView);
    split->addWidget(createQueue());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    setWatching(false);
}

LinePanel::~LinePanel() = default; // the Job (a child) cancels and waits for its thread

QWidget *LinePanel::createForm()
{
    auto *form = new QWidget(this);
    auto *grid = new QFormLayout(form);
    m_bank = pathEdit(form, QStringLiteral("lineBank"), QStringLiteral("bank"));
    m_folder = pathEdit(form, QStringLiteral("lineFolder"), QStringLiteral("folder"));
    m_output = pathEdit(form, QStringLiteral("lineOutput"), QStringLiteral("output"));
    m_moveTo = pathEdit(form, QStringLiteral("lineMoveTo"), QStringLiteral("moveTo"));
    m_output->setPlaceholderText(tr("optional with a project: maps, overlays and line.csv"));
    m_moveTo->setPlaceholderText(tr("optional: leave inspected images where they are"));
    grid->addRow(tr("Memory bank:"), browseRow(m_bank, true, tr("Memory banks (*.bank)")));
    grid->addRow(tr("Watch folder:"), browseRow(m_folder, false));
    grid->addRow(tr("Output folder:"), browseRow(m_output, false));
    grid->addRow(tr("Move inspected images to:"), browseRow(m_moveTo, false));
    m_overlays = new QComboBox(form);
    m_overlays->addItem(tr("Images that did not pass"), QStringLiteral("flagged"));
    m_overlays->addItem(tr("All images"), QStringLiteral("all"));
    m_overlays->addItem(tr("None"), QStringLiteral("none"));
    auto *buttons = new QWidget(form);
    auto *row = new QHBoxLayout(buttons);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_overlays);
    row->addStretch(1);
    m_startButton = new QPushButton(tr("Start watching"), buttons);
    m_startButton->setObjectName(QStringLiteral("lineStart"));
    m_stopButton = new QPushButton(tr("Stop"), buttons);
    m_stopButton->setObjectName(QStringLiteral("lineStop"));
    row->addWidget(m_startButton);
    row->addWidget(m_stopButton);
    grid->addRow(tr("Overlays for:"), buttons);
    connect(m_startButton, &QPushButton::clicked, this, qOverload<>(&LinePanel::start));
    connect(m_stopButton, &QPushButton::clicked, this, &LinePanel::stop);
    return form;
}

QWidget *LinePanel::createStatus()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *labels = new QHBoxLayout();
    m_state = new QLabel(box);
    m_state->setObjectName(QStringLiteral("lineState"));
    m_counters = new QLabel(box);
    m_counters->setObjectName(QStringLiteral("lineCounters"));
    m_counters->setTextFormat(Qt::RichText);
    m_rate = new QLabel(box);
    m_rate->setObjectName(QStringLiteral("lineRate"));
    labels->addWidget(m_state, 1);
    labels->addWidget(m_counters);
    labels->addWidget(m_rate);
    layout->addLayout(labels);
    m_drift = new QLabel(box);
    m_drift->setObjectName(QStringLiteral("lineDrift"));
    m_drift->setWordWrap(true);
    m_drift->hide();
    layout->addWidget(m_drift);
    m_sparkline = new ScoreSparkline(120, box);
    m_sparkline->setMaximumHeight(160);
    layout->addWidget(m_sparkline);
    return box;
}

QWidget *LinePanel::createQueue()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("<b>Waiting for a decision</b> (review band)"), box));
    m_queue = new QListWidget(box);
    m_queue->setObjectName(QStringLiteral("lineReviewQueue"));
    m_queue->setIconSize(QSize(kThumbnail, kThumbnail));
    layout->addWidget(m_queue, 1);
    auto *buttons = new QHBoxLayout();
    struct Decision
    {
        QString key, text;
        Qt::Key shortcut;
    };
    const Decision decisions[] = {{QStringLiteral("accept"), tr("Accept (A)"), Qt::Key_A},
                                  {QStringLiteral("reject"), tr("Reject (R)"), Qt::Key_R},
                                  {QStringLiteral("unsure"), tr("Unsure (U)"), Qt::Key_U}};
    for (const auto &[key, text, shortcut] : decisions) {
        auto *button = new QPushButton(text, box);
        button->setObjectName(QStringLiteral("line_") + key);
        button->setShortcut(QKeySequence(shortcut));
        connect(button, &QPushButton::clicked, this, [this, key = key] { decide(key); });
        buttons->addWidget(button);
    }
    layout->addLayout(buttons);
    m_queueNote = new QLabel(box);
    m_queueNote->setObjectName(QStringLiteral("lineQueueNote"));
    m_queueNote->setWordWrap(true);
    layout->addWidget(m_queueNote);
    return box;
}

void LinePanel::setSession(ProjectSession *session)
{
    m_session = session;
}

QString LinePanel::stateText() const
{
    return m_state->text();
}

void LinePanel::start(const QString &bankPath, const QString &folder, const QString &outputFolder,
                      const QString &moveTo)
{
    m_bank->setText(bankPath);
    m_folder->setText(folder);
    m_output->setText(outputFolder);
    m_moveTo->setText(moveTo);
    start();
}

void LinePanel::start()
{
    if (m_job)
        return;
    const nexvitad::Settings settings;
    nexvitad::line::WatchOptions o;
    o.bankPath = m_bank->text().trimmed();
    o.inputFolder = m_folder->text().trimmed();
    o.outputFolder = m_output->text().trimmed();
    o.moveTo = m_moveTo->text().trimmed();
    o.overlays = nexvitad::line::overlayPolicyFromName(m_overlays->currentData().toString());
    o.thumbnailSize = kThumbnail;
    o.inspector.modelsDir = settings.modelsDirectory();
    o.inspector.device = nexvitad::runtime::resolveDevice(settings.device());
    o.actor = settings.operatorName();
    if (m_session && m_session->isOpen() && !m_session->project().isReadOnly())
        o.project = m_session->project();
    QSettings remembered;
    remembered.setValue(QStringLiteral("line/bank"), o.bankPath);
    remembered.setValue(QStringLiteral("line/folder"), o.inputFolder);
    remembered.setValue(QStringLiteral("line/output"), o.outputFolder);
    remembered.setValue(QStringLiteral("line/moveTo"), o.moveTo);

    const quint64 generation = ++m_generation;
    m_stats = {};
    m_feed->clear();
    m_sparkline->clear();
    m_queue->clear();
    m_drift->hide();
    m_queueNote->setText(o.project ? QString()
                                   : tr("No project is open: decisions are not recorded."));
    auto post = [this, generation](auto call) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, call] {
                if (generation == m_generation)
                    call();
            },
            Qt::QueuedConnection);
    };
    m_job = new Job(tr("Watch folder"), [this, o, post](nexvitad::Progress &progress) {
        std::optional<nexvitad::store::ThreadConnectionScope> release;
        if (o.project)
            release.emplace(nexvitad::store::ThreadConnectionScope{*o.project});
        nexvitad::line::LineWatcher watcher(o);
        const bool untrained = watcher.inspector().untrainedBackbone();
        const nexvitad::infer::ThresholdSet thresholds = watcher.inspector().thresholds();
        const qint64 done = watcher.stats().alreadyDone;
        const nexvitad::line::DriftStatus drift = watcher.stats().drift;
        post([=, this] { showStarted(untrained, thresholds, done, drift); });
        nexvitad::line::LineCallbacks callbacks;
        callbacks.item = [&](const nexvitad::line::LineItem &item,
                             const nexvitad::line::LineStats &stats) {
            post([=, this] { showItem(item, stats); });
        };
        callbacks.notice = [&](const QString &text) {
            post([=, this] { m_queueNote->setText(text); });
        };
        callbacks.drift = [&](nexvitad::line::DriftTransition transition,
                              const nexvitad::line::DriftStatus &) {
            post([=, this] { emit driftChanged(transition == nexvitad::line::DriftTransition::WarningRaised); });
        };
        watcher.run(progress, callbacks);
        return QVariant();
    }, this);
    connect(m_job, &Job::succeeded, this, [this] {
        m_state->setText(tr("Stopped."));
        emit watchingStopped(true, QString());
    });
    connect(m_job, &Job::failed, this, [this](const QString &message, const QString &path) {
        const QString text = failureText(message, path);
        m_state->setText(tr("Stopped: %1").arg(text));
        emit watchingStopped(false, text);
    });
    connect(m_job, &Job::canceled, this, [this] {
        m_state->setText(tr("Stopped."));
        emit watchingStopped(true, QString());
    });
    connect(m_job, &Job::finished, this, [this] {
        m_job->deleteLater();
        m_job = nullptr;
        setWatching(false);
    });
    m_state->setText(tr("Loading the memory bank..."));
    setWatching(true);
    m_job->start();
}

void LinePanel::stop()
{
    if (!m_job)
        return;
    m_state->setText(tr("Stopping after the images in progress..."));
    m_job->cancel();
}

void LinePanel::setWatching(bool watching)
{
    m_startButton->setEnabled(!watching);
    m_stopButton->setEnabled(watching);
    for (QLineEdit *edit : {m_bank, m_folder, m_output, m_moveTo})
        edit->setEnabled(!watching);
    m_overlays->setEnabled(!watching);
}

void LinePanel::showStarted(bool untrained, const nexvitad::infer::ThresholdSet &thresholds,
                            qint64 alreadyDone, const nexvitad::line::DriftStatus &drift)
{
    m_untrained->setUntrained(untrained);
    m_sparkline->setThresholds(thresholds);
    m_stats.alreadyDone = alreadyDone;
    m_stats.drift = drift;
    showDrift(drift);
    QString text = tr("Watching %1 (%n image(s) done before).", nullptr, int(alreadyDone))
                       .arg(m_folder->text());
    if (!thresholds.image && !thresholds.imageReview)
        text += QLatin1Char(' ') + tr("The bank has no image threshold: no image gets a verdict.");
    m_state->setText(text);
    showStats();
    emit watchingStarted();
}

void LinePanel::showItem(const nexvitad::line::LineItem &item,
                         const nexvitad::line::LineStats &stats)
{
    m_stats = stats;
    m_feed->prepend(item);
    showDrift(stats.drift);
    const QString key = LineFeedModel::verdictKey(item);
    if (!item.unreadable)
        m_sparkline->add(item.score, key);
    if (key == QLatin1String("review") || key == QLatin1String("none")) {
        auto *entry = new QListWidgetItem(
            QIcon(QPixmap::fromImage(item.thumbnail)),
            tr("%1  score %2").arg(item.file.name).arg(double(item.score), 0, 'f', 4));
        entry->setData(kInspectionRole, item.inspectionId);
        entry->setToolTip(item.movedTo.isEmpty() ? item.source : item.movedTo);
        m_queue->addItem(entry);
        if (!m_queue->currentItem())
            m_queue->setCurrentItem(entry);
    }
    showStats();
    emit itemAdded();
}

void LinePanel::showDrift(const nexvitad::line::DriftStatus &status)
{
    const nexvitad::line::DriftOptions options; // the watcher runs with the defaults
    const bool warning = status.state == nexvitad::line::DriftState::Warning;
    const QString line = nexvitad::line::driftStatusLine(status, options);
    m_drift->setText(warning ? tr("The passing images no longer look like the bank's good "
                                  "images. %1")
                                   .arg(line)
                             : line);
    // Amber only while a warning stands: a banner that is always coloured is not read.
    m_drift->setStyleSheet(warning ? QStringLiteral("QLabel { background: #fff3cd; color: #664d03;"
                                                    " padding: 6px; border: 1px solid #ffe69c; }")
                                   : QStringLiteral("QLabel { color: palette(mid); }"));
    m_drift->show();
    if (status.reference.source != nexvitad::line::ReferenceSource::Calibrating)
        m_sparkline->setReference(status.reference.median, status.reference.upper);
    else
        m_sparkline->setReference(std::nullopt, std::nullopt);
}

bool LinePanel::driftWarning() const
{
    return m_stats.drift.state == nexvitad::line::DriftState::Warning;
}

void LinePanel::showStats()
{
    m_counters->setText(tr("<b style='color:#0f5132'>%1 pass</b> &nbsp; "
                           "<b style='color:#664d03'>%2 review</b> &nbsp; "
                           "<b style='color:#842029'>%3 fail</b> &nbsp; %4 unreadable")
                            .arg(m_stats.pass)
                            .arg(m_stats.review + m_stats.noVerdict)
                            .arg(m_stats.fail)
                            .arg(m_stats.unreadable));
    m_rate->setText(tr("%1 images/s").arg(m_stats.imagesPerSecond, 0, 'f', 2));
}

void LinePanel::decide(const QString &decision)
{
    QListWidgetItem *entry = m_queue->currentItem();
    nexvitad::store::ReviewDecision value;
    if (!entry || !nexvitad::store::parseReviewDecision(decision, &value))
        return;
    const qint64 id = entry->data(kInspectionRole).toLongLong();
    delete m_queue->takeItem(m_queue->row(entry)); // the next one becomes current
    if (id == 0 || !m_session || !m_session->isOpen()) {
        m_queueNote->setText(tr("Decision not recorded: no project is open."));
        return;
    }
    const QString reviewer = nexvitad::Settings().operatorName();
    m_session->store()
        ->run([=](const QSqlDatabase &db) {
            nexvitad::store::reviewInspection(db, id, value, reviewer, QString());
            return id;
        })
        .then(this, [this, decision](qint64 stored) { emit decisionStored(stored, decision); })
        .onFailed(this, [this](const std::exception &e) {
            m_queueNote->setText(
                tr("Cannot store the decision: %1").arg(QString::fromLocal8Bit(e.what())));
        });
}

} // namespace nexvitad::ui
