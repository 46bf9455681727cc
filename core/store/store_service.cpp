#include "store/store_service.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace nexvitad::store {

struct StoreService::Impl
{
    explicit Impl(Project p)
        : project(std::move(p))
    {
    }

    void loop()
    {
        for (;;) {
            std::function<void(const Project &)> task;
            {
                std::unique_lock lock(mutex);
                wake.wait(lock, [this] { return stopping || !queue.empty(); });
                if (queue.empty())
                    break; // stopping, and everything queued has run
                task = std::move(queue.front());
                queue.pop_front();
            }
            task(project); // exceptions go into the task's future
        }
        project.releaseThreadConnection();
    }

    Project project;
    std::mutex mutex;
    std::condition_variable wake;
    std::deque<std::function<void(const Project &)>> queue;
    bool stopping = false;
    std::thread thread;
};

StoreService::StoreService(Project project)
    : d(std::make_unique<Impl>(std::move(project)))
{
    d->thread = std::thread([impl = d.get()] { impl->loop(); });
}

StoreService::~StoreService()
{
    {
        std::lock_guard lock(d->mutex);
        d->stopping = true;
    }
    d->wake.notify_one();
    d->thread.join();
}

const Project &StoreService::project() const
{
    return d->project;
}

void StoreService::post(std::function<void(const Project &)> task)
{
    {
        std::lock_guard lock(d->mutex);
        d->queue.push_back(std::move(task));
    }
    d->wake.notify_one();
}

} // namespace nexvitad::store
