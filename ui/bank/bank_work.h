#pragma once
// The engine side of the memory-bank builder, run on Job threads (never the GUI thread):
// what the project offers (datasets, training runs), building a bank and editing one. A built or edited bank is saved atomically and recorded in the
// project exactly as `nexvitad-cli bank --project` does (project::recordBank), and comes
// back with its prototype usage (infer::prototypeUsage).

#include "common/progress.h"
#include "infer/bank_builder.h"
#include "store/asset_records.h"
#include "store/project.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace nexvitad::ui {

using ProjectDataset = nexvitad::store::DatasetEntry;

struct BankSources
{
    std::vector<ProjectDataset> datasets;
    QStringList runDirs; // training run folders under the project's artifacts/runs
};

// Throws nexvitad::Error.
BankSources loadBankSources(const nexvitad::store::Project &project);

struct BankOutcome
{
    std::shared_ptr<const nexvitad::infer::MemoryBank> bank;
    QString path; // the bank file in the project
    qint64 bankId = 0;
    qint64 datasetId = 0;
    QString className;
    std::vector<std::vector<qint64>> usage; // infer::prototypeUsage
};

struct BankBuildParams
{
    nexvitad::store::Project project;
    nexvitad::infer::BankBuildRequest request;
    qint64 datasetId = 0;
    QString className;
    QString actor;
};

// Builds, saves, records. Throws nexvitad::Error, nexvitad::Canceled.
BankOutcome buildProjectBank(const BankBuildParams &params, nexvitad::Progress &progress);

// A bank of the project with its usage. Throws nexvitad::Error.
BankOutcome openProjectBank(const nexvitad::store::Project &project, qint64 bankId,
                            nexvitad::Progress &progress);

struct BankEditParams
{
    nexvitad::store::Project project;
    qint64 bankId = 0;
    QStringList remove; // SHA-256 of the images to drop
    QStringList add;    // image files to encode and add
    QString modelsDir;
    QString device;
    QString actor;
};

// Removes and adds images, re-clusters, saves the result as a new bank of the project
// (the old one stays, for the inspections made with it). Throws nexvitad::Error,
// nexvitad::Canceled.
BankOutcome editProjectBank(const BankEditParams &params, nexvitad::Progress &progress);

} // namespace nexvitad::ui

Q_DECLARE_METATYPE(std::shared_ptr<nexvitad::ui::BankOutcome>)
Q_DECLARE_METATYPE(std::shared_ptr<nexvitad::ui::BankSources>)
