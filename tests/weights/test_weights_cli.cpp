// nexvitad-cli weights list | download | import, end to end: the real executable, a real
// HTTP server on 127.0.0.1, and a full-size (zero-valued) ViT-S/14 DINOv2 checkpoint so the
// real registry entry is exercised. Also: doctor's "Weights:" lines and Ctrl-C.

#include "backbones/model_registry.h"
#include "backbones/weights_check.h"
#include "http_test_server.h"
#include "io/safetensors.h"
#include "store/audit_log.h"
#include "store/job_records.h"
#include "store/project.h"
#include "test_support.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace nexvitad::backbones;

namespace {
const QString kModel = QStringLiteral("vit_small_patch14_dinov2.lvd142m");

QString hubPath(const QString &name)
{
    return QStringLiteral("/timm/%1/resolve/main/model.safetensors").arg(name);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestWeightsCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_scratch;
    QString m_checkpoint; // a valid vit_small_patch14_dinov2 file (all zeros)
    QByteArray m_bytes;
    std::unique_ptr<HttpTestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_home;

    QString modelsDir() const { return m_home->path() + QStringLiteral("/data/nexvitad/models"); }
    QString installed() const { return modelsDir() + QLatin1Char('/') + kModel + ".safetensors"; }

    testsupport::ProcessResult cli(const QStringList &args)
    {
        return testsupport::runCli(args, m_home->path());
    }

private Q_SLOTS:
    void initTestCase()
    {
        testsupport::isolateSettings();
        const auto shapes = expectedParameters(QStringLiteral("vit_small_patch14_dinov2"));
        qint64 largest = 0;
        for (const auto &shape : shapes) {
            qint64 n = 1;
            for (qint64 d : shape)
                n *= d;
            largest = std::max(largest, n);
        }
        const std::vector<float> zeros(size_t(largest), 0.0f);
        std::vector<nexvitad::io::Float32Tensor> tensors;
        for (auto it = shapes.constBegin(); it != shapes.constEnd(); ++it)
            tensors.push_back({it.key(), it.value(), zeros.data()});
        m_checkpoint = m_scratch.filePath(QStringLiteral("dinov2_small.safetensors"));
        nexvitad::io::writeSafeTensors(m_checkpoint, tensors);
        m_bytes = readAll(m_checkpoint);
        QVERIFY(m_bytes.size() > 80'000'000);
    }

    void init()
    {
        m_server = std::make_unique<HttpTestServer>();
        m_home = std::make_unique<QTemporaryDir>();
    }

    void listShowsEveryKnownModel()
    {
        const auto r = cli({QStringLiteral("weights"), QStringLiteral("list")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(modelsDir()));
        for (const KnownModel &m : knownModels()) {
            const QString line = r.out.section(m.name, 1, 1).section(QLatin1Char('\n'), 0, 0);
            QVERIFY2(line.contains(QLatin1String("missing")), qPrintable(m.name + line));
            QVERIFY2(line.contains(familyName(m.family)), qPrintable(line));
        }
        // The registry records no digest yet (issue 21): the list says so, naming each.
        QVERIFY2(r.out.contains(QLatin1String("No SHA-256 or exact size is recorded yet")),
                 qPrintable(r.out));
        for (const KnownModel &m : knownModels())
            if (m.sha256.isEmpty())
                QVERIFY(r.out.section(QLatin1String("recorded yet"), 1).contains(m.name));
    }

    void downloadInstallsAndListAndDoctorSeeIt()
    {
        HttpTestServer::Resource file;
        file.body = m_bytes;
        m_server->setResource(hubPath(kModel), file);
        const auto r = cli({QStringLiteral("weights"), QStringLiteral("download"), kModel,
                            QStringLiteral("--base-url"), m_server->url(QStringLiteral("/timm"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QLatin1String("Installed")), qPrintable(r.out));
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(m_bytes, QCryptographicHash::Sha256).toHex());
        QVERIFY2(r.out.contains(sha), qPrintable(r.out));
        QVERIFY2(r.err.contains(QLatin1String("100%")), qPrintable(r.err)); // plain progress lines
        QCOMPARE(QFileInfo(installed()).size(), qint64(m_bytes.size()));
        QVERIFY(!QFileInfo::exists(installed() + QStringLiteral(".part")));

        const auto again = cli({QStringLiteral("weights"), QStringLiteral("download"), kModel,
                                QStringLiteral("--base-url"), m_server->url(QStringLiteral("/timm"))});
        QVERIFY2(again.out.contains(QLatin1String("Already present")), qPrintable(again.out));

        const auto list = cli({QStringLiteral("weights"), QStringLiteral("list")});
        const QString line = list.out.section(kModel, 1, 1).section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(line.contains(QLatin1String("present")), qPrintable(line));

        const auto doctor = cli({QStringLiteral("doctor")});
        QVERIFY2(doctor.out.contains(QStringLiteral("Weights:      %1: present").arg(kModel)),
                 qPrintable(doctor.out));
        QVERIFY2(doctor.out.contains(QLatin1String("hiera_tiny_224.mae_in1k_ft_in1k: missing")),
                 qPrintable(doctor.out));
    }

    void downloadFailuresAreClear()
    {
        const QString base = m_server->url(QStringLiteral("/timm"));
        auto r = cli({QStringLiteral("weights"), QStringLiteral("download"), kModel,
                      QStringLiteral("--base-url"), base});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("HTTP 404")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(installed()));

        r = cli({QStringLiteral("weights"), QStringLiteral("download"), QStringLiteral("resnet50")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("Unknown model")), qPrintable(r.err));

        r = cli({QStringLiteral("weights"), QStringLiteral("download")});
        QCOMPARE(r.exitCode, 2);
        r = cli({QStringLiteral("weights"), QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
    }

    void importRecognisesTheModel()
    {
        // Recorded in a project: a completed job and an audit entry naming the file.
        const QString folder = m_home->path() + QStringLiteral("/project");
        nexvitad::store::Project::create(folder, QStringLiteral("weights"));
        auto r = cli({QStringLiteral("weights"), QStringLiteral("import"), m_checkpoint,
                      QStringLiteral("--project"), folder});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Imported as %1").arg(kModel)), qPrintable(r.out));
        QCOMPARE(QFileInfo(installed()).size(), qint64(m_bytes.size()));
        const nexvitad::store::Project project = nexvitad::store::Project::open(folder);
        const QSqlDatabase db = project.database();
        const auto audit = nexvitad::store::auditEntries(db, QStringLiteral("backbone_weights"));
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit[0].action, QStringLiteral("weights.imported"));
        QCOMPARE(audit[0].details.value(QStringLiteral("name")).toString(), kModel);
        QCOMPARE(audit[0].details.value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(m_bytes, QCryptographicHash::Sha256).toHex()));
        const qint64 jobId = audit[0].details.value(QStringLiteral("job_id")).toInteger();
        QCOMPARE(nexvitad::store::job(db, jobId).kind, QStringLiteral("weights import"));
        QCOMPARE(nexvitad::store::job(db, jobId).status, nexvitad::store::JobStatus::Completed);

        // A fixture matches no known model: the user must say which one it is, and then it
        // is refused for its shapes. In the project: a failed job with that reason.
        const QString fixture = testsupport::dataPath(QStringLiteral("fixtures/dinov2_mini.safetensors"));
        r = cli({QStringLiteral("weights"), QStringLiteral("import"), fixture,
                 QStringLiteral("--project"), folder});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("name the model")), qPrintable(r.err));
        const nexvitad::store::JobRecord failed = nexvitad::store::job(db, jobId + 1);
        QCOMPARE(failed.status, nexvitad::store::JobStatus::Failed);
        QVERIFY2(failed.reason.contains(QLatin1String("name the model")), qPrintable(failed.reason));
        QCOMPARE(nexvitad::store::auditEntries(db, QStringLiteral("backbone_weights")).size(), 1);
        r = cli({QStringLiteral("weights"), QStringLiteral("import"), fixture, QStringLiteral("--name"),
                 QStringLiteral("vit_small_patch14_reg4_dinov2.lvd142m")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("do not fit")), qPrintable(r.err));
    }

    void ctrlCCancelsAndKeepsThePartialFile()
    {
        HttpTestServer::Resource file;
        file.body = m_bytes;
        file.stallAfter = 1 << 20; // 1 MB, then the transfer hangs until interrupted
        m_server->setResource(hubPath(kModel), file);

        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *v : {"CONFIG", "DATA", "CACHE"})
            env.insert(QStringLiteral("XDG_%1_HOME").arg(QLatin1String(v)),
                       m_home->path() + QLatin1Char('/') + QString::fromLatin1(v).toLower());
        env.remove(QStringLiteral("NEXVITAD_MODELS_DIR"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(NEXVITAD_CLI_PATH),
                {QStringLiteral("weights"), QStringLiteral("download"), kModel,
                 QStringLiteral("--base-url"), m_server->url(QStringLiteral("/timm"))});
        QVERIFY(p.waitForStarted());
        const QString part = installed() + QStringLiteral(".part");
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(part).size() == (1 << 20), 60000);
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 130);
        QVERIFY2(err.contains(QLatin1String("resume")), qPrintable(err));
        QCOMPARE(QFileInfo(part).size(), qint64(1 << 20));
        QVERIFY(!QFileInfo::exists(installed()));
    }
};

QTEST_GUILESS_MAIN(TestWeightsCli)
#include "test_weights_cli.moc"
