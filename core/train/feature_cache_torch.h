#pragma once
// Cache of the frozen backbones' outputs (method.md, Performance). The backbones are
// frozen, so their outputs for one image content, one set of weights, one input size and
// one augmentation never change: computed once, they are served from memory (up to a
// byte budget, least recently used first out) or from disk in the run folder, where every
// entry is also written (write-through) so the cache survives a restart.
//
// On-disk format, one file per entry, <cache dir>/<digest>.nxfc (digest = SHA-256 of the
// key text, hex):
//   8 bytes   magic "NXFC0001"
//   4 bytes   header length N, little-endian uint32
//   N bytes   UTF-8 JSON: {"key": "<key text>", "tensors": [{"name": "hiera1",
//             "shape": [1, 96, 56, 56]}, ..., {"name": "dino", ...}]}
//   then      each tensor's float32 values, little-endian, C order, in header order.
// A file that does not match this layout, or whose key text differs from the one looked
// up, counts as a miss and is replaced on the next insert.

#include "model/frozen_features_torch.h"

#include <QHash>
#include <QString>
#include <list>
#include <optional>

namespace nexvitad::train {

struct FeatureKey
{
    QString imageHash;    // content hash of the un-augmented, resized, normalised image
    QString backboneId;   // names + weight hashes of the frozen Hiera and DINOv2
    int imageSize = 0;    // S
    QString augmentation; // Augmentation::key() of the geometric + noise draw

    QString text() const;   // canonical "v1|image=..|backbones=..|size=..|aug=.."
    QString digest() const; // SHA-256 of text(), hex
    // SHA-256 of a tensor's float32 values (CPU, contiguous copy) and shape.
    static QString hashTensor(const torch::Tensor &t);
};

struct FeatureCacheStats
{
    qint64 memoryHits = 0;
    qint64 diskHits = 0;
    qint64 misses = 0;
    qint64 diskWrites = 0;
    qint64 evictions = 0; // entries dropped from memory to stay within the budget
    qint64 memoryBytes = 0;
    qint64 memoryEntries = 0;
};

class FeatureCache
{
public:
    // diskDir empty: memory only. The folder is created on the first insert.
    FeatureCache(qint64 memoryBudgetBytes, const QString &diskDir);

    // CPU tensors, as inserted; nullopt on a miss.
    std::optional<model::FrozenFeatures> find(const FeatureKey &key);
    // Stores a CPU, contiguous float32 copy. Disk write errors throw nexvitad::Error.
    void insert(const FeatureKey &key, const model::FrozenFeatures &features);

    const FeatureCacheStats &stats() const { return m_stats; }
    QString filePath(const FeatureKey &key) const;
    void clearMemory();

private:
    struct Entry
    {
        QString digest;
        model::FrozenFeatures features;
        qint64 bytes = 0;
    };
    void remember(const QString &digest, const model::FrozenFeatures &features);
    std::optional<model::FrozenFeatures> readFile(const FeatureKey &key) const;

    qint64 m_budget;
    QString m_dir;
    std::list<Entry> m_lru; // front = most recently used
    QHash<QString, std::list<Entry>::iterator> m_index;
    FeatureCacheStats m_stats;
};

} // namespace nexvitad::train
