#pragma once
// Waiting for asynchronous GUI work (scans, thumbnails, overlay renders, previews) in the
// screenshot tour: the event loop keeps running while `ready` is polled, so queued results
// arrive; a fixed sleep would either waste time or capture half-finished screens.

#include <functional>

namespace nexvitad::ui {

namespace screenshots {

// Runs the event loop until `ready()` is true or `timeoutMs` has passed; returns ready().
bool waitUntil(const std::function<bool()> &ready, int timeoutMs);

// Lets queued events (layouts, queued replots, paint requests) settle for about `ms`.
void settle(int ms = 150);

} // namespace screenshots

} // namespace nexvitad::ui
