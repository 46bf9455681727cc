// Opening projects that must not be changed: read-only on request, a read-only folder
// opened by an unprivileged user (the CLI run through setpriv when the tests run as root,
// since root ignores permission bits), and damaged databases, which are refused with a
// clear message and left byte for byte as they were.

#include "store_fixture.h"
#include "test_support.h"

#include "common/error.h"
#include "store/artifacts.h"
#include "store/job_records.h"
#include "store/project.h"
#include "store/project_check.h"
#include "store/project_summary.h"
#include "store/sql.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace nexvitad::store;

namespace {
constexpr QFileDevice::Permissions kReadOnlyDir = QFileDevice::ReadOwner | QFileDevice::ExeOwner
                                                  | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                                                  | QFileDevice::ReadOther | QFileDevice::ExeOther;
constexpr QFileDevice::Permissions kReadOnlyFile = QFileDevice::ReadOwner | QFileDevice::ReadGroup
                                                   | QFileDevice::ReadOther;

void setTreePermissions(const QString &folder, bool readOnly)
{
    QDirIterator it(folder, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const bool dir = it.fileInfo().isDir();
        QFile::setPermissions(path, readOnly ? (dir ? kReadOnlyDir : kReadOnlyFile)
                                             : (dir ? kReadOnlyDir | QFileDevice::WriteOwner
                                                    : kReadOnlyFile | QFileDevice::WriteOwner));
    }
    QFile::setPermissions(folder, readOnly ? kReadOnlyDir : kReadOnlyDir | QFileDevice::WriteOwner);
}

} // namespace

class TestStoreOpen : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    QString filledProject(const QString &name)
    {
        const QString folder = m_tmp.filePath(name);
        const Project project = Project::create(folder, name);
        storetest::fillProject(project);
        return folder;
    }

private Q_SLOTS:
    void readOnlyOnRequestChangesNothing()
    {
        const QString folder = filledProject("ro");
        const auto before = storetest::folderDigest(folder);
        {
            const Project project = Project::open(folder, OpenMode::ReadOnly);
            QVERIFY(project.isReadOnly());
            QVERIFY(!project.openReport().readOnlyMessage.isEmpty());
            // Everything can be read...
            const ProjectSummary summary = summarizeProject(project.database());
            QCOMPARE(summary.rows.value("models"), 1);
            QCOMPARE(summary.jobsByStatus.value("completed"), 1);
            QVERIFY(checkProject(project).ok());
            // ...nothing can be written, by SQLite's own refusal.
            QVERIFY_THROWS_EXCEPTION(nexvitad::Error, createJob(project.database(), "x", "y"));
            QVERIFY_THROWS_EXCEPTION(nexvitad::Error,
                                     writeArtifact(project, "maps", "new.png", "bytes"));
        }
        QCOMPARE(storetest::folderDigest(folder), before); // no new -wal/-shm/lock files either
    }

    void readOnlyFolderOpensReadOnlyWithAMessage()
    {
        const QString folder = filledProject("ro-folder");
        const auto before = storetest::folderDigest(folder);
        QTemporaryDir home;
        QFile::setPermissions(home.path(), QFileDevice::Permissions(0x7777));
        QFile::setPermissions(m_tmp.path(), kReadOnlyDir | QFileDevice::WriteOwner);
        setTreePermissions(folder, true);

        using testsupport::runCliUnprivileged;
        const auto info = runCliUnprivileged({"project", "info", folder}, home.path());
        const auto check = runCliUnprivileged({"project", "check", folder}, home.path());
        const auto exported =
            runCliUnprivileged({"project", "export", folder, home.path() + "/p.tar"}, home.path());
        setTreePermissions(folder, false);

        QVERIFY2(info.exitCode == 0, qPrintable(info.err));
        QVERIFY2(info.err.contains("read-only"), qPrintable(info.err));
        QVERIFY2(info.out.contains("read-only"), qPrintable(info.out));
        QVERIFY2(info.out.contains(QRegularExpression("models +1")), qPrintable(info.out));
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY(QFileInfo(home.path() + "/p.tar").size() > 0);
        QCOMPARE(storetest::folderDigest(folder), before);

        // The same folder writable again opens read-write.
        QVERIFY(!Project::open(folder).isReadOnly());
    }

    void damagedDatabaseIsRefusedAndUntouched_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("header"); // overwrite the header, or a table's page
        for (const bool header : {true, false}) {
            QTest::addRow("%s auto", header ? "header" : "page") << int(OpenMode::Auto) << header;
            QTest::addRow("%s read-only", header ? "header" : "page") << int(OpenMode::ReadOnly) << header;
        }
    }

    void damagedDatabaseIsRefusedAndUntouched()
    {
        QFETCH(int, mode);
        QFETCH(bool, header);
        const QString folder = filledProject(QStringLiteral("damaged-%1-%2").arg(mode).arg(header));
        const QString database = QDir(folder).filePath(Project::databaseFileName());
        QVERIFY(!QFileInfo::exists(database + "-wal")); // closed, all in the database file
        qint64 offset = 0;
        if (!header) {
            const Project project = Project::open(folder);
            const QSqlDatabase db = project.database();
            const qint64 pageSize = scalar(db, "PRAGMA page_size").toLongLong();
            const qint64 root = scalar(db, "SELECT rootpage FROM sqlite_schema WHERE name = 'models'").toLongLong();
            offset = (root - 1) * pageSize;
        }
        {
            QFile file(database);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(offset);
            file.write(QByteArray(64, '\xA5'));
        }
        auto before = storetest::folderDigest(folder);
        before.remove(Project::lockFileName()); // opening read-write may create it
        try {
            Project::open(folder, OpenMode(mode));
            QFAIL("a damaged database was opened");
        } catch (const nexvitad::Error &e) {
            QVERIFY2(e.message().contains("damaged"), qPrintable(e.message()));
            QCOMPARE(e.path(), database);
        }
        auto after = storetest::folderDigest(folder);
        after.remove(Project::lockFileName());
        QCOMPARE(after, before);
    }
};

QTEST_GUILESS_MAIN(TestStoreOpen)
#include "test_store_open.moc"
