#pragma once
// The good images of a target class as a checkable thumbnail list (icon mode). Thumbnails
// are decoded on a Job thread and arrive one by one; the GUI thread only stores them.
// Replacing the images cancels the previous decoding and drops its late thumbnails.

#include <QAbstractListModel>
#include <QIcon>
#include <QImage>
#include <QSet>
#include <QStringList>

#include <vector>

namespace nexvitad::ui {

class Job;

class GoodImageModel : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr int kThumbnailSide = 96;
    static constexpr int kPathRole = Qt::UserRole + 1;

    explicit GoodImageModel(QObject *parent = nullptr);
    ~GoodImageModel() override;

    // Absolute image files; none checked.
    void setImages(const QStringList &paths);
    const QStringList &images() const { return m_paths; }
    QStringList checkedImages() const; // in list order
    // Checks exactly these paths (others unchecked).
    void setCheckedImages(const QStringList &paths);
    int checkedCount() const { return int(m_checked.size()); }
    int thumbnailCount() const { return m_thumbnailCount; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void checkedCountChanged(int count);
    void thumbnailsLoaded(); // every thumbnail of the current images has arrived

private:
    void setThumbnail(quint64 generation, int row, const QImage &image);

    QStringList m_paths;
    std::vector<QIcon> m_thumbnails; // made on the GUI thread from the decoded images
    QIcon m_placeholder;             // until an image's thumbnail arrives
    QSet<QString> m_checked;
    int m_thumbnailCount = 0;
    quint64 m_generation = 0;
    Job *m_loader = nullptr;
};

} // namespace nexvitad::ui
