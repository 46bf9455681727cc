#include "good_image_model.h"

#include "job.h"
#include "widgets/thumbnail.h"

#include <QFileInfo>
#include <QIcon>
#include <QPixmap>

namespace nexvitad::ui {

GoodImageModel::GoodImageModel(QObject *parent)
    : QAbstractListModel(parent)
{
    QPixmap blank(kThumbnailSide, kThumbnailSide);
    blank.fill(QColor(220, 220, 220));
    m_placeholder = QIcon(blank);
}

GoodImageModel::~GoodImageModel()
{
    delete m_loader; // cancels and waits: no thumbnail is posted to a dead model
}

void GoodImageModel::setImages(const QStringList &paths)
{
    beginResetModel();
    delete m_loader;
    m_loader = nullptr;
    m_paths = paths;
    m_thumbnails.assign(size_t(paths.size()), QIcon());
    m_checked.clear();
    m_thumbnailCount = 0;
    const quint64 generation = ++m_generation;
    endResetModel();
    emit checkedCountChanged(0);
    if (paths.isEmpty())
        return;
    m_loader = new Job(tr("Load thumbnails"), [this, paths, generation](nexvitad::Progress &progress) {
        for (int i = 0; i < paths.size(); ++i) {
            progress.throwIfCanceled();
            const QImage image = readThumbnail(paths.at(i), kThumbnailSide);
            QMetaObject::invokeMethod(this, [this, generation, i, image] {
                setThumbnail(generation, i, image);
            }, Qt::QueuedConnection);
        }
        return QVariant();
    });
    m_loader->start();
}

void GoodImageModel::setThumbnail(quint64 generation, int row, const QImage &image)
{
    if (generation != m_generation || row >= int(m_thumbnails.size()))
        return;
    m_thumbnails[size_t(row)] = QIcon(QPixmap::fromImage(image));
    ++m_thumbnailCount;
    const QModelIndex i = index(row);
    emit dataChanged(i, i, {Qt::DecorationRole});
    if (m_thumbnailCount == int(m_thumbnails.size()))
        emit thumbnailsLoaded();
}

QStringList GoodImageModel::checkedImages() const
{
    QStringList out;
    for (const QString &p : m_paths)
        if (m_checked.contains(p))
            out << p;
    return out;
}

void GoodImageModel::setCheckedImages(const QStringList &paths)
{
    m_checked.clear();
    for (const QString &p : paths)
        if (m_paths.contains(p))
            m_checked.insert(p);
    if (!m_paths.isEmpty())
        emit dataChanged(index(0), index(int(m_paths.size()) - 1), {Qt::CheckStateRole});
    emit checkedCountChanged(checkedCount());
}

int GoodImageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_paths.size());
}

QVariant GoodImageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_paths.size())
        return {};
    const QString &path = m_paths.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QFileInfo(path).fileName();
    case Qt::ToolTipRole:
    case kPathRole:
        return path;
    case Qt::CheckStateRole:
        return m_checked.contains(path) ? Qt::Checked : Qt::Unchecked;
    case Qt::DecorationRole: {
        const QIcon &thumbnail = m_thumbnails[size_t(index.row())];
        return thumbnail.isNull() ? m_placeholder : thumbnail; // same size while loading
    }
    default:
        return {};
    }
}

bool GoodImageModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid())
        return false;
    const QString &path = m_paths.at(index.row());
    if (value.toInt() == Qt::Checked)
        m_checked.insert(path);
    else
        m_checked.remove(path);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedCountChanged(checkedCount());
    return true;
}

Qt::ItemFlags GoodImageModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index) | Qt::ItemIsUserCheckable;
}

} // namespace nexvitad::ui
