// POST /v1/push request bodies as the gateway reads them: strict decoding, then the
// domain's shape check on each record body, as Gateway::authorizeKind runs it.
#include "fuzzsupport.h"

#include "domain/records.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace homevisit;
    const QByteArray input = fuzz::bytesOf(data, size);
    const std::optional<sync::PushRequest> decoded =
        fuzz::checkDecoding(input, sync::decodePushRequest);
    if (const sync::PushRequest *push = decoded ? &*decoded : nullptr) {
        FUZZ_CHECK(!push->mutations.isEmpty() && push->mutations.size() <= sync::MaxBatch);
        // A mutation whose record does not read is refused on its own (the rest of the
        // batch is applied): its refusal must name an id the client can match. Only
        // the mutations that read are what a client encodes, so only they round-trip.
        sync::PushRequest valid;
        for (const sync::Mutation &mutation : push->mutations) {
            if (mutation.invalid) {
                FUZZ_CHECK(!mutation.mutationId.isEmpty());
                fuzz::checkRefusal(*mutation.invalid);
            } else {
                valid.mutations.append(mutation);
            }
        }
        if (!valid.mutations.isEmpty())
            fuzz::checkEncodingRoundTrip(valid, sync::decodePushRequest);
        for (const sync::Mutation &mutation : valid.mutations) {
            const sync::WireRecord &record = mutation.record;
            // The fingerprint that tells a replay from a new body must not depend on
            // how the client happened to order or space its JSON.
            FUZZ_CHECK(sync::mutationFingerprint(mutation).size() == 64);
            FUZZ_CHECK(record.status == u"signed" ? record.signedAt.isValid()
                                                  : !record.signedAt.isValid());
            FUZZ_CHECK(!record.baseRevision || *record.baseRevision <= record.revision);
            const auto kind = domain::kindFromName(record.kind);
            FUZZ_CHECK(kind.has_value());
            const auto violations =
                record.status == u"signed"
                    ? domain::validateForSigning(*kind, record.body, domain::DomainSettings{})
                    : domain::checkShape(*kind, record.body);
            for (const domain::RuleViolation &violation : violations)
                FUZZ_CHECK(!violation.code.isEmpty() && !violation.message().isEmpty());
            domain::factsOf(*kind, record.body);
        }
    }
    return 0;
}
