#pragma once
// Application settings (QSettings-backed, so the GUI and the CLI share them). Every value
// has a documented default; environment variables override for scripted/CI use.

#include "common/precision.h"

#include <QString>

namespace nexvitad {

enum class DeviceChoice { Auto, Cpu, Cuda };

QString deviceChoiceName(DeviceChoice choice);
// Accepts "auto", "cpu", "cuda" (case-insensitive); returns false on anything else.
bool parseDeviceChoice(const QString &text, DeviceChoice *out);

class Settings
{
public:
    Settings();

    // Where backbone weights live. Default: <AppDataLocation>/models.
    // Environment override: NEXVITAD_MODELS_DIR.
    QString modelsDirectory() const;
    void setModelsDirectory(const QString &dir);

    DeviceChoice device() const; // default Auto (CUDA when LibTorch has it)
    void setDevice(DeviceChoice device);

    // The heavy products' number format (common/precision.h); default fp32.
    // Environment override: NEXVITAD_PRECISION (fp32 or bf16).
    Precision precision() const;
    void setPrecision(Precision precision);

    // Intra-op threads for LibTorch; 0 means "all cores" (the default).
    int threads() const;
    void setThreads(int threads);

    // MiB of freed tensor memory kept for reuse by the next inference (tensor_memory_pool.h);
    // 0 = off. Default: a quarter of physical memory, at most 2 GiB.
    int tensorCacheMiB() const;
    void setTensorCacheMiB(int mib);

    QString operatorName() const; // shown in reports; default: the login name
    void setOperatorName(const QString &name);

    QString language() const; // "" = system language
    void setLanguage(const QString &language);

    void sync();
};

} // namespace nexvitad
