#include "import_wizard.h"

#include "import_pages.h"

#include "common/error.h"
#include "common/settings.h"
#include "project/dataset_registration.h"
#include "store/project.h"

#include <QMessageBox>

namespace nexvitad::ui {

ImportWizard::ImportWizard(const nexvitad::store::Project &project, const QString &initialFolder,
                           QWidget *parent)
    : QWizard(parent)
    , m_project(project)
    , m_manifest(std::make_unique<nexvitad::data::Manifest>())
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import dataset"));
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setPage(ChooseFolder, new ChooseFolderPage(initialFolder, this));
    setPage(Scan, new ScanPage(m_manifest.get(), this));
    setPage(Problems, new ProblemsPage(m_manifest.get(), this));
    setPage(Confirm, new ConfirmPage(m_manifest.get(), this));
    resize(820, 560);
}

ImportWizard::~ImportWizard() = default;

const nexvitad::data::Manifest &ImportWizard::manifest() const
{
    return *m_manifest;
}

void ImportWizard::accept()
{
    const QString name = field(QStringLiteral("datasetName")).toString().trimmed();
    try {
        // One short transaction (a few thousand rows at most); the scan itself ran in the
        // background.
        m_datasetId = nexvitad::project::registerDataset(m_project.database(), *m_manifest, name);
    } catch (const nexvitad::Error &e) {
        QMessageBox::critical(this, tr("Import failed"), e.userText());
        return;
    }
    emit datasetImported(m_datasetId, name);
    QWizard::accept();
}

} // namespace nexvitad::ui
