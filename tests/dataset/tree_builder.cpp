#include "tree_builder.h"

#include "data/manifest.h"

#include <QStringList>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <ftw.h>
#include <sys/stat.h>
#include <unistd.h>

namespace testsupport {

using namespace nexvitad::data;

namespace {
QByteArray unescape(const QString &text)
{
    QByteArray out;
    const QByteArray utf8 = text.toUtf8();
    for (int i = 0; i < utf8.size(); ++i) {
        if (utf8[i] == '\\' && i + 3 < utf8.size() && utf8[i + 1] == 'x') {
            out.append(static_cast<char>(utf8.mid(i + 2, 2).toInt(nullptr, 16)));
            i += 3;
        } else {
            out.append(utf8[i]);
        }
    }
    return out;
}

QString escape(const QByteArray &raw)
{
    if (isValidUtf8(raw))
        return QString::fromUtf8(raw);
    QString out;
    for (char c : raw) {
        const auto u = static_cast<unsigned char>(c);
        out += u < 0x80 ? QString(QLatin1Char(c)) : QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
    }
    return out;
}

// FNV-1a: a stable per-path number, so every image differs from every other.
unsigned pathSeed(const QByteArray &path)
{
    unsigned h = 2166136261u;
    for (char c : path)
        h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h;
}

cv::Mat pattern(const QByteArray &path, int w, int h, const QString &kind)
{
    const unsigned seed = pathSeed(path);
    cv::Mat rgb(h, w, CV_8UC3);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            rgb.at<cv::Vec3b>(y, x) = cv::Vec3b(static_cast<uchar>((x * 7 + y * 13 + seed) & 255),
                                                static_cast<uchar>((x * 3 + (seed >> 8)) & 255),
                                                static_cast<uchar>((y * 5 + (seed >> 16)) & 255));
    cv::Mat out = rgb;
    if (kind.startsWith(QLatin1String("gray")))
        cv::cvtColor(rgb, out, cv::COLOR_BGR2GRAY);
    else if (kind == QLatin1String("rgba"))
        cv::cvtColor(rgb, out, cv::COLOR_BGR2BGRA);
    if (kind.endsWith(QLatin1String("16")))
        out.convertTo(out, CV_16U, 257.0);
    return out;
}

bool parseSize(const QString &text, int *w, int *h)
{
    const QStringList wh = text.split(QLatin1Char('x'));
    return wh.size() == 2 && (*w = wh[0].toInt()) > 0 && (*h = wh[1].toInt()) > 0;
}

bool makeParents(const QByteArray &path)
{
    for (int i = 1; i < path.size(); ++i)
        if (path[i] == '/')
            ::mkdir(path.left(i).constData(), 0755);
    return true;
}
} // namespace

ScanOptions buildTree(const QString &spec, const QByteArray &root, QString *error)
{
    ScanOptions options;
    for (const QString &rawLine : spec.split(QLatin1Char('\n'))) {
        const QString line = rawLine.section(QLatin1Char('#'), 0, 0).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList w = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString &op = w[0];
        if (op == QLatin1String("option") && w.size() == 3) {
            if (w[1] == QLatin1String("max-pixels"))
                options.maxPixels = w[2].toLongLong();
            else if (w[1] == QLatin1String("layout"))
                options.layout = layoutFromName(w[2]);
            else if (w[1] == QLatin1String("decode"))
                options.decodeImages = w[2] == QLatin1String("1");
            else if (w[1] == QLatin1String("hash"))
                options.hashContents = w[2] == QLatin1String("1");
            continue;
        }
        if (w.size() < 2) {
            *error = QStringLiteral("bad line: ") + line;
            return options;
        }
        const QByteArray path = root + '/' + unescape(w[1]);
        makeParents(path);
        int width = 0, height = 0;
        bool ok = true;
        if ((op == QLatin1String("png") || op == QLatin1String("jpg") || op == QLatin1String("bmp")
             || op == QLatin1String("tif") || op == QLatin1String("mask"))
            && w.size() >= 3 && parseSize(w[2], &width, &height)) {
            cv::Mat image = pattern(unescape(w[1]), width, height, w.value(3, QStringLiteral("rgb")));
            if (op == QLatin1String("mask")) {
                image = cv::Mat::zeros(height, width, CV_8UC1);
                if (w.value(3) != QLatin1String("empty"))
                    cv::rectangle(image, cv::Rect(width / 4, height / 4, width / 2, height / 2),
                                  cv::Scalar(255), cv::FILLED);
            }
            std::vector<uchar> bytes;
            const std::string ext = op == QLatin1String("mask") ? ".png" : "." + op.toStdString();
            ok = cv::imencode(ext, image, bytes);
            FILE *file = std::fopen(path.constData(), "wb");
            ok = ok && file && std::fwrite(bytes.data(), 1, bytes.size(), file) == bytes.size();
            if (file)
                std::fclose(file);
        } else if ((op == QLatin1String("text") || op == QLatin1String("bytes"))) {
            FILE *file = std::fopen(path.constData(), "wb");
            const QByteArray content = w.mid(2).join(QLatin1Char(' ')).toUtf8();
            ok = file && std::fwrite(content.constData(), 1, static_cast<size_t>(content.size()), file) == static_cast<size_t>(content.size());
            if (file)
                std::fclose(file);
        } else if (op == QLatin1String("truncate") && w.size() == 3) {
            ok = ::truncate(path.constData(), w[2].toLongLong()) == 0;
        } else if (op == QLatin1String("copy") && w.size() == 3) {
            ok = ::link((root + '/' + unescape(w[2])).constData(), path.constData()) == 0;
        } else if (op == QLatin1String("poke") && w.size() == 4) {
            FILE *file = std::fopen(path.constData(), "r+b");
            const auto byte = static_cast<char>(w[3].toInt(nullptr, 16));
            ok = file && std::fseek(file, w[2].toLong(), SEEK_SET) == 0 && std::fputc(byte, file) != EOF;
            if (file)
                std::fclose(file);
        } else if (op == QLatin1String("mkdir")) {
            ok = ::mkdir(path.constData(), 0755) == 0;
        } else if (op == QLatin1String("symlink") && w.size() == 3) {
            ok = ::symlink(unescape(w[2]).constData(), path.constData()) == 0;
        } else if (op == QLatin1String("fifo")) {
            ok = ::mkfifo(path.constData(), 0644) == 0;
        } else {
            ok = false;
        }
        if (!ok) {
            *error = QStringLiteral("cannot carry out: ") + line;
            return options;
        }
    }
    return options;
}

void removeTree(const QByteArray &root)
{
    ::nftw(root.constData(),
           [](const char *path, const struct stat *, int, struct FTW *) { return ::remove(path); },
           16, FTW_DEPTH | FTW_PHYS);
}

QString goldenText(const Manifest &m)
{
    QStringList lines{QStringLiteral("layout %1").arg(layoutName(m.layout))};
    for (const ClassEntry &c : m.classes) {
        lines << QStringLiteral("class %1").arg(c.name);
        for (const Split &s : c.splits) {
            lines << QStringLiteral("  %1").arg(s.name());
            for (const ImageEntry &e : s.images)
                lines << QStringLiteral("    %1 %2x%3 c%4 %5bit%6")
                             .arg(escape(e.path))
                             .arg(e.width)
                             .arg(e.height)
                             .arg(e.channels)
                             .arg(e.bitDepth)
                             .arg(e.maskPath.isEmpty() ? QString() : QStringLiteral(" mask=") + escape(e.maskPath));
        }
    }
    lines << QStringLiteral("problems");
    for (const Problem &p : m.problems)
        lines << QStringLiteral("  %1 %2 %3: %4").arg(severityName(p.severity), p.code, p.path, p.message);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace testsupport
