// Golden-folder tests of the dataset import: one row per tree under tests/data/datasets/
// (*.tree builds it, *.expected is the manifest and the problems it must give). Set
// NEXVITAD_UPDATE_GOLDEN=1 to rewrite the expected files after a deliberate change, then
// review the diff.

#include "test_support.h"
#include "tree_builder.h"

#include "common/error.h"
#include "common/progress.h"
#include "data/dataset_scan.h"
#include "data/image_decode.h"
#include "data/image_header.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>
#include <QtEndian>

#include <limits>

#include <sys/stat.h>

using namespace nexvitad::data;

namespace {
QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// Every entry under `root` with its type, size and modification time (raw names, links not
// followed): proof that a scan wrote nothing.
QStringList snapshot(const QByteArray &root)
{
    QStringList out;
    QDirIterator it(QFile::decodeName(root), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QByteArray path = QFile::encodeName(it.next());
        struct stat st {};
        ::lstat(path.constData(), &st);
        out << QStringLiteral("%1 %2 %3 %4").arg(QString::fromLatin1(path.toHex())).arg(st.st_mode).arg(st.st_size).arg(st.st_mtim.tv_nsec + st.st_mtim.tv_sec * 1000000000LL);
    }
    out.sort();
    return out;
}
// QTemporaryDir cannot remove names that are not UTF-8: this removes the tree first.
struct TreeRemover
{
    QByteArray root;
    ~TreeRemover() { testsupport::removeTree(root); }
};
} // namespace

class TestDatasetScan : public QObject
{
    Q_OBJECT
private:
    // Builds case `name` in `tmp` and returns its root (named after the case).
    QByteArray build(const QTemporaryDir &tmp, const QString &name, ScanOptions *options)
    {
        const QByteArray root = QFile::encodeName(tmp.path() + QLatin1Char('/') + name);
        ::mkdir(root.constData(), 0755);
        QString error;
        *options = testsupport::buildTree(readText(testsupport::dataPath(QStringLiteral("datasets/") + name + QStringLiteral(".tree"))), root, &error);
        if (!error.isEmpty())
            qWarning().noquote() << error;
        return error.isEmpty() ? root : QByteArray();
    }

private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList trees = QDir(testsupport::dataPath(QStringLiteral("datasets"))).entryList({QStringLiteral("*.tree")}, QDir::Files, QDir::Name);
        QVERIFY(trees.size() >= 14);
        for (const QString &t : trees)
            QTest::newRow(qPrintable(t.chopped(5))) << t.chopped(5);
    }

    void golden()
    {
        QFETCH(QString, name);
        QTemporaryDir tmp;
        ScanOptions options;
        const QByteArray root = build(tmp, name, &options);
        QVERIFY(!root.isEmpty());
        const TreeRemover remover{root};
        const QStringList before = snapshot(root);
        const Manifest m = scanDataset(QFile::decodeName(root), options, nexvitad::Progress::none());
        QCOMPARE(snapshot(root), before); // the import never writes into the user's folder

        const QString actual = testsupport::goldenText(m);
        const QString expectedPath = testsupport::dataPath(QStringLiteral("datasets/") + name + QStringLiteral(".expected"));
        if (qEnvironmentVariableIsSet("NEXVITAD_UPDATE_GOLDEN")) {
            QFile f(expectedPath);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(actual.toUtf8());
        }
        const QStringList want = readText(expectedPath).split(QLatin1Char('\n'));
        const QStringList got = actual.split(QLatin1Char('\n'));
        for (int i = 0; i < std::max(want.size(), got.size()); ++i)
            QCOMPARE(got.value(i), want.value(i));

        // The saved form gives back the same manifest.
        const Manifest back = manifestFromJson(toJson(m));
        QVERIFY(back == m);
        QCOMPARE(back.hash(), m.hash());
    }

    void hashesAreSha1OfTheFileBytes()
    {
        QTemporaryDir tmp;
        ScanOptions options;
        const QByteArray root = build(tmp, QStringLiteral("mvtec_ok"), &options);
        const Manifest m = scanDataset(QFile::decodeName(root), options, nexvitad::Progress::none());
        QCOMPARE(m.imageCount(), 10);
        for (const ClassEntry &c : m.classes)
            for (const Split &s : c.splits)
                for (const ImageEntry &e : s.images) {
                    QFile f(m.absoluteDisplayPath(e.path));
                    QVERIFY(f.open(QIODevice::ReadOnly));
                    const QByteArray bytes = f.readAll();
                    QCOMPARE(e.sha1, QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
                    QCOMPARE(e.fileSize, bytes.size());
                }
    }

    void namesThatAreNotUtf8StillLoad()
    {
        QTemporaryDir tmp;
        ScanOptions options;
        const QByteArray root = build(tmp, QStringLiteral("non_utf8_names"), &options);
        const TreeRemover remover{root};
        const Manifest m = scanDataset(QFile::decodeName(root), options, nexvitad::Progress::none());
        QCOMPARE(m.imageCount(), 4);
        int rawNames = 0;
        for (const ClassEntry &c : m.classes)
            for (const Split &s : c.splits)
                for (const ImageEntry &e : s.images) {
                    rawNames += isValidUtf8(e.path) ? 0 : 1;
                    QCOMPARE(readImageRgb8(m.absolutePath(e.path)).cols, 16);
                    if (!e.maskPath.isEmpty())
                        QCOMPARE(cv::countNonZero(readMaskBinary(m.absolutePath(e.maskPath))), 64);
                }
        QCOMPARE(rawNames, 2);
    }

    // A name cut short inside a UTF-8 sequence ("\xe0" at the end) counted as valid UTF-8,
    // so a saved manifest stored it as text and gave back U+FFFD instead of the byte: the
    // file could no longer be opened (found by fuzzing, docs/reliability.md).
    void namesEndingInACutSequenceSurviveTheSavedManifest()
    {
        QVERIFY(!isValidUtf8(QByteArray("train/good/a\xe0")));
        QVERIFY(!isValidUtf8(QByteArray("train/good/a\xd2")));
        QVERIFY(isValidUtf8(QByteArray("train/good/gr\xc3\xbc\xc3\x9f.png")));
        QVERIFY(isValidUtf8(QByteArray("\xef\xbf\xbd.png"))); // a literal U+FFFD
        Manifest m;
        m.layout = Layout::MvtecRoot;
        ClassEntry c;
        c.name = QStringLiteral("x");
        Split s;
        s.images.push_back(ImageEntry{"x/train/good/a\xe0", {}, 8, 8, 3, 8, 10, {}});
        s.images.push_back(ImageEntry{"x/train/good/\xef\xbb\xbfbom.png", {}, 8, 8, 3, 8, 10, {}});
        c.splits.push_back(s);
        m.classes.push_back(c);
        QCOMPARE(manifestFromJson(toJson(m)), m);
    }

    // A file that only OpenCV's DICOM decoder claimed ("DICM" at byte 128) aborted the
    // process inside imread; it is now refused as not a supported image (found by fuzzing,
    // docs/reliability.md; the input is tests/fuzz/corpus/image_decode/dicom-signature).
    void filesOpenCvWouldHandToTheDicomDecoderAreRefused()
    {
        const QByteArray bytes = QByteArray::fromHex(
            "894449434d0a1a0a0000000d49484452000000050000000610000000007e00d7d40000004d4944415408"
            "1d014200bdff01e4c12b73b6ced989040101ae666c75baa991bde0fe017c3ad0de6a1f9b519f6c0111bf"
            "52e6bf70d90256c7016d86a94fedf1a4c5c87b013d89be61463f613323d0478b203203a3337c00000000"
            "49454449434d6082");
        QCOMPARE(bytes.size(), 134);
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("hostile.png"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        QVERIFY_THROWS_EXCEPTION(nexvitad::Error, readImageRgb8(QFile::encodeName(path).toStdString()));
        QVERIFY_THROWS_EXCEPTION(nexvitad::Error, readMaskBinary(QFile::encodeName(path).toStdString()));
    }

    void manifestHashFollowsContentNotLocation()
    {
        QTemporaryDir a, b;
        ScanOptions options;
        const QByteArray rootA = build(a, QStringLiteral("mvtec_ok"), &options);
        const QByteArray rootB = build(b, QStringLiteral("mvtec_ok"), &options);
        const Manifest ma = scanDataset(QFile::decodeName(rootA), options, nexvitad::Progress::none());
        Manifest mb = scanDataset(QFile::decodeName(rootB), options, nexvitad::Progress::none());
        QVERIFY(ma.root != mb.root);
        QCOMPARE(ma.hash(), mb.hash());
        mb.classes[0].splits[0].images[0].sha1 = QByteArray(40, '0');
        QVERIFY(ma.hash() != mb.hash());
    }

    void progressAndCancel()
    {
        QTemporaryDir tmp;
        ScanOptions options;
        const QByteArray root = build(tmp, QStringLiteral("mvtec_ok"), &options);
        qint64 lastDone = -1, lastTotal = -1;
        nexvitad::Progress progress([&](const nexvitad::ProgressUpdate &u) {
            lastDone = u.done;
            lastTotal = u.total;
            return true;
        });
        scanDataset(QFile::decodeName(root), options, progress);
        QCOMPARE(lastTotal, 10);
        QCOMPARE(lastDone, 10);

        nexvitad::Progress canceled;
        canceled.cancel();
        QVERIFY_THROWS_EXCEPTION(nexvitad::Canceled, scanDataset(QFile::decodeName(root), options, canceled));
    }

    void missingRootIsAProblemNotACrash()
    {
        const Manifest m = scanDataset(QStringLiteral("/nonexistent/dataset"), {}, nexvitad::Progress::none());
        QVERIFY(!m.usable());
        QCOMPARE(m.problems.size(), 1u);
        QCOMPARE(m.problems[0].code, QStringLiteral("root-missing"));
        QVERIFY(m.problems[0].message.contains(QStringLiteral("/nonexistent/dataset")));
    }

    // A BMP header may claim any size: 2^31 x 2^31 pixels at 32 bits overflowed the pixel
    // array's end (it wrapped negative and a 60-byte file passed as complete), and a height
    // of INT_MIN overflowed std::abs (found by fuzzing, docs/reliability.md).
    void hostileBmpSizesAreTruncatedNotOverflowed_data()
    {
        QTest::addColumn<qint32>("width");
        QTest::addColumn<qint32>("height");
        QTest::addColumn<int>("bpp");
        QTest::newRow("2^31 x 2^31 x 32 bits") << qint32(0x7fffffff) << qint32(0x7fffffff) << 32;
        QTest::newRow("height INT_MIN") << qint32(1) << std::numeric_limits<qint32>::min() << 24;
        QTest::newRow("65535 bits per pixel") << qint32(0x40000000) << qint32(0x40000000) << 65535;
    }

    void hostileBmpSizesAreTruncatedNotOverflowed()
    {
        QFETCH(qint32, width);
        QFETCH(qint32, height);
        QFETCH(int, bpp);
        QByteArray bmp(60, '\0');
        bmp[0] = 'B';
        bmp[1] = 'M';
        const auto put32 = [&](int at, quint32 v) { qToLittleEndian<quint32>(v, bmp.data() + at); };
        put32(10, 54); // pixel array offset
        put32(14, 40); // BITMAPINFOHEADER
        put32(18, quint32(width));
        put32(22, quint32(height));
        qToLittleEndian<quint16>(quint16(bpp), bmp.data() + 28);
        const ImageHeader h = readImageHeader(
            [&](qint64 offset, qint64 length) { return bmp.mid(offset, length); }, bmp.size());
        QCOMPARE(h.format, ImageFormat::Bmp);
        QVERIFY(!h.complete);
        QVERIFY(h.problem.contains(QLatin1String("truncated")));
        QVERIFY(h.height > 0);
    }

    void malformedJsonIsRefused()
    {
        QVERIFY_THROWS_EXCEPTION(nexvitad::Error, manifestFromJson(QJsonObject{{QStringLiteral("format"), QStringLiteral("other")}}));
    }
};

QTEST_GUILESS_MAIN(TestDatasetScan)
#include "test_dataset_scan.moc"
