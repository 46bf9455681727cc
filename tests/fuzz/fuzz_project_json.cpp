// JSON records the project store and bank files keep and read back: an inspection's
// explanation (infer/patch_retrieval.h), a threshold set (infer/thresholds.h) and the good
// images' score reference (infer/good_score_reference.h). A project archive from someone
// else brings them in. Each reader either refuses the object with an Error or gives a value
// that survives its own round trip.
#include "fuzz_support.h"
#include "infer/good_score_reference.h"
#include "infer/patch_retrieval.h"
#include "infer/thresholds.h"

#include <QJsonDocument>

using namespace nexvitad;

namespace {

template <typename Record>
void check(const QJsonObject &json, const char *roundTrip)
{
    Record record;
    if (!fuzz::refusedOrParsed([&] { record = Record::fromJson(json, QStringLiteral("fuzz")); }))
        return;
    Record again;
    const bool reread =
        fuzz::refusedOrParsed([&] { again = Record::fromJson(record.toJson(), QStringLiteral("fuzz")); });
    fuzz::require(reread && again == record, roundTrip);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::bytesOf(data, size));
    if (!doc.isObject())
        return 0;
    const QJsonObject json = doc.object();
    check<infer::Explanation>(json, "Explanation: toJson -> fromJson gives the same");
    check<infer::ThresholdSet>(json, "ThresholdSet: toJson -> fromJson gives the same");
    check<infer::GoodScoreReference>(json, "GoodScoreReference: toJson -> fromJson gives the same");
    return 0;
}
