// Hybrid-logical-clock stamps as the tablet's store parses them (HlcStamp::fromString,
// app/store/hybridclock): from pulled records and from its own journal. The input is
// one stamp text, or two separated by a newline.
#include "fuzzsupport.h"

#include "store/hybridclock.h"

namespace {

using homevisit::HlcStamp;

void checkStamp(const QString &text)
{
    const std::optional<HlcStamp> stamp = HlcStamp::fromString(text);
    // The store reads exactly the stamps the wire accepts, and each in one spelling
    // only: the text is what toString() gives back, so text order is stamp order.
    FUZZ_CHECK(stamp.has_value() == homevisit::sync::isHlc(text));
    if (stamp)
        FUZZ_CHECK(stamp->toString() == text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = homevisit::fuzz::bytesOf(data, size);
    const qsizetype newline = input.indexOf('\n');
    const QString first = QString::fromUtf8(newline < 0 ? input : input.left(newline));
    checkStamp(first);
    if (newline < 0)
        return 0;
    const QString second = QString::fromUtf8(input.mid(newline + 1));
    checkStamp(second);
    const auto a = HlcStamp::fromString(first);
    const auto b = HlcStamp::fromString(second);
    if (a && b)
        FUZZ_CHECK((*a < *b) == (first < second));
    return 0;
}
