#include "batch_table_model.h"

#include "widgets/verdict_style.h"

#include <QColor>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace nexvitad::ui {

BatchTableModel::BatchTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int BatchTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BatchTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BatchTableModel::verdictText(const QString &verdict)
{
    if (verdict == QLatin1String("pass"))
        return tr("Pass");
    if (verdict == QLatin1String("fail"))
        return tr("Fail");
    return tr("Review");
}

QString BatchTableModel::decisionText(const QString &decision)
{
    if (decision == QLatin1String("accept"))
        return tr("Accepted");
    if (decision == QLatin1String("reject"))
        return tr("Rejected");
    if (decision == QLatin1String("unsure"))
        return tr("Unsure");
    return QString();
}

QVariant BatchTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const BatchRow &r = m_rows[std::size_t(index.row())];
    if (role == kVerdictRole)
        return r.verdict;
    switch (index.column()) {
    case ThumbnailColumn:
        if (role == Qt::DecorationRole)
            return r.thumbnail;
        if (role == kSortRole)
            return r.score;
        break;
    case FileColumn:
        if (role == Qt::DisplayRole || role == kSortRole) {
            // With its folder: test sets repeat names (good/000.png, crack/000.png).
            const QFileInfo file(r.imagePath);
            return file.dir().dirName() + QLatin1Char('/') + file.fileName();
        }
        if (role == Qt::ToolTipRole)
            return r.imagePath;
        break;
    case ScoreColumn:
        if (role == Qt::DisplayRole)
            return QString::number(r.score, 'g', 5);
        if (role == kSortRole)
            return r.score;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case VerdictColumn:
        if (role == Qt::DisplayRole || role == kSortRole)
            return verdictText(r.verdict);
        if (role == Qt::BackgroundRole)
            return verdictBadgeColors(r.verdict).first;
        if (role == Qt::ForegroundRole)
            return verdictBadgeColors(r.verdict).second;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        break;
    case DecisionColumn:
        if (role == Qt::DisplayRole || role == kSortRole)
            return decisionText(r.decision);
        if (role == Qt::ToolTipRole && !r.decision.isEmpty())
            return r.comment.isEmpty() ? r.reviewer : tr("%1: %2").arg(r.reviewer, r.comment);
        break;
    default:
        break;
    }
    return {};
}

QVariant BatchTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ThumbnailColumn:
        return tr("Image");
    case FileColumn:
        return tr("File");
    case ScoreColumn:
        return tr("Score");
    case VerdictColumn:
        return tr("Verdict");
    case DecisionColumn:
        return tr("Decision");
    default:
        return {};
    }
}

void BatchTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_verdictCounts.clear();
    endResetModel();
}

void BatchTableModel::append(const BatchRow &row)
{
    const int at = rowCount();
    beginInsertRows({}, at, at);
    m_rows.push_back(row);
    ++m_verdictCounts[row.verdict];
    endInsertRows();
}

void BatchTableModel::setRows(std::vector<BatchRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_verdictCounts.clear();
    for (const BatchRow &r : m_rows)
        ++m_verdictCounts[r.verdict];
    endResetModel();
}

int BatchTableModel::findInspection(qint64 inspectionId) const
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(), [&](const BatchRow &r) {
        return r.inspectionId == inspectionId;
    });
    return it == m_rows.end() ? -1 : int(it - m_rows.begin());
}

void BatchTableModel::setDecision(int index, const QString &decision, const QString &reviewer,
                                  const QString &comment)
{
    BatchRow &r = m_rows.at(std::size_t(index));
    r.decision = decision;
    r.reviewer = reviewer;
    r.comment = comment;
    emit dataChanged(this->index(index, DecisionColumn), this->index(index, DecisionColumn));
}

int BatchTableModel::verdictCount(const QString &verdict) const
{
    const auto it = m_verdictCounts.find(verdict);
    return it == m_verdictCounts.end() ? 0 : it->second;
}

} // namespace nexvitad::ui
