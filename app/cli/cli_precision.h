#pragma once
// --precision fp32|bf16: an option of every command (common/precision.h), taken out of the
// arguments before the command parses its own.

#include <QStringList>

namespace nexvitad {
class Settings;
}

// Removes "--precision X" / "--precision=X" from `args` and makes the process's precision
// X, else the setting's. Returns -1 to go on, or the exit code to return at once (after
// printing why: an unknown value is a usage error, bf16 where it cannot run an error).
int applyPrecisionOption(QStringList &args, const nexvitad::Settings &settings);
