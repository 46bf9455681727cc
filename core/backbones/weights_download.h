#pragma once
// Downloads a known model's safetensors file into the models directory over HTTP(S).
//
// - Data goes to "<name>.safetensors.part" in the models directory. An interrupted or
//   canceled download keeps that file; the next call resumes it with an HTTP Range
//   request (a server that ignores Range is handled: the transfer restarts from zero).
// - Redirects are followed (the Hugging Face hub redirects to a CDN), at most 10, never
//   from https to plain http.
// - When complete, the size is checked against what the server announced
//   (Content-Length / Content-Range total, and the hub's X-Linked-Size), against the
//   registry's size when recorded, the SHA-256 against the registry's value and the hub's
//   X-Linked-Etag when either is known, and the file is validated as a checkpoint of the
//   model's variant; only then is it renamed into place. A file that fails a check is
//   deleted: nothing half-written or wrong ever appears under the final name.
//
// Threading: the call blocks. It creates its own QNetworkAccessManager and runs a local
// QEventLoop, so it works in any thread of a process with a QCoreApplication: the CLI's
// main thread, a worker thread (ui/ runs it as a job). It must not be called on the GUI
// thread while its event loop runs (the nested loop would re-enter the GUI); it refuses to.

#include <QString>

namespace nexvitad {
class Progress;
}

namespace nexvitad::backbones {

struct KnownModel;

struct DownloadOptions
{
    // Mirror with the hub's layout: "<baseUrl>/<name>/resolve/main/model.safetensors".
    // Empty: the environment variable NEXVITAD_WEIGHTS_BASE_URL, else model.url.
    QString baseUrl;
    // Give up when no byte arrives for this long (the .part file is kept).
    int stallTimeoutMs = 60000;
};

struct DownloadResult
{
    QString path;             // the installed file
    qint64 bytes = 0;
    QString sha256;           // lowercase hex of the installed file
    qint64 resumedFrom = 0;   // bytes of an earlier .part file that were kept
    bool alreadyPresent = false; // a valid file was there; nothing was downloaded
    QString url;              // the URL asked for (before redirects)
};

// The URL `model` is fetched from under `options` (see DownloadOptions::baseUrl).
QString weightsDownloadUrl(const KnownModel &model, const DownloadOptions &options = {});

// Downloads `model` into `modelsDir` (created when missing). Reports bytes through
// `progress` and stops within a fraction of a second of progress.cancel(), throwing
// nexvitad::Canceled and keeping the .part file. Errors (HTTP status, network failure,
// size or SHA-256 mismatch, disk full, invalid checkpoint) are nexvitad::Error with a
// message saying what happened and whether the partial file was kept for resuming.
// When a valid file is already in place nothing is downloaded.
DownloadResult downloadWeights(const KnownModel &model, const QString &modelsDir,
                               Progress &progress, const DownloadOptions &options = {});

} // namespace nexvitad::backbones
