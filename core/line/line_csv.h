#pragma once
// The watcher's CSV (OUT/line.csv): one line per source file it has dealt with, appended
// and fsynced as soon as the file's results are written, so a person or a line's MES can
// follow it live (`tail -f`). Columns:
//   time,file,size,modified_ms,score,verdict,map,overlay,error
// time: UTC ISO-8601; verdict: pass | review | fail | none (the bank has no threshold) |
// unreadable (error says why); map/overlay: the files written (overlay empty when the
// policy skipped it).
//
// Without --project the CSV is also the watcher's memory across restarts (the files it
// lists are done). A crash can tear the last line; opening drops a line without its
// newline, so that file is inspected again. With a project the project is the memory and
// keep() drops lines the project does not have (the crash came between the CSV and the
// database), so they are written again, once.

#include "line/hot_folder.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QString>
#include <QStringList>

namespace nexvitad::line {

struct LineCsvRow
{
    QString time;
    FileKey file;
    QString score; // as written ("" for unreadable)
    QString verdict;
    QString map, overlay, error;
};

class LineCsv
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::line::LineCsv)
public:
    // Opens or creates `path` and reads what it lists. Throws nexvitad::Error naming the
    // file when it cannot be read or written, or is not a watcher CSV.
    explicit LineCsv(const QString &path);

    QString path() const { return m_path; }
    const QList<LineCsvRow> &rows() const { return m_rows; }
    QSet<FileKey> keys() const;

    // Rewrites the file (atomically) with only the rows whose file is in `keep`.
    void keep(const QSet<FileKey> &keep);
    // Appends a row and fsyncs. Throws nexvitad::Error.
    void append(const LineCsvRow &row);

    static QString header();
    static QString field(const QString &text); // quoted when it holds , " or a newline
    static QString format(const LineCsvRow &row);

private:
    QString m_path;
    QList<LineCsvRow> m_rows;
};

} // namespace nexvitad::line
