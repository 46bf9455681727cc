#pragma once
// The asynchronous face of a project for the GUI: one worker thread owns its own SQLite
// connection and runs queued database work in order, returning QFutures. The GUI thread
// never waits on SQLite (busy_timeout can be seconds while another process writes);
// it continues with QFuture::then(context, ...). Long engine jobs (training, inspection)
// run on their own worker threads and use Project::database() there directly.
//
//   service.run([id](const QSqlDatabase &db) { return store::job(db, id); })
//       .then(this, [this](const store::JobRecord &job) { showJob(job); });
//
// Exceptions thrown by the function (nexvitad::Error) reach the future (onFailed()).

#include "store/project.h"

#include <QFuture>
#include <QPromise>
#include <QSqlDatabase>

#include <exception>
#include <functional>
#include <memory>
#include <type_traits>

namespace nexvitad::store {

class StoreService
{
public:
    explicit StoreService(Project project);
    // Runs the work already queued, then stops the thread.
    ~StoreService();
    StoreService(const StoreService &) = delete;
    StoreService &operator=(const StoreService &) = delete;

    const Project &project() const;

    template <typename F>
    auto run(F function) -> QFuture<std::invoke_result_t<F, const QSqlDatabase &>>
    {
        using Result = std::invoke_result_t<F, const QSqlDatabase &>;
        auto promise = std::make_shared<QPromise<Result>>();
        QFuture<Result> future = promise->future();
        promise->start();
        post([promise, function = std::move(function)](const Project &project) mutable {
            try {
                if constexpr (std::is_void_v<Result>)
                    function(project.database());
                else
                    promise->addResult(function(project.database()));
            } catch (...) {
                promise->setException(std::current_exception());
            }
            promise->finish();
        });
        return future;
    }

private:
    void post(std::function<void(const Project &)> task);

    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace nexvitad::store
