// Every change waiting for the server, in the order it was made. One class owns the
// pending changes: the sync engine takes a batch, sends it, and reports each answer back here;
// nothing else touches the outbox rows.
//
// A row is removed only after the server's answer is stored, in the same transaction
// that marks the record synced, so a crash at any point means at worst a resend, which
// the server answers as a duplicate.
#pragma once

#include "store/journalstore.h"

namespace homevisit::store {

struct PendingMutation
{
    qint64 seq = 0;
    QString mutationId;
    QString recordId;
    QJsonObject record; // the wire form frozen when queued (StoredRecord::toWireJson)
    int attempts = 0;
};

class Outbox
{
public:
    explicit Outbox(JournalStore &journal) : m_journal(journal) {}

    // The oldest rows due at nowMs, at most max; they are marked in flight and their
    // records "sending".
    QList<PendingMutation> takeBatch(int max, qint64 nowMs);
    // The server stored it (applied, or a duplicate of what it stored before).
    void accepted(const QString &mutationId, int serverRevision, qint64 serverSeq,
                  const QString &receivedAt);
    // Refused for a reason a retry cannot fix; the record shows the reason.
    void refused(const QString &mutationId, const QString &reason);
    // Not delivered (network, 5xx, 429): back in the queue, not before nextAttemptMs.
    void deferred(const QString &mutationId, qint64 nextAttemptMs, const QString &lastError);
    // After a crash or restart nothing is in flight any more; resend it all.
    void releaseInFlight();
    // "Sync now": the user asked, so nothing waits for its backoff to run out.
    void makeAllDue();

    int size();
    int inFlight();
    // Records the server refused for good (each shows its reason): the user must act.
    int refusedRecords();

private:
    void finish(const QString &mutationId, const char *state, const QString &reason,
                int serverRevision, qint64 serverSeq, const QString &receivedAt);
    JournalStore &m_journal;
};

} // namespace homevisit::store
