#include "line/line_csv.h"

#include "common/error.h"
#include "io/atomic_file.h"

#include <QFileInfo>

namespace nexvitad::line {

namespace {

constexpr int kColumns = 9;

// RFC 4180 records of `text`; a last record without its line end is torn (a crash in the
// middle of an append) and left out. Returns false for a malformed quote.
bool parseRecords(const QString &text, QList<QStringList> *records)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c != QLatin1Char('"'))
                field += c;
            else if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"'))
                field += text[++i];
            else
                quoted = false;
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty())
                return false;
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            fields << field;
            field.clear();
            records->append(fields);
            fields.clear();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    return true;
}

} // namespace

QString LineCsv::header()
{
    return QStringLiteral("time,file,size,modified_ms,score,verdict,map,overlay,error");
}

QString LineCsv::field(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

QString LineCsv::format(const LineCsvRow &row)
{
    return QStringList{field(row.time),     field(row.file.name),
                       QString::number(row.file.size), QString::number(row.file.modifiedMs),
                       field(row.score),    field(row.verdict),
                       field(row.map),      field(row.overlay),
                       field(row.error)}
        .join(QLatin1Char(','));
}

LineCsv::LineCsv(const QString &path) : m_path(QFileInfo(path).absoluteFilePath())
{
    QFile file(m_path);
    if (!file.exists()) {
        io::writeFileAtomically(m_path, (header() + QLatin1Char('\n')).toUtf8());
        return;
    }
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("cannot read the watcher's CSV: %1").arg(file.errorString()), m_path);
    const QString text = QString::fromUtf8(file.readAll());
    QList<QStringList> records;
    if (!parseRecords(text, &records) || records.isEmpty() ||
        records.first().join(QLatin1Char(',')) != header())
        throw Error(tr("not a CSV written by the hot-folder watcher (its first line must be "
                       "\"%1\"); choose another output folder or --csv file")
                        .arg(header()),
                    m_path);
    bool torn = !text.endsWith(QLatin1Char('\n'));
    for (qsizetype r = 1; r < records.size(); ++r) {
        const QStringList &f = records[r];
        if (f.size() != kColumns) {
            throw Error(tr("line %1 has %2 fields instead of %3").arg(r + 1).arg(f.size()).arg(kColumns),
                        m_path);
        }
        m_rows.append(LineCsvRow{f[0], FileKey{f[1], f[2].toLongLong(), f[3].toLongLong()}, f[4],
                                 f[5], f[6], f[7], f[8]});
    }
    if (torn)
        keep(keys()); // rewrite without the torn tail
}

QSet<FileKey> LineCsv::keys() const
{
    QSet<FileKey> set;
    for (const LineCsvRow &row : m_rows)
        set.insert(row.file);
    return set;
}

void LineCsv::keep(const QSet<FileKey> &keep)
{
    QList<LineCsvRow> kept;
    QString text = header() + QLatin1Char('\n');
    for (const LineCsvRow &row : std::as_const(m_rows)) {
        if (!keep.contains(row.file))
            continue;
        kept.append(row);
        text += format(row) + QLatin1Char('\n');
    }
    io::writeFileAtomically(m_path, text.toUtf8());
    m_rows = kept;
}

void LineCsv::append(const LineCsvRow &row)
{
    QFile file(m_path);
    const QByteArray line = (format(row) + QLatin1Char('\n')).toUtf8();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || file.write(line) != line.size() ||
        !io::flushToDisk(file))
        throw Error(tr("cannot append to the watcher's CSV: %1").arg(file.errorString()), m_path);
    m_rows.append(row);
}

} // namespace nexvitad::line
