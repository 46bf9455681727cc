#pragma once
// Every file the database refers to, found through the schema convention (schema.h): each
// column named <x>_path, with <x>_sha256 beside it when the table has one. Finding them
// from the schema itself means a table added by a later migration is covered without a
// list to keep in sync, so recovery never deletes a file that some row refers to.

#include <QSqlDatabase>
#include <QSet>
#include <QString>

#include <vector>

namespace nexvitad::store {

struct ArtifactReference
{
    QString table;
    QString column;
    qint64 rowId = 0;
    QString path;   // as stored: relative to the project folder for the store's files
    QString sha256; // empty when the table keeps no hash for this column
};

std::vector<ArtifactReference> artifactReferences(const QSqlDatabase &db);

// The stored paths of artifactReferences(), for fast membership tests.
QSet<QString> referencedPaths(const QSqlDatabase &db);

// Whether a stored path points into the project's artifacts/ folder (the store's own
// files) rather than to a user file outside the project, e.g. an inspected image.
bool isProjectArtifact(const QString &storedPath);

} // namespace nexvitad::store
