#pragma once
// Exporting a chart as PNG or PDF: the one implementation every chart uses (the context
// menu of each chart, the dashboard's export buttons). Files are written atomically
// (QSaveFile: a temporary file in the same folder, renamed when complete), so a failed or
// interrupted export never leaves a half-written chart or a stray temporary file.

#include <QSize>
#include <QString>

class QCustomPlot;
class QWidget;

namespace nexvitad::ui {

namespace chartexport {

// The chart's size in the exported file: PDF points at 96 dpi, PNG pixels times two.
constexpr QSize kDefaultSize(640, 480);

// Writes `plot` as PNG or PDF (chosen by the path's suffix, PNG otherwise). Returns an
// empty string on success, else a translated message that names the file.
QString write(QCustomPlot *plot, const QString &path, QSize size = kDefaultSize);

// "Pixel ROC" + "png" -> "Pixel_ROC.png": the title, safe as a file name everywhere.
QString suggestedFileName(const QString &title, const QString &suffix);

// Asks for a file (QFileDialog, default name from `title`, in the last export folder) and
// writes it; a failure is shown in a message box. Returns the file written, or an empty
// string when canceled or failed.
QString exportWithDialog(QWidget *parent, QCustomPlot *plot, const QString &title,
                         const QString &suffix, QSize size = kDefaultSize);

// A right-click menu on `plot`: "Export as PNG..." and "Export as PDF...".
void addContextMenu(QCustomPlot *plot, const QString &title, QSize size = kDefaultSize);

} // namespace chartexport

} // namespace nexvitad::ui
