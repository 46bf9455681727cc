#include "bank_contents_box.h"

#include "infer/memory_bank.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace nexvitad::ui {

namespace {
constexpr int kShaRole = Qt::UserRole + 1;
}

BankContentsBox::BankContentsBox(QWidget *parent)
    : QGroupBox(tr("Memory bank"), parent)
    , m_title(new QLabel(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("bankContentsBox"));
    m_title->setObjectName(QStringLiteral("bankTitleLabel"));
    m_title->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("bankImageList"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_addButton = new QPushButton(tr("&Add checked images"), this);
    m_addButton->setObjectName(QStringLiteral("addImagesButton"));
    m_addButton->setToolTip(tr("Queues the images checked in the grid; only they are encoded "
                               "when the bank is re-clustered."));
    m_removeButton = new QPushButton(tr("Re&move selected"), this);
    m_removeButton->setObjectName(QStringLiteral("removeImagesButton"));
    m_reclusterButton = new QPushButton(tr("Re-cl&uster and save"), this);
    m_reclusterButton->setObjectName(QStringLiteral("reclusterButton"));
    m_reclusterButton->setToolTip(tr("Applies the edits, clusters every layer again and saves "
                                     "the result as a new memory bank of the project."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addWidget(m_reclusterButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    connect(m_addButton, &QPushButton::clicked, this, &BankContentsBox::addRequested);
    connect(m_removeButton, &QPushButton::clicked, this, &BankContentsBox::removeSelected);
    connect(m_reclusterButton, &QPushButton::clicked, this, &BankContentsBox::reclusterRequested);
    setBank(nullptr, QString());
}

void BankContentsBox::setBank(const nexvitad::infer::MemoryBank *bank, const QString &title)
{
    m_images.clear();
    m_remove.clear();
    m_add.clear();
    if (bank)
        for (const nexvitad::infer::BankImage &image : bank->images())
            m_images.push_back({image.sha256, image.name});
    m_title->setText(bank ? title : tr("No memory bank open: build one, or open one from the "
                                       "project explorer."));
    setEnabled(bank != nullptr);
    relist();
}

int BankContentsBox::addImages(const QStringList &paths)
{
    QSet<QString> names;
    for (const Entry &e : m_images)
        names.insert(e.name);
    for (const QString &p : m_add)
        names.insert(QFileInfo(p).fileName());
    int queued = 0;
    for (const QString &p : paths) {
        if (names.contains(QFileInfo(p).fileName()))
            continue;
        names.insert(QFileInfo(p).fileName());
        m_add << p;
        ++queued;
    }
    relist();
    return queued;
}

void BankContentsBox::removeSelected()
{
    for (const QListWidgetItem *item : m_list->selectedItems()) {
        const QString key = item->data(kShaRole).toString();
        if (!m_add.removeOne(key)) // a queued addition is simply dropped
            m_remove.insert(key);
    }
    relist();
}

QStringList BankContentsBox::pendingRemovals() const
{
    return QStringList(m_remove.cbegin(), m_remove.cend());
}

int BankContentsBox::listedImageCount() const
{
    return m_list->count();
}

void BankContentsBox::setBusy(bool busy)
{
    m_busy = busy;
    relist();
}

void BankContentsBox::relist()
{
    m_list->clear();
    for (const Entry &e : m_images) {
        if (m_remove.contains(e.sha256))
            continue;
        auto *item = new QListWidgetItem(e.name, m_list);
        item->setData(kShaRole, e.sha256);
        item->setToolTip(tr("SHA-256 %1").arg(e.sha256));
    }
    for (const QString &p : m_add) {
        auto *item = new QListWidgetItem(tr("%1 (new)").arg(QFileInfo(p).fileName()), m_list);
        item->setData(kShaRole, p); // the key of a queued addition is its path
        item->setToolTip(p);
        QFont italic = item->font();
        italic.setItalic(true);
        item->setFont(italic);
    }
    m_addButton->setEnabled(!m_busy);
    m_removeButton->setEnabled(!m_busy);
    m_reclusterButton->setEnabled(!m_busy && !m_images.empty());
}

} // namespace nexvitad::ui
