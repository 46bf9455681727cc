#pragma once
// Releases the calling thread's database connection of a project when the scope ends,
// however it ends: for work run on a worker thread that uses Project::database().

#include "store/project.h"

namespace nexvitad::store {

struct ThreadConnectionScope
{
    const Project &project;
    ~ThreadConnectionScope() { project.releaseThreadConnection(); }
};

} // namespace nexvitad::store
