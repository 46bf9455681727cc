#pragma once
// Options that several commands share, declared and read in one place: --device (where to
// compute) and --hiera / --dinov2 (backbone weights, backbones/weights_spec.h syntax).
// Typical use: `DeviceOption device; device.addTo(parser); ... device.resolve(parser)`.

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace nexvitad::train {
struct TrainingConfig;
}

// --device: auto, cpu, cuda or cuda:N; unset: the setting.
class DeviceOption
{
public:
    DeviceOption();
    void addTo(QCommandLineParser &parser) const;
    // The device to compute on (cli_values::device); throws nexvitad::Error for a bad name.
    QString resolve(const QCommandLineParser &parser) const;

private:
    QCommandLineOption m_option;
};

// --hiera and --dinov2: random:<variant>[:seed], a model name or a .safetensors file.
class BackboneOptions
{
public:
    enum class Defaults {
        None,     // unset options are empty (the caller's own defaults apply)
        Untrained // random:hiera_tiny_224 and random:vit_small_patch14_dinov2
    };
    explicit BackboneOptions(Defaults defaults);
    void addTo(QCommandLineParser &parser) const;

    // Both options given (or defaulted).
    bool isSet(const QCommandLineParser &parser) const;
    QString hiera(const QCommandLineParser &parser) const;
    QString dinov2(const QCommandLineParser &parser) const;
    // Sets config's hiera and dinov2 from the options that have a value (given or defaulted).
    // Throws nexvitad::Error for an invalid value.
    void applyTo(const QCommandLineParser &parser, nexvitad::train::TrainingConfig &config) const;

private:
    QCommandLineOption m_hiera, m_dinov2;
};
