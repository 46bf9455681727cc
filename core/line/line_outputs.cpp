#include "line/line_outputs.h"

#include "common/error.h"
#include "infer/inspection_files.h"

#include <QDir>
#include <QFileInfo>

namespace nexvitad::line {

namespace {

const QString kMapSuffix = QStringLiteral(".map.safetensors");

QString verdictField(const LineItem &item)
{
    if (item.unreadable)
        return QStringLiteral("unreadable");
    return item.verdict ? infer::verdictKey(*item.verdict) : QStringLiteral("none");
}

// `folder/name`, or `folder/base-2.ext`, ... when that is taken.
QString freeTarget(const QString &folder, const QString &name)
{
    const QFileInfo info(name);
    QString target = QDir(folder).filePath(name);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QDir(folder).filePath(
            QStringLiteral("%1-%2%3")
                .arg(info.completeBaseName())
                .arg(n)
                .arg(info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix()));
    return target;
}

} // namespace

LineOutputs::LineOutputs(const WatchOptions &options, const QString &watchedFolder)
    : m_watched(watchedFolder), m_overlays(options.overlays)
{
    if (options.outputFolder.isEmpty() && !options.project)
        throw Error(tr("Give an output folder or a project: the watcher keeps its results and "
                       "its record of the files it has inspected there."));
    if (!options.moveTo.isEmpty()) {
        m_moveTo = QFileInfo(options.moveTo).absoluteFilePath();
        if (QDir(m_moveTo) == QDir(m_watched))
            throw Error(tr("the folder for inspected images must not be the watched folder"),
                        m_moveTo);
        if (!QDir().mkpath(m_moveTo))
            throw Error(tr("cannot create the folder for inspected images"), m_moveTo);
    }
    if (options.outputFolder.isEmpty())
        return;
    m_outputFolder = QFileInfo(options.outputFolder).absoluteFilePath();
    if (!QDir().mkpath(m_outputFolder))
        throw Error(tr("cannot create the output folder"), m_outputFolder);
    m_csv.emplace(options.csvPath.isEmpty()
                      ? QDir(m_outputFolder).filePath(QStringLiteral("line.csv"))
                      : options.csvPath);
    for (const LineCsvRow &row : m_csv->rows())
        if (row.map.endsWith(kMapSuffix))
            m_stems.insert(QFileInfo(row.map).fileName().chopped(kMapSuffix.size()));
}

QSet<FileKey> LineOutputs::csvKeys() const
{
    return m_csv ? m_csv->keys() : QSet<FileKey>();
}

void LineOutputs::keepOnly(const QSet<FileKey> &done)
{
    if (!m_csv || done.contains(m_csv->keys()))
        return;
    m_csv->keep(done);
    m_stems.clear();
    for (const LineCsvRow &row : m_csv->rows())
        if (row.map.endsWith(kMapSuffix))
            m_stems.insert(QFileInfo(row.map).fileName().chopped(kMapSuffix.size()));
}

QString LineOutputs::uniqueStem(const QString &fileName)
{
    const QString base = QFileInfo(fileName).completeBaseName();
    QString stem = base;
    for (int n = 2; m_stems.contains(stem); ++n)
        stem = QStringLiteral("%1-%2").arg(base).arg(n);
    m_stems.insert(stem);
    return stem;
}

void LineOutputs::write(LineItem &item, const infer::Inspection *inspection,
                        const std::optional<infer::Threshold> &pixelThreshold)
{
    if (!m_csv)
        return;
    if (inspection) {
        const bool flagged = !item.verdict || *item.verdict != infer::Verdict::Pass;
        const bool overlay = m_overlays == OverlayPolicy::All ||
                             (m_overlays == OverlayPolicy::Flagged && flagged);
        const infer::InspectionFiles files = infer::writeInspectionFiles(
            *inspection, m_outputFolder, uniqueStem(item.file.name), pixelThreshold, overlay);
        item.mapFile = files.map;
        item.overlayFile = files.overlay;
    }
    m_csv->append(LineCsvRow{item.at.toString(Qt::ISODateWithMs), item.file,
                             item.unreadable ? QString()
                                             : QString::number(double(item.score), 'g', 7),
                             verdictField(item), item.mapFile, item.overlayFile, item.error});
}

QString LineOutputs::moveSource(const LineItem &item)
{
    if (m_moveTo.isEmpty())
        return {};
    QString folder = m_moveTo;
    if (item.unreadable) {
        folder = QDir(m_moveTo).filePath(QStringLiteral("unreadable"));
        if (!QDir().mkpath(folder))
            throw Error(tr("cannot create the folder for unreadable images"), folder);
    }
    const QString target = freeTarget(folder, item.file.name);
    if (!QFile::rename(item.source, target))
        throw Error(tr("cannot move the inspected image to %1").arg(target), item.source);
    return target;
}

QStringList LineOutputs::moveLeftovers(const QSet<FileKey> &done)
{
    QStringList notices;
    if (m_moveTo.isEmpty())
        return notices;
    for (const QFileInfo &file : QDir(m_watched).entryInfoList(QDir::Files)) {
        LineItem item;
        item.file = FileKey{file.fileName(), file.size(), file.lastModified().toMSecsSinceEpoch()};
        item.source = file.absoluteFilePath();
        if (!done.contains(item.file))
            continue;
        try {
            moveSource(item);
        } catch (const Error &e) {
            notices << e.userText();
        }
    }
    return notices;
}

} // namespace nexvitad::line
