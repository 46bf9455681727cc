// `nexvitad-cli synth` and `nexvitad-cli dataset inspect` as a user runs them: real
// processes, real exit codes (0 usable, 1 usable with errors, 2 nothing usable).

#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

#include <sys/stat.h>
#include <unistd.h>

using testsupport::runCli;

namespace {
void writeImage(const QString &path, int w, int h)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    cv::imwrite(QFile::encodeName(path).toStdString(), cv::Mat(h, w, CV_8UC3, cv::Scalar(w, h, 9)));
}
} // namespace

class TestDatasetCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;
    QTemporaryDir m_work;

private Q_SLOTS:
    void synthThenInspect()
    {
        const QString ds = m_work.filePath(QStringLiteral("synthetic"));
        const QStringList synth{QStringLiteral("synth"), QStringLiteral("--out"), ds, QStringLiteral("--size"), QStringLiteral("64"), QStringLiteral("--train-good"), QStringLiteral("3"), QStringLiteral("--test-good"), QStringLiteral("1"), QStringLiteral("--test-defects"), QStringLiteral("1"), QStringLiteral("--seed"), QStringLiteral("5")};
        auto r = runCli(synth, m_home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Wrote 28 images and 12 masks")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("carpet_syn, wood_syn, disc_syn, screw_syn")));

        r = runCli(synth, m_home.path()); // the demo runs it again: nothing to do
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("already holds this synthetic dataset")), qPrintable(r.out));

        r = runCli({QStringLiteral("dataset"), QStringLiteral("inspect"), ds}, m_home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("Layout:   mvtec")));
        QVERIFY2(r.out.contains(QStringLiteral("Images:   28 (train/good 12, test/good 4, test defects 12), masks 12")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("disc_syn")));
        QVERIFY(r.out.contains(QStringLiteral("64x64 (28)")));
        QVERIFY(r.out.contains(QStringLiteral("Status:   usable")));

        r = runCli({QStringLiteral("dataset"), QStringLiteral("inspect"), ds, QStringLiteral("--json")}, m_home.path());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("images")).toInt(), 28);
        QCOMPARE(json.value(QStringLiteral("classes")).toArray().size(), 4);
        QCOMPARE(json.value(QStringLiteral("manifest_hash")).toString().size(), 40);
        QVERIFY(json.value(QStringLiteral("usable")).toBool());
    }

    void synthRefusesOtherData()
    {
        const QString dir = m_work.filePath(QStringLiteral("photos"));
        writeImage(dir + QStringLiteral("/holiday.png"), 8, 8);
        const auto r = runCli({QStringLiteral("synth"), QStringLiteral("--out"), dir}, m_home.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--force")), qPrintable(r.err));
        QCOMPARE(QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{QStringLiteral("holiday.png")});
        QCOMPARE(runCli({QStringLiteral("synth")}, m_home.path()).exitCode, 2); // no --out
        QCOMPARE(runCli({QStringLiteral("synth"), QStringLiteral("--out"), dir, QStringLiteral("--classes"), QStringLiteral("x")}, m_home.path()).exitCode, 2);
    }

    void exitCodes()
    {
        // Nothing usable: 2.
        const QString unknown = m_work.filePath(QStringLiteral("unknown"));
        writeImage(unknown + QStringLiteral("/a.png"), 8, 8);
        auto r = runCli({QStringLiteral("dataset"), QStringLiteral("inspect"), unknown}, m_home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.contains(QStringLiteral("unknown dataset layout")), qPrintable(r.out));
        QCOMPARE(runCli({QStringLiteral("dataset"), QStringLiteral("inspect"), m_work.filePath(QStringLiteral("none"))}, m_home.path()).exitCode, 2);

        // Usable with an error (a defect image without mask): 1, naming the file.
        const QString broken = m_work.filePath(QStringLiteral("broken"));
        writeImage(broken + QStringLiteral("/gear/train/good/000.png"), 8, 8);
        writeImage(broken + QStringLiteral("/gear/test/dent/000.png"), 8, 8);
        r = runCli({QStringLiteral("dataset"), QStringLiteral("inspect"), broken}, m_home.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(broken + QStringLiteral("/gear/test/dent/000.png: the defect image has no mask")), qPrintable(r.out));
        QCOMPARE(runCli({QStringLiteral("dataset"), QStringLiteral("frobnicate")}, m_home.path()).exitCode, 2);
    }

    void fileTheUserCannotRead()
    {
        // chmod 000 stops every user but root; as root, the CLI runs as "nobody" (setpriv),
        // so the permission check is real either way.
        QTemporaryDir shared(QDir::tempPath() + QStringLiteral("/nexvitad-perm-XXXXXX"));
        ::chmod(QFile::encodeName(shared.path()).constData(), 0755);
        const QString root = shared.filePath(QStringLiteral("ds"));
        writeImage(root + QStringLiteral("/gear/train/good/000.png"), 8, 8);
        writeImage(root + QStringLiteral("/gear/train/good/001.png"), 8, 8);
        const QString locked = root + QStringLiteral("/gear/train/good/001.png");
        QVERIFY(::chmod(QFile::encodeName(locked).constData(), 0) == 0);

        QProcess p;
        QStringList args{QStringLiteral("dataset"), QStringLiteral("inspect"), root};
        QString program = QStringLiteral(NEXVITAD_CLI_PATH);
        if (::geteuid() == 0) {
            // The build tree may sit where "nobody" cannot enter (e.g. under /root): run a
            // copy of the executable from the shared folder.
            const QString copy = shared.filePath(QStringLiteral("nexvitad-cli"));
            QVERIFY(QFile::copy(program, copy));
            ::chmod(QFile::encodeName(copy).constData(), 0755);
            args = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"), QStringLiteral("--"), copy} + args;
            program = QStringLiteral("setpriv");
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), shared.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), shared.filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        p.start(program, args);
        QVERIFY(p.waitForFinished(60000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(p.exitCode() == 1, qPrintable(out + QString::fromUtf8(p.readAllStandardError())));
        QVERIFY2(out.contains(locked + QStringLiteral(": the image cannot be read: Permission denied [unreadable]")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("train/good 1")));
    }
};

QTEST_GUILESS_MAIN(TestDatasetCli)
#include "test_dataset_cli.moc"
