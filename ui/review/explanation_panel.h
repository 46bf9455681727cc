#pragma once
// Beside the review viewer's image: the explanation by retrieval of the clicked point or
// dragged region (or the stored one of a flagged image) - the image's patch next to the
// bank's nearest normal patches - or why there is none.

#include <QImage>
#include <QWidget>

class QLabel;
class QScrollArea;

namespace nexvitad::ui {

class ExplanationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ExplanationPanel(QWidget *parent = nullptr);

    void showHint();
    void showBusy();
    void showPicture(const QImage &picture, const QString &summary);
    // A bank that cannot explain, or a failure: the text instead of a picture.
    void showNote(const QString &note);

    const QImage &picture() const { return m_shown; }
    QString statusText() const;

private:
    QLabel *m_status = nullptr;
    QLabel *m_picture = nullptr;
    QScrollArea *m_scroll = nullptr;
    QImage m_shown;
};

} // namespace nexvitad::ui
