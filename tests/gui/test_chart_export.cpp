// Chart export on the metrics dashboard's charts, filled from real evaluations recorded by
// nexvitad-cli (metrics_fixture.h): every chart as PNG (QImage loads it, full size, not
// blank) and as a one-page PDF (pdfinfo), the file dialog proposing the chart's title, and
// a read-only folder refused with a message naming the file and no temporary file left.

#include "metrics/curve_chart.h"
#include "metrics/metrics_dashboard.h"
#include "metrics_fixture.h"
#include "store/project.h"
#include "store/store_service.h"
#include "test_support.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QImage>
#include <QMessageBox>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>
#include <sys/fsuid.h>
#include <unistd.h>

using namespace nexvitad::ui;

using namespace nexvitad;

namespace {
// Answers the modal dialogs that appear, in order, one handler each (a file dialog, then
// a message box). Polls for the next modal widget from the dialog's own event loop.
class ModalAnswers : public QObject
{
public:
    explicit ModalAnswers(std::vector<std::function<void(QWidget *)>> handlers)
        : m_handlers(std::move(handlers))
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || modal == m_last)
                return;
            m_last = modal;
            if (m_next < m_handlers.size()) {
                m_handlers[m_next++](modal);
            } else { // not expected: close it so the test cannot hang, and count it
                ++m_unexpected;
                modal->close();
            }
        });
        m_timer.start(20);
    }
    size_t answered() const { return m_next; }
    int unexpected() const { return m_unexpected; }

private:
    std::vector<std::function<void(QWidget *)>> m_handlers;
    size_t m_next = 0;
    int m_unexpected = 0;
    QWidget *m_last = nullptr;
    QTimer m_timer;
};

// ModalAnswers handlers. The file dialog is accepted in `folder` with the file name it
// proposes (selectFile() would not replace the name while the name field has the focus);
// `proposed` gets that name.
std::function<void(QWidget *)> fileDialogIn(const QString &folder, QString *proposed = nullptr)
{
    return [folder, proposed](QWidget *w) {
        auto *dialog = qobject_cast<QFileDialog *>(w);
        if (!dialog) {
            w->close();
            QFAIL("expected the file dialog");
        }
        if (proposed)
            *proposed = QFileInfo(dialog->selectedFiles().value(0)).fileName();
        dialog->setDirectory(folder);
        static_cast<QDialog *>(dialog)->accept(); // public in QDialog
    };
}

std::function<void(QWidget *)> messageBox(QString *text)
{
    return [text](QWidget *w) {
        auto *box = qobject_cast<QMessageBox *>(w);
        if (!box) {
            w->close();
            QFAIL("expected a message box");
        }
        *text = box->text();
        box->accept();
    };
}

// Root ignores permission bits: drop the file-system identity of this thread to nobody
// (which also drops CAP_DAC_OVERRIDE) while a read-only folder must stay read-only.
struct ActAsNobody
{
    const bool root = geteuid() == 0;
    ActAsNobody()
    {
        if (root)
            setfsuid(65534);
    }
    ~ActAsNobody()
    {
        if (root)
            setfsuid(0);
    }
};
} // namespace

class TestChartExport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    metricsfixture::RecordedEvaluations m_recorded;

private Q_SLOTS:
    void initTestCase()
    {
        testsupport::isolateSettings();
        const QString error = m_recorded.record(m_tmp.path());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void chartsExportAsPngAndOnePagePdf()
    {
        MetricsDashboard dashboard;
        QVERIFY(metricsfixture::openDashboard(dashboard, m_recorded.store(), {1, 2}));
        QTemporaryDir out;
        QStringList errors;
        const QStringList files = dashboard.exportCharts(out.path(), &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
        QCOMPARE(files.size(), 2 * dashboard.charts().size()); // 5 charts, PNG + PDF
        QVERIFY(files.contains(out.filePath("Pixel_ROC.png")));
        for (const QString &file : files) {
            if (file.endsWith(".png")) {
                const QImage image(file);
                QVERIFY2(!image.isNull(), qPrintable(file));
                QVERIFY2(image.width() >= 1000 && image.height() >= 700, qPrintable(file));
                // Not blank: a chart has many colours (axes, text, curves).
                QSet<QRgb> colours;
                for (int yy = 0; yy < image.height(); yy += 7)
                    for (int xx = 0; xx < image.width(); xx += 7)
                        colours.insert(image.pixel(xx, yy));
                QVERIFY2(colours.size() > 5, qPrintable(file));
                continue;
            }
            QFile pdf(file);
            QVERIFY(pdf.open(QIODevice::ReadOnly));
            QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
            QProcess info;
            info.start("pdfinfo", {file});
            QVERIFY(info.waitForFinished(30000));
            QCOMPARE(info.exitCode(), 0);
            const QString text = QString::fromUtf8(info.readAllStandardOutput());
            QVERIFY2(text.contains(QRegularExpression(QStringLiteral("^Pages:\\s+1$"),
                                                      QRegularExpression::MultilineOption)),
                     qPrintable(file + "\n" + text));
        }
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).size(), files.size());
    }

    void exportThroughTheFileDialogProposesTheTitle()
    {
        MetricsDashboard dashboard;
        QVERIFY(metricsfixture::openDashboard(dashboard, m_recorded.store(), {1}));
        QTemporaryDir out;
        const QString target = out.filePath("Pixel_ROC.pdf");
        QString proposed;
        ModalAnswers answers({fileDialogIn(out.path(), &proposed)});
        auto *chart = dashboard.findChild<CurveChart *>("pixelRocChart");
        chart->exportWithDialog(QStringLiteral("pdf"));
        QCOMPARE(answers.answered(), size_t(1));
        QCOMPARE(answers.unexpected(), 0); // no error message
        QCOMPARE(proposed, QStringLiteral("Pixel_ROC.pdf"));
        QFile pdf(target);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
    }

    void exportIntoAReadOnlyFolderFailsCleanly()
    {
        MetricsDashboard dashboard;
        QVERIFY(metricsfixture::openDashboard(dashboard, m_recorded.store(), {1}));
        QTemporaryDir out;
        const QString folder = out.filePath("read-only");
        QVERIFY(QDir().mkpath(folder));
        // The parents must be open to nobody; the folder itself is r-x for everyone.
        QVERIFY(QFile::setPermissions(out.path(), QFile::ReadOwner | QFile::WriteOwner |
                                                      QFile::ExeOwner | QFile::ReadOther |
                                                      QFile::ExeOther));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner |
                                                  QFile::ReadOther | QFile::ExeOther));
        const QString target = QDir(folder).filePath("Pixel_ROC.png");
        auto *chart = dashboard.findChild<CurveChart *>("pixelRocChart");
        {
            ActAsNobody nobody;
            const QString error = chart->exportTo(target);
            QVERIFY2(error.contains(target), qPrintable(error));

            // Through the dialog: the message box names the file.
            QString message;
            ModalAnswers answers({fileDialogIn(folder), messageBox(&message)});
            chart->exportWithDialog(QStringLiteral("png"));
            QCOMPARE(answers.answered(), size_t(2));
            QCOMPARE(answers.unexpected(), 0);
            QVERIFY2(message.contains(target), qPrintable(message));
        }
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System |
                                        QDir::NoDotAndDotDot),
                 QStringList());
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
};

QTEST_MAIN(TestChartExport)
#include "test_chart_export.moc"
