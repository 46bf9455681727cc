#pragma once
// The options that make a training configuration on the command line (train, protocol):
// --preset, --epochs, --hiera, --dinov2 and repeatable --set key=value (docs/training.md).

#include "cli_engine_options.h"
#include "train/training_config.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

class TrainingConfigOptions
{
public:
    TrainingConfigOptions();
    void addTo(QCommandLineParser &parser) const;

    // The preset named by --preset (default cpu).
    nexvitad::train::TrainingConfig preset(const QCommandLineParser &parser) const;
    // Applies --epochs, --hiera, --dinov2 (when given) and every --set, in that order.
    // Throws nexvitad::Error for an invalid value (the config is then unchanged by it).
    void applyOverrides(const QCommandLineParser &parser,
                        nexvitad::train::TrainingConfig &config) const;

private:
    QCommandLineOption m_preset, m_epochs;
    BackboneOptions m_backbones;
    QCommandLineOption m_set;
};
