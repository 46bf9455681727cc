#include "project_explorer.h"

#include "store/store_service.h"

#include <QHeaderView>

namespace nexvitad::ui {

using nexvitad::project::ItemGroup;

namespace {
constexpr int kIdRole = Qt::UserRole;
constexpr int kGroupRole = Qt::UserRole + 1;
} // namespace

ProjectExplorer::ProjectExplorer(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("projectExplorer"));
    setColumnCount(2);
    setHeaderLabels({tr("Item"), tr("Details")});
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    const QString names[] = {tr("Datasets"),    tr("Training runs"), tr("Memory banks"),
                             tr("Inspections"), tr("Evaluations"),   tr("Reports")};
    for (int g = 0; g < nexvitad::project::kItemGroupCount; ++g) {
        m_groups[g] = new QTreeWidgetItem(this, {names[g]});
        m_groups[g]->setFlags(Qt::ItemIsEnabled);
    }
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->parent())
            emit itemActivated(ItemGroup(item->data(0, kGroupRole).toInt()),
                               item->data(0, kIdRole).toLongLong());
    });
    setEnabled(false);
}

void ProjectExplorer::setStore(nexvitad::store::StoreService *store)
{
    m_store = store;
    setEnabled(store != nullptr);
    populate({});
    if (store)
        refresh();
}

void ProjectExplorer::refresh()
{
    if (!m_store)
        return;
    const quint64 generation = ++m_generation;
    m_store->run([](const QSqlDatabase &db) { return nexvitad::project::listProjectItems(db); })
        .then(this,
              [this, generation](const std::vector<nexvitad::project::ProjectItem> &items) {
                  if (generation == m_generation)
                      populate(items);
              })
        .onFailed(this, [this](const std::exception &e) {
            setToolTip(QString::fromLocal8Bit(e.what()));
        });
}

void ProjectExplorer::populate(const std::vector<nexvitad::project::ProjectItem> &items)
{
    for (QTreeWidgetItem *group : m_groups)
        qDeleteAll(group->takeChildren());
    for (const auto &item : items) {
        auto *row = new QTreeWidgetItem(m_groups[int(item.group)], {item.title, item.detail});
        row->setData(0, kIdRole, item.id);
        row->setData(0, kGroupRole, int(item.group));
        row->setToolTip(0, item.createdAt);
    }
    for (QTreeWidgetItem *group : m_groups)
        group->setExpanded(true);
    emit refreshed();
}

int ProjectExplorer::itemCount(ItemGroup group) const
{
    return m_groups[int(group)]->childCount();
}

} // namespace nexvitad::ui
