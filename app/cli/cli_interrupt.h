#pragma once
// Ctrl-C for long CLI commands: while a CancelOnInterrupt lives, SIGINT and SIGTERM cancel
// the given Progress (the engine stops at its next check and cleans up) instead of killing
// the process mid-write. A second Ctrl-C kills as usual. Previous handlers are restored.

namespace nexvitad {
class Progress;
}

class CancelOnInterrupt
{
public:
    explicit CancelOnInterrupt(nexvitad::Progress &progress);
    ~CancelOnInterrupt();
    CancelOnInterrupt(const CancelOnInterrupt &) = delete;
    CancelOnInterrupt &operator=(const CancelOnInterrupt &) = delete;

    // Whether a signal arrived while this guard was alive.
    static bool interrupted();
};
