#include "bank_work.h"

#include "common/error.h"
#include "infer/prototype_usage.h"
#include "project/inference_record.h"
#include "store/asset_records.h"
#include "store/recorded_job.h"
#include "train/run_folder.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

namespace nexvitad::ui {

namespace {
struct BankWork
{
    Q_DECLARE_TR_FUNCTIONS(BankWork)
};

using namespace nexvitad;

// Saves atomically outside the project, then lets recordBank adopt the file (an atomic copy
// into artifacts/banks/, then the rows in one transaction).
BankOutcome saveAndRecord(const store::Project &project, std::shared_ptr<infer::MemoryBank> bank,
                          qint64 datasetId, const QString &className, const QString &actor,
                          Progress &progress)
{
    QTemporaryDir scratch;
    if (!scratch.isValid())
        throw Error(BankWork::tr("Cannot create a temporary folder: %1").arg(scratch.errorString()));
    const QString file = scratch.filePath(QStringLiteral("memory-bank.bank"));
    progress.setStage(BankWork::tr("Saving"));
    bank->save(file);
    const project::RecordedBank recorded =
        project::recordBank(project, file, *bank, datasetId, className, actor);
    BankOutcome outcome;
    outcome.bankId = recorded.bankId;
    outcome.path = project.absolutePath(
        store::memoryBank(project.database(), recorded.bankId).file.storedPath);
    outcome.datasetId = datasetId;
    outcome.className = className;
    outcome.usage = infer::prototypeUsage(*bank, progress);
    outcome.bank = std::move(bank);
    return outcome;
}

BankOutcome editBank(const BankEditParams &params, Progress &progress)
{
    const store::StoredBank stored = store::memoryBank(params.project.database(), params.bankId);
    auto bank = std::make_shared<infer::MemoryBank>(
        infer::MemoryBank::load(params.project.absolutePath(stored.file.storedPath)));
    for (const QString &sha : params.remove)
        if (!bank->removeImage(sha))
            throw Error(BankWork::tr("The memory bank holds no image with SHA-256 %1.").arg(sha),
                        bank->sourcePath());
    Progress work = progress.child(0.0, 0.9);
    if (!params.add.isEmpty())
        infer::addImagesToBank(*bank, params.add, params.modelsDir, params.device, work);
    else
        bank->recluster(work);
    Progress saving = progress.child(0.9, 1.0);
    return saveAndRecord(params.project, std::move(bank), stored.datasetId, stored.className,
                         params.actor, saving);
}
} // namespace

BankSources loadBankSources(const store::Project &project)
{
    BankSources sources;
    sources.datasets = store::listDatasets(project.database());
    const QDir runs(project.artifactsFolder() + QStringLiteral("/runs"));
    for (const QString &name : runs.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        if (train::RunFolder(runs.filePath(name)).holdsRun())
            sources.runDirs << runs.filePath(name);
    return sources;
}

BankOutcome buildProjectBank(const BankBuildParams &params, Progress &progress)
{
    // The job's command says what was asked, like the CLI's arguments (data, not UI text).
    const QString command =
        QStringLiteral("gui: build memory bank, class %1, %2 images, K %3, encoder %4")
            .arg(params.className)
            .arg(params.request.images.size())
            .arg(params.request.clustering.k)
            .arg(params.request.encoder.runDir.isEmpty() ? QStringLiteral("untrained")
                                                         : params.request.encoder.runDir);
    return store::runRecordedJob(
        params.project.database(), QStringLiteral("bank"), command, [&](qint64) {
            auto bank = std::make_shared<infer::MemoryBank>(
                infer::buildBank(params.request, progress));
            return saveAndRecord(params.project, std::move(bank), params.datasetId,
                                 params.className, params.actor, progress);
        });
}

BankOutcome openProjectBank(const store::Project &project, qint64 bankId, Progress &progress)
{
    const store::StoredBank stored = store::memoryBank(project.database(), bankId);
    BankOutcome outcome;
    outcome.bankId = bankId;
    outcome.path = project.absolutePath(stored.file.storedPath);
    outcome.datasetId = stored.datasetId;
    outcome.className = stored.className;
    auto bank = std::make_shared<infer::MemoryBank>(infer::MemoryBank::load(outcome.path));
    outcome.usage = infer::prototypeUsage(*bank, progress);
    outcome.bank = std::move(bank);
    return outcome;
}

BankOutcome editProjectBank(const BankEditParams &params, Progress &progress)
{
    const QString command =
        QStringLiteral("gui: edit memory bank %1, remove %2 images, add %3 images")
            .arg(params.bankId)
            .arg(params.remove.size())
            .arg(params.add.size());
    return store::runRecordedJob(params.project.database(), QStringLiteral("bank"), command,
                                 [&](qint64) { return editBank(params, progress); });
}

} // namespace nexvitad::ui
