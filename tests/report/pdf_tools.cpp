#include "pdf_tools.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace reporttest {

bool havePoppler()
{
    for (const char *tool : {"pdfinfo", "pdftotext", "pdftoppm", "pdffonts"})
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
            return false;
    return true;
}

QString runTool(const QString &tool, const QStringList &args)
{
    QProcess process;
    process.start(tool, args);
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        qWarning().noquote() << tool << args << "failed:" << process.readAllStandardError();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPages(const QString &pdf)
{
    for (const QString &line : runTool(QStringLiteral("pdfinfo"), {pdf}).split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    return -1;
}

QString pdfPageSize(const QString &pdf)
{
    for (const QString &line : runTool(QStringLiteral("pdfinfo"), {pdf}).split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("Page size:")))
            return line.mid(10).trimmed();
    return {};
}

QString pdfText(const QString &pdf)
{
    return runTool(QStringLiteral("pdftotext"),
                   {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
}

QString pdfFonts(const QString &pdf)
{
    return runTool(QStringLiteral("pdffonts"), {pdf});
}

QImage pdfPageImage(const QString &pdf, int page, int dpi)
{
    QTemporaryDir dir;
    const QString prefix = dir.filePath(QStringLiteral("page"));
    runTool(QStringLiteral("pdftoppm"),
            {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
             QString::number(page), QStringLiteral("-r"), QString::number(dpi),
             QStringLiteral("-png"), QStringLiteral("-singlefile"), pdf, prefix});
    return QImage(prefix + QStringLiteral(".png"));
}

double inkShare(const QImage &page, const QRectF &rect)
{
    const QRect r(int(rect.left() * page.width()), int(rect.top() * page.height()),
                  int(rect.width() * page.width()), int(rect.height() * page.height()));
    qint64 ink = 0, all = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            const QRgb c = page.pixel(x, y);
            ink += (qRed(c) < 235 || qGreen(c) < 235 || qBlue(c) < 235) ? 1 : 0;
            ++all;
        }
    return all ? double(ink) / double(all) : 0.0;
}

} // namespace reporttest
