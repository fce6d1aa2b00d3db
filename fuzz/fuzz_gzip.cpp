// The gzip path of request and response bodies: decompression with a cap (a zip bomb
// must stop at the cap), and compress-then-decompress giving back the input.
#include "fuzzsupport.h"

namespace {
// Small, so the fuzzer reaches the cap often; the gateway's cap is MaxRequestBytes.
constexpr qsizetype Cap = 64 * 1024;
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace homevisit;
    const QByteArray input = fuzz::bytesOf(data, size);

    const std::optional<QByteArray> inflated = sync::gzipDecompress(input, Cap);
    if (inflated) {
        FUZZ_CHECK(inflated->size() <= Cap);
        const auto again = sync::gzipDecompress(sync::gzipCompress(*inflated), Cap);
        FUZZ_CHECK(again && *again == *inflated);
        // A stream that fits the cap exactly still fits; one byte less refuses it.
        FUZZ_CHECK(sync::gzipDecompress(input, inflated->size()) == inflated);
        if (!inflated->isEmpty())
            FUZZ_CHECK(!sync::gzipDecompress(input, inflated->size() - 1));
    }

    const QByteArray compressed = sync::gzipCompress(input);
    FUZZ_CHECK(!compressed.isEmpty());
    const auto roundTrip = sync::gzipDecompress(compressed, input.size());
    FUZZ_CHECK(roundTrip && *roundTrip == input);
    return 0;
}
