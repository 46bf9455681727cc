#include "event_wait.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

namespace nexvitad::ui {

namespace screenshots {

bool waitUntil(const std::function<bool()> &ready, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!ready()) {
        if (clock.elapsed() >= timeoutMs)
            return ready();
        // A short-lived loop rather than processEvents(): it also sleeps in the event
        // dispatcher, so polling costs no CPU while the workers compute.
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
    QCoreApplication::sendPostedEvents();
}

} // namespace screenshots

} // namespace nexvitad::ui
