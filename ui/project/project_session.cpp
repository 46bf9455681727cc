#include "project_session.h"

#include "store/project.h"
#include "store/store_service.h"

#include <QDir>
#include <QSettings>

namespace nexvitad::ui {

namespace {
const auto kRecentKey = QStringLiteral("projects/recent");
constexpr int kMaxRecent = 8;

void remember(const QString &folder)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(folder);
    recent.prepend(folder);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
}
} // namespace

ProjectSession::ProjectSession(QObject *parent)
    : QObject(parent)
{
}

ProjectSession::~ProjectSession()
{
    close();
}

void ProjectSession::create(const QString &folder, const QString &name)
{
    adopt(std::make_unique<nexvitad::store::Project>(
        nexvitad::store::Project::create(QDir::cleanPath(folder), name)));
}

void ProjectSession::open(const QString &folder)
{
    adopt(std::make_unique<nexvitad::store::Project>(
        nexvitad::store::Project::open(QDir::cleanPath(folder))));
}

void ProjectSession::adopt(std::unique_ptr<nexvitad::store::Project> project)
{
    close();
    m_project = std::move(project);
    m_store = std::make_unique<nexvitad::store::StoreService>(*m_project);
    remember(m_project->folder());
    const auto &report = m_project->openReport();
    emit opened(m_project->folder(), report.readOnly, report.readOnlyMessage);
}

void ProjectSession::close()
{
    if (!m_project)
        return;
    m_store.reset(); // finishes queued work, then stops its thread
    m_project->releaseThreadConnection();
    m_project.reset();
    emit closed();
}

QStringList ProjectSession::recentProjects()
{
    return QSettings().value(kRecentKey).toStringList();
}

} // namespace nexvitad::ui
