#include "project/project_contents.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace nexvitad::project {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::project)
};

// Each query returns (id, title, detail, created_at). No user values are bound: the SQL is
// constant.
struct GroupQuery
{
    ItemGroup group;
    const char *sql;
};

constexpr GroupQuery kQueries[] = {
    {ItemGroup::Datasets,
     "SELECT id, name, layout, created_at FROM datasets ORDER BY id DESC"},
    {ItemGroup::Runs,
     "SELECT r.id, '', j.status, j.created_at FROM training_runs r JOIN jobs j ON j.id = r.job_id"
     " ORDER BY r.id DESC"},
    {ItemGroup::Banks,
     "SELECT id, COALESCE(class_name, ''), k, created_at FROM memory_banks ORDER BY id DESC"},
    {ItemGroup::Inspections,
     "SELECT b.id, b.source, (SELECT COUNT(*) FROM inspections i WHERE i.batch_id = b.id),"
     " b.created_at FROM inspection_batches b ORDER BY b.id DESC"},
    {ItemGroup::Evaluations,
     "SELECT id, '', '', created_at FROM evaluations ORDER BY id DESC"},
    {ItemGroup::Reports, "SELECT id, title, kind, created_at FROM reports ORDER BY id DESC"},
};

QString titleFor(ItemGroup group, qint64 id, const QString &text)
{
    switch (group) {
    case ItemGroup::Runs:
        return Tr::tr("Training run %1").arg(id);
    case ItemGroup::Banks:
        return text.isEmpty() ? Tr::tr("Memory bank %1").arg(id)
                              : Tr::tr("Memory bank %1 (%2)").arg(id).arg(text);
    case ItemGroup::Inspections:
        return Tr::tr("Inspection batch %1").arg(id);
    case ItemGroup::Evaluations:
        return Tr::tr("Evaluation %1").arg(id);
    case ItemGroup::Datasets:
    case ItemGroup::Reports:
        break;
    }
    return text;
}

QString detailFor(ItemGroup group, const QString &text)
{
    switch (group) {
    case ItemGroup::Banks:
        return Tr::tr("K = %1").arg(text);
    case ItemGroup::Inspections:
        return Tr::tr("%1 image(s)").arg(text);
    default:
        return text;
    }
}
} // namespace

std::vector<ProjectItem> listProjectItems(const QSqlDatabase &db)
{
    std::vector<ProjectItem> items;
    for (const GroupQuery &g : kQueries) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromLatin1(g.sql)))
            throw Error(Tr::tr("Cannot list the project: %1").arg(q.lastError().text()),
                        db.databaseName());
        while (q.next()) {
            ProjectItem item;
            item.group = g.group;
            item.id = q.value(0).toLongLong();
            item.title = titleFor(g.group, item.id, q.value(1).toString());
            item.detail = detailFor(g.group, q.value(2).toString());
            item.createdAt = q.value(3).toString();
            items.push_back(item);
        }
    }
    return items;
}

} // namespace nexvitad::project
