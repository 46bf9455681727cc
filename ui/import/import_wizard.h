#pragma once
// Dataset import wizard: choose a folder (or drop one) -> scan in the background with
// progress and cancel, showing the detected layout and a class table with counts and
// thumbnails -> every problem found, per file, with "open file location" -> confirm, which
// records the dataset in the project. Nothing is ever written into the dataset folder.

#include "data/manifest.h"

#include <QWizard>

#include <memory>

namespace nexvitad::store {
class Project;
}

namespace nexvitad::ui {

class ChooseFolderPage;
class ScanPage;
class ProblemsPage;
class ConfirmPage;

class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { ChooseFolder, Scan, Problems, Confirm };

    // `project` receives the dataset on Finish; it must outlive the wizard.
    ImportWizard(const nexvitad::store::Project &project, const QString &initialFolder = {},
                 QWidget *parent = nullptr);
    ~ImportWizard() override;

    const nexvitad::data::Manifest &manifest() const;
    qint64 importedDatasetId() const { return m_datasetId; }

    void accept() override;

signals:
    void datasetImported(qint64 datasetId, const QString &name);

private:
    friend class ScanPage;
    const nexvitad::store::Project &m_project;
    std::unique_ptr<nexvitad::data::Manifest> m_manifest;
    qint64 m_datasetId = 0;
};

} // namespace nexvitad::ui
