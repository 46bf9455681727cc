#include "store/artifact_references.h"

#include "store/project.h"
#include "store/sql.h"

#include <QStringList>

namespace nexvitad::store {

namespace {
// Identifiers cannot be bound; these come from sqlite_schema (possibly of an imported,
// untrusted file), so they are quoted rather than trusted.
QString quoted(const QString &identifier)
{
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}
} // namespace

std::vector<ArtifactReference> artifactReferences(const QSqlDatabase &db)
{
    QStringList tables;
    {
        QSqlQuery q = exec(db, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"
                                              " AND name NOT LIKE 'sqlite_%' ORDER BY name"));
        while (q.next())
            tables << q.value(0).toString();
    }
    std::vector<ArtifactReference> references;
    for (const QString &table : std::as_const(tables)) {
        QStringList columns;
        {
            QSqlQuery q = exec(db, QStringLiteral("SELECT name FROM pragma_table_info(?)"), {table});
            while (q.next())
                columns << q.value(0).toString();
        }
        for (const QString &column : std::as_const(columns)) {
            if (!column.endsWith(QLatin1String("_path")))
                continue;
            const QString hashColumn = column.chopped(5) + QStringLiteral("_sha256");
            const bool hashed = columns.contains(hashColumn);
            const QString sql = QStringLiteral("SELECT rowid, %1, %2 FROM %3 WHERE %1 IS NOT NULL")
                                    .arg(quoted(column),
                                         hashed ? quoted(hashColumn) : QStringLiteral("NULL"),
                                         quoted(table));
            QSqlQuery q = exec(db, sql);
            while (q.next())
                references.push_back({table, column, q.value(0).toLongLong(),
                                      q.value(1).toString(), q.value(2).toString()});
        }
    }
    return references;
}

QSet<QString> referencedPaths(const QSqlDatabase &db)
{
    QSet<QString> paths;
    for (const ArtifactReference &reference : artifactReferences(db))
        paths.insert(reference.path);
    return paths;
}

bool isProjectArtifact(const QString &storedPath)
{
    return storedPath.startsWith(Project::artifactsFolderName() + QLatin1Char('/'));
}

} // namespace nexvitad::store
