#include "explanation_panel.h"

#include <QLabel>
#include <QPixmap>
#include <QScrollArea>
#include <QVBoxLayout>

namespace nexvitad::ui {

ExplanationPanel::ExplanationPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("explanationPanel"));
    auto *title = new QLabel(tr("<b>Nearest normal patches</b>"), this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("explanationStatus"));
    m_status->setWordWrap(true);
    m_picture = new QLabel(this);
    m_picture->setObjectName(QStringLiteral("explanationPicture"));
    m_picture->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_picture);
    m_scroll->setWidgetResizable(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_status);
    layout->addWidget(m_scroll, 1);
    showHint();
}

void ExplanationPanel::showHint()
{
    m_shown = QImage();
    m_picture->clear();
    m_status->setText(tr("Click the image (Shift+drag: a region) to see which normal patches of "
                         "the memory bank it is closest to."));
}

void ExplanationPanel::showBusy()
{
    m_status->setText(tr("Looking for the nearest normal patches..."));
}

void ExplanationPanel::showPicture(const QImage &picture, const QString &summary)
{
    m_shown = picture;
    m_picture->setPixmap(QPixmap::fromImage(picture));
    m_status->setText(summary);
}

void ExplanationPanel::showNote(const QString &note)
{
    m_shown = QImage();
    m_picture->clear();
    m_status->setText(note);
}

QString ExplanationPanel::statusText() const
{
    return m_status->text();
}

} // namespace nexvitad::ui
