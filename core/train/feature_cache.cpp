#include "common/logging.h"
#include "io/atomic_file.h"
#include "train/feature_cache_torch.h"
#include "train/feature_file_torch.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <torch/torch.h>

namespace nexvitad::train {

QString FeatureKey::text() const
{
    return QStringLiteral("v1|image=%1|backbones=%2|size=%3|aug=%4")
        .arg(imageHash, backboneId)
        .arg(imageSize)
        .arg(augmentation);
}

QString FeatureKey::digest() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text().toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString FeatureKey::hashTensor(const torch::Tensor &t)
{
    const torch::Tensor c = t.detach().to(torch::kCPU, torch::kFloat32).contiguous();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (int64_t s : c.sizes())
        hash.addData(QByteArray::number(qint64(s)) + ',');
    hash.addData(QByteArrayView(static_cast<const char *>(c.data_ptr()), qsizetype(c.nbytes())));
    return QString::fromLatin1(hash.result().toHex());
}

FeatureCache::FeatureCache(qint64 memoryBudgetBytes, const QString &diskDir)
    : m_budget(memoryBudgetBytes), m_dir(diskDir)
{
}

QString FeatureCache::filePath(const FeatureKey &key) const
{
    return m_dir.isEmpty() ? QString()
                           : QDir(m_dir).filePath(key.digest() + QStringLiteral(".nxfc"));
}

std::optional<model::FrozenFeatures> FeatureCache::find(const FeatureKey &key)
{
    const QString digest = key.digest();
    if (auto it = m_index.find(digest); it != m_index.end()) {
        m_lru.splice(m_lru.begin(), m_lru, it.value()); // now most recently used
        ++m_stats.memoryHits;
        return m_lru.front().features;
    }
    if (auto fromDisk = readFile(key)) {
        ++m_stats.diskHits;
        remember(digest, *fromDisk);
        return fromDisk;
    }
    ++m_stats.misses;
    return std::nullopt;
}

void FeatureCache::insert(const FeatureKey &key, const model::FrozenFeatures &features)
{
    const model::FrozenFeatures copy = features.to(torch::kCPU);
    model::FrozenFeatures stored;
    for (const auto &t : copy.hiera)
        stored.hiera.push_back(t.to(torch::kFloat32).contiguous().clone());
    stored.dino = copy.dino.to(torch::kFloat32).contiguous().clone();
    if (!m_dir.isEmpty()) {
        io::writeFileAtomically(filePath(key), encodeFeatureFile(key.text(), stored));
        ++m_stats.diskWrites;
    }
    remember(key.digest(), stored);
}

void FeatureCache::remember(const QString &digest, const model::FrozenFeatures &features)
{
    const qint64 bytes = features.byteSize();
    if (auto it = m_index.find(digest); it != m_index.end()) {
        m_stats.memoryBytes -= it.value()->bytes;
        m_lru.erase(it.value());
        m_index.erase(it);
    }
    if (bytes > m_budget) { // would not fit even alone: served from disk only
        m_stats.memoryEntries = qint64(m_lru.size());
        return;
    }
    m_lru.push_front({digest, features, bytes});
    m_index.insert(digest, m_lru.begin());
    m_stats.memoryBytes += bytes;
    while (m_stats.memoryBytes > m_budget) {
        const Entry &last = m_lru.back();
        m_stats.memoryBytes -= last.bytes;
        m_index.remove(last.digest);
        m_lru.pop_back();
        ++m_stats.evictions;
    }
    m_stats.memoryEntries = qint64(m_lru.size());
}

void FeatureCache::clearMemory()
{
    m_lru.clear();
    m_index.clear();
    m_stats.memoryBytes = 0;
    m_stats.memoryEntries = 0;
}

std::optional<model::FrozenFeatures> FeatureCache::readFile(const FeatureKey &key) const
{
    if (m_dir.isEmpty())
        return std::nullopt;
    const QString path = filePath(key);
    auto features = decodeFeatureFile(path, key.text());
    if (!features && QFile::exists(path))
        qCWarning(lcTrain) << "feature cache: ignoring unreadable entry" << path;
    return features;
}

} // namespace nexvitad::train
