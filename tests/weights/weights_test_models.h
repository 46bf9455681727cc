#pragma once
// Registry entries for the tiny test architectures of the golden fixtures (hiera_mini,
// dinov2_mini, ...): real KnownModel values injected into the real download and import
// code, so the tests move small files instead of hundreds of megabytes.

#include "backbones/model_registry.h"
#include "test_support.h"

#include <QFile>

namespace weightstest {

inline nexvitad::backbones::KnownModel testModel(const QString &variant)
{
    nexvitad::backbones::KnownModel m;
    m.name = variant + QStringLiteral(".test");
    m.variant = variant;
    m.family = variant.startsWith(QLatin1String("hiera")) ? nexvitad::backbones::Family::Hiera
                                                          : nexvitad::backbones::Family::DinoV2;
    return m;
}

// tests/data/fixtures/<variant>.safetensors
inline QString fixturePath(const QString &variant)
{
    return testsupport::dataPath(QStringLiteral("fixtures/%1.safetensors").arg(variant));
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace weightstest
