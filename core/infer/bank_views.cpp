#include "infer/bank_views.h"

#include "common/error.h"
#include "data/image_decode.h"
#include "infer/json_fields.h"
#include "infer/memory_bank.h"
#include "io/safetensors.h"

#include <QFile>
#include <QJsonDocument>
#include <algorithm>
#include <cstring>

namespace nexvitad::infer {

namespace {

struct ViewsText
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::infer::MemoryBank)
};

} // namespace

std::vector<cv::Mat> readViewsTensor(const io::SafeTensorsFile &file, qint64 count, int size,
                                     const std::vector<int> &wanted)
{
    const QString name = QLatin1String(kBankViewsTensor);
    const io::TensorInfo *t = file.find(name);
    if (!t)
        return {};
    if (t->dtype != QLatin1String(io::kDtypeU8) ||
        t->shape != std::vector<qint64>{count, size, size, 3})
        throw Error(ViewsText::tr("The tensor \"%1\" is not %2 x %3 x %3 x 3 bytes.")
                        .arg(name)
                        .arg(count)
                        .arg(size),
                    file.path());
    const QByteArrayView bytes = file.tensorBytes(*t); // mapped: only copied views are read
    const size_t perImage = size_t(size) * size_t(size) * 3;
    std::vector<cv::Mat> views(static_cast<size_t>(count));
    for (qint64 i = 0; i < count; ++i) {
        if (!wanted.empty() && std::find(wanted.begin(), wanted.end(), int(i)) == wanted.end())
            continue;
        cv::Mat view(size, size, CV_8UC3);
        std::memcpy(view.data, bytes.data() + size_t(i) * perImage, perImage);
        views[size_t(i)] = view;
    }
    return views;
}

std::vector<quint8> packViews(const MemoryBank &bank)
{
    if (!bank.canExplain())
        return {};
    const int size = bank.info().scoring.imageSize;
    const size_t perImage = size_t(size) * size_t(size) * 3;
    std::vector<quint8> packed(perImage * size_t(bank.imageCount()));
    quint8 *out = packed.data();
    for (const BankImage &image : bank.images()) {
        const cv::Mat view = image.view.isContinuous() ? image.view : image.view.clone();
        std::memcpy(out, view.data, perImage);
        out += perImage;
    }
    return packed;
}

std::vector<cv::Mat> viewsOf(const MemoryBank &bank)
{
    std::vector<cv::Mat> views;
    if (bank.canExplain())
        for (const BankImage &image : bank.images())
            views.push_back(image.view);
    return views;
}

cv::Mat encoderView(const QString &imagePath, int size)
{
    return data::resizeImage(data::readImageRgb8(QFile::encodeName(imagePath).toStdString()), size);
}

BankViews readBankViews(const QString &bankPath, const std::vector<int> &wanted)
{
    const io::SafeTensorsFile file = io::SafeTensorsFile::open(bankPath);
    const auto meta = file.header().metadata.constFind(QStringLiteral("nexvitad.bank"));
    if (meta == file.header().metadata.constEnd())
        throw Error(ViewsText::tr("This safetensors file is not a NexViTAD memory bank."),
                    bankPath);
    const QJsonObject o = QJsonDocument::fromJson(meta.value().toUtf8()).object();
    BankViews views;
    for (const QJsonValue &v : json::requireArray(o, QStringLiteral("images"), bankPath)) {
        const QJsonObject entry = v.toObject();
        views.names << json::requireString(entry, QStringLiteral("name"), bankPath);
        views.sha256 << json::requireString(entry, QStringLiteral("sha256"), bankPath);
    }
    const int size = int(json::requireInteger(
        json::requireObject(o, QStringLiteral("scoring"), bankPath), QStringLiteral("image_size"),
        1, json::kMaxImageSize, bankPath));
    views.images = readViewsTensor(file, views.names.size(), size, wanted);
    if (views.images.empty())
        views.unavailableReason = MemoryBank::imagesMissingText();
    return views;
}

} // namespace nexvitad::infer
