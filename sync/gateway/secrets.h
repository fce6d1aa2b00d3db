// Random secrets the gateway hands out, and the hashes it keeps instead of them.
#pragma once

#include <QString>

namespace homevisit::gateway {

// 32 random bytes (OpenSSL's CSPRNG), base64url without padding: 43 characters.
QString randomToken();

// A one-time enrollment credential an administrator reads out or hands over:
// 16 characters without look-alikes (no 0/O, 1/I), in groups: "K7QH-93MX-PL2D-4RWA".
QString randomCredential();

// What the store keeps of a token or credential: SHA-256, hex. Tokens are 256-bit
// random values, so an unsalted hash is enough to make a stolen table useless.
QString secretHash(const QString &secret);

// A credential as typed: case and surrounding spaces do not matter.
QString normalizedCredential(const QString &credential);

} // namespace homevisit::gateway
