// A memory bank file (infer/memory_bank.h): MemoryBank::load and readBankScoreBaseline (what
// inspection, evaluation, the line watcher and reports read) on the whole file. Both take a
// path, so the input is written to a file first. fuzz_bank_metadata reaches deeper into the
// description; this one mutates the tensors and the safetensors framing too.
#include "fuzz_support.h"
#include "infer/memory_bank.h"

using namespace nexvitad;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = fuzz::writeInputFile(data, size, QStringLiteral("input.bank"));
    fuzz::refusedOrParsed([&] {
        const infer::MemoryBank bank = infer::MemoryBank::load(path);
        fuzz::require(bank.imageCount() > 0, "a loaded bank has images");
        fuzz::require(bank.prototypes().size() == bank.info().layers.size(),
                      "one prototype matrix per layer");
        (void)bank.canExplain();
    });
    fuzz::refusedOrParsed([&] { (void)infer::readBankScoreBaseline(path); });
    return 0;
}
