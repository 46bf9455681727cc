#pragma once
// The memory-bank builder (issue 8): pick a dataset of the project and a target class, check
// good images in a thumbnail grid (or choose M at random from a seed, as the CLI does), set
// the encoder, K, prototype mode and layers, and build the bank in a Job with progress and
// Cancel. The bank is saved and recorded in the project; its prototype usage is charted.
// A bank of the project can be opened and edited: remove images, add checked ones,
// re-cluster and save (as a new bank of the project).

#include "bank_work.h"

#include "data/manifest.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QListView;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace nexvitad::ui {

class BankContentsBox;
class BankSettingsForm;
class GoodImageModel;
class Job;
class ProjectSession;
class PrototypeUsageChart;

class BankBuilderPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BankBuilderPanel(QWidget *parent = nullptr);
    ~BankBuilderPanel() override;

    // Follows the session's project (nullptr: none). The session must outlive the panel.
    void setSession(ProjectSession *session);
    // Reads the project's datasets and training runs again (when shown: a hidden panel
    // waits until it is shown).
    void refreshSources();
    // Opens a bank of the project for editing.
    void openBank(qint64 bankId);
    void chooseRandom();
    void build();
    void applyEdits();
    void cancel();

    bool isBusy() const { return m_job != nullptr; }
    // The bank built or opened last (empty outcome: none).
    const BankOutcome &currentBank() const { return m_bank; }
    GoodImageModel *imageModel() const { return m_model; }
    PrototypeUsageChart *usageChart() const { return m_chart; }
    BankContentsBox *contents() const { return m_contents; }

signals:
    // A job ended (ok == false: failed or canceled; the message says why).
    void jobFinished(bool ok);
    // A new bank row was written (build or edit): the explorer should refresh.
    void bankRecorded(qint64 bankId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Runs `job`; once it has finished successfully, `then` gets its result.
    void startJob(Job *job, std::function<void(const QVariant &)> then);
    // A job whose result is a bank: shown when it succeeds, then `then` runs.
    void startBankJob(const QString &title, const nexvitad::store::Project &project,
                      std::function<BankOutcome(nexvitad::Progress &)> work,
                      std::function<void()> then);
    void announceRecorded();
    // Disables what must wait for the job, shows its progress and Cancel.
    void setBusy(bool busy);
    // The settings' device; nullopt (and a message) when it cannot be used.
    std::optional<QString> device();
    void scanDataset();
    void showClass();
    void showBank(const BankOutcome &outcome);
    void updateSelection();

    ProjectSession *m_session = nullptr;
    QComboBox *m_dataset = nullptr;
    QComboBox *m_class = nullptr;
    GoodImageModel *m_model = nullptr;
    QListView *m_grid = nullptr;
    QSpinBox *m_count = nullptr;
    QSpinBox *m_seed = nullptr;
    QLabel *m_selection = nullptr;
    BankSettingsForm *m_settings = nullptr;
    QPushButton *m_build = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    BankContentsBox *m_contents = nullptr;
    PrototypeUsageChart *m_chart = nullptr;
    Job *m_job = nullptr;
    std::shared_ptr<const nexvitad::data::Manifest> m_manifest; // of the chosen dataset
    // An opened bank's dataset and class, to select once listed and scanned.
    qint64 m_wantedDataset = 0;
    QString m_wantedClass;
    BankOutcome m_bank;
    bool m_sourcesStale = false; // refresh when shown
};

} // namespace nexvitad::ui
