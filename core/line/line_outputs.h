#pragma once
// What the hot-folder watcher writes outside the project for each source file
// (docs/line.md): <stem>.map.safetensors and, per overlay policy, <stem>.overlay.png in the
// output folder, a line in its CSV, and the source moved to the "done" folder when asked.
// Stems are the source's base name, made unique with "-2", "-3", ... when a camera reuses
// a name; the CSV's rows say which stems are taken, so the choice survives restarts.

#include "line/hot_folder.h"
#include "line/line_csv.h"
#include "line/line_watcher.h"

#include <QCoreApplication>
#include <QSet>
#include <optional>

namespace nexvitad::line {

class LineOutputs
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::line::LineOutputs)
public:
    // Checks the folders and opens the CSV; throws nexvitad::Error naming the folder or
    // file at fault. Needs an output folder or a project in `options`.
    LineOutputs(const WatchOptions &options, const QString &watchedFolder);

    QString watchedFolder() const { return m_watched; }
    QSet<FileKey> csvKeys() const;
    // Drops CSV lines of files not in `done` (with a project: see line_csv.h).
    void keepOnly(const QSet<FileKey> &done);

    // Writes the files and the CSV line of `item` (inspection null: unreadable) and sets
    // item.mapFile / overlayFile. Throws nexvitad::Error when a file cannot be written.
    void write(LineItem &item, const infer::Inspection *inspection,
               const std::optional<infer::Threshold> &pixelThreshold);

    // Moves the source into the "done" folder (unreadable ones into its "unreadable"
    // subfolder) and returns where it went; empty when sources stay. Throws
    // nexvitad::Error when the move fails (the watcher reports it and goes on).
    QString moveSource(const LineItem &item);
    // Moves sources that are done but still in the watched folder (a stop between the
    // record and the move); returns a notice per file that could not be moved.
    QStringList moveLeftovers(const QSet<FileKey> &done);

private:
    QString uniqueStem(const QString &fileName);

    QString m_watched;
    QString m_outputFolder;
    QString m_moveTo;
    OverlayPolicy m_overlays;
    std::optional<LineCsv> m_csv;
    QSet<QString> m_stems;
};

} // namespace nexvitad::line
