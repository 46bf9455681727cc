#pragma once
// The result of importing a dataset: classes -> splits -> images, plus every problem found.
//
// Paths are stored relative to the dataset root as the raw bytes of the file system, so that
// a file whose name is not valid UTF-8 can still be opened (a QString cannot carry such a
// name: decoding replaces the bad bytes). displayPath() is the readable form for messages.
// The project store saves a manifest as JSON (toJson / manifestFromJson); hash() identifies
// its content.

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace nexvitad::data {

enum class Layout {
    Unknown,
    MvtecRoot,  // <root>/<class>/{train/good, test/<type>, ground_truth/<type>}
    MvtecClass, // <root> is one class folder: {train/good, test/<type>, ground_truth/<type>}
    Folder,     // anomalib's Folder: a normal dir, an abnormal dir, optional mask / normal-test dirs
};
QString layoutName(Layout layout); // "unknown", "mvtec", "mvtec-class", "folder"
Layout layoutFromName(const QString &name);

enum class Severity {
    Error,   // the affected images (or class) are left out of the manifest
    Warning, // the images are kept; the user should look
    Note,    // informational (e.g. an extra file that was ignored)
};
QString severityName(Severity severity); // "error", "warning", "note" (not translated)

struct Problem
{
    Severity severity = Severity::Error;
    QString code;    // stable identifier such as "mask-missing"; not translated
    QString path;    // the file or folder concerned, relative to the root ("" = the root)
    QString message; // translated, says what is wrong
    friend bool operator==(const Problem &, const Problem &) = default;
};

enum class SplitKind { TrainGood, TestGood, TestDefect };

struct ImageEntry
{
    QByteArray path;     // relative to the root, raw bytes, '/'-separated
    QByteArray maskPath; // relative; empty when the image has no mask
    int width = 0;
    int height = 0;
    int channels = 0; // as stored: 1 gray, 2 gray+alpha, 3 colour, 4 colour+alpha
    int bitDepth = 0; // bits per channel: 8 or 16
    qint64 fileSize = 0;
    QByteArray sha1; // hex SHA-1 of the file's bytes; empty when hashing was off

    QString displayPath() const;
    friend bool operator==(const ImageEntry &, const ImageEntry &) = default;
};

struct Split
{
    SplitKind kind = SplitKind::TrainGood;
    QString defectType = QStringLiteral("good"); // the test/<type> folder name
    std::vector<ImageEntry> images;

    QString name() const; // "train/good", "test/good", "test/<type>"
    friend bool operator==(const Split &, const Split &) = default;
};

struct ClassEntry
{
    QString name;
    std::vector<Split> splits; // train/good, test/good, then defect types by name

    const Split *find(SplitKind kind, const QString &defectType = QStringLiteral("good")) const;
    QStringList defectTypes() const;
    int imageCount() const;
    friend bool operator==(const ClassEntry &, const ClassEntry &) = default;
};

struct Manifest
{
    QString root; // absolute path of the dataset folder
    Layout layout = Layout::Unknown;
    std::vector<ClassEntry> classes; // sorted by name
    std::vector<Problem> problems;   // in the order found

    const ClassEntry *findClass(const QString &name) const;
    QStringList classNames() const;
    int imageCount() const;
    int problemCount(Severity severity) const;
    bool usable() const { return imageCount() > 0; }

    // The bytes to pass to open()/cv::imread for a relative path of this manifest.
    std::string absolutePath(const QByteArray &relative) const;
    QString absoluteDisplayPath(const QByteArray &relative) const;

    // Hex SHA-1 of the canonical JSON of the layout and the classes (not the root, so a
    // moved dataset keeps its hash; not the problems, which depend on the scan options).
    QString hash() const;

    friend bool operator==(const Manifest &, const Manifest &) = default;
};

// A file name decoded for display; bytes that are not UTF-8 show as U+FFFD.
QString displayName(const QByteArray &raw);
bool isValidUtf8(const QByteArray &raw);

QJsonObject toJson(const Manifest &manifest);
// Throws nexvitad::Error when `json` is not a manifest.
Manifest manifestFromJson(const QJsonObject &json);

} // namespace nexvitad::data
