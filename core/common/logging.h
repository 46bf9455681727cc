#pragma once
// Qt categorised logging, one category per engine layer, so a user can enable e.g.
// QT_LOGGING_RULES="nexvitad.train.debug=true" without recompiling.

#include <QLoggingCategory>

#include <functional>

Q_DECLARE_LOGGING_CATEGORY(lcCore)
Q_DECLARE_LOGGING_CATEGORY(lcData)
Q_DECLARE_LOGGING_CATEGORY(lcModel)
Q_DECLARE_LOGGING_CATEGORY(lcTrain)
Q_DECLARE_LOGGING_CATEGORY(lcInfer)
Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace nexvitad::logging {

// A sink receives every formatted message (the GUI's log panel, a run's log file).
using Sink = std::function<void(QtMsgType type, const QString &category, const QString &text)>;

// Installs a message handler that forwards to the previous handler and to all sinks.
void installHandler();
int addSink(Sink sink);
void removeSink(int id);

} // namespace nexvitad::logging
