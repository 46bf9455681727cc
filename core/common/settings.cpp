#include "common/settings.h"

#include "common/tensor_memory_pool.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

#include <pwd.h>
#include <unistd.h>

namespace nexvitad {

namespace {
const auto kModelsDir = QStringLiteral("paths/models");
const auto kDevice = QStringLiteral("compute/device");
const auto kThreads = QStringLiteral("compute/threads");
const auto kPrecision = QStringLiteral("compute/precision");
const auto kTensorCache = QStringLiteral("compute/tensorCacheMiB");
const auto kOperator = QStringLiteral("report/operator");
const auto kLanguage = QStringLiteral("ui/language");

QSettings store()
{
    return QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("NexViTAD"),
                     QStringLiteral("workstation"));
}
} // namespace

QString deviceChoiceName(DeviceChoice choice)
{
    switch (choice) {
    case DeviceChoice::Cpu:
        return QStringLiteral("cpu");
    case DeviceChoice::Cuda:
        return QStringLiteral("cuda");
    case DeviceChoice::Auto:
        break;
    }
    return QStringLiteral("auto");
}

bool parseDeviceChoice(const QString &text, DeviceChoice *out)
{
    const QString t = text.trimmed().toLower();
    for (DeviceChoice c : {DeviceChoice::Auto, DeviceChoice::Cpu, DeviceChoice::Cuda}) {
        if (t == deviceChoiceName(c)) {
            *out = c;
            return true;
        }
    }
    return false;
}

Settings::Settings() = default;

QString Settings::modelsDirectory() const
{
    const QByteArray env = qgetenv("NEXVITAD_MODELS_DIR");
    if (!env.isEmpty())
        return QDir::cleanPath(QString::fromLocal8Bit(env));
    const QString stored = store().value(kModelsDir).toString();
    if (!stored.isEmpty())
        return stored;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QStringLiteral("/nexvitad/models");
}

void Settings::setModelsDirectory(const QString &dir)
{
    store().setValue(kModelsDir, QDir::cleanPath(dir));
}

DeviceChoice Settings::device() const
{
    DeviceChoice choice = DeviceChoice::Auto;
    parseDeviceChoice(store().value(kDevice, QStringLiteral("auto")).toString(), &choice);
    return choice;
}

void Settings::setDevice(DeviceChoice device)
{
    store().setValue(kDevice, deviceChoiceName(device));
}

Precision Settings::precision() const
{
    Precision p = Precision::Float32;
    const QString env = qEnvironmentVariable("NEXVITAD_PRECISION");
    if (!env.isEmpty() && parsePrecision(env, &p))
        return p;
    parsePrecision(store().value(kPrecision, QStringLiteral("fp32")).toString(), &p);
    return p;
}

void Settings::setPrecision(Precision precision)
{
    store().setValue(kPrecision, precisionName(precision));
}

int Settings::threads() const
{
    return std::max(0, store().value(kThreads, 0).toInt());
}

void Settings::setThreads(int threads)
{
    store().setValue(kThreads, std::max(0, threads));
}

int Settings::tensorCacheMiB() const
{
    const int fallback = int(runtime::defaultTensorMemoryCacheLimit() >> 20);
    return std::max(0, store().value(kTensorCache, fallback).toInt());
}

void Settings::setTensorCacheMiB(int mib)
{
    store().setValue(kTensorCache, std::max(0, mib));
}

QString Settings::operatorName() const
{
    // The login name; USER is not set everywhere (services, containers, cron), and the
    // audit log needs a name, so ask the password database, then fall back to the uid.
    QString fallback = qEnvironmentVariable("USER");
    if (fallback.isEmpty()) {
        const passwd *entry = ::getpwuid(::geteuid());
        fallback = entry && entry->pw_name && *entry->pw_name
                       ? QString::fromLocal8Bit(entry->pw_name)
                       : QStringLiteral("uid %1").arg(::geteuid());
    }
    const QString name = store().value(kOperator, fallback).toString();
    return name.isEmpty() ? fallback : name;
}

void Settings::setOperatorName(const QString &name)
{
    store().setValue(kOperator, name);
}

QString Settings::language() const
{
    return store().value(kLanguage).toString();
}

void Settings::setLanguage(const QString &language)
{
    store().setValue(kLanguage, language);
}

void Settings::sync()
{
    store().sync();
}

} // namespace nexvitad
