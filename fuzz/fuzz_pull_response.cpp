// GET /v1/pull response bodies as the tablet reads them: the page, each pulled record
// (decodeRecord, what the journal applies) and the cursor it stores for the next pull.
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace homevisit;
    const QByteArray input = fuzz::bytesOf(data, size);
    const std::optional<sync::PullResponse> decoded =
        fuzz::checkRoundTrip(input, sync::decodePullResponse);
    if (const sync::PullResponse *page = decoded ? &*decoded : nullptr) {
        qint64 previous = 0;
        for (const sync::Change &change : page->changes) {
            FUZZ_CHECK(change.seq > previous); // the journal applies in seq order
            previous = change.seq;
            if (change.type != sync::ChangeType::Record)
                continue;
            FUZZ_CHECK(change.op == sync::ChangeOp::Upsert); // records are never removed
            const auto record = sync::decodeRecord(change.data);
            FUZZ_CHECK(std::holds_alternative<sync::WireRecord>(record));
            // The tablet's own encoding of what it applied reads back as the same record.
            const sync::WireRecord &applied = std::get<sync::WireRecord>(record);
            const auto reread = sync::decodeRecord(sync::encodeRecord(applied));
            FUZZ_CHECK(std::holds_alternative<sync::WireRecord>(reread));
            FUZZ_CHECK(std::get<sync::WireRecord>(reread) == applied);
        }
        FUZZ_CHECK(!page->nextCursor.isEmpty());
    }
    return 0;
}
