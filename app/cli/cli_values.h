#pragma once
// Parsing of option values shared by the inference commands (bank, inspect, eval,
// protocol). Each throws nexvitad::Error naming the option for a bad value, so a command
// reports it like any other error.

#include <QString>
#include <QStringList>
#include <vector>

namespace cli_values {

// A positive integer (min..max inclusive).
int integer(const QString &option, const QString &value, int min, int max);
// "1,2,3" -> {1, 2, 3}, each within min..max.
std::vector<int> integers(const QString &option, const QString &value, int min, int max);
// "a,b" -> {"a", "b"}; "@file.txt" -> the file's non-empty lines.
QStringList list(const QString &option, const QString &value);
// The device to compute on: the option's value (auto, cpu, cuda, cuda:N) or the setting.
QString device(const QString &optionValue);

} // namespace cli_values
