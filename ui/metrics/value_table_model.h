#pragma once
// A read-only table of values for the dashboard's tables (per defect type, per class):
// numbers are shown with four decimals (counts as integers), a missing value as
// "undefined", and sorting (through a QSortFilterProxyModel on Qt::UserRole) uses the
// values themselves, so 0.9 sorts above 0.10 and undefined values sort last.

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariant>
#include <vector>

class QSortFilterProxyModel;
class QTableView;

namespace nexvitad::ui {

class ValueTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ValueTableModel(const QStringList &headers, QObject *parent = nullptr);

    // Each row has one value per header: QString, int, double, or an invalid QVariant for
    // "undefined".
    void setRows(std::vector<QVariantList> rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    std::vector<QVariantList> m_rows;
};

// A table view over `model` through a sorting proxy (click a header to sort).
QTableView *sortableTableView(ValueTableModel *model, const QString &objectName, QWidget *parent);

} // namespace nexvitad::ui
