// `--project DIR` on the CLI's commands, as a user runs them (real processes): what each
// command records in the project (jobs, the dataset, the training run with its epochs, the
// registered model and its artifact), failures and Ctrl-C as job states with a reason, and
// a project that cannot be written (missing, locked, read-only folder) refused before any
// work.

#include "test_support.h"

#include "store/job_records.h"
#include "store/project.h"
#include "store/sql.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <csignal>

using namespace nexvitad::store;
using testsupport::runCli;

namespace {

// The three synthetic classes of the tiny dataset (synth writes them in this order).
const QStringList kClasses = {QStringLiteral("carpet_syn"), QStringLiteral("wood_syn"),
                              QStringLiteral("disc_syn")};

QString fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

// The newest job of `kind`.
JobRecord lastJob(const QSqlDatabase &db, const QString &kind)
{
    const QVariant id = scalar(db, QStringLiteral("SELECT max(id) FROM jobs WHERE kind = ?"), {kind});
    return id.isNull() ? JobRecord{} : job(db, id.toLongLong());
}

qint64 count(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    return scalar(db, sql, values).toLongLong();
}

QJsonObject jsonColumn(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

} // namespace

class TestCliProject : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_home, m_project, m_data;

    QStringList synthArgs(const QString &out) const
    {
        return {"synth", "--out", out, "--classes", "3", "--size", "64", "--train-good", "4",
                "--test-good", "1", "--test-defects", "1", "--seed", "1"};
    }

    // The smallest training the registry allows: the mini backbones with random weights,
    // 64 px, two epochs (so epochs are recorded one by one), small heads.
    QStringList trainArgs(const QString &out) const
    {
        return {"train", "--project", m_project, "--data", m_data, "--source",
                kClasses[0] + "," + kClasses[1], "--target", kClasses[2], "--out", out,
                "--epochs", "2", "--hiera", "random:hiera_mini:1", "--dinov2",
                "random:dinov2_mini:2", "--device", "cpu", "--set", "image_size=64", "--set",
                "batch_size=2", "--set", "decoder_widths=32,16,8", "--set", "pseudo_hidden=8,4",
                "--set", "aug_variants=1", "--set", "phase1_fraction=0.5"};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_home = m_tmp.filePath("home");
        m_project = m_tmp.filePath("project");
        m_data = m_tmp.filePath("data");
        Project::create(m_project, "cli");
    }

    void synthRecordsJobAndDataset()
    {
        auto r = runCli(synthArgs(m_data) + QStringList{"--project", m_project}, m_home);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains("Registered the dataset in the project"), qPrintable(r.out));

        const Project project = Project::open(m_project);
        const QSqlDatabase db = project.database();
        const JobRecord synth = lastJob(db, "synth");
        QCOMPARE(synth.status, JobStatus::Completed);
        QVERIFY(synth.command.startsWith("nexvitad-cli synth"));
        QVERIFY(synth.command.contains(m_data));
        QCOMPARE(synth.progress, 1.0);
        QCOMPARE(count(db, "SELECT count(*) FROM datasets"), 1);
        QCOMPARE(scalar(db, "SELECT root FROM datasets").toString(), m_data);
        QCOMPARE(count(db, "SELECT count(*) FROM classes WHERE kind = 'category'"), 3);
    }

    void inspectRegistersOnce()
    {
        // The folder synth registered is found again, not added twice.
        auto r = runCli({"dataset", "inspect", m_data, "--project", m_project}, m_home);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains("already holds this dataset (dataset 1)"), qPrintable(r.out));
        {
            const Project project = Project::open(m_project);
            const QSqlDatabase db = project.database();
            QCOMPARE(lastJob(db, "dataset inspect").status, JobStatus::Completed);
            QCOMPARE(count(db, "SELECT count(*) FROM datasets"), 1);
        }

        // In another project it is registered, classes and per-image manifest included.
        const QString other = m_tmp.filePath("other");
        Project::create(other, "other");
        r = runCli({"dataset", "inspect", m_data, "--json", "--project", other}, m_home);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value("project_dataset_id").toInt(), 1);
        const Project project = Project::open(other);
        const QSqlDatabase db = project.database();
        QCOMPARE(lastJob(db, "dataset inspect").status, JobStatus::Completed);
        QCOMPARE(scalar(db, "SELECT root FROM datasets WHERE id = 1").toString(), m_data);
        QCOMPARE(scalar(db, "SELECT layout FROM datasets WHERE id = 1").toString(), "mvtec");
        QCOMPARE(count(db, "SELECT json_array_length(manifest_json) FROM datasets WHERE id = 1"),
                 json.value("summary").toObject().value("images").toInteger());
        QCOMPARE(count(db, "SELECT count(*) FROM classes WHERE dataset_id = 1 AND kind = 'category'"),
                 3);
    }

    void trainRecordsRunEpochsAndModel()
    {
        const QString run = m_tmp.filePath("run");
        const auto r = runCli(trainArgs(run), m_home);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains("Recorded in the project"), qPrintable(r.out));

        const Project project = Project::open(m_project);
        const QSqlDatabase db = project.database();
        const JobRecord train = lastJob(db, "train");
        QCOMPARE(train.status, JobStatus::Completed);

        // The run: this job, the dataset registered above, its configuration.
        QSqlQuery q = exec(db, "SELECT id, dataset_id, config_json, epochs_planned FROM"
                               " training_runs WHERE job_id = ?", {train.id});
        QVERIFY(q.next());
        const qint64 runId = q.value(0).toLongLong();
        QCOMPARE(q.value(1).toLongLong(), 1);
        const QJsonObject config = jsonColumn(q.value(2));
        QCOMPARE(config.value("image_size").toInt(), 64);
        QCOMPARE(config.value("hiera").toString(), "random:hiera_mini:1");
        QCOMPARE(q.value(3).toInt(), 2);

        // One row per epoch, holding the run folder's metrics line of that epoch.
        QFile metricsFile(run + "/metrics.jsonl");
        QVERIFY(metricsFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = metricsFile.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        q = exec(db, "SELECT epoch, metrics_json, seconds FROM epoch_metrics WHERE run_id = ?"
                     " ORDER BY epoch", {runId});
        for (int epoch = 1; epoch <= 2; ++epoch) {
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), epoch);
            const QJsonObject stored = jsonColumn(q.value(1));
            QCOMPARE(stored, QJsonDocument::fromJson(lines[epoch - 1]).object());
            QVERIFY(stored.value("loss").toDouble() > 0);
            QVERIFY(q.value(2).toDouble() > 0);
        }
        QVERIFY(!q.next());

        // The model: this run, its checkpoint copied into the project with the recorded
        // hash (the same bytes as the run folder's last checkpoint), its backbones, audited.
        q = exec(db, "SELECT id, checkpoint_path, checkpoint_sha256, backbones_json FROM models"
                     " WHERE run_id = ?", {runId});
        QVERIFY(q.next());
        const qint64 modelId = q.value(0).toLongLong();
        const QString stored = q.value(1).toString();
        QVERIFY2(stored.startsWith("artifacts/checkpoints/"), qPrintable(stored));
        const QString artifact = project.absolutePath(stored);
        QVERIFY(QFile::exists(artifact));
        const QString sha = q.value(2).toString();
        QCOMPARE(sha.size(), 64);
        QCOMPARE(fileSha256(artifact), sha);
        QCOMPARE(fileSha256(run + "/checkpoints/epoch_0002.pt"), sha);
        const QJsonObject backbones = jsonColumn(q.value(3));
        QCOMPARE(backbones.value("hiera").toObject().value("variant").toString(), "hiera_mini");
        QVERIFY(backbones.value("dinov2").toObject().value("untrained").toBool());
        QVERIFY(!q.next());
        QCOMPARE(count(db, "SELECT count(*) FROM audit_log WHERE action = 'model.registered'"
                           " AND entity_id = ?", {modelId}),
                 1);
    }

    void failuresAreRecordedWithAReason()
    {
        // Nothing usable in the folder: exit 2, a failed job that says why.
        const QString missing = m_tmp.filePath("no-such-dataset");
        auto r = runCli({"dataset", "inspect", missing, "--project", m_project}, m_home);
        QCOMPARE(r.exitCode, 2);
        {
            const Project project = Project::open(m_project);
            const JobRecord inspect = lastJob(project.database(), "dataset inspect");
            QCOMPARE(inspect.status, JobStatus::Failed);
            QVERIFY2(inspect.reason.contains("nothing usable"), qPrintable(inspect.reason));
        }

        // An error: the job's reason is the message the user saw.
        QStringList args = trainArgs(m_tmp.filePath("bad-run"));
        args[args.indexOf("random:hiera_mini:1")] = "random:no_such_variant";
        r = runCli(args, m_home);
        QCOMPARE(r.exitCode, 1);
        const Project project = Project::open(m_project);
        const JobRecord train = lastJob(project.database(), "train");
        QCOMPARE(train.status, JobStatus::Failed);
        QVERIFY2(train.reason.contains("no_such_variant"), qPrintable(train.reason));
        QVERIFY2(r.err.contains(train.reason), qPrintable(r.err + " / " + train.reason));
    }

    void ctrlCEndsTheJobAsCanceled()
    {
        // Large enough to take seconds, so the signal comes while it writes.
        QProcess p;
        const QString out = m_tmp.filePath("big");
        testsupport::startCli(p, {"synth", "--out", out, "--classes", "8", "--size", "1024",
                                  "--train-good", "40", "--project", m_project},
                              m_home);
        QVERIFY(p.waitForStarted());
        // Wait until the job runs and has recorded some progress.
        const Project project = Project::open(m_project);
        const QSqlDatabase db = project.database();
        QElapsedTimer clock;
        clock.start();
        JobRecord running;
        while (clock.elapsed() < 60000 && p.state() == QProcess::Running) {
            running = lastJob(db, "synth");
            if (running.status == JobStatus::Running && running.progress > 0)
                break;
            QTest::qWait(50);
        }
        QCOMPARE(running.status, JobStatus::Running);
        QVERIFY(running.progress > 0);
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 130);
        const JobRecord canceled = job(db, running.id);
        QCOMPARE(canceled.status, JobStatus::Canceled);
        QVERIFY(!canceled.finishedAt.isEmpty());
    }

    void unwritableProjectIsRefusedBeforeAnyWork()
    {
        // No project there: the same refusal as for a read-only one (Project::open fails).
        const QString out = m_tmp.filePath("never-written");
        auto r = runCli(synthArgs(out) + QStringList{"--project", m_tmp.filePath("nowhere")},
                        m_home);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("nothing was done"), qPrintable(r.err));
        QVERIFY2(r.err.contains("Not a NexViTAD project"), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(out));

        // Another program holds the write lock longer than SQLite's busy timeout.
        const Project project = Project::open(m_project);
        const QSqlDatabase db = project.database();
        const qint64 jobsBefore = count(db, "SELECT count(*) FROM jobs");
        {
            Transaction writer(db);
            r = runCli(synthArgs(out) + QStringList{"--project", m_project}, m_home);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains("nothing was done"), qPrintable(r.err));
            QVERIFY2(r.err.contains("another program is writing"), qPrintable(r.err));
        }
        QVERIFY(!QFileInfo::exists(out));
        QCOMPARE(count(db, "SELECT count(*) FROM jobs"), jobsBefore);
    }

    void readOnlyProjectIsRefusedBeforeAnyWork()
    {
        // A project folder this user cannot write (as nobody when we are root, who ignores
        // permission bits). The output folder is the user's own, so only the project check
        // can stop the command from writing it.
        const QString folder = m_tmp.filePath("read-only");
        Project::create(folder, "ro");
        QTemporaryDir home;
        const auto open = QFileDevice::Permissions(0x7777);
        const auto readable = QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                              | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
        QVERIFY(QFile::setPermissions(home.path(), open));
        QVERIFY(QFile::setPermissions(m_tmp.path(), readable | QFileDevice::WriteOwner));
        QVERIFY(QFile::setPermissions(folder, readable));
        const QString out = home.filePath("written");
        const auto r = testsupport::runCliUnprivileged(
            synthArgs(out) + QStringList{"--project", folder}, home.path());
        QFile::setPermissions(folder, readable | QFileDevice::WriteOwner);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("nothing was done"), qPrintable(r.err));
        QVERIFY2(r.err.contains("cannot be opened for writing"), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(out));
        const Project project = Project::open(folder);
        QCOMPARE(count(project.database(), "SELECT count(*) FROM jobs"), 0);
    }

    void optionsAreListed()
    {
        for (const QStringList &command :
             {QStringList{"synth"}, QStringList{"dataset", "inspect"}, QStringList{"train"},
              QStringList{"features"}, QStringList{"weights", "download"},
              QStringList{"weights", "import"}, QStringList{"bench", "backbone"},
              QStringList{"bench", "train"}}) {
            const auto r = runCli(command + QStringList{"--help"}, m_home);
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.contains("--project <folder>"), qPrintable(command.join(' ')));
        }
        // doctor looks at the machine, not at a project.
        const auto r = runCli({"doctor", "--project", m_project}, m_home);
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliProject)
#include "test_cli_project.moc"
