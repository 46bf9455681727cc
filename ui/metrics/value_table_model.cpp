#include "value_table_model.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace nexvitad::ui {

ValueTableModel::ValueTableModel(const QStringList &headers, QObject *parent)
    : QAbstractTableModel(parent), m_headers(headers)
{
}

void ValueTableModel::setRows(std::vector<QVariantList> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ValueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ValueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant ValueTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= m_rows[index.row()].size())
        return {};
    const QVariant &value = m_rows[index.row()][index.column()];
    switch (role) {
    case Qt::UserRole:
        return value;
    case Qt::TextAlignmentRole:
        return value.typeId() == QMetaType::QString ? QVariant()
                                                    : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DisplayRole:
        if (!value.isValid())
            return tr("undefined");
        if (value.typeId() == QMetaType::Double)
            return QString::number(value.toDouble(), 'f', 4);
        return value;
    default:
        return {};
    }
}

QVariant ValueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_headers.size())
        return m_headers[section];
    return QAbstractTableModel::headerData(section, orientation, role);
}

QTableView *sortableTableView(ValueTableModel *model, const QString &objectName, QWidget *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(Qt::UserRole);
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(proxy);
    // The model's own order (e.g. good first) until a header is clicked.
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view->setSortingEnabled(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->verticalHeader()->hide();
    return view;
}

} // namespace nexvitad::ui
