#pragma once
// Records a scanned dataset in a project: the bridge between the dataset import (data/)
// and the project store (store/), used by the GUI's import wizard and the CLI.

#include "data/manifest.h"

#include <QSqlDatabase>
#include <QString>

namespace nexvitad::project {

// The store's per-image manifest rows ({file, size, sha1, class, split, mask}) of a manifest.
QJsonArray manifestRows(const data::Manifest &manifest);

// Inserts the dataset with its classes and defect types in one transaction; returns its id.
qint64 registerDataset(const QSqlDatabase &db, const data::Manifest &manifest,
                       const QString &name);

struct DatasetRow
{
    qint64 id = 0;
    bool added = false; // false: the project already held this dataset
};

// The dataset row with the same root and the same manifest (hash), or a new one as
// registerDataset() makes it. The CLI's commands each scan the dataset they work on
// (synth, dataset inspect, train); the same files must not become one row per command.
DatasetRow findOrRegisterDataset(const QSqlDatabase &db, const data::Manifest &manifest,
                                 const QString &name);

} // namespace nexvitad::project
