#include "backbones/weights_download.h"

#include "backbones/http_transfer.h"
#include "backbones/model_registry.h"
#include "backbones/weights_install.h"
#include "common/error.h"
#include "common/logging.h"
#include "common/progress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QThread>
#include <QUrl>

#include <stdexcept>

namespace nexvitad::backbones {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::backbones::Weights)
};

// The nested event loop would re-enter GUI code (paint events, button clicks) in the
// middle of whatever called us: a programming error, caught here rather than as a
// mysterious crash later.
void refuseBusyGuiThread()
{
    const QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        throw std::logic_error("downloadWeights needs a QCoreApplication");
    if (app->inherits("QGuiApplication") && QThread::currentThread() == app->thread()
        && QThread::currentThread()->loopLevel() > 0)
        throw std::logic_error("downloadWeights must run in a worker thread, not the GUI thread");
}

QUrl checkedUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        throw Error(Tr::tr("Not a usable http(s) URL: %1").arg(text));
    return url;
}

// A size the server announced must agree with the file we hold; a disagreement means
// the transfer (or a resumed .part from another version of the file) is corrupt.
void checkAnnouncedSize(const QString &part, qint64 announced, const QString &source,
                        const QString &url)
{
    const qint64 size = QFileInfo(part).size();
    if (announced >= 0 && size != announced) {
        QFile::remove(part);
        throw Error(Tr::tr("Size mismatch: received %1 bytes, but %2 announced %3 bytes. "
                           "The partial file was deleted; try again.")
                        .arg(size)
                        .arg(source)
                        .arg(announced),
                    url);
    }
}

} // namespace

QString weightsDownloadUrl(const KnownModel &model, const DownloadOptions &options)
{
    QString base = options.baseUrl;
    if (base.isEmpty())
        base = qEnvironmentVariable("NEXVITAD_WEIGHTS_BASE_URL");
    if (base.isEmpty())
        return model.url;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QStringLiteral("%1/%2/resolve/main/model.safetensors").arg(base, model.name);
}

DownloadResult downloadWeights(const KnownModel &model, const QString &modelsDir,
                               Progress &progress, const DownloadOptions &options)
{
    refuseBusyGuiThread();
    DownloadResult result;
    result.url = weightsDownloadUrl(model, options);
    result.path = localWeightsPath(model, modelsDir);
    const QUrl url = checkedUrl(result.url);

    if (weightsPresent(model, modelsDir)) {
        result.alreadyPresent = true;
        result.bytes = QFileInfo(result.path).size();
        return result;
    }
    if (!QDir().mkpath(modelsDir))
        throw Error(Tr::tr("Cannot create the models folder."), modelsDir);

    const QString part = partialWeightsPath(model, modelsDir);
    // Two downloads of one model (GUI and CLI) would interleave their bytes in one .part.
    QLockFile lock(part + QStringLiteral(".lock"));
    lock.setStaleLockTime(0); // a long download is not stale; a dead owner still is
    if (!lock.tryLock(0))
        throw Error(Tr::tr("Another download of %1 is running.").arg(model.name), part);

    TransferOptions transfer;
    transfer.stallTimeoutMs = options.stallTimeoutMs;
    transfer.expectedTotal = model.expectedBytes;
    transfer.label = model.name;
    progress.setStage(Tr::tr("Downloading %1").arg(model.name));
    Progress downloading = progress.child(0.0, 0.9);

    TransferOutcome outcome;
    for (int attempt = 0; attempt < 2; ++attempt) {
        outcome = transferToFile(url, part, downloading, transfer);
        if (!outcome.rangeNotSatisfiable || QFileInfo(part).size() == outcome.total)
            break;
        // The .part is larger than the file or from another version: start over.
        qCInfo(lcModel) << "range not satisfiable, restarting" << part;
        QFile::remove(part);
    }
    result.resumedFrom = outcome.resumedFrom;
    checkAnnouncedSize(part, outcome.total, Tr::tr("the server"), result.url);
    checkAnnouncedSize(part, outcome.declaredSize, Tr::tr("the hub (X-Linked-Size)"), result.url);

    Progress verifying = progress.child(0.9, 1.0);
    result.sha256 = installWeightsFile(part, model, modelsDir, outcome.declaredSha256,
                                       result.url, verifying);
    result.bytes = QFileInfo(result.path).size();
    qCInfo(lcModel) << "installed" << result.path << result.bytes << "bytes" << result.sha256;
    return result;
}

} // namespace nexvitad::backbones
