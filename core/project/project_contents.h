#pragma once
// What the project explorer lists: one row per dataset, training run, memory bank,
// inspection batch, evaluation and report, newest first within each group.

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace nexvitad::project {

enum class ItemGroup { Datasets, Runs, Banks, Inspections, Evaluations, Reports };
constexpr int kItemGroupCount = 6;

struct ProjectItem
{
    ItemGroup group = ItemGroup::Datasets;
    qint64 id = 0;
    QString title;  // name or a generated label ("Run 3")
    QString detail; // status, class, counts: one short line
    QString createdAt;
};

std::vector<ProjectItem> listProjectItems(const QSqlDatabase &db);

} // namespace nexvitad::project
