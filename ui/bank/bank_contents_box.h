#pragma once
// The open memory bank's images with pending edits: images marked for removal disappear
// from the list, images to add (checked in the grid) appear marked as new. "Re-cluster and
// save" asks the panel to apply the edits (a Job).

#include <QGroupBox>
#include <QSet>
#include <QStringList>

#include <vector>

class QLabel;
class QListWidget;
class QPushButton;

namespace nexvitad::infer {
class MemoryBank;
}

namespace nexvitad::ui {

class BankContentsBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit BankContentsBox(QWidget *parent = nullptr);

    // nullptr: no bank. Pending edits are dropped.
    void setBank(const nexvitad::infer::MemoryBank *bank, const QString &title);
    // Queues image files to add; those whose file name the bank already holds are skipped
    // (returned count: queued).
    int addImages(const QStringList &paths);
    void removeSelected();
    QStringList pendingRemovals() const; // SHA-256
    QStringList pendingAdditions() const { return m_add; }
    bool hasPendingEdits() const { return !m_remove.isEmpty() || !m_add.isEmpty(); }
    int listedImageCount() const;
    void setBusy(bool busy);

signals:
    void addRequested();
    void reclusterRequested();

private:
    struct Entry
    {
        QString sha256;
        QString name;
    };

    void relist();

    QLabel *m_title = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_reclusterButton = nullptr;
    std::vector<Entry> m_images; // the bank's, in bank order
    QSet<QString> m_remove;
    QStringList m_add;
    bool m_busy = false;
};

} // namespace nexvitad::ui
