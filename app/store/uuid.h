#pragma once

#include <QString>

namespace homevisit {

// A UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then random bits. Ids sort by
// creation time, which keeps the records index append-mostly.
QString makeUuidV7(qint64 unixMs);
QString makeUuidV7();

bool isUuid(const QString &text);

} // namespace homevisit
