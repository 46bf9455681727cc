#pragma once
// Private to the importer: the state one scan shares between layout readers and the image
// checks (root, options, folder walker, the problems found so far) and the list of image
// files the layout readers found, before they are checked.

#include "data/dataset_scan.h"
#include "data/dir_walk.h"
#include "data/manifest.h"

#include <QCoreApplication>

#include <vector>

namespace nexvitad::data {

struct ScanText
{
    Q_DECLARE_TR_FUNCTIONS(DatasetScan)
};

// An image file a layout reader found, with the mask it should have.
struct Candidate
{
    QString className;
    SplitKind kind = SplitKind::TrainGood;
    QString defectType = QStringLiteral("good");
    QByteArray path;     // relative to the root
    QByteArray maskPath; // relative; empty when none is expected or none was found
    bool needsMask = false;
    QString expectedMask; // shown when needsMask and maskPath is empty
};

class ScanContext
{
public:
    ScanContext(const QString &root, const ScanOptions &options);

    const QString &root() const { return m_root; }
    const QByteArray &rootBytes() const { return m_rootBytes; }
    const ScanOptions &options() const { return m_options; }
    QByteArray absolute(const QByteArray &relative) const;

    void report(Severity severity, const QString &code, const QByteArray &relPath,
                const QString &message);
    std::vector<Problem> takeProblems() { return std::move(m_problems); }

    // Lists a folder (relative path) and reports what cannot be used: unreadable folders,
    // link loops, broken links, special files, names that are not UTF-8 or not ASCII.
    // Returns only the usable files and folders. `found` is false when the folder itself
    // could not be read (already reported).
    std::vector<DirEntry> list(const QByteArray &relDir, bool *found = nullptr);

    // Splits a folder's usable entries into image files (returned) and the rest, which is
    // noted as ignored (extra files such as readme.txt, stray folders).
    std::vector<QByteArray> imageFiles(const QByteArray &relDir);

    // Whether root/relative exists as a folder (stat only; does not mark it listed).
    bool isFolder(const QByteArray &relative) const;

    std::vector<Candidate> candidates;

private:
    QString m_root;
    QByteArray m_rootBytes;
    ScanOptions m_options;
    DirWalker m_walker;
    std::vector<Problem> m_problems;
};

QByteArray joinPath(const QByteArray &a, const QByteArray &b);
QByteArray fileStem(const QByteArray &name);

// Layout readers: fill ctx.candidates (and report layout-level problems).
void readMvtecRoot(ScanContext &ctx);
void readMvtecClass(ScanContext &ctx, const QByteArray &relDir, const QString &className);
void readFolderLayout(ScanContext &ctx);
Layout detectLayout(const ScanContext &ctx);
bool detectFolderSpec(const ScanContext &ctx, FolderLayoutSpec *spec);

// Checks one candidate (readable, complete, size limit, mask) and fills `entry`. Reports
// problems; returns false when an error blocks the image.
bool checkCandidate(ScanContext &ctx, const Candidate &candidate, ImageEntry *entry);

} // namespace nexvitad::data
