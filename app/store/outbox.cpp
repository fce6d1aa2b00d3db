#include "outbox.h"

#include "store/storeinternal.h"

#include <QJsonDocument>

namespace homevisit::store {

using namespace internal;

namespace {

int countOf(Database &db, const char *sql)
{
    Statement st = db.prepare(sql);
    return st.step() ? int(st.int64(0)) : 0;
}

} // namespace

QList<PendingMutation> Outbox::takeBatch(int max, qint64 nowMs)
{
    Database &db = m_journal.database();
    Transaction tx(db);
    QList<PendingMutation> batch;
    QList<QJsonValue> baseRevisions;
    {
        // Only the oldest row of each record: a newer version goes after the server has
        // answered the older one, so its base_revision is the one the server has.
        Statement st = db.prepare(
            "SELECT o.seq, o.mutation_id, o.record_id, o.payload, o.attempts, s.server_revision"
            " FROM outbox o LEFT JOIN record_sync s ON s.record_id = o.record_id"
            " WHERE o.in_flight = 0 AND o.next_attempt_at <= ?1 AND NOT EXISTS"
            " (SELECT 1 FROM outbox older WHERE older.record_id = o.record_id"
            "  AND older.seq < o.seq)"
            " ORDER BY o.seq LIMIT ?2");
        st.bind(1, nowMs).bind(2, max);
        while (st.step()) {
            batch.append({st.int64(0), st.text(1), st.text(2),
                          QJsonDocument::fromJson(st.text(3).toUtf8()).object(), int(st.int64(4))});
            baseRevisions.append(st.isNull(5) ? QJsonValue(QJsonValue::Null)
                                              : QJsonValue(st.int64(5)));
        }
    }
    for (qsizetype i = 0; i < batch.size(); ++i) {
        PendingMutation &m = batch[i];
        // Rows queued before schema 4 are signed records: immutable, so the wire form
        // made now is the one it would have been then.
        if (m.record.isEmpty())
            if (const auto r = m_journal.load(m.recordId))
                m.record = r->toWireJson();
        // Frozen with the row, so a resend after a crash is byte-identical: nothing can
        // confirm another version of this record while this row is in flight.
        m.record.insert("base_revision", baseRevisions[i]);
        db.prepare("UPDATE outbox SET payload = ?2 WHERE seq = ?1")
            .bind(1, m.seq)
            .bind(2, QString::fromUtf8(serialize(m.record)))
            .run();
        db.prepare("UPDATE outbox SET in_flight = 1, attempts = attempts + 1 WHERE seq = ?1")
            .bind(1, m.seq)
            .run();
        db.prepare("UPDATE record_sync SET state = 'sending', updated_at = ?2 WHERE record_id = ?1")
            .bind(1, m.recordId)
            .bind(2, nowMs)
            .run();
        ++m.attempts;
    }
    tx.commit();
    return batch;
}

void Outbox::finish(const QString &mutationId, const char *state, const QString &reason,
                    int serverRevision, qint64 serverSeq, const QString &receivedAt)
{
    Database &db = m_journal.database();
    Transaction tx(db);
    QString recordId;
    {
        Statement st = db.prepare("SELECT record_id FROM outbox WHERE mutation_id = ?1");
        st.bind(1, mutationId);
        if (!st.step())
            return; // already answered (a resend after a crash); nothing left to do
        recordId = st.text(0);
    }
    db.prepare("DELETE FROM outbox WHERE mutation_id = ?1").bind(1, mutationId).run();
    // A newer version of a draft may still be queued: then the record stays "local".
    Statement rest = db.prepare("SELECT count(*) FROM outbox WHERE record_id = ?1");
    rest.bind(1, recordId);
    const bool more = rest.step() && rest.int64(0) > 0;
    Statement update = db.prepare(
        "UPDATE record_sync SET state = ?2, reason = ?3, updated_at = strftime('%s','now') * 1000,"
        " server_revision = coalesce(?4, server_revision), server_seq = coalesce(?5, server_seq),"
        " received_at = coalesce(?6, received_at) WHERE record_id = ?1");
    update.bind(1, recordId)
        .bind(2, more ? QStringLiteral("local") : QString::fromLatin1(state))
        .bind(3, reason);
    if (serverRevision > 0)
        update.bind(4, serverRevision).bind(5, serverSeq).bind(6, receivedAt);
    else
        update.bindNull(4).bindNull(5).bindNull(6);
    update.run();
    tx.commit();
}

void Outbox::accepted(const QString &mutationId, int serverRevision, qint64 serverSeq,
                      const QString &receivedAt)
{
    finish(mutationId, "synced", QString(), serverRevision, serverSeq, receivedAt);
}

void Outbox::refused(const QString &mutationId, const QString &reason)
{
    finish(mutationId, "refused", reason.isEmpty() ? QStringLiteral("refused") : reason, 0, 0, {});
}

void Outbox::deferred(const QString &mutationId, qint64 nextAttemptMs, const QString &lastError)
{
    Database &db = m_journal.database();
    Transaction tx(db);
    db.prepare("UPDATE outbox SET in_flight = 0, next_attempt_at = ?2, last_error = ?3"
               " WHERE mutation_id = ?1")
        .bind(1, mutationId)
        .bind(2, nextAttemptMs)
        .bind(3, lastError)
        .run();
    db.prepare("UPDATE record_sync SET state = 'local' WHERE state = 'sending' AND record_id IN"
               " (SELECT record_id FROM outbox WHERE mutation_id = ?1)")
        .bind(1, mutationId)
        .run();
    tx.commit();
}

void Outbox::releaseInFlight()
{
    Database &db = m_journal.database();
    Transaction tx(db);
    db.exec("UPDATE outbox SET in_flight = 0 WHERE in_flight = 1");
    db.exec("UPDATE record_sync SET state = 'local' WHERE state = 'sending'");
    tx.commit();
}

void Outbox::makeAllDue()
{
    Database &db = m_journal.database();
    Transaction tx(db);
    db.exec("UPDATE outbox SET next_attempt_at = 0 WHERE in_flight = 0");
    tx.commit();
}

int Outbox::size()
{
    return countOf(m_journal.database(), "SELECT count(*) FROM outbox");
}

int Outbox::refusedRecords()
{
    return countOf(m_journal.database(),
                   "SELECT count(*) FROM record_sync WHERE state = 'refused'");
}

int Outbox::inFlight()
{
    return countOf(m_journal.database(), "SELECT count(*) FROM outbox WHERE in_flight = 1");
}

} // namespace homevisit::store
