// The screenshot tour on a tiny project made with the real CLI (synthetic 64 px data, a
// two-epoch training, an untrained bank of the mini backbones, an evaluation and an
// inspection, all recorded with --project): every screen is written as a PNG of the
// window's or dialog's fixed size, none is blank, and the review screenshot shows the heat
// map overlay. A project without results still renders the screens that need none.

#include "inspect/batch_review_panel.h"
#include "main_window.h"
#include "review/heatmap_view.h"
#include "review/review_viewer.h"
#include "screenshots/screenshot_tour.h"

#include "store/project.h"
#include "test_support.h"

#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QSet>
#include <QTest>

using namespace nexvitad::ui;

namespace {
const QStringList kWindowShots = {"01-main-window", "10-training-monitor", "11-memory-bank",
                                  "12-review", "13-metrics"};
const QStringList kDialogShots = {"02-import-wizard-folder",   "03-import-wizard-classes",
                                  "04-import-wizard-problems", "05-import-wizard-confirm",
                                  "06-settings-weights",       "07-training-wizard-classes",
                                  "08-training-wizard-settings", "09-training-wizard-summary",
                                  "14-report-export"};

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

// Share of the pixels where `a` and `b` differ clearly (the overlay's colours, not noise).
double differingShare(const QImage &a, const QImage &b)
{
    qint64 differing = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            if (qAbs(qRed(p) - qRed(q)) + qAbs(qGreen(p) - qGreen(q)) + qAbs(qBlue(p) - qBlue(q))
                > 60)
                ++differing;
        }
    return double(differing) / double(qMax(1, a.width() * a.height()));
}
} // namespace

class TestScreenshotTour : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_home, m_project, m_data;

    // Runs nexvitad-cli; false (and its stderr as a warning) when it failed.
    bool cli(const QStringList &args)
    {
        const auto r = testsupport::runCli(args, m_home);
        if (r.exitCode == 0 && !r.crashed)
            return true;
        qWarning("%s\n%s", qPrintable(args.join(u' ')), qPrintable(r.err));
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        testsupport::isolateSettings();
        m_home = m_tmp.filePath(QStringLiteral("home"));
        m_project = m_tmp.filePath(QStringLiteral("project"));
        m_data = m_tmp.filePath(QStringLiteral("data"));
        const QString bank = m_tmp.filePath(QStringLiteral("tiny.bank"));
        const QStringList mini = {"--hiera", "random:hiera_mini:1", "--dinov2",
                                  "random:dinov2_mini:2"};
        QVERIFY(cli({"project", "init", m_project}));
        QVERIFY(cli({"synth", "--out", m_data, "--classes", "2", "--size", "64", "--train-good",
                     "4", "--test-good", "2", "--test-defects", "2", "--seed", "1", "--project",
                     m_project}));
        const QStringList classes = QDir(m_data).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(classes.size(), 2);
        const QString target = classes[1];
        // The smallest training the registry allows (as tests/cli does): loss curves to show.
        const QStringList train = {
            "train", "--project", m_project, "--data", m_data, "--source", classes[0],
            "--target", target, "--out", m_tmp.filePath("run"), "--epochs", "2", "--device",
            "cpu", "--set", "image_size=64", "--set", "batch_size=2", "--set",
            "decoder_widths=32,16,8", "--set", "pseudo_hidden=8,4", "--set", "aug_variants=1",
            "--set", "phase1_fraction=0.5"};
        QVERIFY(cli(train + mini));
        // K = 8: four 64 px images give too few patches per layer for the default 30.
        const QStringList bankArgs = {"bank", "--untrained", "--size", "64", "-k", "8",
                                      "--data", m_data, "--class", target, "--out", bank,
                                      "--project", m_project};
        QVERIFY(cli(bankArgs + mini));
        QVERIFY(cli({"eval", "--bank", bank, "--data", m_data, "--class", target,
                     "--save-thresholds", "--project", m_project}));
        QVERIFY(cli({"inspect", "--bank", bank, m_data + "/" + target + "/test", "--out",
                     m_tmp.filePath("inspection"), "--project", m_project}));
    }

    void rendersEveryScreen()
    {
        const QString out = m_tmp.filePath(QStringLiteral("shots"));
        ScreenshotTour tour(m_project, out);
        QVERIFY(tour.run());
        QVERIFY2(tour.skipped().isEmpty(), qPrintable(tour.skipped().join(u", ")));
        QCOMPARE(tour.written().size(), kWindowShots.size() + kDialogShots.size());

        auto check = [&](const QString &name, QSize size) {
            const QString path = QDir(out).filePath(name + QStringLiteral(".png"));
            QVERIFY2(tour.written().contains(path), qPrintable(path));
            const QImage image(path);
            QVERIFY2(!image.isNull(), qPrintable(path));
            QCOMPARE(image.size(), size);
            // A blank or half-painted screen has a handful of colours; text and charts many.
            QVERIFY2(distinctColours(image) > 40, qPrintable(path));
        };
        for (const QString &name : kWindowShots)
            check(name, ScreenshotTour::kWindowSize);
        for (const QString &name : kDialogShots)
            check(name, ScreenshotTour::kDialogSize);

        // The review screenshot shows the heat map: where the viewer lies, it differs from
        // the same viewer with its overlay (heat map and outlines) hidden. The synthetic
        // textures are colourful themselves, so colour alone would prove nothing.
        HeatmapView *view = tour.window()->reviewPanel()->viewer()->view();
        const QRect rect(view->mapTo(tour.window(), QPoint(0, 0)), view->size());
        QVERIFY(rect.width() > 100 && rect.height() > 100);
        const QImage shot = QImage(QDir(out).filePath(QStringLiteral("12-review.png")))
                                .copy(rect)
                                .convertToFormat(QImage::Format_RGB32);
        view->setOverlayVisible(false);
        const QImage plain = view->grab().toImage().convertToFormat(QImage::Format_RGB32);
        QCOMPARE(plain.size(), shot.size());
        const double overlay = differingShare(shot, plain);
        QVERIFY2(overlay > 0.01, qPrintable(QString::number(overlay)));
    }

    void projectWithoutResultsSkipsTheirScreens()
    {
        const QString empty = m_tmp.filePath(QStringLiteral("empty"));
        nexvitad::store::Project::create(empty, QStringLiteral("empty"));
        ScreenshotTour tour(empty, m_tmp.filePath(QStringLiteral("empty-shots")));
        QVERIFY(tour.run());
        // The main window and the settings need no results; everything else is skipped.
        QCOMPARE(tour.written().size(), 2);
        QVERIFY(tour.skipped().contains(QStringLiteral("12-review")));
        QVERIFY(tour.skipped().contains(QStringLiteral("13-metrics")));

        ScreenshotTour missing(m_tmp.filePath(QStringLiteral("no-such-project")),
                               m_tmp.filePath(QStringLiteral("missing-shots")));
        QVERIFY(!missing.run());
        QVERIFY(missing.written().isEmpty());
    }
};

QTEST_MAIN(TestScreenshotTour)
#include "test_screenshot_tour.moc"
