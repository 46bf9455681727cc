#pragma once
// The engine side of batch inspection and review, run on job threads (never the GUI
// thread): inspecting images with a bank (recording the batch in the project like
// `nexvitad-cli inspect --project`), reading a recorded batch back, and loading one image
// with its anomaly map for the viewer.

#include "batch_rows.h"

#include "common/progress.h"
#include "common/settings.h"
#include "review/review_viewer.h"
#include "store/project.h"

#include <QStringList>

#include <functional>
#include <optional>

namespace nexvitad::ui {

struct BatchInspectionParams
{
    QString bankPath;
    QStringList inputs; // image files and folders (folders: their images, recursively)
    QString modelsDir;
    nexvitad::DeviceChoice device = nexvitad::DeviceChoice::Auto;
    QString operatorName;
    std::optional<nexvitad::store::Project> project; // record the batch there
};

// Loads the bank, records it and a new batch when there is a project, then inspects every
// image; `onInfo` once before the first row, `onRow` per image as its batch is done.
// Throws nexvitad::Error, nexvitad::Canceled.
void inspectBatch(const BatchInspectionParams &params, nexvitad::Progress &progress,
                  const std::function<void(const BatchInfo &)> &onInfo,
                  const std::function<void(const BatchRow &)> &onRow);

struct StoredBatch
{
    BatchInfo info;
    std::vector<BatchRow> rows;
};

// A recorded batch with its reviews and thumbnails. Throws nexvitad::Error.
StoredBatch loadStoredBatch(const nexvitad::store::Project &project, qint64 batchId,
                            nexvitad::Progress &progress);

// The original image and the row's map, with the colour scale of infer::overlayRange.
ReviewImage loadReviewImage(const BatchRow &row, const std::optional<float> &pixelThreshold);

} // namespace nexvitad::ui
