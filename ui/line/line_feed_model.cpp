#include "line_feed_model.h"

#include "widgets/verdict_style.h"

namespace nexvitad::ui {

LineFeedModel::LineFeedModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent), m_capacity(std::max(1, capacity))
{
}

int LineFeedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int LineFeedModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LineFeedModel::verdictKey(const nexvitad::line::LineItem &item)
{
    if (item.unreadable)
        return QStringLiteral("unreadable");
    return item.verdict ? nexvitad::infer::verdictKey(*item.verdict) : QStringLiteral("none");
}

QString LineFeedModel::verdictText(const QString &key)
{
    if (key == QLatin1String("pass"))
        return tr("Pass");
    if (key == QLatin1String("review"))
        return tr("Review");
    if (key == QLatin1String("fail"))
        return tr("Fail");
    if (key == QLatin1String("unreadable"))
        return tr("Unreadable");
    return tr("No verdict");
}

QVariant LineFeedModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_items.size()))
        return {};
    const Entry &e = m_items[size_t(index.row())];
    const QString key = verdictKey(e.item);
    if (role == kVerdictRole)
        return key;
    switch (index.column()) {
    case ThumbnailColumn:
        if (role == Qt::DecorationRole)
            return e.thumbnail;
        break;
    case TimeColumn:
        if (role == Qt::DisplayRole)
            return e.item.at.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
        break;
    case FileColumn:
        if (role == Qt::DisplayRole)
            return e.item.file.name;
        if (role == Qt::ToolTipRole)
            return e.item.unreadable ? e.item.error
                                     : (e.item.movedTo.isEmpty() ? e.item.source : e.item.movedTo);
        break;
    case ScoreColumn:
        if (role == Qt::DisplayRole && !e.item.unreadable)
            return QString::number(double(e.item.score), 'f', 4);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case VerdictColumn:
        if (role == Qt::DisplayRole)
            return verdictText(key);
        if (role == Qt::BackgroundRole)
            return verdictBadgeColors(key).first;
        if (role == Qt::ForegroundRole)
            return verdictBadgeColors(key).second;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant LineFeedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ThumbnailColumn:
        return tr("Image");
    case TimeColumn:
        return tr("Time");
    case FileColumn:
        return tr("File");
    case ScoreColumn:
        return tr("Score");
    case VerdictColumn:
        return tr("Verdict");
    default:
        return {};
    }
}

void LineFeedModel::clear()
{
    beginResetModel();
    m_items.clear();
    endResetModel();
}

void LineFeedModel::prepend(const nexvitad::line::LineItem &item)
{
    if (int(m_items.size()) >= m_capacity) {
        beginRemoveRows({}, int(m_items.size()) - 1, int(m_items.size()) - 1);
        m_items.pop_back();
        endRemoveRows();
    }
    beginInsertRows({}, 0, 0);
    m_items.push_front(Entry{item, QPixmap::fromImage(item.thumbnail)});
    endInsertRows();
}

} // namespace nexvitad::ui
