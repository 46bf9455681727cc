#pragma once
// Metrics dashboard: the open project's evaluations in a list (tick several to compare
// them; the selected one is broken down by defect type), with three tabs: the comparison
// (metrics side by side, overlaid curves), the per-defect-type table with the score
// histogram and its draggable threshold, and the per-class table of every evaluation.
// Every chart exports as PNG or PDF (right-click, the toolbar, or all at once).
// The project is read through its StoreService: the GUI thread never waits on SQLite.

#include <QList>
#include <QWidget>

class QListWidget;
class QTableView;
class QToolBar;

namespace nexvitad::store {
class StoreService;
}

namespace nexvitad::ui {

class ComparisonView;
class DefectTypeView;
class MetricsChart;
class ScoreHistogram;
class ValueTableModel;

class MetricsDashboard : public QWidget
{
    Q_OBJECT
public:
    explicit MetricsDashboard(QWidget *parent = nullptr);

    // nullptr: no project open. The service must outlive its use here (the main window
    // owns both).
    void setStore(nexvitad::store::StoreService *store);
    // Lists the project's evaluations again (keeps what is ticked and selected; on the
    // first listing the newest evaluation is ticked and shown).
    void refresh();
    // Ticks these evaluations for comparison; the first becomes the selected one.
    void showEvaluations(const QList<qint64> &ids);

    int evaluationCount() const; // in the comparison
    ComparisonView *comparison() const { return m_comparison; }
    DefectTypeView *defectTypes() const { return m_defectTypes; }
    ScoreHistogram *histogram() const;
    QList<MetricsChart *> charts() const;

    // Writes every chart into `folder` as <title>.png and <title>.pdf. Returns the files
    // written; `errors` gets one message (naming the file) per failure.
    QStringList exportCharts(const QString &folder, QStringList *errors = nullptr);

signals:
    void listed();    // the evaluation list was (re)loaded
    void displayed(); // the ticked / selected evaluations are shown
    void failed(const QString &message);

private:
    void buildToolBar();
    // Ticks exactly `ids` that are listed (the first one selected) and shows them.
    void tick(const QList<qint64> &ids);
    void loadChecked();
    void chooseExportFolder();

    nexvitad::store::StoreService *m_store = nullptr;
    QToolBar *m_toolBar = nullptr;
    QListWidget *m_list = nullptr;
    ComparisonView *m_comparison = nullptr;
    DefectTypeView *m_defectTypes = nullptr;
    ValueTableModel *m_classModel = nullptr;
    QTableView *m_classTable = nullptr;
    quint64 m_listGeneration = 0, m_loadGeneration = 0; // drop superseded answers
    QList<qint64> m_pending;                            // showEvaluations() waiting for the list
    bool m_populating = false; // item changes while filling the list are not user edits
};

} // namespace nexvitad::ui
