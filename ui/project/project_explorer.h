#pragma once
// The project explorer: datasets, training runs, memory banks, inspection batches,
// evaluations and reports of the open project. Refreshes asynchronously through the
// project's StoreService, so the GUI thread never waits on SQLite.

#include "project/project_contents.h"

#include <QTreeWidget>

namespace nexvitad::store {
class StoreService;
}

namespace nexvitad::ui {

class ProjectExplorer : public QTreeWidget
{
    Q_OBJECT
public:
    explicit ProjectExplorer(QWidget *parent = nullptr);

    // nullptr: no project open. The service must outlive its use here (the main window
    // owns both).
    void setStore(nexvitad::store::StoreService *store);
    void refresh();
    int itemCount(nexvitad::project::ItemGroup group) const;

signals:
    void refreshed();
    void itemActivated(nexvitad::project::ItemGroup group, qint64 id);

private:
    void populate(const std::vector<nexvitad::project::ProjectItem> &items);

    nexvitad::store::StoreService *m_store = nullptr;
    QTreeWidgetItem *m_groups[nexvitad::project::kItemGroupCount] = {};
    quint64 m_generation = 0; // drops answers to superseded refreshes
};

} // namespace nexvitad::ui
