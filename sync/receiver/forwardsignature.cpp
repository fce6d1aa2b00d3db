#include "forwardsignature.h"

#include <QList>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <memory>
#include <optional>

namespace homevisit::receiver {

namespace {

constexpr int MacBytes = 32;

// HMAC-SHA256(secret, "<t>." + body) with OpenSSL's EVP_MAC, without copying the body.
std::optional<QByteArray> mac(const QByteArray &secret, const QByteArray &body, qint64 t)
{
    if (secret.isEmpty())
        return std::nullopt;
    std::unique_ptr<EVP_MAC, decltype(&EVP_MAC_free)> hmac(EVP_MAC_fetch(nullptr, "HMAC", nullptr),
                                                           &EVP_MAC_free);
    if (!hmac)
        return std::nullopt;
    std::unique_ptr<EVP_MAC_CTX, decltype(&EVP_MAC_CTX_free)> context(EVP_MAC_CTX_new(hmac.get()),
                                                                      &EVP_MAC_CTX_free);
    if (!context)
        return std::nullopt;
    char digest[] = "SHA256";
    const OSSL_PARAM parameters[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0), OSSL_PARAM_END};
    const QByteArray prefix = QByteArray::number(t) + '.';
    QByteArray out(MacBytes, '\0');
    size_t length = 0;
    if (EVP_MAC_init(context.get(), reinterpret_cast<const unsigned char *>(secret.constData()),
                     size_t(secret.size()), parameters) != 1 ||
        EVP_MAC_update(context.get(), reinterpret_cast<const unsigned char *>(prefix.constData()),
                       size_t(prefix.size())) != 1 ||
        EVP_MAC_update(context.get(), reinterpret_cast<const unsigned char *>(body.constData()),
                       size_t(body.size())) != 1 ||
        EVP_MAC_final(context.get(), reinterpret_cast<unsigned char *>(out.data()), &length,
                      size_t(out.size())) != 1 ||
        length != MacBytes)
        return std::nullopt;
    return out;
}

bool isLowerHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
}

// 64 lowercase hex characters into 32 bytes; nullopt for anything else.
std::optional<QByteArray> fromLowerHex(const QByteArray &text)
{
    if (text.size() != 2 * MacBytes)
        return std::nullopt;
    for (char c : text) {
        if (!isLowerHex(c))
            return std::nullopt;
    }
    return QByteArray::fromHex(text);
}

// 1 to 18 digits: a unix time in seconds, without sign or leading "+".
std::optional<qint64> readSeconds(const QByteArray &text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    return text.toLongLong();
}

} // namespace

QByteArray signatureHex(const QByteArray &secret, const QByteArray &body, qint64 unixSeconds)
{
    const auto bytes = mac(secret, body, unixSeconds);
    return bytes ? bytes->toHex() : QByteArray();
}

QByteArray signatureHeader(const QByteArray &secret, const QByteArray &body, qint64 unixSeconds)
{
    const QByteArray hex = signatureHex(secret, body, unixSeconds);
    if (hex.isEmpty())
        return {};
    return "t=" + QByteArray::number(unixSeconds) + ",v1=" + hex;
}

const char *signatureCheckName(SignatureCheck check)
{
    switch (check) {
    case SignatureCheck::Ok:
        return "ok";
    case SignatureCheck::Missing:
        return "missing";
    case SignatureCheck::Malformed:
        return "malformed";
    case SignatureCheck::Stale:
        return "stale";
    case SignatureCheck::Mismatch:
        return "mismatch";
    }
    return "unknown";
}

SignatureCheck checkSignatureHeader(const QByteArray &secret, const QByteArray &header,
                                    const QByteArray &body, qint64 nowSeconds,
                                    qint64 toleranceSeconds)
{
    if (header.trimmed().isEmpty())
        return SignatureCheck::Missing;
    std::optional<qint64> t;
    QList<QByteArray> candidates;
    for (const QByteArray &part : header.split(',')) {
        const QByteArray item = part.trimmed();
        const qsizetype equals = item.indexOf('=');
        if (equals <= 0)
            return SignatureCheck::Malformed;
        const QByteArray key = item.left(equals);
        const QByteArray value = item.mid(equals + 1);
        if (key == "t") {
            if (t)
                return SignatureCheck::Malformed; // two times: which one was signed?
            t = readSeconds(value);
            if (!t)
                return SignatureCheck::Malformed;
        } else if (key == "v1") {
            const auto bytes = fromLowerHex(value);
            if (!bytes)
                return SignatureCheck::Malformed;
            candidates.append(*bytes);
        } else {
            return SignatureCheck::Malformed;
        }
    }
    if (!t || candidates.isEmpty() || candidates.size() > 8)
        return SignatureCheck::Malformed;
    const qint64 skew = *t > nowSeconds ? *t - nowSeconds : nowSeconds - *t;
    if (skew > toleranceSeconds)
        return SignatureCheck::Stale;
    const auto expected = mac(secret, body, *t);
    if (!expected)
        return SignatureCheck::Mismatch; // no secret: nothing matches
    bool matched = false;
    for (const QByteArray &candidate : candidates) {
        // Every candidate is compared, in constant time, so the time taken says nothing
        // about which one (or how much of it) matched.
        matched |= CRYPTO_memcmp(candidate.constData(), expected->constData(), MacBytes) == 0;
    }
    return matched ? SignatureCheck::Ok : SignatureCheck::Mismatch;
}

} // namespace homevisit::receiver
