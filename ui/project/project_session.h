#pragma once
// The open project of the main window: the store handle, its asynchronous service and the
// recent-projects list (QSettings). Opening checks the database (quick_check, crash
// recovery) in core; errors come back as nexvitad::Error.

#include <QObject>
#include <QStringList>

#include <memory>

namespace nexvitad::store {
class Project;
class StoreService;
} // namespace nexvitad::store

namespace nexvitad::ui {

class ProjectSession : public QObject
{
    Q_OBJECT
public:
    explicit ProjectSession(QObject *parent = nullptr);
    ~ProjectSession() override;

    bool isOpen() const { return m_project != nullptr; }
    const nexvitad::store::Project &project() const { return *m_project; }
    nexvitad::store::StoreService *store() const { return m_store.get(); }

    // Both throw nexvitad::Error; on success the previous project is closed.
    void create(const QString &folder, const QString &name);
    void open(const QString &folder);
    void close();

    static QStringList recentProjects();

signals:
    void opened(const QString &folder, bool readOnly, const QString &message);
    void closed();

private:
    void adopt(std::unique_ptr<nexvitad::store::Project> project);

    std::unique_ptr<nexvitad::store::Project> m_project;
    std::unique_ptr<nexvitad::store::StoreService> m_store;
};

} // namespace nexvitad::ui
