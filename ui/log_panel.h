#pragma once
// The log/problems panel: shows the engine's categorised log messages, thread-safe (the
// engine logs from worker threads; messages are queued to the GUI thread).

#include <QPlainTextEdit>

namespace nexvitad::ui {

class LogPanel : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit LogPanel(QWidget *parent = nullptr);
    ~LogPanel() override;

    void appendMessage(int type, const QString &category, const QString &text);

private:
    int m_sinkId = 0;
};

} // namespace nexvitad::ui
