// The signature on a journal entry the gateway forwards to a case system
// (docs/receiver.md, "The request"): a header
//
//     Homevisit-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>." + body)>
//
// over the exact body bytes sent, with the secret both ends share. The gateway signs with
// signatureHeader(); a receiver checks with checkSignatureHeader(). Qt Core and OpenSSL
// only, so the gateway can link this without anything of the receiver.
#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace homevisit::receiver {

inline constexpr char SignatureHeaderName[] = "Homevisit-Signature";
// How far the header's t may be from the receiver's clock, either way.
constexpr qint64 SignatureToleranceSeconds = 300;

// Lowercase hex of HMAC-SHA256(secret, "<unixSeconds>." + body): 64 characters. Empty
// for an empty secret (no receiver accepts one).
QByteArray signatureHex(const QByteArray &secret, const QByteArray &body, qint64 unixSeconds);

// "t=<unixSeconds>,v1=<signatureHex>"; empty for an empty secret.
QByteArray signatureHeader(const QByteArray &secret, const QByteArray &body, qint64 unixSeconds);

enum class SignatureCheck
{
    Ok,
    Missing,   // no header, or an empty one
    Malformed, // not "t=<digits>,v1=<64 lowercase hex>"
    Stale,     // t further than the tolerance from now
    Mismatch   // the HMAC does not match (wrong secret or changed body)
};
const char *signatureCheckName(SignatureCheck check); // "ok", "missing", ...

// Checks a Homevisit-Signature header against the raw body. The header is exactly
// "t=<digits>" and one or more "v1=<hex>" separated by commas, in any order (more than
// one v1 lets a sender sign with an old and a new secret while both ends change it); any
// v1 that matches passes. The comparison is constant-time (CRYPTO_memcmp).
SignatureCheck checkSignatureHeader(const QByteArray &secret, const QByteArray &header,
                                    const QByteArray &body, qint64 nowSeconds,
                                    qint64 toleranceSeconds = SignatureToleranceSeconds);

} // namespace homevisit::receiver
