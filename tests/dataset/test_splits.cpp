// Source/target class splits: reproducible from a seed, disjoint, refusing impossible
// requests; the leakage check between evaluation and training/memory-bank images; and the
// seeded random source (data::Rng) they and the trainer draw from.

#include "test_support.h"

#include "common/error.h"
#include "data/random.h"
#include "data/splits.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <random>
#include <set>
#include <sstream>

using namespace nexvitad::data;

namespace {
QStringList mvtecClasses()
{
    return {QStringLiteral("bottle"), QStringLiteral("cable"), QStringLiteral("capsule"),
            QStringLiteral("carpet"), QStringLiteral("hazelnut"), QStringLiteral("leather"),
            QStringLiteral("metal_nut"), QStringLiteral("pill"), QStringLiteral("tile"),
            QStringLiteral("toothbrush"), QStringLiteral("transistor"), QStringLiteral("wood")};
}
} // namespace

class TestSplits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void engineIsTheStandardMt19937_64()
    {
        // The C++ standard fixes the 10000th output of a default-seeded mt19937_64.
        Rng rng(5489u);
        std::uint64_t v = 0;
        for (int i = 0; i < 10000; ++i)
            v = rng.next();
        QCOMPARE(v, 9981545732273789042ULL);
    }

    void drawsStayInRange()
    {
        Rng rng(7);
        std::set<int> seen;
        for (int i = 0; i < 2000; ++i) {
            const int v = rng.range(-3, 3);
            QVERIFY(v >= -3 && v <= 3);
            seen.insert(v);
            const double u = rng.unit();
            QVERIFY(u >= 0.0 && u < 1.0);
        }
        QCOMPARE(seen.size(), 7u);
    }

    void scaledDrawsAndStateAreTheTrainersOwn()
    {
        // scaled(n) is floor(unit() * n) from one engine output: the trainer's augmentations
        // and epoch orders, so that a recorded seed keeps giving its run.
        Rng rng(11);
        std::mt19937_64 engine(11);
        for (int i = 0; i < 1000; ++i) {
            const int n = 1 + i % 7;
            QCOMPARE(rng.scaled(n), int(double(engine() >> 11) * (1.0 / 9007199254740992.0) * n));
        }
        // The state text is the engine's operator<< (checkpoints written before Rng carried
        // it resume unchanged); a restored stream continues exactly.
        std::ostringstream text;
        text << engine;
        QCOMPARE(rng.state(), text.str());
        Rng copy(0);
        QVERIFY(copy.restoreState(rng.state()));
        for (int i = 0; i < 100; ++i)
            QCOMPARE(copy.next(), rng.next());
        // Damaged text changes nothing.
        const std::string before = copy.state();
        QVERIFY(!copy.restoreState("12 34 not a state"));
        QCOMPARE(copy.state(), before);
    }

    void paperSplits_data()
    {
        QTest::addColumn<QString>("spec");
        for (const char *s : {"11/1", "10/2", "9/3", "8/4"})
            QTest::newRow(s) << QString::fromLatin1(s);
    }

    void paperSplits()
    {
        QFETCH(QString, spec);
        const auto [sources, targets] = parseSplitSpec(spec);
        const QStringList all = mvtecClasses();
        std::set<QStringList> distinctTargets;
        const std::vector<ClassSplit> runs = randomSplits(all, sources, targets, 2024, 20);
        QCOMPARE(runs.size(), 20u);
        for (const ClassSplit &split : runs) {
            QCOMPARE(split.source.size(), sources);
            QCOMPARE(split.target.size(), targets);
            for (const QString &t : split.target) {
                QVERIFY(all.contains(t));
                QVERIFY2(!split.source.contains(t), qPrintable(t)); // disjoint
            }
            distinctTargets.insert(split.target);
        }
        QVERIFY(distinctTargets.size() > 1); // runs differ
        // Reproducible, and independent of the order the classes are given in.
        QStringList reversed = all;
        std::reverse(reversed.begin(), reversed.end());
        QVERIFY(randomSplits(reversed, sources, targets, 2024, 20) == runs);
    }

    void drawIsPinned()
    {
        // Pins the algorithm (sorted names, Fisher-Yates on mt19937_64, first T are targets):
        // a change here changes every published split.
        const ClassSplit s = randomSplit(mvtecClasses(), 8, 4, 42);
        QCOMPARE(s.target.join(QLatin1Char(',')), QStringLiteral("cable,capsule,carpet,toothbrush"));
        QCOMPARE(s.source.size(), 8);
    }

    void generalisedSplitsUseAvailableClasses()
    {
        const QStringList four{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
        const ClassSplit s = randomSplit(four, 2, 1, 1);
        QCOMPARE(s.source.size() + s.target.size(), 3); // one class left out
    }

    void impossibleRequestsAreRefused_data()
    {
        QTest::addColumn<int>("sources");
        QTest::addColumn<int>("targets");
        QTest::addColumn<QString>("message");
        QTest::newRow("too many") << 11 << 2 << QStringLiteral("needs 13 classes, but the dataset has 12");
        QTest::newRow("no target") << 12 << 0 << QStringLiteral("at least one source and one target");
        QTest::newRow("no source") << 0 << 3 << QStringLiteral("at least one source and one target");
    }

    void impossibleRequestsAreRefused()
    {
        QFETCH(int, sources);
        QFETCH(int, targets);
        QFETCH(QString, message);
        try {
            randomSplit(mvtecClasses(), sources, targets, 1);
            QFAIL("no error");
        } catch (const nexvitad::Error &e) {
            QVERIFY2(e.message().contains(message), qPrintable(e.message()));
        }
    }

    void badSpecIsRefused()
    {
        QVERIFY_THROWS_EXCEPTION(nexvitad::Error, parseSplitSpec(QStringLiteral("eleven")));
        QCOMPARE(parseSplitSpec(QStringLiteral(" 9 / 3 ")), std::make_pair(9, 3));
    }

    void explicitSplits()
    {
        const QStringList all = mvtecClasses();
        const ClassSplit ok = explicitSplit(all, {QStringLiteral("bottle"), QStringLiteral("wood")}, {QStringLiteral("tile")});
        QCOMPARE(ok.target, QStringList{QStringLiteral("tile")});
        try {
            explicitSplit(all, {QStringLiteral("bottle"), QStringLiteral("tile")}, {QStringLiteral("tile")});
            QFAIL("a class was allowed on both sides");
        } catch (const nexvitad::Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("'tile'")), qPrintable(e.message()));
        }
        QVERIFY_THROWS_EXCEPTION(nexvitad::Error, explicitSplit(all, {QStringLiteral("gear")}, {QStringLiteral("tile")}));
        QVERIFY_THROWS_EXCEPTION(nexvitad::Error, explicitSplit(all, {}, {QStringLiteral("tile")}));
    }

    void overlapIsAnError()
    {
        QTemporaryDir tmp;
        const QString a = tmp.filePath(QStringLiteral("a.png"));
        const QString b = tmp.filePath(QStringLiteral("b.png"));
        QFile fa(a), fb(b);
        QVERIFY(fa.open(QIODevice::WriteOnly) && fa.write("aaa") == 3);
        QVERIFY(fb.open(QIODevice::WriteOnly) && fb.write("bbb") == 3);
        fa.close();
        fb.close();
        QVERIFY(QFile::link(a, tmp.filePath(QStringLiteral("link.png"))));

        Manifest m;
        m.root = tmp.path();
        ImageEntry ea, eb, elink, ecopy;
        ea.path = "a.png";
        eb.path = "b.png";
        elink.path = "link.png"; // the same file through a link
        ecopy.path = "copy.png"; // another file with a's content
        ea.sha1 = ecopy.sha1 = QByteArray(40, 'a');
        eb.sha1 = QByteArray(40, 'b');

        ensureNoOverlap({identityOf(m, ea)}, {identityOf(m, eb)}); // disjoint: fine
        try {
            ensureNoOverlap({identityOf(m, elink)}, {identityOf(m, eb), identityOf(m, ea)});
            QFAIL("same file through a link not found");
        } catch (const nexvitad::Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("1 evaluation image")), qPrintable(e.message()));
            QCOMPARE(e.path(), a);
        }
        QVERIFY_THROWS_EXCEPTION(nexvitad::Error, ensureNoOverlap({identityOf(m, ecopy)}, {identityOf(m, ea)}));
    }
};

QTEST_GUILESS_MAIN(TestSplits)
#include "test_splits.moc"
