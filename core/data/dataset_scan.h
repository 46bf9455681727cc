#pragma once
// Dataset import: reads a folder in one of the supported layouts into a Manifest and reports
// every problem found, never stopping at the first. Errors leave the affected images (or
// class) out of the manifest; warnings and notes keep them. Only reads: nothing is written
// into the user's folder.

#include "data/manifest.h"

#include <QString>

namespace nexvitad {
class Progress;
}

namespace nexvitad::data {

// anomalib's Folder layout. Folder names are relative to the root; empty ones are detected
// from common names (normal: good, normal, ok, nominal; abnormal: bad, defect(s), abnormal,
// anomaly, anomalous, ng, defective; masks: mask(s), ground_truth, gt; normal test:
// good_test, test_good, normal_test, test_normal).
struct FolderLayoutSpec
{
    QString className; // default: the root folder's name
    QString normalDir;
    QString abnormalDir;
    QString maskDir;
    QString normalTestDir;
    // Without a normal-test folder, this share of the normal images (the last by name)
    // becomes test/good.
    double normalTestFraction = 0.2;
};

struct ScanOptions
{
    Layout layout = Layout::Unknown; // Unknown: detect
    FolderLayoutSpec folder;
    qint64 maxPixels = 100'000'000; // larger images are refused before decoding
    bool hashContents = true;       // SHA-1 of every image file
    bool decodeImages = false;      // deep check: decode every image and mask (slow)
};

// Scans `root`. Cancel via `progress` (throws nexvitad::Canceled).
Manifest scanDataset(const QString &root, const ScanOptions &options, Progress &progress);

} // namespace nexvitad::data
