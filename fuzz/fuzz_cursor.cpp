// Pull cursors and the GET /v1/pull query as the gateway reads them: the input is the
// cursor parameter, then a newline, then the limit parameter.
#include "fuzzsupport.h"

#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace homevisit;
    const QByteArray input = fuzz::bytesOf(data, size);
    const qsizetype newline = input.indexOf('\n');
    // Query values reach the gateway percent-decoded as UTF-8.
    const QString cursor = QString::fromUtf8(newline < 0 ? input : input.left(newline));
    const QString limit = newline < 0 ? QString() : QString::fromUtf8(input.mid(newline + 1));

    // Cursors are canonical: a cursor is read only if it is exactly what makeCursor
    // gives for its seq, so two texts never name the same position.
    const std::optional<qint64> seq = sync::readCursor(cursor);
    const std::optional<sync::CursorPosition> position = sync::readCursorPosition(cursor);
    FUZZ_CHECK(seq.has_value() == position.has_value());
    if (position) {
        FUZZ_CHECK(position->seq >= 0 && position->seq == *seq);
        FUZZ_CHECK(sync::makeCursor(*position) == cursor);
        // A pending device's cursor is never read as an approved one's, nor the reverse.
        FUZZ_CHECK(position->pending || sync::makeCursor(*seq) == cursor);
    }

    const auto query = sync::decodePullQuery(cursor, limit);
    if (const auto *error = std::get_if<sync::ProtocolError>(&query)) {
        FUZZ_CHECK(error->code == u"invalid_cursor" || error->code == u"invalid_value");
        FUZZ_CHECK(error->httpStatus == 400);
    } else {
        const sync::PullQuery &accepted = std::get<sync::PullQuery>(query);
        FUZZ_CHECK(accepted.cursor.isEmpty() || seq.has_value());
        FUZZ_CHECK(accepted.limit >= 1 && accepted.limit <= sync::MaxPullLimit);
    }

    // Every seq the gateway can hand out reads back as itself.
    if (size >= sizeof(qint64)) {
        qint64 any = 0;
        std::memcpy(&any, data, sizeof any);
        const qint64 handedOut = any < 0 ? -(any + 1) : any;
        FUZZ_CHECK(sync::readCursor(sync::makeCursor(handedOut)) == handedOut);
        const sync::CursorPosition pending{handedOut, true};
        FUZZ_CHECK(sync::readCursorPosition(sync::makeCursor(pending)) == pending);
    }
    return 0;
}
