// A signed record as the case system (Procapita, Lifecare, Treserva, ...) takes it in: a
// journal entry with the subject in the case system's own ids, the wire record exactly as
// signed (so its signature can be checked again there), and a plain Swedish text that
// reads like the journal entries the municipality's social secretaries already write
// (docs/integration.md, "Journal entries"). Qt Core, the wire protocol and the domain
// rules only: the gateway builds entries without the tablet's translations.
#pragma once

#include "sync/protocol/protocol.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace homevisit::integration {

// What the gateway knows about one signed record when it becomes a journal entry.
struct JournalSource
{
    sync::WireRecord record; // the signed record as the gateway stored it (receivedAt set)
    QString signingKey;      // base64 Ed25519 public key its signature verified against
                             // ("" = legacy, unsigned)
    QString municipality;
    QString subjectType;       // "child" | "foster_home"
    QString subjectId;         // the gateway's id (uuid) of the child or foster home
    QString caseId;            // the case system's id of that child / foster home; "" when
                               // unknown (demo data)
    QString subjectName;       // child's name or foster home's family name; "" when unknown
    QString authorDisplayName; // "" when unknown -> fall back to the user name
    // amendment: the record it corrects; review: the record reviewed
    std::optional<sync::WireRecord> corrected;
};

// {"entry_id", "entry_type", "municipality", "subject": {"type", "id", "case_id", "name"},
//  "author": {"user", "display_name"}, "signed_at", "received_at", "corrects",
//  "signature", "signing_key", "record", "text"}; null where a value is unknown.
QJsonObject journalEntry(const JournalSource &source);

// The entry's readable Swedish text: a heading line, the time and place, who wrote and
// signed it, then every field of the body in the body's order; newline-separated lines.
QString journalText(const JournalSource &source);

// The id of the record an amendment corrects or a review reviews ("" for other kinds).
QString correctedRecordId(const sync::WireRecord &record);

// "YYYY-MM-DD HH:MM" in Swedish local time (Europe/Stockholm), whatever offset the tablet
// recorded; "" for an invalid time.
QString swedishTime(const QDateTime &instant);

// Sweden's UTC offset at `instant` by the EU summer-time rule (+02:00 from 01:00 UTC on
// the last Sunday of March to 01:00 UTC on the last Sunday of October, else +01:00): what
// swedishTime uses when the system has no time-zone data (a slim container).
int swedishOffsetByRule(const QDateTime &instant);

} // namespace homevisit::integration
