// The training configuration (train/training_config.h): config.json of a run folder through
// loadTrainingConfig (the API takes a path), and "key=value" overrides (`--set`) when the
// input is not JSON. What is accepted must validate and survive its own JSON round trip,
// because every run and checkpoint stores it and a resume compares it.
#include "fuzz_support.h"
#include "train/training_config.h"

using namespace nexvitad;

namespace {

void requireRoundTrip(const train::TrainingConfig &config)
{
    fuzz::require(fuzz::refusedOrParsed([&] { config.validate(); }),
                  "an accepted configuration validates");
    train::TrainingConfig again;
    const bool reread = fuzz::refusedOrParsed(
        [&] { again = train::TrainingConfig::fromJson(config.toJson()); });
    fuzz::require(reread && again == config, "toJson -> fromJson gives the same configuration");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 0 && data[0] == '{') {
        train::TrainingConfig config;
        if (fuzz::refusedOrParsed([&] {
                config = train::loadTrainingConfig(fuzz::writeInputFile(data, size,
                                                                        QStringLiteral("config.json")));
            }))
            requireRoundTrip(config);
        return 0;
    }
    // One override per line onto the cpu preset, then validation, as `train --set` does.
    train::TrainingConfig config = train::TrainingConfig::fromPreset(QStringLiteral("cpu"));
    if (fuzz::refusedOrParsed([&] {
            for (const QByteArray &line : fuzz::bytesOf(data, size).split('\n'))
                config.applyOverride(QString::fromUtf8(line));
            config.validate();
        }))
        requireRoundTrip(config);
    return 0;
}
