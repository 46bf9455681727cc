#include "cli_training_options.h"

#include <QCoreApplication>

namespace {
struct OptionsText
{
    Q_DECLARE_TR_FUNCTIONS(TrainingOptions)
};
} // namespace

TrainingConfigOptions::TrainingConfigOptions()
    : m_preset(QStringLiteral("preset"), OptionsText::tr("cpu or paper (default: cpu)."),
               QStringLiteral("name"), QStringLiteral("cpu")),
      m_epochs(QStringLiteral("epochs"), OptionsText::tr("Number of epochs."), QStringLiteral("n")),
      m_backbones(BackboneOptions::Defaults::None),
      m_set(QStringLiteral("set"),
            OptionsText::tr("Override a training setting (repeatable), e.g. --set lambda2=0.5 "
                            "or --set mtl=false."),
            QStringLiteral("key=value"))
{
}

void TrainingConfigOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_preset, m_epochs});
    m_backbones.addTo(parser);
    parser.addOption(m_set);
}

nexvitad::train::TrainingConfig
TrainingConfigOptions::preset(const QCommandLineParser &parser) const
{
    return nexvitad::train::TrainingConfig::fromPreset(parser.value(m_preset));
}

void TrainingConfigOptions::applyOverrides(const QCommandLineParser &parser,
                                           nexvitad::train::TrainingConfig &config) const
{
    if (parser.isSet(m_epochs))
        config.applyOverride(QStringLiteral("epochs=") + parser.value(m_epochs));
    m_backbones.applyTo(parser, config);
    for (const QString &assignment : parser.values(m_set))
        config.applyOverride(assignment);
}
