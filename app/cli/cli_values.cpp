#include "cli_values.h"

#include "common/error.h"
#include "common/runtime.h"
#include "common/settings.h"

#include <QCoreApplication>
#include <QFile>

namespace {
struct ValuesText
{
    Q_DECLARE_TR_FUNCTIONS(CliValues)
};
} // namespace

namespace cli_values {

int integer(const QString &option, const QString &value, int min, int max)
{
    bool ok = false;
    const int n = value.trimmed().toInt(&ok);
    if (!ok || n < min || n > max)
        throw nexvitad::Error(ValuesText::tr("--%1 must be a whole number from %2 to %3, not "
                                             "\"%4\".")
                                  .arg(option)
                                  .arg(min)
                                  .arg(max)
                                  .arg(value));
    return n;
}

std::vector<int> integers(const QString &option, const QString &value, int min, int max)
{
    std::vector<int> out;
    for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out.push_back(integer(option, part, min, max));
    if (out.empty())
        throw nexvitad::Error(ValuesText::tr("--%1 needs at least one number.").arg(option));
    return out;
}

QStringList list(const QString &option, const QString &value)
{
    QStringList out;
    if (value.startsWith(QLatin1Char('@'))) {
        QFile file(value.mid(1));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            throw nexvitad::Error(ValuesText::tr("cannot read the list for --%1: %2")
                                      .arg(option, file.errorString()),
                                  file.fileName());
        for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n')))
            if (!line.trimmed().isEmpty())
                out << line.trimmed();
    } else {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out << part.trimmed();
    }
    if (out.isEmpty())
        throw nexvitad::Error(ValuesText::tr("--%1 is empty.").arg(option));
    return out;
}

QString device(const QString &optionValue)
{
    nexvitad::DeviceChoice choice = nexvitad::Settings().device();
    if (!optionValue.isEmpty() && !nexvitad::parseDeviceChoice(optionValue, &choice))
        throw nexvitad::Error(
            ValuesText::tr("unknown device \"%1\" (auto, cpu or cuda)").arg(optionValue));
    return nexvitad::runtime::resolveDevice(choice);
}

} // namespace cli_values
