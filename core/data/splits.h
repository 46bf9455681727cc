#pragma once
// Source/target class splits (the paper's protocol: S source classes with labels, T target
// classes without) and the leakage check the engine runs before training and before
// building a memory bank.

#include "data/manifest.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <string>
#include <vector>

namespace nexvitad::data {

struct ClassSplit
{
    QStringList source;
    QStringList target;
    friend bool operator==(const ClassSplit &, const ClassSplit &) = default;
};

// Source and target classes named by the user. Throws nexvitad::Error when a name is not
// among `available`, is given twice, is both source and target, or a side is empty.
ClassSplit explicitSplit(const QStringList &available, const QStringList &source,
                         const QStringList &target);

// Parses "11/1", "10/2", ... into (sources, targets). Throws nexvitad::Error on bad text.
std::pair<int, int> parseSplitSpec(const QString &spec);

// A random split of `available` (order does not matter: the names are sorted first) into
// `targetCount` target and `sourceCount` source classes, drawn from `seed`:
// Fisher-Yates over the sorted names with nexvitad::data::Rng(seed); the first
// `targetCount` shuffled names are the targets, the next `sourceCount` the sources (each
// side listed in sorted order). Needs sourceCount >= 1, targetCount >= 1 and
// sourceCount + targetCount <= available.size(); throws nexvitad::Error otherwise.
ClassSplit randomSplit(const QStringList &available, int sourceCount, int targetCount,
                       std::uint64_t seed);

// `runs` random splits for repeated experiments: run r uses seed Rng::derive(seed, r).
std::vector<ClassSplit> randomSplits(const QStringList &available, int sourceCount,
                                     int targetCount, std::uint64_t seed, int runs);

// What identifies an image for the leakage check: its real path and its content.
struct ImageIdentity
{
    std::string path; // absolute; canonical (symbolic links resolved) when the file exists
    QByteArray sha1;  // may be empty (then only paths are compared)
};
ImageIdentity identityOf(const Manifest &manifest, const ImageEntry &entry);

// Throws nexvitad::Error when any evaluation image is also a training or memory-bank image
// (same real path, or same content hash). The message names the overlapping files (the
// first few) and the count; `path` of the Error is the first overlapping evaluation image.
void ensureNoOverlap(const std::vector<ImageIdentity> &evaluation,
                     const std::vector<ImageIdentity> &trainingOrBank);

} // namespace nexvitad::data
