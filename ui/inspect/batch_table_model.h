#pragma once
// The review list's model: one row per inspected image (thumbnail, file name, score,
// verdict badge, reviewer decision). Sorting and the verdict filter live in a
// QSortFilterProxyModel on top (kSortRole, kVerdictRole).

#include "batch_rows.h"

#include <QAbstractTableModel>

#include <map>
#include <vector>

namespace nexvitad::ui {

class BatchTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ThumbnailColumn, FileColumn, ScoreColumn, VerdictColumn, DecisionColumn,
                  ColumnCount };
    static constexpr int kSortRole = Qt::UserRole;        // score as a number, else text
    static constexpr int kVerdictRole = Qt::UserRole + 1; // "pass" | "review" | "fail"

    explicit BatchTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void clear();
    void append(const BatchRow &row);
    void setRows(std::vector<BatchRow> rows);
    // The row of a recorded inspection, or -1.
    int findInspection(qint64 inspectionId) const;
    const BatchRow &row(int index) const { return m_rows.at(std::size_t(index)); }
    void setDecision(int index, const QString &decision, const QString &reviewer,
                     const QString &comment);
    // Rows per verdict key.
    int verdictCount(const QString &verdict) const;

    static QString verdictText(const QString &verdict);
    static QString decisionText(const QString &decision);

private:
    std::vector<BatchRow> m_rows;
    std::map<QString, int> m_verdictCounts; // kept as rows come, not recounted per row
};

} // namespace nexvitad::ui
