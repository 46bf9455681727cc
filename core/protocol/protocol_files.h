#pragma once
// The protocol's result files (docs/protocol.md): protocol.json (every run and the
// per-split table), protocol.csv (one row per split and metric) and protocol.md (a Markdown
// table per split), each written atomically.

#include "protocol/protocol_runner.h"

#include <QJsonObject>
#include <QString>

namespace nexvitad::protocol {

// One run as protocol.json's `runs` entries, and back (a cluster task's stored result).
// Qt writes doubles in their shortest exact form, so the round trip loses nothing.
QJsonObject runOutcomeJson(const RunOutcome &run);
RunOutcome runOutcomeFromJson(const QJsonObject &json);

QJsonObject protocolJson(const ProtocolOptions &options, const ProtocolResult &result);
QString protocolCsv(const ProtocolResult &result);
// Percentages with two decimals, "n/a" where undefined; says UNTRAINED BACKBONE when a
// backbone has random weights.
QString protocolMarkdown(const ProtocolOptions &options, const ProtocolResult &result);

// Writes the three files into options.outDir and sets result's paths. Throws
// nexvitad::Error naming the file.
void writeProtocolFiles(const ProtocolOptions &options, ProtocolResult &result);

} // namespace nexvitad::protocol
