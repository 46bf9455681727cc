#pragma once
// A real project for the report tests: a tiny synthetic MVTec-style dataset (images and
// masks on disk), registered with its manifest; a model with one untrained backbone; a
// memory bank with thresholds changed once; an inspection batch with heat-map PNGs and a
// review; and an evaluation with metrics, curves and image scores.

#include "store/project.h"

#include <QString>
#include <optional>

namespace reporttest {

struct Fixture
{
    std::optional<nexvitad::store::Project> project;
    QString datasetRoot;
    qint64 model = 0, bank = 0, batch = 0, evaluation = 0, dataset = 0;
    int pass = 0, fail = 0, review = 0; // verdicts in the batch
    QString bankSha256, manifestSha256, checkpointSha256;
    QString reviewComment;
    double imageAuroc = 0, pixelAuroc = 0, pixelAp = 0;
};

// Builds everything under `folder`. `inspections` > 0 adds that many more inspections of
// the test images (cycled) for large-report runs.
Fixture makeFixture(const QString &folder, const QString &projectName = QStringLiteral("Line 3"),
                    int extraInspections = 0);

// Writes a heat map for `maskPath` (or an off-centre blob without one) as a 16-bit PNG
// with a "map_max" text chunk, as the inspection engine stores them.
QByteArray heatMapPng(const QString &maskPath, int size, float mapMax);

} // namespace reporttest
