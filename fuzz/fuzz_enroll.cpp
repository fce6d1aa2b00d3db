// POST /v1/enroll bodies: the request as the gateway reads it, the response as the
// tablet reads it. The same input goes through both decoders.
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace homevisit;
    const QByteArray input = fuzz::bytesOf(data, size);
    fuzz::checkRoundTrip<sync::EnrollRequest>(input, sync::decodeEnrollRequest);
    fuzz::checkRoundTrip<sync::EnrollResponse>(input, sync::decodeEnrollResponse);
    return 0;
}
