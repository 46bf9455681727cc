#include "cli_interrupt.h"

#include "common/progress.h"

#include <atomic>
#include <csignal>

namespace {
// Only lock-free atomics are touched in the handler (async-signal-safe).
std::atomic<nexvitad::Progress *> g_target{nullptr};
std::atomic<bool> g_interrupted{false};
struct sigaction g_previousInt;
struct sigaction g_previousTerm;

void onSignal(int signal)
{
    g_interrupted.store(true);
    if (nexvitad::Progress *p = g_target.load())
        p->cancel();
    // The next one terminates: a stuck job can still be killed from the keyboard.
    std::signal(signal, SIG_DFL);
}
} // namespace

CancelOnInterrupt::CancelOnInterrupt(nexvitad::Progress &progress)
{
    g_interrupted.store(false);
    g_target.store(&progress);
    struct sigaction action = {};
    action.sa_handler = &onSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, &g_previousInt);
    sigaction(SIGTERM, &action, &g_previousTerm);
}

CancelOnInterrupt::~CancelOnInterrupt()
{
    sigaction(SIGINT, &g_previousInt, nullptr);
    sigaction(SIGTERM, &g_previousTerm, nullptr);
    g_target.store(nullptr);
}

bool CancelOnInterrupt::interrupted()
{
    return g_interrupted.load();
}
