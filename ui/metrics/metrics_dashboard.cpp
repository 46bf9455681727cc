#include "metrics_dashboard.h"

#include "chart_export.h"
#include "comparison_view.h"
#include "defect_type_view.h"
#include "metrics_chart.h"
#include "metrics_tables.h"
#include "project/evaluation_breakdown.h"
#include "project/evaluation_overview.h"
#include "score_histogram.h"
#include "store/result_records.h"
#include "store/store_service.h"
#include "value_table_model.h"

#include <QDir>
#include <QFileDialog>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <map>

namespace nexvitad::ui {

using nexvitad::project::EvaluationSummary;

namespace {
constexpr int kIdRole = Qt::UserRole;

// What one load brings back from the worker thread: every evaluation's summary (labels,
// per-class table) and the full records of the ticked and selected ones.
struct Loaded
{
    std::vector<EvaluationSummary> summaries;
    std::map<qint64, nexvitad::store::StoredEvaluation> records;
};
} // namespace

MetricsDashboard::MetricsDashboard(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("metricsDashboard"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("evaluationList"));
    m_list->setToolTip(tr("Tick evaluations to compare them; select one to see it by defect "
                          "type."));
    m_comparison = new ComparisonView(this);
    m_defectTypes = new DefectTypeView(this);
    m_classModel = metricstables::newClassMetricsModel(this);
    m_classTable = sortableTableView(m_classModel, QStringLiteral("classMetricsTable"), this);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("metricsTabs"));
    tabs->addTab(m_comparison, tr("Comparison"));
    tabs->addTab(m_defectTypes, tr("By defect type"));
    tabs->addTab(m_classTable, tr("By class"));
    auto *split = new QSplitter(this);
    split->addWidget(m_list);
    split->addWidget(tabs);
    split->setStretchFactor(1, 4);

    buildToolBar();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolBar);
    layout->addWidget(split, 1);

    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (!m_populating)
            loadChecked();
    });
    connect(m_list, &QListWidget::currentItemChanged, this, [this] {
        if (!m_populating)
            loadChecked();
    });
    connect(this, &MetricsDashboard::failed, this,
            [this](const QString &message) { m_list->setToolTip(message); });
    setEnabled(false);
}

void MetricsDashboard::buildToolBar()
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("metricsToolBar"));
    QAction *refreshAction = m_toolBar->addAction(tr("Refresh"), this, &MetricsDashboard::refresh);
    refreshAction->setObjectName(QStringLiteral("refreshMetrics"));
    // One menu per format listing every chart by title: the file dialog then proposes
    // the title as the file name.
    for (const auto &[suffix, text] : {std::pair(QStringLiteral("png"), tr("Export PNG")),
                                       std::pair(QStringLiteral("pdf"), tr("Export PDF"))}) {
        auto *button = new QToolButton(m_toolBar);
        button->setObjectName(QStringLiteral("export_%1").arg(suffix));
        button->setText(text);
        button->setPopupMode(QToolButton::InstantPopup);
        auto *menu = new QMenu(button);
        connect(menu, &QMenu::aboutToShow, this, [this, menu, suffix = suffix] {
            menu->clear();
            for (MetricsChart *chart : charts())
                menu->addAction(chart->title() + QStringLiteral("..."), chart,
                                [chart, suffix] { chart->exportWithDialog(suffix); });
        });
        button->setMenu(menu);
        m_toolBar->addWidget(button);
    }
    QAction *all = m_toolBar->addAction(tr("Export all charts..."), this,
                                        &MetricsDashboard::chooseExportFolder);
    all->setObjectName(QStringLiteral("exportAllCharts"));
}

void MetricsDashboard::setStore(nexvitad::store::StoreService *store)
{
    m_store = store;
    setEnabled(store != nullptr);
    m_populating = true;
    m_list->clear();
    m_populating = false;
    m_comparison->clear();
    m_defectTypes->clear();
    m_classModel->setRows({});
    if (store)
        refresh();
}

void MetricsDashboard::refresh()
{
    if (!m_store)
        return;
    const quint64 generation = ++m_listGeneration;
    m_store->run([](const QSqlDatabase &db) { return nexvitad::project::listEvaluations(db); })
        .then(this,
              [this, generation](const std::vector<EvaluationSummary> &summaries) {
                  if (generation != m_listGeneration)
                      return;
                  QList<qint64> checked;
                  for (int i = 0; i < m_list->count(); ++i)
                      if (m_list->item(i)->checkState() == Qt::Checked)
                          checked << m_list->item(i)->data(kIdRole).toLongLong();
                  const qint64 current =
                      m_list->currentItem() ? m_list->currentItem()->data(kIdRole).toLongLong() : 0;
                  m_populating = true;
                  m_list->clear();
                  for (const EvaluationSummary &s : summaries) {
                      auto *item = new QListWidgetItem(s.label(), m_list);
                      item->setData(kIdRole, s.id);
                      item->setToolTip(s.createdAt);
                      item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                      item->setCheckState(checked.contains(s.id) ? Qt::Checked : Qt::Unchecked);
                      if (s.id == current)
                          m_list->setCurrentItem(item);
                  }
                  m_populating = false;
                  metricstables::showClassMetrics(m_classModel, summaries);
                  emit listed();
                  // What showEvaluations() waited for; else, on a first listing, the newest.
                  if (!m_pending.isEmpty())
                      tick(std::exchange(m_pending, {}));
                  else if (checked.isEmpty() && current == 0 && !summaries.empty())
                      tick({summaries.back().id});
              })
        .onFailed(this, [this](const std::exception &e) {
            emit failed(QString::fromLocal8Bit(e.what()));
        });
}

void MetricsDashboard::showEvaluations(const QList<qint64> &ids)
{
    // An evaluation recorded after the last listing: list again, then tick.
    for (qint64 id : ids) {
        bool known = false;
        for (int i = 0; i < m_list->count() && !known; ++i)
            known = m_list->item(i)->data(kIdRole).toLongLong() == id;
        if (!known) {
            m_pending = ids;
            refresh();
            return;
        }
    }
    tick(ids);
}

void MetricsDashboard::tick(const QList<qint64> &ids)
{
    m_populating = true;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const qint64 id = item->data(kIdRole).toLongLong();
        item->setCheckState(ids.contains(id) ? Qt::Checked : Qt::Unchecked);
        if (!ids.isEmpty() && id == ids.first())
            m_list->setCurrentItem(item);
    }
    m_populating = false;
    loadChecked();
}

void MetricsDashboard::loadChecked()
{
    if (!m_store)
        return;
    QList<qint64> checked;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            checked << m_list->item(i)->data(kIdRole).toLongLong();
    // The selected evaluation is broken down by defect type; without one, the first ticked.
    qint64 selected = m_list->currentItem() ? m_list->currentItem()->data(kIdRole).toLongLong()
                                            : (checked.isEmpty() ? 0 : checked.first());
    const quint64 generation = ++m_loadGeneration;
    m_store
        ->run([checked, selected](const QSqlDatabase &db) {
            Loaded loaded;
            loaded.summaries = nexvitad::project::listEvaluations(db);
            for (qint64 id : checked)
                loaded.records.emplace(id, nexvitad::store::evaluation(db, id));
            if (selected && !loaded.records.count(selected))
                loaded.records.emplace(selected, nexvitad::store::evaluation(db, selected));
            return loaded;
        })
        .then(this,
              [this, generation, checked, selected](const Loaded &loaded) {
                  if (generation != m_loadGeneration)
                      return;
                  std::map<qint64, QString> labels;
                  for (const EvaluationSummary &s : loaded.summaries)
                      labels[s.id] = s.label();
                  m_comparison->clear();
                  for (qint64 id : checked) {
                      const auto &record = loaded.records.at(id);
                      m_comparison->addEvaluation(labels[id], tr("#%1").arg(id), record.metrics,
                                                  record.curves);
                  }
                  if (selected) {
                      const auto &curves = loaded.records.at(selected).curves;
                      m_defectTypes->showEvaluation(labels[selected],
                                                    nexvitad::project::recordedImageScores(curves),
                                                    nexvitad::project::recordedThresholds(curves));
                  } else {
                      m_defectTypes->clear();
                  }
                  emit displayed();
              })
        .onFailed(this, [this](const std::exception &e) {
            emit failed(QString::fromLocal8Bit(e.what()));
        });
}

int MetricsDashboard::evaluationCount() const
{
    return m_comparison->evaluationCount();
}

ScoreHistogram *MetricsDashboard::histogram() const
{
    return m_defectTypes->histogram();
}

QList<MetricsChart *> MetricsDashboard::charts() const
{
    QList<MetricsChart *> all = m_comparison->charts();
    all << histogram();
    return all;
}

QStringList MetricsDashboard::exportCharts(const QString &folder, QStringList *errors)
{
    QStringList written;
    for (MetricsChart *chart : charts()) {
        for (const QString &suffix : {QStringLiteral("png"), QStringLiteral("pdf")}) {
            const QString path =
                QDir(folder).filePath(chartexport::suggestedFileName(chart->title(), suffix));
            const QString error = chart->exportTo(path);
            if (error.isEmpty())
                written << path;
            else if (errors)
                *errors << error;
        }
    }
    return written;
}

void MetricsDashboard::chooseExportFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export all charts to"));
    if (folder.isEmpty())
        return;
    QStringList errors;
    exportCharts(folder, &errors);
    if (!errors.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), errors.join(u'\n'));
}

} // namespace nexvitad::ui
