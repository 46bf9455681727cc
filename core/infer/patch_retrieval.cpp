// Explanation types: cell geometry and JSON (the search itself: patch_retriever.cpp).

#include "infer/patch_retrieval.h"

#include "common/error.h"
#include "infer/json_fields.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace nexvitad::infer {

namespace {

QJsonArray rectToJson(const QRect &r)
{
    return QJsonArray{r.x(), r.y(), r.width(), r.height()};
}

QJsonArray pointToJson(const QPoint &p)
{
    return QJsonArray{p.x(), p.y()};
}

// Coordinates and sizes of cells and regions: bounded so that QRect's right = left +
// width - 1 cannot overflow (found by fuzzing, docs/reliability.md).
constexpr int kMaxCoordinate = 1 << 24;

// Integers of a JSON array of exactly `count` whole numbers within +-kMaxCoordinate.
std::vector<int> intsOf(const QJsonObject &o, const QString &key, int count, const QString &path)
{
    const QJsonArray a = json::requireArray(o, key, path);
    if (a.size() != count)
        throw Error(Explanation::tr("The field \"%1\" does not hold %2 numbers.").arg(key).arg(count),
                    path);
    std::vector<int> out;
    for (const QJsonValue &v : a) {
        const double d = v.toDouble(std::nan(""));
        if (!(std::abs(d) <= kMaxCoordinate) || std::floor(d) != d)
            throw Error(Explanation::tr("The field \"%1\" does not hold %2 numbers.")
                            .arg(key)
                            .arg(count),
                        path);
        out.push_back(int(d));
    }
    return out;
}

QRect rectOf(const QJsonObject &o, const QString &key, const QString &path)
{
    const std::vector<int> v = intsOf(o, key, 4, path);
    return QRect(v[0], v[1], v[2], v[3]);
}

QPoint pointOf(const QJsonObject &o, const QString &key, const QString &path)
{
    const std::vector<int> v = intsOf(o, key, 2, path);
    return QPoint(v[0], v[1]);
}

// First pixel of cell `i` of `cells` spanning `size` pixels.
int cellStart(int i, int cells, int size)
{
    return int(qint64(i) * size / cells);
}

} // namespace

QRect cellBox(int gridHeight, int gridWidth, int imageSize, QPoint cell)
{
    const int left = cellStart(cell.x(), gridWidth, imageSize);
    const int top = cellStart(cell.y(), gridHeight, imageSize);
    return QRect(QPoint(left, top),
                 QPoint(cellStart(cell.x() + 1, gridWidth, imageSize) - 1,
                        cellStart(cell.y() + 1, gridHeight, imageSize) - 1));
}

std::vector<QPoint> cellsIn(int gridHeight, int gridWidth, int imageSize, const QRect &region)
{
    const QRect clipped = region.normalized().intersected(QRect(0, 0, imageSize, imageSize));
    std::vector<QPoint> cells;
    if (clipped.isEmpty())
        return cells;
    // The cell holding a pixel p is floor(p * cells / size), the inverse of cellStart.
    auto cellOf = [&](int pixel, int count) { return int(qint64(pixel) * count / imageSize); };
    for (int y = cellOf(clipped.top(), gridHeight); y <= cellOf(clipped.bottom(), gridHeight); ++y)
        for (int x = cellOf(clipped.left(), gridWidth); x <= cellOf(clipped.right(), gridWidth);
             ++x)
            cells.emplace_back(x, y);
    return cells;
}

QRect toMapRegion(const QRect &original, QSize originalSize, int imageSize)
{
    const QRect r = original.normalized();
    const double sx = double(imageSize) / std::max(1, originalSize.width());
    const double sy = double(imageSize) / std::max(1, originalSize.height());
    const int left = int(r.left() * sx);
    const int top = int(r.top() * sy);
    // The last original pixel's last map pixel, so that a one-pixel click stays one pixel
    // (or a few, when the map is larger than the image).
    const int right = std::max(left, int((r.right() + 1) * sx) - 1);
    const int bottom = std::max(top, int((r.bottom() + 1) * sy) - 1);
    return QRect(QPoint(left, top), QPoint(right, bottom))
        .intersected(QRect(0, 0, imageSize, imageSize));
}

QJsonObject Explanation::toJson() const
{
    QJsonArray layerArray;
    for (const LayerExplanation &l : layers) {
        QJsonArray matchArray;
        for (const PatchMatch &m : l.matches)
            matchArray.append(QJsonObject{{QStringLiteral("bank_image"), m.bankImage},
                                          {QStringLiteral("name"), m.name},
                                          {QStringLiteral("sha256"), m.sha256},
                                          {QStringLiteral("cell"), pointToJson(m.cell)},
                                          {QStringLiteral("box"), rectToJson(m.box)},
                                          {QStringLiteral("distance"), m.distance}});
        layerArray.append(QJsonObject{{QStringLiteral("stage"), l.stage},
                                      {QStringLiteral("query_cell"), pointToJson(l.queryCell)},
                                      {QStringLiteral("query_box"), rectToJson(l.queryBox)},
                                      {QStringLiteral("cell_distance"), l.cellDistance},
                                      {QStringLiteral("matches"), matchArray}});
    }
    return QJsonObject{{QStringLiteral("image_size"), imageSize},
                       {QStringLiteral("region"), rectToJson(region)},
                       {QStringLiteral("layers"), layerArray}};
}

Explanation Explanation::fromJson(const QJsonObject &o, const QString &path)
{
    Explanation e;
    e.imageSize =
        int(json::requireInteger(o, QStringLiteral("image_size"), 0, json::kMaxImageSize, path));
    e.region = rectOf(o, QStringLiteral("region"), path);
    for (const QJsonValue &lv : json::requireArray(o, QStringLiteral("layers"), path)) {
        const QJsonObject lo = lv.toObject();
        LayerExplanation l;
        l.stage = int(json::requireInteger(lo, QStringLiteral("stage"), 0, json::kMaxInt, path));
        l.queryCell = pointOf(lo, QStringLiteral("query_cell"), path);
        l.queryBox = rectOf(lo, QStringLiteral("query_box"), path);
        l.cellDistance = json::requireNumber(lo, QStringLiteral("cell_distance"), path);
        for (const QJsonValue &mv : json::requireArray(lo, QStringLiteral("matches"), path)) {
            const QJsonObject mo = mv.toObject();
            PatchMatch m;
            m.bankImage =
                int(json::requireInteger(mo, QStringLiteral("bank_image"), -1, json::kMaxInt, path));
            m.name = json::requireString(mo, QStringLiteral("name"), path);
            m.sha256 = json::requireString(mo, QStringLiteral("sha256"), path);
            m.cell = pointOf(mo, QStringLiteral("cell"), path);
            m.box = rectOf(mo, QStringLiteral("box"), path);
            m.distance = json::requireNumber(mo, QStringLiteral("distance"), path);
            l.matches.push_back(std::move(m));
        }
        e.layers.push_back(std::move(l));
    }
    return e;
}

} // namespace nexvitad::infer
