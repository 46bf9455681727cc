// The dataset manifest's JSON form (data/manifest.h), as the project store keeps it (and an
// imported project archive brings it): manifestFromJson, then its hash, and the promise
// that paths survive the round trip byte for byte (base64 for names that are not UTF-8).
#include "data/manifest.h"
#include "fuzz_support.h"

#include <QJsonDocument>

using namespace nexvitad;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::bytesOf(data, size));
    if (!doc.isObject())
        return 0;
    data::Manifest manifest;
    if (!fuzz::refusedOrParsed([&] { manifest = data::manifestFromJson(doc.object()); }))
        return 0;
    (void)manifest.hash();
    (void)manifest.imageCount();
    data::Manifest again;
    const bool reread =
        fuzz::refusedOrParsed([&] { again = data::manifestFromJson(data::toJson(manifest)); });
    fuzz::require(reread && again == manifest, "toJson -> manifestFromJson gives the same manifest");
    fuzz::require(again.hash() == manifest.hash(), "the same manifest has the same hash");
    return 0;
}
