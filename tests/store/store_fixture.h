#pragma once
// Shared by the store tests: a project filled with one row of every kind (with real
// artifact files), and helpers to compare folders and count rows.

#include "store/project.h"

#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace storetest {

struct FilledIds
{
    qint64 dataset = 0, job = 0, run = 0, model = 0, bank = 0, batch = 0, inspection = 0,
           evaluation = 0, report = 0;
};

// One dataset (classes, split), a completed training job with a run and two epochs, a
// model with a checkpoint artifact, a memory bank with a bank file, an inspection batch
// with one reviewed inspection and a heat map, an evaluation and a report.
FilledIds fillProject(const nexvitad::store::Project &project);

// Relative path -> SHA-256 of every file under `folder`.
QMap<QString, QByteArray> folderDigest(const QString &folder);

// Rows in `table` (a name from the test itself, never input).
int rowCount(const QSqlDatabase &db, const QString &table);

} // namespace storetest
