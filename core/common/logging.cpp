#include "common/logging.h"

#include <QMutex>

#include <map>

Q_LOGGING_CATEGORY(lcCore, "nexvitad.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcData, "nexvitad.data", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModel, "nexvitad.model", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTrain, "nexvitad.train", QtInfoMsg)
Q_LOGGING_CATEGORY(lcInfer, "nexvitad.infer", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "nexvitad.store", QtInfoMsg)

namespace nexvitad::logging {

namespace {
struct Registry
{
    QMutex mutex;
    std::map<int, Sink> sinks;
    int nextId = 1;
    QtMessageHandler previous = nullptr;
    bool installed = false;
};

Registry &registry()
{
    static Registry r;
    return r;
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    Registry &r = registry();
    if (r.previous)
        r.previous(type, context, text);
    std::map<int, Sink> sinks;
    {
        QMutexLocker lock(&r.mutex);
        sinks = r.sinks; // call sinks without the lock: a sink may log itself
    }
    const QString category = QString::fromUtf8(context.category ? context.category : "default");
    for (auto &[id, sink] : sinks)
        sink(type, category, text);
}
} // namespace

void installHandler()
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    if (r.installed)
        return;
    r.installed = true;
    r.previous = qInstallMessageHandler(handler);
}

int addSink(Sink sink)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    const int id = r.nextId++;
    r.sinks.emplace(id, std::move(sink));
    return id;
}

void removeSink(int id)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.sinks.erase(id);
}

} // namespace nexvitad::logging
