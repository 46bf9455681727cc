#include "chart_export.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSettings>
#include <qcustomplot.h>

namespace nexvitad::ui {

namespace chartexport {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)
};

const QString kFolderKey = QStringLiteral("metrics/exportFolder");
constexpr double kPngScale = 2.0; // sharp on high-density screens and in documents
constexpr int kDpi = 96;          // QCustomPlot's pixel sizes map to points at 96 dpi

// Vector output: the plot painted into a one-page PDF whose page is the chart's size.
bool paintPdf(QCustomPlot *plot, QIODevice *device, QSize size)
{
    QPdfWriter pdf(device);
    pdf.setCreator(QCoreApplication::applicationName());
    pdf.setResolution(kDpi);
    const QSizeF points(size.width() * 72.0 / kDpi, size.height() * 72.0 / kDpi);
    pdf.setPageLayout(QPageLayout(QPageSize(points, QPageSize::Point), QPageLayout::Portrait,
                                  QMarginsF(0, 0, 0, 0), QPageLayout::Point));
    QCPPainter painter;
    if (!painter.begin(&pdf))
        return false;
    painter.setMode(QCPPainter::pmVectorized);
    painter.setWindow(QRect(QPoint(0, 0), size)); // one plot pixel = one point at 96 dpi
    plot->toPainter(&painter, size.width(), size.height());
    return painter.end();
}
} // namespace

QString write(QCustomPlot *plot, const QString &path, QSize size)
{
    const bool pdf =
        QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Tr::tr("Cannot write the chart to %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    const bool painted =
        pdf ? paintPdf(plot, &file, size)
            : plot->toPixmap(size.width(), size.height(), kPngScale).save(&file, "PNG");
    if (!painted) {
        file.cancelWriting();
        return Tr::tr("Cannot write the chart to %1: drawing it failed.")
            .arg(QDir::toNativeSeparators(path));
    }
    if (!file.commit())
        return Tr::tr("Cannot write the chart to %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

QString suggestedFileName(const QString &title, const QString &suffix)
{
    QString name;
    for (const QChar c : title.trimmed())
        name += c.isLetterOrNumber() || c == u'-' ? c : u'_';
    while (name.contains(QLatin1String("__")))
        name.replace(QLatin1String("__"), QLatin1String("_"));
    name = name.isEmpty() ? QStringLiteral("chart") : name;
    return name + u'.' + suffix;
}

QString exportWithDialog(QWidget *parent, QCustomPlot *plot, const QString &title,
                         const QString &suffix, QSize size)
{
    QSettings settings;
    const QString folder = settings.value(kFolderKey, QDir::homePath()).toString();
    const QString filter = suffix == QLatin1String("pdf") ? Tr::tr("PDF document (*.pdf)")
                                                          : Tr::tr("PNG image (*.png)");
    QString path = QFileDialog::getSaveFileName(
        parent, Tr::tr("Export \"%1\"").arg(title),
        QDir(folder).filePath(suggestedFileName(title, suffix)), filter);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    settings.setValue(kFolderKey, QFileInfo(path).absolutePath());
    const QString error = write(plot, path, size);
    if (!error.isEmpty()) {
        QMessageBox::warning(parent, Tr::tr("Export failed"), error);
        return {};
    }
    return path;
}

void addContextMenu(QCustomPlot *plot, const QString &title, QSize size)
{
    plot->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(
        plot, &QWidget::customContextMenuRequested, plot, [plot, title, size](const QPoint &at) {
            QMenu menu(plot);
            menu.setObjectName(QStringLiteral("chartExportMenu"));
            menu.addAction(Tr::tr("Export as PNG..."));
            QAction *pdf = menu.addAction(Tr::tr("Export as PDF..."));
            QAction *chosen = menu.exec(plot->mapToGlobal(at));
            if (chosen)
                exportWithDialog(plot, plot, title,
                                 chosen == pdf ? QStringLiteral("pdf") : QStringLiteral("png"),
                                 size);
        });
}

} // namespace chartexport

} // namespace nexvitad::ui
