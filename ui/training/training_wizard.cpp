#include "training_wizard.h"

#include "job.h"
#include "training_settings_form.h"

#include "backbones/backbone_bench.h"
#include "backbones/weights_spec.h"
#include "common/error.h"
#include "common/runtime.h"
#include "common/settings.h"
#include "data/splits.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace nexvitad::ui {

namespace {
enum Column { NameColumn, SourceColumn, TargetColumn };

QStringList checkedClasses(const QTableWidget *table, int column)
{
    QStringList names;
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, column)->checkState() == Qt::Checked)
            names << table->item(row, NameColumn)->text();
    return names;
}
} // namespace

// ------------------------------------------------------------------ pages

class TrainingClassesPage : public QWizardPage
{
public:
    TrainingClassesPage(TrainingWizard *wizard, QTableWidget *table, QLabel *problem,
                        const QStringList &classes)
        : QWizardPage(wizard)
        , m_wizard(wizard)
        , m_table(table)
        , m_problem(problem)
        , m_classes(classes)
    {
        setTitle(TrainingWizard::tr("Source and target classes"));
        setSubTitle(TrainingWizard::tr("Source classes are labelled (their test images and "
                                       "masks supervise training); target classes are the new "
                                       "products, learned without labels."));
        auto *split = new QComboBox(this);
        split->setObjectName(QStringLiteral("paperSplitCombo"));
        for (const char *s : {"11/1", "10/2", "9/3", "8/4", "3/1", "2/2"})
            split->addItem(QLatin1String(s));
        auto *seed = new QSpinBox(this);
        seed->setObjectName(QStringLiteral("splitSeedSpin"));
        seed->setRange(0, 1000000);
        auto *draw = new QPushButton(TrainingWizard::tr("Draw split"), this);
        draw->setObjectName(QStringLiteral("drawSplitButton"));
        connect(draw, &QPushButton::clicked, this,
                [this, split, seed] { m_wizard->drawSplit(split->currentText(), seed->value()); });
        auto *row = new QHBoxLayout;
        row->addWidget(new QLabel(TrainingWizard::tr("Paper split (source/target):"), this));
        row->addWidget(split);
        row->addWidget(new QLabel(TrainingWizard::tr("seed"), this));
        row->addWidget(seed);
        row->addWidget(draw);
        row->addStretch(1);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(row);
        layout->addWidget(m_table, 1);
        layout->addWidget(m_problem);
        connect(m_table, &QTableWidget::itemChanged, this, &QWizardPage::completeChanged);
    }

    bool isComplete() const override
    {
        try {
            nexvitad::data::explicitSplit(m_classes, checkedClasses(m_table, SourceColumn),
                                          checkedClasses(m_table, TargetColumn));
            m_problem->clear();
            return true;
        } catch (const nexvitad::Error &e) {
            m_problem->setText(e.userText());
            return false;
        }
    }

private:
    TrainingWizard *m_wizard;
    QTableWidget *m_table;
    QLabel *m_problem;
    QStringList m_classes;
};

class TrainingSettingsPage : public QWizardPage
{
public:
    TrainingSettingsPage(QWidget *parent, TrainingSettingsForm *form)
        : QWizardPage(parent)
        , m_form(form)
    {
        setTitle(TrainingWizard::tr("Training settings"));
        setSubTitle(TrainingWizard::tr("Defaults follow method.md; hover a field for its "
                                       "meaning."));
        m_problem = new QLabel(this);
        m_problem->setObjectName(QStringLiteral("settingsProblem"));
        m_problem->setWordWrap(true);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(form);
        layout->addWidget(m_problem);
        connect(form, &TrainingSettingsForm::changed, this, &QWizardPage::completeChanged);
    }
    bool isComplete() const override
    {
        const QString problem = m_form->problem();
        m_problem->setText(problem);
        return problem.isEmpty();
    }

private:
    TrainingSettingsForm *m_form;
    QLabel *m_problem = nullptr;
};

class TrainingSummaryPage : public QWizardPage
{
public:
    explicit TrainingSummaryPage(TrainingWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
    {
        setTitle(TrainingWizard::tr("Summary"));
        m_summary = new QLabel(this);
        m_summary->setObjectName(QStringLiteral("trainingSummary"));
        m_summary->setWordWrap(true);
        m_estimate = new QLabel(this);
        m_estimate->setObjectName(QStringLiteral("timeEstimate"));
        m_estimate->setWordWrap(true);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_summary);
        layout->addWidget(m_estimate);
        layout->addStretch(1);
        setFinalPage(true);
    }

    void initializePage() override
    {
        const TrainingLaunch launch = m_wizard->launch();
        const auto &r = launch.request;
        int images = 0;
        for (const QString &name : r.sourceClasses + r.targetClasses)
            if (const auto *c = r.manifest.findClass(name))
                images += c->imageCount();
        m_summary->setText(
            TrainingWizard::tr("Sources: %1\nTargets: %2\nBackbones: %3 + %4 at %5 px\n"
                               "%6 epochs, batch %7, lr %8; run folder %9")
                .arg(r.sourceClasses.join(u", "), r.targetClasses.join(u", "), r.config.hiera,
                     r.config.dinov2)
                .arg(r.config.imageSize)
                .arg(r.config.epochs)
                .arg(r.config.batchSize)
                .arg(r.config.lr)
                .arg(r.runDir));
        m_estimate->setText(TrainingWizard::tr("Measuring this machine's speed..."));
        estimate(r.config, images);
    }

    void cleanupPage() override
    {
        delete m_job;
        m_job = nullptr;
    }

private:
    // Times one forward pass of the frozen backbones here (random weights run at the same
    // speed as pretrained ones), then extrapolates: the first epoch computes every
    // image's features, later epochs read them from the cache (about a tenth of the cost).
    void estimate(const nexvitad::train::TrainingConfig &config, int images)
    {
        delete m_job;
        nexvitad::backbones::BenchOptions options;
        options.hieraVariant = nexvitad::backbones::variantNamedBy(config.hiera);
        options.dinoVariant = nexvitad::backbones::variantNamedBy(config.dinov2);
        options.size = config.imageSize;
        options.batches = {1};
        options.warmupRuns = 1;
        options.timedRuns = 1;
        const int epochs = config.epochs;
        m_job = new Job(TrainingWizard::tr("Measuring"), [options](nexvitad::Progress &p) {
            const auto result = nexvitad::backbones::benchBackbones(options, p);
            double seconds = 0.0;
            for (const auto &row : result.rows)
                if (row.what == QLatin1String("both") || result.rows.size() == 1)
                    seconds = row.secondsPerImage;
            return QVariant(seconds);
        }, this);
        connect(m_job, &Job::succeeded, this, [this, images, epochs](const QVariant &v) {
            const double perImage = v.toDouble();
            const double first = perImage * images * 1.3;
            const double total = first + (epochs - 1) * first * 0.1;
            m_estimate->setText(TrainingWizard::tr("Estimated time: about %1 min (%2 s per image "
                                                   "for the frozen backbones on this machine, "
                                                   "%3 images).")
                                    .arg(std::max(1.0, total / 60.0), 0, 'f', 0)
                                    .arg(perImage, 0, 'f', 2)
                                    .arg(images));
        });
        connect(m_job, &Job::failed, this, [this](const QString &message) {
            m_estimate->setText(TrainingWizard::tr("No time estimate: %1").arg(message));
        });
        m_job->start();
    }

    TrainingWizard *m_wizard;
    QLabel *m_summary = nullptr;
    QLabel *m_estimate = nullptr;
    Job *m_job = nullptr;
};

// ------------------------------------------------------------------ wizard

TrainingWizard::TrainingWizard(const nexvitad::data::Manifest &manifest, const QString &runDir,
                               QWidget *parent)
    : QWizard(parent)
    , m_manifest(manifest)
    , m_runDir(runDir)
{
    setObjectName(QStringLiteral("trainingWizard"));
    setWindowTitle(tr("Train NexViTAD"));
    const QStringList classes = manifest.classNames();
    m_classes = new QTableWidget(int(classes.size()), 3, this);
    m_classes->setObjectName(QStringLiteral("trainingClassTable"));
    m_classes->setHorizontalHeaderLabels({tr("Class"), tr("Source"), tr("Target")});
    m_classes->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_classes->verticalHeader()->setVisible(false);
    for (int row = 0; row < classes.size(); ++row) {
        auto *name = new QTableWidgetItem(classes[row]);
        name->setFlags(Qt::ItemIsEnabled);
        m_classes->setItem(row, NameColumn, name);
        for (int column : {SourceColumn, TargetColumn}) {
            auto *box = new QTableWidgetItem;
            box->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            box->setCheckState(Qt::Unchecked);
            m_classes->setItem(row, column, box);
        }
    }
    m_classProblem = new QLabel(this);
    m_classProblem->setObjectName(QStringLiteral("classProblem"));
    m_settings = new TrainingSettingsForm(this);

    setPage(Classes, new TrainingClassesPage(this, m_classes, m_classProblem, classes));
    setPage(Settings, new TrainingSettingsPage(this, m_settings));
    setPage(Summary, new TrainingSummaryPage(this));
    resize(760, 620);
}

QStringList TrainingWizard::sourceClasses() const
{
    return checkedClasses(m_classes, SourceColumn);
}

QStringList TrainingWizard::targetClasses() const
{
    return checkedClasses(m_classes, TargetColumn);
}

void TrainingWizard::drawSplit(const QString &spec, quint64 seed)
{
    try {
        const auto [sources, targets] = nexvitad::data::parseSplitSpec(spec);
        const auto split =
            nexvitad::data::randomSplit(m_manifest.classNames(), sources, targets, seed);
        for (int row = 0; row < m_classes->rowCount(); ++row) {
            const QString name = m_classes->item(row, NameColumn)->text();
            m_classes->item(row, SourceColumn)
                ->setCheckState(split.source.contains(name) ? Qt::Checked : Qt::Unchecked);
            m_classes->item(row, TargetColumn)
                ->setCheckState(split.target.contains(name) ? Qt::Checked : Qt::Unchecked);
        }
    } catch (const nexvitad::Error &e) {
        m_classProblem->setText(e.userText());
    }
}

TrainingLaunch TrainingWizard::launch() const
{
    TrainingLaunch launch;
    launch.modelsDir = nexvitad::Settings().modelsDirectory();
    launch.request.manifest = m_manifest;
    launch.request.sourceClasses = sourceClasses();
    launch.request.targetClasses = targetClasses();
    launch.request.runDir = m_runDir;
    try {
        launch.request.config = m_settings->config();
        launch.request.device = nexvitad::runtime::resolveDevice(nexvitad::Settings().device());
    } catch (const nexvitad::Error &) {
        // The settings page does not let an invalid config through; keep the defaults.
    }
    return launch;
}

} // namespace nexvitad::ui
