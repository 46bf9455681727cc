#include "data/splits.h"

#include "common/error.h"
#include "data/random.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cstdlib>
#include <map>
#include <set>

namespace nexvitad::data {

namespace {
struct SplitText
{
    Q_DECLARE_TR_FUNCTIONS(Splits)
};

void checkNames(const QStringList &available, const QStringList &names, std::set<QString> *seen)
{
    for (const QString &n : names) {
        if (!available.contains(n))
            throw Error(SplitText::tr("there is no class '%1' in the dataset (classes: %2)")
                            .arg(n, available.join(QStringLiteral(", "))));
        if (!seen->insert(n).second)
            throw Error(SplitText::tr("the class '%1' is given twice; a class cannot be both "
                                      "source and target").arg(n));
    }
}
} // namespace

ClassSplit explicitSplit(const QStringList &available, const QStringList &source,
                         const QStringList &target)
{
    if (source.isEmpty() || target.isEmpty())
        throw Error(SplitText::tr("a split needs at least one source and one target class"));
    std::set<QString> seen;
    checkNames(available, source, &seen);
    checkNames(available, target, &seen);
    return {source, target};
}

std::pair<int, int> parseSplitSpec(const QString &spec)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,4})\\s*/\\s*(\\d{1,4})\\s*$"));
    const QRegularExpressionMatch m = re.match(spec);
    if (!m.hasMatch())
        throw Error(SplitText::tr("'%1' is not a split: write sources/targets, e.g. 11/1 or 8/4")
                        .arg(spec));
    return {m.captured(1).toInt(), m.captured(2).toInt()};
}

ClassSplit randomSplit(const QStringList &available, int sourceCount, int targetCount,
                       std::uint64_t seed)
{
    QStringList names = available;
    names.sort();
    names.removeDuplicates();
    if (sourceCount < 1 || targetCount < 1)
        throw Error(SplitText::tr("a split needs at least one source and one target class "
                                  "(asked for %1/%2)").arg(sourceCount).arg(targetCount));
    if (sourceCount + targetCount > names.size())
        throw Error(SplitText::tr("a %1/%2 split needs %3 classes, but the dataset has %4")
                        .arg(sourceCount)
                        .arg(targetCount)
                        .arg(sourceCount + targetCount)
                        .arg(names.size()));
    std::vector<QString> order(names.begin(), names.end());
    Rng rng(seed);
    rng.shuffle(order);
    ClassSplit split;
    for (int i = 0; i < targetCount + sourceCount; ++i)
        (i < targetCount ? split.target : split.source) << order[static_cast<std::size_t>(i)];
    split.source.sort();
    split.target.sort();
    return split;
}

std::vector<ClassSplit> randomSplits(const QStringList &available, int sourceCount,
                                     int targetCount, std::uint64_t seed, int runs)
{
    std::vector<ClassSplit> splits;
    for (int r = 0; r < runs; ++r)
        splits.push_back(randomSplit(available, sourceCount, targetCount,
                                     Rng::derive(seed, static_cast<std::uint64_t>(r))));
    return splits;
}

ImageIdentity identityOf(const Manifest &manifest, const ImageEntry &entry)
{
    const std::string path = manifest.absolutePath(entry.path);
    char *real = ::realpath(path.c_str(), nullptr);
    ImageIdentity id{real ? std::string(real) : path, entry.sha1};
    std::free(real);
    return id;
}

void ensureNoOverlap(const std::vector<ImageIdentity> &evaluation,
                     const std::vector<ImageIdentity> &trainingOrBank)
{
    std::map<std::string, const ImageIdentity *> byPath;
    std::map<QByteArray, const ImageIdentity *> byHash;
    for (const ImageIdentity &t : trainingOrBank) {
        byPath.emplace(t.path, &t);
        if (!t.sha1.isEmpty())
            byHash.emplace(t.sha1, &t);
    }
    QStringList examples;
    QString firstPath;
    int count = 0;
    for (const ImageIdentity &e : evaluation) {
        const ImageIdentity *other = nullptr;
        if (const auto it = byPath.find(e.path); it != byPath.end())
            other = it->second;
        else if (const auto h = byHash.find(e.sha1); !e.sha1.isEmpty() && h != byHash.end())
            other = h->second;
        if (!other)
            continue;
        const QString evalPath = QString::fromStdString(e.path);
        if (count++ == 0)
            firstPath = evalPath;
        if (examples.size() < 3)
            examples << SplitText::tr("%1 (also %2)").arg(evalPath, QString::fromStdString(other->path));
    }
    if (count > 0)
        throw Error(SplitText::tr("%n evaluation image(s) are also used for training or in the "
                                  "memory bank, which would make the results meaningless: %1",
                                  nullptr, count)
                        .arg(examples.join(QStringLiteral("; "))),
                    firstPath);
}

} // namespace nexvitad::data
