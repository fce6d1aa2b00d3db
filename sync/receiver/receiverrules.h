// The answer rules of homevisit-receiver (docs/receiver.md, "Answers"), as plain
// functions over a request's parts and the store, testable without a socket.
#pragma once

#include "sync/receiver/entrystore.h"
#include "sync/receiver/journalentry.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace homevisit::receiver {

// What the rules read of one POST.
struct EntryRequest
{
    QByteArray contentType;     // the Content-Type header as sent
    QByteArray idempotencyKey;  // the Idempotency-Key header as sent
    QByteArray signatureHeader; // the Homevisit-Signature header as sent
    QByteArray body;            // the raw body, exactly the bytes the HMAC covers
};

struct Answer
{
    int status = 500;
    QByteArray body; // compact JSON
    QString outcome; // one word for the log: stored, duplicate, conflict, or the error code
    QString entryId; // the entry's id once the body was read, else ""
};

// The order: 401 (the signature header, before anything of the body is believed), 415
// (not application/json, or a charset other than utf-8), 400/413 (the body, then the
// Idempotency-Key against entry_id), 422 (the record's Ed25519 signature), then the
// store: 201 stored, 200 duplicate, 409 conflict, 500 when the database fails.
// `nowSeconds` is the clock the signature's t is checked against; `receivedAt` is stored.
Answer answerEntry(const EntryRequest &request, EntryStore &store, const QByteArray &secret,
                   qint64 nowSeconds, const QDateTime &receivedAt);

// Fault injection for tests (--fail-first, --fail-every): whether the POST numbered
// `postNumber` (1 for the first this process received) is answered 503 without being
// read. The first `failFirst` fail; after them every `failEvery`-th by that same count.
struct FaultPlan
{
    int failFirst = 0;
    int failEvery = 0;
    bool fails(qint64 postNumber) const;
};
Answer unavailableAnswer(); // 503 {"error":"unavailable"}

// The shared HMAC secret from a file: its bytes without trailing line ends ("\n",
// "\r\n"). nullopt and *error when it cannot be read or is empty; *warning (else "")
// when group or others may read or write it.
std::optional<QByteArray> readSecretFile(const QString &path, QString *error, QString *warning);

// "127.0.0.0/8", "::1" and "localhost".
bool isLoopbackHost(const QString &host);

} // namespace homevisit::receiver
