// What "signed" means for a record: an Ed25519 signature (libsodium) by the author's
// tablet over the record's canonical form, so neither the gateway nor anyone with the
// database can write a record in a social secretary's name unnoticed.
//
// The canonical form is defined in docs/records.md ("Signatures"): RFC 8785 (JSON
// Canonicalization Scheme) of the fields the journal shows and the ids that bind them,
// with the rule that every number is an integer. The clock stamp (ordering), the
// status (always "signed"), base_revision and received_at (transport) are not in it.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace homevisit::domain {

// The signed fields of one record, as they travel on the wire.
struct SignedContent
{
    QString recordId;
    QString kind;
    qint64 revision = 1;
    QString author;
    QString deviceId;
    QDateTime createdAt;
    QDateTime signedAt;
    QJsonObject body;
};

// RFC 8785 serialization of `value`; nullopt when it holds a number that is not an
// integer of at most 2^53 in magnitude (records have none; refusing keeps the rule exact).
std::optional<QByteArray> canonicalJson(const QJsonValue &value);

// The bytes a signature covers: "homevisit-record-v1\n" + the canonical JSON object of
// the content; nullopt when the body cannot be canonicalized.
std::optional<QByteArray> signingInput(const SignedContent &content);

namespace signature {

constexpr int PublicKeyBytes = 32;
constexpr int SecretKeyBytes = 64; // libsodium's seed + public key
constexpr int SignatureBytes = 64;

struct KeyPair
{
    QByteArray publicKey;
    QByteArray secretKey; // the caller wipes it (sodium_memzero) when done
};

KeyPair generate();
// Base64 of the 64-byte detached signature; empty when the key or content is unusable.
QString sign(const SignedContent &content, const QByteArray &secretKey);
// True only for a well-formed base64 signature by `publicKey` (base64, 32 bytes) over
// exactly this content.
bool verify(const SignedContent &content, const QString &signatureBase64,
            const QString &publicKeyBase64);

} // namespace signature

} // namespace homevisit::domain
