#include "cli_engine_options.h"

#include "cli_values.h"
#include "train/training_config.h"

#include <QCoreApplication>

namespace {
struct OptionsText
{
    Q_DECLARE_TR_FUNCTIONS(EngineOptions)
};

const QString kUntrainedHiera = QStringLiteral("random:hiera_tiny_224");
const QString kUntrainedDinov2 = QStringLiteral("random:vit_small_patch14_dinov2");

QCommandLineOption weightsOption(const QString &name, const QString &help,
                                 const QString &defaultValue)
{
    QCommandLineOption option(name, help, QStringLiteral("spec"));
    if (!defaultValue.isEmpty())
        option.setDefaultValue(defaultValue);
    return option;
}
} // namespace

DeviceOption::DeviceOption()
    : m_option(QStringLiteral("device"),
               OptionsText::tr("auto, cpu or cuda (default: the setting)."),
               QStringLiteral("device"))
{
}

void DeviceOption::addTo(QCommandLineParser &parser) const
{
    parser.addOption(m_option);
}

QString DeviceOption::resolve(const QCommandLineParser &parser) const
{
    return cli_values::device(parser.value(m_option));
}

BackboneOptions::BackboneOptions(Defaults defaults)
    : m_hiera(weightsOption(
          QStringLiteral("hiera"),
          defaults == Defaults::None
              ? OptionsText::tr("Hiera weights: random:<variant>[:seed], a model name or a "
                                ".safetensors file.")
              : OptionsText::tr("Hiera weights: random:<variant>[:seed], a model name or a "
                                ".safetensors file (default %1).")
                    .arg(kUntrainedHiera),
          defaults == Defaults::None ? QString() : kUntrainedHiera)),
      m_dinov2(weightsOption(
          QStringLiteral("dinov2"),
          defaults == Defaults::None
              ? OptionsText::tr("DINOv2 weights, same syntax.")
              : OptionsText::tr("DINOv2 weights, same syntax (default %1).").arg(kUntrainedDinov2),
          defaults == Defaults::None ? QString() : kUntrainedDinov2))
{
}

void BackboneOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_hiera, m_dinov2});
}

namespace {
bool hasValue(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    return parser.isSet(option) || !option.defaultValues().isEmpty();
}
} // namespace

bool BackboneOptions::isSet(const QCommandLineParser &parser) const
{
    return hasValue(parser, m_hiera) && hasValue(parser, m_dinov2);
}

QString BackboneOptions::hiera(const QCommandLineParser &parser) const
{
    return parser.value(m_hiera);
}

QString BackboneOptions::dinov2(const QCommandLineParser &parser) const
{
    return parser.value(m_dinov2);
}

void BackboneOptions::applyTo(const QCommandLineParser &parser,
                              nexvitad::train::TrainingConfig &config) const
{
    if (hasValue(parser, m_hiera))
        config.applyOverride(QStringLiteral("hiera=") + hiera(parser));
    if (hasValue(parser, m_dinov2))
        config.applyOverride(QStringLiteral("dinov2=") + dinov2(parser));
}
