#include "io/safetensors_torch.h"

#include "common/error.h"

#include <QCoreApplication>

#include <torch/torch.h>

namespace nexvitad::io {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::io::SafeTensors)
};
} // namespace

torch::Tensor toFloat32Tensor(const SafeTensorsFile &file, const TensorInfo &info)
{
    if (!isFloatDtype(info.dtype))
        throw Error(Tr::tr("Tensor \"%1\" has dtype %2, not floating-point numbers.")
                        .arg(info.name, info.dtype),
                    file.path());
    std::vector<int64_t> shape(info.shape.begin(), info.shape.end());
    torch::Tensor tensor = torch::empty(shape, torch::kFloat32);
    // convertToFloat32 copies with memcpy / scalar loads, so a tensor whose offset in the
    // file is not 4-byte aligned is read correctly too.
    convertToFloat32(info, file.tensorBytes(info), tensor.data_ptr<float>());
    return tensor;
}

std::map<std::string, torch::Tensor> loadSafeTensors(const QString &path)
{
    const SafeTensorsFile file = SafeTensorsFile::open(path);
    std::map<std::string, torch::Tensor> tensors;
    for (const TensorInfo &info : file.header().tensors)
        tensors.emplace(info.name.toStdString(), toFloat32Tensor(file, info));
    return tensors;
}

void saveSafeTensors(const QString &path, const std::map<std::string, torch::Tensor> &tensors,
                     const QMap<QString, QString> &metadata)
{
    std::vector<torch::Tensor> keepAlive;
    std::vector<Float32Tensor> views;
    keepAlive.reserve(tensors.size());
    views.reserve(tensors.size());
    for (const auto &[name, tensor] : tensors) {
        if (!tensor.defined())
            throw Error(Tr::tr("Cannot write the undefined tensor \"%1\".")
                            .arg(QString::fromStdString(name)),
                        path);
        if (!tensor.is_floating_point())
            throw Error(Tr::tr("Cannot write the non-float tensor \"%1\".")
                            .arg(QString::fromStdString(name)),
                        path);
        torch::Tensor cpu =
            tensor.detach().to(torch::kCPU, torch::kFloat32).contiguous();
        keepAlive.push_back(cpu);
        Float32Tensor view;
        view.name = QString::fromStdString(name);
        view.shape.assign(cpu.sizes().begin(), cpu.sizes().end());
        view.data = cpu.data_ptr<float>();
        views.push_back(std::move(view));
    }
    writeSafeTensors(path, views, metadata);
}

} // namespace nexvitad::io
