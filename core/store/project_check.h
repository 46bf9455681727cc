#pragma once
// A full check of a project: SQLite's integrity_check and foreign_key_check, and every
// artifact the database refers to exists and matches its recorded SHA-256.

#include "common/progress.h"

#include <QStringList>

namespace nexvitad::store {

class Project;

struct CheckResult
{
    QStringList problems; // empty when the project is sound
    int artifactsChecked = 0;
    bool ok() const { return problems.isEmpty(); }
};

CheckResult checkProject(const Project &project, Progress &progress = Progress::none());

} // namespace nexvitad::store
