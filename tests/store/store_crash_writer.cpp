// Test helper for test_store_crash: writes artifacts and rows into a project in an endless
// loop, the way the engine does (artifact first, then its rows in one transaction), until
// the test kills it with SIGKILL. Prints "ready" once the project is open.
//
//   store_crash_writer <project folder> <seed>

#include "common/error.h"
#include "store/artifacts.h"
#include "store/asset_records.h"
#include "store/job_records.h"
#include "store/project.h"
#include "store/result_records.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>

using namespace nexvitad::store;

namespace {
QByteArray randomBytes(QRandomGenerator &rng)
{
    QByteArray bytes(int(rng.bounded(1024, 192 * 1024)), Qt::Uninitialized);
    rng.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return bytes;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    try {
        const Project project = Project::open(QString::fromLocal8Bit(argv[1]), OpenMode::ReadWrite);
        const QSqlDatabase db = project.database();
        QRandomGenerator rng(quint32(QByteArray(argv[2]).toUInt()));
        std::puts("ready");
        std::fflush(stdout);
        for (;;) {
            const qint64 jobId = createJob(db, "crash-test", "store_crash_writer");
            transitionJob(db, jobId, JobStatus::Running);

            ModelRecord model;
            model.name = QStringLiteral("model");
            model.checkpoint = writeArtifact(project, "checkpoints",
                                             uniqueArtifactName("model", ".nvckpt"), randomBytes(rng));
            const qint64 modelId = registerModel(db, model, "writer");
            setJobProgress(db, jobId, 0.5);

            // Several files, then all their rows in one transaction.
            BankRecord bank;
            bank.modelId = modelId;
            bank.k = 4;
            bank.file = writeArtifact(project, "banks", uniqueArtifactName("bank", ".nvbank"),
                                      randomBytes(rng));
            InspectionRecord inspection;
            inspection.imagePath = QStringLiteral("/images/0001.png");
            inspection.score = rng.generateDouble();
            inspection.map = writeArtifact(project, "maps", uniqueArtifactName("map", ".png"),
                                           randomBytes(rng));
            {
                Transaction transaction(db);
                bank.thresholds.image = 0.5;
                const qint64 bankId = registerBank(db, bank, "writer");
                inspection.batchId = createInspectionBatch(db, bankId, jobId, "camera");
                addInspection(db, inspection);
                setBankThresholds(db, bankId, {rng.generateDouble(), {}}, "writer", "tuning");
                transaction.commit();
            }
            transitionJob(db, jobId, JobStatus::Completed);
        }
    } catch (const nexvitad::Error &e) {
        std::fprintf(stderr, "%s\n", qPrintable(e.userText()));
        return 1;
    }
}
