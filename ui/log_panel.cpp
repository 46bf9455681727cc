#include "log_panel.h"

#include "common/logging.h"

#include <QDateTime>
#include <QPointer>

namespace nexvitad::ui {

LogPanel::LogPanel(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("logPanel"));
    setReadOnly(true);
    setMaximumBlockCount(5000);
    QPointer<LogPanel> self(this);
    m_sinkId = nexvitad::logging::addSink([self](QtMsgType type, const QString &category,
                                                 const QString &text) {
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self,
            [self, type, category, text] {
                if (self)
                    self->appendMessage(type, category, text);
            },
            Qt::QueuedConnection);
    });
}

LogPanel::~LogPanel()
{
    nexvitad::logging::removeSink(m_sinkId);
}

void LogPanel::appendMessage(int type, const QString &category, const QString &text)
{
    QString level;
    switch (type) {
    case QtWarningMsg:
        level = tr("warning");
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        level = tr("error");
        break;
    default:
        level = tr("info");
        break;
    }
    appendPlainText(QStringLiteral("%1 [%2] %3: %4")
                        .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), level,
                             category, text));
}

} // namespace nexvitad::ui
