#pragma once
// One inspection batch as the review list shows it: plain data filled on worker threads
// (a live inspection or a batch read back from the project) and handed to the GUI thread.

#include <QImage>
#include <QJsonObject>
#include <QMetaType>
#include <QSize>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace nexvitad::ui {

struct BatchRow
{
    qint64 inspectionId = 0; // 0: not recorded in a project (decisions stay in memory)
    QString imagePath;
    double score = 0;
    QString verdict;  // "pass" | "review" | "fail" (store::verdictName)
    QString decision; // "accept" | "reject" | "unsure" | "" (store::reviewDecisionName)
    QString reviewer;
    QString comment;
    QImage thumbnail;
    // The anomaly map: in memory (live run) or the project's 16-bit PNG artifact.
    std::shared_ptr<const std::vector<float>> map;
    QSize mapSize;
    QString mapPath;
    // Explanation by retrieval: the bank file the image was inspected with, and the stored
    // explanation of a flagged image (infer::Explanation::toJson; empty: none).
    QString bankPath;
    QJsonObject explanation;
};

struct BatchInfo
{
    qint64 batchId = 0; // 0: not recorded in a project
    QString source;
    std::optional<float> pixelThreshold;
    bool untrained = false;
};

} // namespace nexvitad::ui

Q_DECLARE_METATYPE(nexvitad::ui::BatchRow)
Q_DECLARE_METATYPE(nexvitad::ui::BatchInfo)
