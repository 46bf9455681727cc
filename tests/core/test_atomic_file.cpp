// Atomic writes: the target is replaced whole or not at all.

#include "common/error.h"
#include "io/atomic_file.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestAtomicFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesAndReplaces()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/out.bin"));
        nexvitad::io::writeFileAtomically(path, QByteArray("first"));
        nexvitad::io::writeFileAtomically(path, QByteArray("second"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("second"));
        QCOMPARE(QDir(dir.filePath(QStringLiteral("sub"))).entryList(QDir::Files).size(), 1);
    }

    void failingWriterLeavesOldFileAndNoTemp()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.bin"));
        nexvitad::io::writeFileAtomically(path, QByteArray("keep me"));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 nexvitad::io::writeFileAtomically(path, [](QIODevice &d) {
                                     d.write("partial");
                                     throw std::runtime_error("disk on fire");
                                     return true;
                                 }));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void unwritableFolderNamesThePath()
    {
        // A regular file where a folder should be: fails for every user, root included.
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString path = dir.filePath(QStringLiteral("blocker/x.bin"));
        try {
            nexvitad::io::writeFileAtomically(path, QByteArray("x"));
            QFAIL("expected an error");
        } catch (const nexvitad::Error &e) {
            QCOMPARE(e.path(), dir.filePath(QStringLiteral("blocker")));
        }
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "test_atomic_file.moc"
