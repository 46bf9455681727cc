#include "data/manifest.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>

#include <algorithm>

namespace nexvitad::data {

QString layoutName(Layout layout)
{
    switch (layout) {
    case Layout::MvtecRoot: return QStringLiteral("mvtec");
    case Layout::MvtecClass: return QStringLiteral("mvtec-class");
    case Layout::Folder: return QStringLiteral("folder");
    case Layout::Unknown: break;
    }
    return QStringLiteral("unknown");
}

Layout layoutFromName(const QString &name)
{
    for (Layout l : {Layout::MvtecRoot, Layout::MvtecClass, Layout::Folder})
        if (layoutName(l) == name)
            return l;
    return Layout::Unknown;
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Note: break;
    }
    return QStringLiteral("note");
}

bool isValidUtf8(const QByteArray &raw)
{
    // Valid exactly when the text form gives the bytes back: a stateful decoder reports no
    // error for a sequence cut short at the end (it waits for more input), and such a name
    // came back from a saved manifest with U+FFFD in it (found by fuzzing,
    // docs/reliability.md).
    return QString::fromUtf8(raw).toUtf8() == raw;
}

QString displayName(const QByteArray &raw)
{
    return QString::fromUtf8(raw);
}

QString ImageEntry::displayPath() const
{
    return displayName(path);
}

QString Split::name() const
{
    return kind == SplitKind::TrainGood ? QStringLiteral("train/good")
                                        : QStringLiteral("test/") + defectType;
}

const Split *ClassEntry::find(SplitKind kind, const QString &defectType) const
{
    for (const Split &s : splits)
        if (s.kind == kind && (kind != SplitKind::TestDefect || s.defectType == defectType))
            return &s;
    return nullptr;
}

QStringList ClassEntry::defectTypes() const
{
    QStringList types;
    for (const Split &s : splits)
        if (s.kind == SplitKind::TestDefect)
            types << s.defectType;
    return types;
}

int ClassEntry::imageCount() const
{
    int n = 0;
    for (const Split &s : splits)
        n += static_cast<int>(s.images.size());
    return n;
}

const ClassEntry *Manifest::findClass(const QString &name) const
{
    const auto it = std::find_if(classes.begin(), classes.end(),
                                 [&](const ClassEntry &c) { return c.name == name; });
    return it == classes.end() ? nullptr : &*it;
}

QStringList Manifest::classNames() const
{
    QStringList names;
    for (const ClassEntry &c : classes)
        names << c.name;
    return names;
}

int Manifest::imageCount() const
{
    int n = 0;
    for (const ClassEntry &c : classes)
        n += c.imageCount();
    return n;
}

int Manifest::problemCount(Severity severity) const
{
    return static_cast<int>(std::count_if(problems.begin(), problems.end(),
                                          [&](const Problem &p) { return p.severity == severity; }));
}

std::string Manifest::absolutePath(const QByteArray &relative) const
{
    const QByteArray base = QFile::encodeName(root);
    return (relative.isEmpty() ? base : base + '/' + relative).toStdString();
}

QString Manifest::absoluteDisplayPath(const QByteArray &relative) const
{
    return relative.isEmpty() ? root : root + QLatin1Char('/') + displayName(relative);
}

QString Manifest::hash() const
{
    QJsonObject content = toJson(*this);
    content.remove(QStringLiteral("root"));
    content.remove(QStringLiteral("problems"));
    const QByteArray canonical = QJsonDocument(content).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha1).toHex());
}

} // namespace nexvitad::data
