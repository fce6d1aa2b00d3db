// POST /v1/push response bodies as the tablet's sync engine reads them.
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace homevisit;
    const QByteArray input = fuzz::bytesOf(data, size);
    const std::optional<sync::PushResponse> decoded =
        fuzz::checkRoundTrip(input, sync::decodePushResponse);
    if (const sync::PushResponse *response = decoded ? &*decoded : nullptr) {
        for (const sync::MutationResult &result : response->results) {
            // A rejection always carries its error; an applied or duplicate result
            // always names the revision and seq the engine stores.
            FUZZ_CHECK((result.outcome == sync::Outcome::Rejected) == result.error.has_value());
            if (result.outcome != sync::Outcome::Rejected)
                FUZZ_CHECK(result.revision >= 1 && result.seq >= 1 && result.receivedAt.isValid());
        }
    }
    return 0;
}
