#pragma once
// The pages of the import wizard (import_wizard.h).

#include "data/manifest.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace nexvitad::ui {

class Job;

class ChooseFolderPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ChooseFolderPage(const QString &initialFolder, QWidget *parent = nullptr);
    bool isComplete() const override;

private:
    QLineEdit *m_folder = nullptr;
};

class ScanPage : public QWizardPage
{
    Q_OBJECT
public:
    ScanPage(nexvitad::data::Manifest *result, QWidget *parent = nullptr);
    ~ScanPage() override;
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void startScan();
    void showManifest();
    void showThumbnails();

    nexvitad::data::Manifest *m_result;
    Job *m_job = nullptr;
    bool m_done = false;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_classes = nullptr;
};

class ProblemsPage : public QWizardPage
{
    Q_OBJECT
public:
    ProblemsPage(const nexvitad::data::Manifest *manifest, QWidget *parent = nullptr);
    void initializePage() override;

private:
    void openLocation();

    const nexvitad::data::Manifest *m_manifest;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
};

class ConfirmPage : public QWizardPage
{
    Q_OBJECT
public:
    ConfirmPage(const nexvitad::data::Manifest *manifest, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

private:
    const nexvitad::data::Manifest *m_manifest;
    QLineEdit *m_name = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace nexvitad::ui
