// Export/import round trip, interoperability with GNU tar, and hostile archives: each is
// refused, leaves no target folder and writes nothing outside it.

#include "store_fixture.h"

#include "common/error.h"
#include "store/project.h"
#include "store/project_archive.h"
#include "store/project_check.h"
#include "store/result_records.h"
#include "store/artifacts.h"
#include "store/sql.h"
#include "store/tar_archive.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace nexvitad::store;

namespace {
QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

const QString kLongName = QString(120, 'x') + ".pdf";

// `tar` with the first header's size field replaced by GNU base-256 digits and the header
// checksum made right again, so the reader gets as far as the size.
QByteArray withBase256Size(QByteArray tar, unsigned char first, unsigned char rest)
{
    tar[124] = char(first);
    for (int i = 125; i < 136; ++i)
        tar[i] = char(rest);
    for (int i = 148; i < 156; ++i)
        tar[i] = ' ';
    unsigned sum = 0;
    for (int i = 0; i < 512; ++i)
        sum += static_cast<unsigned char>(tar[i]);
    const QByteArray digits = QByteArray::number(sum, 8).rightJustified(6, '0');
    for (int i = 0; i < 6; ++i)
        tar[148 + i] = digits[i];
    tar[154] = '\0';
    return tar;
}

using TarBuilder = std::function<void(TarWriter &)>;

QByteArray buildTar(const TarBuilder &build)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    TarWriter tar(buffer, "test.tar");
    build(tar);
    tar.finish();
    return buffer.data();
}
} // namespace

class TestStoreArchive : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_archive;   // a valid export of a filled project
    QMap<QString, QByteArray> m_members; // its members' contents (read with our reader)

private Q_SLOTS:
    void initTestCase()
    {
        const Project project = Project::create(m_tmp.filePath("source"), "source");
        storetest::fillProject(project);
        // A name longer than ustar's 100 bytes needs a pax header.
        addReport(project.database(), "inspection", "long name",
                  writeArtifact(project, "reports", kLongName, "long"), 0, 0);
        // An unreferenced file is not exported.
        writeArtifact(project, "maps", "stray.png", "stray");
        m_archive = m_tmp.filePath("source.nvproj.tar");
        const ArchiveSummary summary = exportProject(project, m_archive);
        QCOMPARE(summary.files, 1 + 5 + 1); // database, 5 artifacts, manifest

        QFile file(m_archive);
        QVERIFY(file.open(QIODevice::ReadOnly));
        TarReader reader(file, m_archive);
        TarEntry entry;
        while (reader.next(&entry)) {
            QByteArray data(entry.size, '\0');
            QCOMPARE(reader.read(data.data(), entry.size), entry.size);
            m_members.insert(entry.name, data);
        }
        QCOMPARE(m_members.size(), summary.files);
        QVERIFY(!m_members.contains("artifacts/maps/stray.png"));
    }

    void roundTrip()
    {
        const QString target = m_tmp.filePath("imported");
        const Project imported = importProject(m_archive, target);
        const CheckResult check = checkProject(imported);
        QVERIFY2(check.ok(), qPrintable(check.problems.join('\n')));
        QCOMPARE(check.artifactsChecked, 5);
        QCOMPARE(fileBytes(imported.absolutePath("artifacts/reports/" + kLongName)), QByteArray("long"));
        const QSqlDatabase db = imported.database();
        QCOMPARE(imported.name(), QStringLiteral("source"));
        QCOMPARE(storetest::rowCount(db, "inspections"), 1);
        QCOMPARE(scalar(db, "SELECT review_comment FROM inspections").toString(),
                 QStringLiteral("reflection, not a crack"));
        QCOMPARE(storetest::rowCount(db, "audit_log"), 2);
        QCOMPARE(fileBytes(imported.absolutePath("artifacts/checkpoints/model.nvckpt")),
                 QByteArray(5000, 'm'));
        // No staging folder is left next to the target.
        QCOMPARE(QDir(m_tmp.path()).entryList({".nexvitad-*"}, QDir::AllEntries | QDir::Hidden).size(), 0);
        // Importing over a non-empty folder is refused.
        QVERIFY_THROWS_EXCEPTION(nexvitad::Error, importProject(m_archive, target));
    }

    void gnuTarReadsOurArchives()
    {
        QProcess tar;
        tar.start("tar", {"-tf", m_archive});
        QVERIFY(tar.waitForFinished());
        QCOMPARE(tar.exitCode(), 0);
        const QStringList names = QString::fromUtf8(tar.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
        QVERIFY(names.contains("project.nvproj"));
        QVERIFY(names.contains("artifacts/checkpoints/model.nvckpt"));
        QVERIFY(names.contains(archiveManifestName()));
        QVERIFY(names.contains("artifacts/reports/" + kLongName));

        // And we read GNU tar's: a long name (pax or GNU form) and a folder entry.
        QTemporaryDir src;
        QDir(src.path()).mkpath("artifacts/maps");
        const QString longName = "artifacts/maps/" + QString(150, 'y') + ".png";
        writeBytes(src.filePath(longName), "map bytes");
        const QString gnuArchive = m_tmp.filePath("gnu.tar");
        QProcess create;
        create.setWorkingDirectory(src.path());
        create.start("tar", {"-cf", gnuArchive, "artifacts"});
        QVERIFY(create.waitForFinished());
        QCOMPARE(create.exitCode(), 0);
        QFile file(gnuArchive);
        QVERIFY(file.open(QIODevice::ReadOnly));
        TarReader reader(file, gnuArchive);
        TarEntry entry;
        QMap<QString, QByteArray> seen;
        while (reader.next(&entry)) {
            QByteArray data(entry.size, '\0');
            reader.read(data.data(), entry.size);
            seen.insert(entry.name, data);
        }
        QCOMPARE(seen.value(longName), QByteArray("map bytes"));
        QVERIFY(seen.contains("artifacts/maps/"));
    }

    void hostileArchivesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("archive");
        QTest::addColumn<QString>("expected"); // part of the message
        const QByteArray db = m_members.value("project.nvproj");
        const auto withDb = [&](const TarBuilder &more) {
            return buildTar([&](TarWriter &tar) {
                tar.addFile("project.nvproj", db);
                more(tar);
            });
        };
        QTest::newRow("dot-dot") << withDb([](TarWriter &t) { t.addFile("../evil.txt", "x"); })
                                 << "\"..\"";
        QTest::newRow("nested dot-dot")
            << withDb([](TarWriter &t) { t.addFile("artifacts/../../evil.txt", "x"); }) << "\"..\"";
        QTest::newRow("absolute") << withDb([&](TarWriter &t) { t.addFile(m_tmp.filePath("evil.txt"), "x"); })
                                  << "absolute";
        QTest::newRow("symlink out")
            << withDb([&](TarWriter &t) { t.addSymlink("artifacts/escape", m_tmp.path()); }) << "links";
        QTest::newRow("file through symlink") << withDb([&](TarWriter &t) {
            t.addSymlink("artifacts/escape", m_tmp.path());
            t.addFile("artifacts/escape/evil.txt", "x");
        }) << "links";
        QTest::newRow("hardlink") << withDb([](TarWriter &t) { t.addHardlink("artifacts/passwd", "/etc/passwd"); })
                                  << "links";
        QTest::newRow("relative symlink")
            << withDb([](TarWriter &t) { t.addSymlink("artifacts/up", "../../.."); }) << "links";
        QTest::newRow("unexpected name") << withDb([](TarWriter &t) { t.addFile("run-me.sh", "x"); })
                                         << "holds only";
        QTest::newRow("duplicate") << withDb([](TarWriter &t) { t.addFile("project.nvproj", "x"); })
                                   << "twice";
        QTest::newRow("no manifest") << withDb([](TarWriter &) {}) << "manifest";
        // A real export with one member changed: the manifest no longer matches.
        QTest::newRow("tampered") << buildTar([&](TarWriter &tar) {
            for (auto it = m_members.cbegin(); it != m_members.cend(); ++it)
                tar.addFile(it.key(), it.key().endsWith(".pdf") ? QByteArray("forged") : it.value());
        }) << "manifest";
        QTest::newRow("truncated") << fileBytes(m_archive).left(5000) << "truncated";
        QTest::newRow("not a tar") << QByteArray(2048, 'z') << "checksum";
        // 94 bits of size: more than a qint64 holds (was undefined behaviour), and negative.
        QTest::newRow("size overflows")
            << withBase256Size(withDb([](TarWriter &) {}), 0x80, 0xff) << "size is invalid";
        QTest::newRow("negative size")
            << withBase256Size(withDb([](TarWriter &) {}), 0xff, 0xff) << "size is invalid";
    }

    void hostileArchivesAreRefused()
    {
        QFETCH(QByteArray, archive);
        QFETCH(QString, expected);
        QTemporaryDir area; // target and anything that might escape live in here
        const QString archivePath = area.filePath("hostile.tar");
        writeBytes(archivePath, archive);
        const QString target = area.filePath("inner/target");
        try {
            importProject(archivePath, target);
            QFAIL("a hostile archive was imported");
        } catch (const nexvitad::Error &e) {
            QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
        }
        QVERIFY(!QFileInfo::exists(target));
        // Nothing besides the archive and the (empty) parent of the target.
        QCOMPARE(QDir(area.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList({"hostile.tar", "inner"}));
        QCOMPARE(QDir(area.filePath("inner")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList());
        QVERIFY(!QFileInfo::exists(m_tmp.filePath("evil.txt")));
    }
};

QTEST_GUILESS_MAIN(TestStoreArchive)
#include "test_store_archive.moc"
