#include "training_monitor.h"

#include "job.h"
#include "metrics/chart_export.h"
#include "widgets/untrained_banner.h"

#include "common/error.h"
#include "common/progress.h"
#include "project/training_record.h"
#include "store/recorded_job.h"
#include "store/thread_connection.h"
#include "train/backbone_pair.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace nexvitad::ui {

namespace {
enum LossGraph { Total, SourceCe, TargetCe, TargetMse };

QCustomPlot *makePlot(QWidget *parent, const QString &xLabel, const QString &yLabel)
{
    auto *plot = new QCustomPlot(parent);
    plot->xAxis->setLabel(xLabel);
    plot->yAxis->setLabel(yLabel);
    plot->legend->setVisible(true);
    plot->setMinimumHeight(180);
    return plot;
}

void addGraph(QCustomPlot *plot, const QString &name, QColor colour, QCPAxis *valueAxis = nullptr)
{
    QCPGraph *g = plot->addGraph(plot->xAxis, valueAxis ? valueAxis : plot->yAxis);
    g->setName(name);
    g->setPen(QPen(colour, 1.5));
}
} // namespace

TrainingMonitor::TrainingMonitor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("trainingMonitor"));
    m_banner = new UntrainedBanner(this);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("trainingProgress"));
    m_progress->setRange(0, 1000);
    m_eta = new QLabel(this);
    m_eta->setObjectName(QStringLiteral("etaLabel"));
    m_status = new QLabel(tr("No training running."), this);
    m_status->setObjectName(QStringLiteral("trainingStatus"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelTrainingButton"));
    m_cancel->setEnabled(false);
    m_resume = new QPushButton(tr("Resume"), this);
    m_resume->setObjectName(QStringLiteral("resumeTrainingButton"));
    m_resume->setEnabled(false);
    m_resume->setToolTip(tr("Continue from the last checkpoint"));

    m_losses = makePlot(this, tr("Step"), tr("Loss"));
    m_losses->setObjectName(QStringLiteral("lossChart"));
    chartexport::addContextMenu(m_losses, tr("Training losses"));
    addGraph(m_losses, tr("total"), Qt::black);
    addGraph(m_losses, tr("source CE"), QColor(0, 114, 178));
    addGraph(m_losses, tr("target CE"), QColor(213, 94, 0));
    addGraph(m_losses, tr("target MSE"), QColor(0, 158, 115));

    m_schedule = makePlot(this, tr("Step / epoch"), tr("Learning rate"));
    m_schedule->setObjectName(QStringLiteral("scheduleChart"));
    chartexport::addContextMenu(m_schedule, tr("Learning rate and pseudo-label coverage"));
    m_schedule->yAxis2->setVisible(true);
    m_schedule->yAxis2->setLabel(tr("Pseudo-label coverage"));
    m_schedule->yAxis2->setRange(0, 1);
    addGraph(m_schedule, tr("learning rate"), QColor(86, 180, 233));
    addGraph(m_schedule, tr("pseudo-label coverage (per epoch)"), QColor(204, 121, 167),
             m_schedule->yAxis2);
    m_schedule->graph(1)->setScatterStyle(QCPScatterStyle::ssDisc);

    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("trainingLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);

    connect(m_cancel, &QPushButton::clicked, this, &TrainingMonitor::cancel);
    connect(m_resume, &QPushButton::clicked, this, &TrainingMonitor::resume);

    auto *top = new QHBoxLayout;
    top->addWidget(m_progress, 1);
    top->addWidget(m_eta);
    top->addWidget(m_cancel);
    top->addWidget(m_resume);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_losses, 2);
    layout->addWidget(m_schedule, 1);
    layout->addWidget(m_log, 1);
}

TrainingMonitor::~TrainingMonitor() = default; // the Job child cancels and joins

bool TrainingMonitor::start(const TrainingLaunch &launch)
{
    if (m_job)
        return false;
    m_last = launch;
    for (int i = 0; i < m_losses->graphCount(); ++i)
        m_losses->graph(i)->data()->clear();
    for (int i = 0; i < m_schedule->graphCount(); ++i)
        m_schedule->graph(i)->data()->clear();
    m_losses->xAxis->setLabel(tr("Step")); // showRecordedRun() may have set "Epoch"
    m_schedule->xAxis->setLabel(tr("Step / epoch"));
    m_progress->setValue(0);
    m_eta->clear();
    m_cancel->setEnabled(true);
    m_resume->setEnabled(false);
    setState(QStringLiteral("running"), tr("Loading the backbones..."));
    m_clock.start();

    QPointer<TrainingMonitor> self(this);
    auto queue = [self](auto function) {
        QMetaObject::invokeMethod(
            self, [self, function] { if (self) function(self.data()); }, Qt::QueuedConnection);
    };
    m_job = new Job(tr("Training"), [launch, queue](nexvitad::Progress &progress) {
        const auto train = [&](qint64 jobId) {
            const auto &r = launch.request;
            auto backbones = nexvitad::train::loadBackbonePair(r.config.hiera, r.config.dinov2,
                                                               launch.modelsDir, r.device);
            const nexvitad::train::BackbonePairInfo info =
                nexvitad::train::backbonePairInfo(*backbones);
            queue([untrained = info.untrained](TrainingMonitor *m) {
                m->m_banner->setUntrained(untrained);
            });
            std::optional<nexvitad::project::TrainingRecord> record;
            if (launch.project)
                record.emplace(*launch.project, jobId, r);
            nexvitad::train::Trainer trainer(r, backbones);
            trainer.onStep([queue](const nexvitad::train::StepReport &s) {
                queue([s](TrainingMonitor *m) { m->addStep(s); });
            });
            trainer.onEpoch([queue, &record](const nexvitad::train::EpochReport &e) {
                if (record)
                    record->recordEpoch(e);
                queue([e](TrainingMonitor *m) { m->addEpoch(e); });
            });
            const auto outcome = trainer.run(progress);
            if (record && !outcome.checkpoint.isEmpty())
                record->registerModel(outcome, info, launch.actor);
            return QVariant(outcome.checkpoint);
        };
        if (!launch.project)
            return train(0);
        const nexvitad::store::ThreadConnectionScope connection{*launch.project};
        // The job's command says what was asked, like the CLI's arguments (data, not UI text).
        const QString command =
            QStringLiteral("gui: train, source %1, target %2, run %3")
                .arg(launch.request.sourceClasses.join(QLatin1Char(',')),
                     launch.request.targetClasses.join(QLatin1Char(',')), launch.request.runDir);
        return nexvitad::store::runRecordedJob(launch.project->database(),
                                               QStringLiteral("train"), command, train);
    }, this);
    connect(m_job, &Job::progressChanged, this, [this](double f, const QString &stage) {
        m_progress->setValue(int(f * 1000));
        updateEta(f);
        if (!stage.isEmpty())
            m_status->setText(stage);
    });
    connect(m_job, &Job::succeeded, this, [this](const QVariant &checkpoint) {
        setState(QStringLiteral("completed"),
                 tr("Training completed. Last checkpoint: %1").arg(checkpoint.toString()));
    });
    connect(m_job, &Job::failed, this, [this](const QString &message, const QString &path) {
        setState(QStringLiteral("failed"), failureText(message, path));
    });
    connect(m_job, &Job::canceled, this, [this] {
        setState(QStringLiteral("canceled"),
                 tr("Training canceled; the last epoch's checkpoint is kept. Resume continues "
                    "from it."));
    });
    connect(m_job, &Job::finished, this, [this] {
        m_job->deleteLater();
        m_job = nullptr;
        m_cancel->setEnabled(false);
        m_resume->setEnabled(m_state == QLatin1String("canceled")
                             || m_state == QLatin1String("failed"));
        emit finished(m_state);
    });
    m_job->start();
    return true;
}

bool TrainingMonitor::resume()
{
    TrainingLaunch launch = m_last;
    launch.request.resume = true;
    launch.request.force = false;
    return start(launch);
}

void TrainingMonitor::cancel()
{
    if (m_job) {
        m_job->cancel();
        m_status->setText(tr("Stopping after the current step..."));
    }
}

bool TrainingMonitor::showRecordedRun(const std::vector<QJsonObject> &epochs, bool untrained)
{
    if (m_job)
        return false;
    for (int i = 0; i < m_losses->graphCount(); ++i)
        m_losses->graph(i)->data()->clear();
    for (int i = 0; i < m_schedule->graphCount(); ++i)
        m_schedule->graph(i)->data()->clear();
    m_log->clear();
    m_banner->setUntrained(untrained);
    // The recorded run keeps epoch means only, so the x axis counts epochs here.
    m_losses->xAxis->setLabel(tr("Epoch"));
    m_schedule->xAxis->setLabel(tr("Epoch"));
    for (const QJsonObject &line : epochs) {
        nexvitad::train::EpochReport e;
        e.epoch = line.value(QStringLiteral("epoch")).toInt() - 1; // stored 1-based
        e.epochs = int(epochs.size());
        e.joint = line.value(QStringLiteral("phase")).toString() == QLatin1String("joint");
        e.loss.total = line.value(QStringLiteral("loss")).toDouble();
        e.loss.sourceCe = line.value(QStringLiteral("source_ce")).toDouble();
        e.loss.targetCe = line.value(QStringLiteral("target_ce")).toDouble();
        e.loss.targetMse = line.value(QStringLiteral("target_mse")).toDouble();
        e.lr = line.value(QStringLiteral("lr")).toDouble();
        e.pseudoCoverage = line.value(QStringLiteral("pseudo_coverage")).toDouble();
        e.seconds = line.value(QStringLiteral("seconds")).toDouble();
        nexvitad::train::StepReport s;
        s.globalStep = e.epoch + 1;
        s.joint = e.joint;
        s.loss = e.loss;
        s.lr = e.lr;
        addStep(s);
        addEpoch(e);
    }
    m_progress->setValue(m_progress->maximum());
    m_status->setText(tr("Recorded run: %n epoch(s).", nullptr, int(epochs.size())));
    m_losses->replot();
    m_schedule->replot();
    return true;
}

void TrainingMonitor::addStep(const nexvitad::train::StepReport &s)
{
    const double x = double(s.globalStep);
    m_losses->graph(Total)->addData(x, s.loss.total);
    m_losses->graph(SourceCe)->addData(x, s.loss.sourceCe);
    if (s.joint) {
        m_losses->graph(TargetCe)->addData(x, s.loss.targetCe);
        m_losses->graph(TargetMse)->addData(x, s.loss.targetMse);
    }
    m_schedule->graph(0)->addData(x, s.lr);
    m_losses->rescaleAxes();
    m_schedule->graph(0)->rescaleAxes();
    // Replot when the event loop is idle: many steps per second coalesce into one paint.
    m_losses->replot(QCustomPlot::rpQueuedReplot);
    m_schedule->replot(QCustomPlot::rpQueuedReplot);
}

void TrainingMonitor::addEpoch(const nexvitad::train::EpochReport &e)
{
    const double lastStep = m_schedule->graph(0)->data()->isEmpty()
                                ? double(e.epoch)
                                : (m_schedule->graph(0)->data()->constEnd() - 1)->key;
    m_schedule->graph(1)->addData(lastStep, e.pseudoCoverage);
    m_schedule->replot(QCustomPlot::rpQueuedReplot);
    m_log->appendPlainText(
        tr("epoch %1/%2 %3: loss %4 (source CE %5, target CE %6, target MSE %7), lr %8, "
           "coverage %9%, %10 s")
            .arg(e.epoch + 1)
            .arg(e.epochs)
            .arg(e.joint ? tr("joint") : tr("source only"))
            .arg(e.loss.total, 0, 'f', 4)
            .arg(e.loss.sourceCe, 0, 'f', 4)
            .arg(e.loss.targetCe, 0, 'f', 4)
            .arg(e.loss.targetMse, 0, 'f', 4)
            .arg(e.lr, 0, 'g', 3)
            .arg(e.pseudoCoverage * 100.0, 0, 'f', 1)
            .arg(e.seconds, 0, 'f', 1));
}

void TrainingMonitor::updateEta(double fraction)
{
    if (fraction <= 0.01)
        return;
    const double elapsed = m_clock.elapsed() / 1000.0;
    const int remaining = int(elapsed * (1.0 - fraction) / fraction);
    m_eta->setText(tr("ETA %1:%2").arg(remaining / 60).arg(remaining % 60, 2, 10, QLatin1Char('0')));
}

void TrainingMonitor::setState(const QString &state, const QString &message)
{
    m_state = state;
    m_status->setText(message);
    if (state != QLatin1String("running"))
        m_log->appendPlainText(message);
}

int TrainingMonitor::stepPoints() const
{
    return m_losses->graph(Total)->dataCount();
}

int TrainingMonitor::epochPoints() const
{
    return m_schedule->graph(1)->dataCount();
}

} // namespace nexvitad::ui
