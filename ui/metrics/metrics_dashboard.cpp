#include "metrics_dashboard.h"

#include "curve_chart.h"
#include "score_histogram.h"

#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
struct MetricRow
{
    const char *key;
    const char *label; // QT_TR_NOOP'd, translated at display
};

const MetricRow kRows[] = {
    {"pixel_auroc", QT_TRANSLATE_NOOP("MetricsDashboard", "Pixel AUROC")},
    {"pixel_ap", QT_TRANSLATE_NOOP("MetricsDashboard", "Pixel AP")},
    {"pixel_aupro_0.3", QT_TRANSLATE_NOOP("MetricsDashboard", "Pixel AUPRO (FPR <= 0.3)")},
    {"pixel_f1_max", QT_TRANSLATE_NOOP("MetricsDashboard", "Pixel F1-max")},
    {"image_auroc", QT_TRANSLATE_NOOP("MetricsDashboard", "Image AUROC")},
    {"image_ap", QT_TRANSLATE_NOOP("MetricsDashboard", "Image AP")},
    {"image_f1_max", QT_TRANSLATE_NOOP("MetricsDashboard", "Image F1-max")},
    {"images", QT_TRANSLATE_NOOP("MetricsDashboard", "Test images")},
};

std::vector<double> numbers(const QJsonValue &value)
{
    std::vector<double> out;
    for (const QJsonValue &v : value.toArray())
        out.push_back(v.toDouble());
    return out;
}
} // namespace

MetricsDashboard::MetricsDashboard(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("metricsDashboard"));
    m_table = new QTableWidget(int(std::size(kRows)), 0, this);
    m_table->setObjectName(QStringLiteral("metricsTable"));
    QStringList labels;
    for (const MetricRow &row : kRows)
        labels << tr(row.label);
    m_table->setVerticalHeaderLabels(labels);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_pixelRoc = new CurveChart(tr("Pixel ROC"), tr("False positive rate"),
                                tr("True positive rate"), this);
    m_pixelRoc->setChanceDiagonal(true);
    m_pixelPr = new CurveChart(tr("Pixel precision-recall"), tr("Recall"), tr("Precision"), this);
    m_pro = new CurveChart(tr("Per-region overlap"), tr("False positive rate"), tr("PRO"), this);
    m_pro->setXRange(0.0, 0.3);
    m_imageRoc = new CurveChart(tr("Image ROC"), tr("False positive rate"),
                                tr("True positive rate"), this);
    m_imageRoc->setChanceDiagonal(true);
    m_histogram = new ScoreHistogram(this);

    auto *charts = new QWidget(this);
    auto *grid = new QGridLayout(charts);
    grid->addWidget(m_pixelRoc, 0, 0);
    grid->addWidget(m_pixelPr, 0, 1);
    grid->addWidget(m_pro, 1, 0);
    grid->addWidget(m_imageRoc, 1, 1);
    grid->addWidget(m_histogram, 2, 0, 1, 2);

    auto *exportButton = new QPushButton(tr("Export charts..."), this);
    exportButton->setObjectName(QStringLiteral("exportChartsButton"));
    connect(exportButton, &QPushButton::clicked, this, &MetricsDashboard::chooseExportFolder);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(exportButton);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(charts);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
}

void MetricsDashboard::clear()
{
    m_table->setColumnCount(0);
    for (CurveChart *c : {m_pixelRoc, m_pixelPr, m_pro, m_imageRoc})
        c->clear();
    m_count = 0;
}

void MetricsDashboard::addEvaluation(const QString &label, const QJsonObject &evaluation)
{
    const int column = m_table->columnCount();
    m_table->insertColumn(column);
    m_table->setHorizontalHeaderItem(column, new QTableWidgetItem(label));
    for (int row = 0; row < int(std::size(kRows)); ++row) {
        const QJsonValue v = evaluation.value(QLatin1String(kRows[row].key));
        // Undefined metrics (e.g. AUROC of an all-good set) are null: say so, never "nan".
        const QString text = v.isDouble() ? (qstrcmp(kRows[row].key, "images") == 0
                                                 ? QString::number(v.toInt())
                                                 : QString::number(v.toDouble(), 'f', 4))
                                          : tr("undefined");
        m_table->setItem(row, column, new QTableWidgetItem(text));
    }
    const QJsonObject curves = evaluation.value(QStringLiteral("curves")).toObject();
    auto plot = [&](CurveChart *chart, const char *key) {
        const QJsonObject c = curves.value(QLatin1String(key)).toObject();
        if (!c.isEmpty())
            chart->addSeries(label, numbers(c.value(QStringLiteral("x"))),
                             numbers(c.value(QStringLiteral("y"))));
    };
    plot(m_pixelRoc, "pixel_roc");
    plot(m_pixelPr, "pixel_pr");
    plot(m_pro, "pixel_pro");
    plot(m_imageRoc, "image_roc");
    ++m_count;
}

void MetricsDashboard::setImageScores(const std::vector<double> &good,
                                      const std::vector<double> &defective)
{
    m_histogram->setScores(good, defective);
}

QStringList MetricsDashboard::exportCharts(const QString &folder, const QString &suffix)
{
    QStringList written;
    QDir().mkpath(folder);
    const std::pair<const char *, CurveChart *> charts[] = {
        {"pixel_roc", m_pixelRoc}, {"pixel_pr", m_pixelPr}, {"pixel_pro", m_pro},
        {"image_roc", m_imageRoc}};
    for (const auto &[name, chart] : charts) {
        const QString path = QDir(folder).filePath(QLatin1String(name) + u'.' + suffix);
        if (chart->exportTo(path))
            written << path;
    }
    const QString histogram = QDir(folder).filePath(QStringLiteral("score_histogram.") + suffix);
    if (m_histogram->exportTo(histogram))
        written << histogram;
    return written;
}

void MetricsDashboard::chooseExportFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export charts to"));
    if (!folder.isEmpty())
        exportCharts(folder, QStringLiteral("png"));
}
