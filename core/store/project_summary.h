#pragma once
// What a project holds, in numbers: for `project info` and the GUI's project page.

#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace nexvitad::store {

struct ProjectSummary
{
    int schemaVersion = 0;
    QMap<QString, int> rows;         // table -> row count, for the tables users know
    QMap<QString, int> jobsByStatus; // "pending", "running", ... -> count
};

ProjectSummary summarizeProject(const QSqlDatabase &db);

} // namespace nexvitad::store
