#pragma once
// The Line tab's live feed: the last images the watcher judged, newest first (thumbnail,
// time, file, score, verdict badge). Bounded: a line runs for days, the feed keeps the
// last `capacity` images; the project keeps them all.

#include "line/line_watcher.h"

#include <QAbstractTableModel>
#include <QPixmap>

#include <deque>

namespace nexvitad::ui {

class LineFeedModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ThumbnailColumn, TimeColumn, FileColumn, ScoreColumn, VerdictColumn,
                  ColumnCount };
    static constexpr int kVerdictRole = Qt::UserRole; // "pass" | "review" | "fail" | ...

    explicit LineFeedModel(int capacity = 200, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void clear();
    // Adds at the top; drops the oldest beyond the capacity.
    void prepend(const nexvitad::line::LineItem &item);
    const nexvitad::line::LineItem &item(int row) const { return m_items.at(size_t(row)).item; }

    // "pass", "review", "fail", "none" (no threshold) or "unreadable".
    static QString verdictKey(const nexvitad::line::LineItem &item);
    static QString verdictText(const QString &key);

private:
    struct Entry
    {
        nexvitad::line::LineItem item;
        QPixmap thumbnail;
    };
    int m_capacity;
    std::deque<Entry> m_items;
};

} // namespace nexvitad::ui
