// One journal entry as the gateway forwards it to a case system (docs/receiver.md, "The
// request"): the strict reading of the JSON body and the Ed25519 check of the record it
// carries. Plain functions, no I/O.
#pragma once

#include "sync/protocol/protocol.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <variant>

namespace homevisit::receiver {

// Bodies above this are refused (413) before they are read as JSON.
constexpr qsizetype MaxEntryBytes = 8 * 1024 * 1024;

struct JournalEntry
{
    QString entryId;
    QString entryType;    // child_visit | supervision_session | amendment | review
    QString municipality; // "" when null
    QString subjectType;  // child | foster_home
    QString subjectId;
    QString caseId; // empty when null
    QString subjectName;
    QString authorUser;
    QString authorDisplayName; // "" when null
    QDateTime signedAt;
    QDateTime receivedAt; // the gateway's
    QString corrects;     // empty when null
    QString signature;    // base64, empty when null
    QString signingKey;   // base64, empty when null
    sync::WireRecord record;
    QString text;
    // SHA-256 (hex) of the body's RFC 8785 form: what makes a retry "the same entry",
    // whatever its whitespace or member order.
    QString contentHash;
};

// Why a request is refused: the HTTP status and {"error": code[, "message": ...]}. The
// message names fields only, never a value from the body.
struct Refusal
{
    int httpStatus = 400;
    QString error;
    QString message; // English; empty for the fixed answers (409, 422)
    QByteArray toBody() const;
};

// Reads a body strictly: every key of the contract present (null only where it may be),
// no other key, the right types and forms, `record` decoding with sync::decodeRecord,
// and the entry agreeing with its record (entry_type = kind, signed_at, author, a signed
// status, the same signature and signing key). A refusal is 400 (413 for a body above
// MaxEntryBytes).
std::variant<JournalEntry, Refusal> parseJournalEntry(const QByteArray &body);

enum class SignatureState
{
    Valid,  // an Ed25519 signature that verifies over the record's canonical form
    Legacy, // signed before signatures existed: none to check
};
QString signatureStateName(SignatureState state); // "valid", "legacy"

// The record's signature against its signing key (app/domain/recordsignature.h): 422
// signature_invalid when it does not verify, 400 for a signature without a key.
std::variant<SignatureState, Refusal> checkEntrySignature(const JournalEntry &entry);

} // namespace homevisit::receiver
