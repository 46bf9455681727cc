#pragma once
// Shared by the libFuzzer harnesses (docs/reliability.md, "Fuzzing").
//
// A parser passes a harness when every input either parses or is refused with a
// nexvitad::Error. Any other exception escapes the harness, so libFuzzer reports it as a
// crash, like a sanitizer report, a hang or an out-of-memory.

#include "common/error.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace nexvitad::fuzz {

// The input as a QByteArray sharing the fuzzer's buffer (no copy; valid for this run).
QByteArray bytesOf(const uint8_t *data, size_t size);

// For parsers whose public API takes a path: the input written to one file of this
// process's private temporary folder (overwritten on every run), returned as its path.
// `name` lets a harness give the file the name its reader expects.
QString writeInputFile(const uint8_t *data, size_t size,
                       const QString &name = QStringLiteral("input"));

// Runs `parse`; a nexvitad::Error (a refused input) is fine, everything else escapes.
template <typename Parse>
bool refusedOrParsed(Parse &&parse)
{
    try {
        parse();
        return true;
    } catch (const nexvitad::Error &) {
        return false;
    }
}

// A property of parsed input that must hold (a round trip, an invariant): prints `what`
// and aborts, which libFuzzer records as a crash with the input.
void require(bool condition, const char *what);

} // namespace nexvitad::fuzz
