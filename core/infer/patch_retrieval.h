#pragma once
// Explanation by retrieval (issue 19): for a pixel or region of an inspected image, the
// stored normal patches of the bank it is closest to, per bank layer: "this region looks
// least like any of these normal patches". Public: plain types.
//
// Per layer the query is one grid cell: for a rectangle, the cell inside it with the largest
// distance in that layer's distance map (the least normal one, what the anomaly map shows
// there); for a pixel, the cell holding it. Its nearest patches are searched among ALL stored
// patches of that layer (every bank image, every cell), not the prototypes: a prototype is a
// centroid and comes from no image, a stored patch has an origin (bank image, grid cell) that
// can be shown. The search is exact (LibTorch side: patch_retrieval_torch.h).
//
// Coordinates are those of the S x S map: cell (x, y) of an h x w grid covers the pixels
// [x S / w, (x + 1) S / w) x [y S / h, (y + 1) S / h).

#include "infer/memory_bank.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPoint>
#include <QRect>
#include <QString>
#include <vector>

namespace nexvitad::infer {

// One stored normal patch close to the query.
struct PatchMatch
{
    int bankImage = -1; // index in the bank (bank order)
    QString name;       // the bank image's file name
    QString sha256;     // the bank image's identity
    QPoint cell;        // in the layer's grid
    QRect box;          // the cell's pixels in the bank image's S x S view
    double distance = 0; // L2 between the query's and this patch's features

    bool operator==(const PatchMatch &) const = default;
};

struct LayerExplanation
{
    int stage = 0;           // encoder layer n
    QPoint queryCell;        // in the layer's grid
    QRect queryBox;          // the cell's pixels in the inspected image's S x S view
    double cellDistance = 0; // the layer's distance map at the cell (to the prototypes)
    // Nearest first, at most one per bank image; the first is the nearest stored patch.
    std::vector<PatchMatch> matches;

    bool operator==(const LayerExplanation &) const = default;
};

struct Explanation
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::infer::Explanation)
public:
    int imageSize = 0; // S
    QRect region;      // the query, in S x S map coordinates
    std::vector<LayerExplanation> layers; // in bank layer order

    bool operator==(const Explanation &) const = default;
    bool isEmpty() const { return layers.empty(); }

    // For the project store (inspections.explanation_json) and the CLI's --json.
    QJsonObject toJson() const;
    // Throws nexvitad::Error (naming `pathForErrors`) for malformed JSON.
    static Explanation fromJson(const QJsonObject &o, const QString &pathForErrors = {});
};

// Cell geometry on an h x w grid of an S x S map.
QRect cellBox(int gridHeight, int gridWidth, int imageSize, QPoint cell);
// The cells whose pixels meet `region` (clipped to the map); at least one cell for any
// region inside the map, none for a region outside it.
std::vector<QPoint> cellsIn(int gridHeight, int gridWidth, int imageSize, const QRect &region);
// A rectangle of the original image (`originalSize`) in S x S map coordinates (at least one
// pixel, clipped to the map): how the CLI and the viewer turn a click into a query.
QRect toMapRegion(const QRect &original, QSize originalSize, int imageSize);

} // namespace nexvitad::infer
