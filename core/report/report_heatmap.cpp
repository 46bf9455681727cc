#include "report/report_heatmap.h"

#include <QImage>
#include <QImageReader>
#include <algorithm>

namespace nexvitad::report {

HeatMap loadHeatMap(const QString &path, int maxSide)
{
    HeatMap map;
    if (path.isEmpty() || !path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        return map;
    QImageReader reader(path);
    QImage image = reader.read();
    if (image.isNull())
        return map;
    bool ok = false;
    const float declaredMax = image.text(QStringLiteral("map_max")).toFloat(&ok);
    map.maxValue = ok && declaredMax > 0 ? declaredMax : 1.0f;
    image = image.convertToFormat(QImage::Format_Grayscale16);
    if (std::max(image.width(), image.height()) > maxSide)
        image = image.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    map.width = image.width();
    map.height = image.height();
    map.values.resize(size_t(map.width) * size_t(map.height));
    for (int y = 0; y < map.height; ++y) {
        const auto *row = reinterpret_cast<const quint16 *>(image.constScanLine(y));
        for (int x = 0; x < map.width; ++x)
            map.values[size_t(y) * size_t(map.width) + size_t(x)] =
                float(row[x]) / 65535.0f * map.maxValue;
    }
    return map;
}

} // namespace nexvitad::report
