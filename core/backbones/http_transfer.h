#pragma once
// One resumable HTTP(S) GET of a large file into a ".part" file: the network half of
// weights_download (which adds locking, verification and installation). Blocks on a local
// QEventLoop with its own QNetworkAccessManager; see weights_download.h for threading.

#include <QString>

#include <optional>

class QUrl;

namespace nexvitad {
class Progress;
}

namespace nexvitad::backbones {

struct TransferOptions
{
    int stallTimeoutMs = 60000;
    // The size the file must have (the registry's, when recorded): a server announcing
    // another size is refused before any byte is written.
    std::optional<qint64> expectedTotal;
    QString label; // for messages: what is being downloaded
};

struct TransferOutcome
{
    qint64 total = -1;        // size of the whole file as announced (-1: not announced)
    qint64 resumedFrom = 0;   // bytes of the existing .part that the server continued from
    bool rangeNotSatisfiable = false; // 416: the .part is not a prefix the server can extend
    // What the Hugging Face hub declares for LFS files (on the response before the CDN
    // redirect): X-Linked-Size, and X-Linked-Etag, which is the file's SHA-256.
    qint64 declaredSize = -1;
    QString declaredSha256;
};

// Fetches `url` (following redirects) into `partPath`, continuing an existing partial file
// with a Range request. On success the file holds all announced bytes. Throws
// nexvitad::Canceled (file kept), or nexvitad::Error: HTTP error status (file untouched),
// network failure or interruption (file kept, message says so), disk full (file kept),
// announced size differing from expectedTotal (file deleted).
TransferOutcome transferToFile(const QUrl &url, const QString &partPath, Progress &progress,
                               const TransferOptions &options);

} // namespace nexvitad::backbones
