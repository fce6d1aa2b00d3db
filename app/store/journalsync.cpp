// The journal's side of sync: settings kept inside the encrypted store, and applying a
// pulled page (reference data and records from the server) atomically with its cursor.
#include "store/journalstore.h"

#include "store/storeinternal.h"
#include "store/uuid.h"

namespace homevisit::store {

using namespace internal;
using domain::RecordKind;

namespace {

[[noreturn]] void badChange(const std::string &what)
{
    throw JournalStoreError(JournalStoreError::Code::Invalid,
                            "the server sent an unusable change: " + what);
}

QString requireId(const QJsonObject &data, const char *field)
{
    const QString id = data.value(QLatin1String(field)).toString();
    if (!isUuid(id))
        badChange(std::string(field) + " is not an id");
    return id;
}

} // namespace

QString JournalStore::setting(const QString &key)
{
    Statement st = m_db->prepare("SELECT value FROM settings WHERE key = ?1");
    st.bind(1, key);
    return st.step() ? st.text(0) : QString();
}

void JournalStore::setSetting(const QString &key, const QString &value)
{
    Transaction tx(*m_db);
    if (value.isNull())
        m_db->prepare("DELETE FROM settings WHERE key = ?1").bind(1, key).run();
    else
        m_db->prepare("INSERT OR REPLACE INTO settings(key, value) VALUES (?1, ?2)")
            .bind(1, key)
            .bind(2, value)
            .run();
    tx.commit();
}

void JournalStore::applyPulled(const QList<PulledChange> &changes, const QString &nextCursor)
{
    Transaction tx(*m_db);
    for (const PulledChange &change : changes) {
        if (change.type == PulledChange::Type::Record)
            importRecord(change.data, change.seq);
        else
            applyReference(change);
    }
    // A row kept for a draft leaves once the draft is signed.
    releaseKeptRows();
    m_db->prepare("INSERT OR REPLACE INTO settings(key, value) VALUES ('sync.pull_cursor', ?1)")
        .bind(1, nextCursor)
        .run();
    auditInTx(QStringLiteral("sync"), {}, QStringLiteral("pulled %1 changes").arg(changes.size()),
              tick());
    tx.commit();
}

// What was on the tablet only through a placement that left with a removal: a foster home
// of a child who moved to another secretary, a child of a foster home that did. Rows the
// user is assigned herself stay, and so do rows kept for her unsigned drafts.
void JournalStore::dropUnreachableReference()
{
    m_db->prepare("DELETE FROM foster_homes WHERE secretary <> ?1 AND kept_for_draft = 0"
                  " AND id NOT IN (SELECT foster_home_id FROM placements)")
        .bind(1, m_identity.user)
        .run();
    m_db->prepare("DELETE FROM children WHERE secretary <> ?1 AND kept_for_draft = 0"
                  " AND id NOT IN (SELECT child_id FROM placements)")
        .bind(1, m_identity.user)
        .run();
}

// Removed by the server while she has an unsigned draft about it: marked and kept, so she
// can finish and sign the draft (the gateway takes a record begun while the row was hers).
bool JournalStore::keepForDraft(bool child, const QString &id)
{
    Statement st = m_db->prepare(child ? "SELECT 1 FROM records WHERE status = 'draft'"
                                         " AND child_id = ?1"
                                       : "SELECT 1 FROM records WHERE status = 'draft'"
                                         " AND foster_home_id = ?1");
    st.bind(1, id);
    if (!st.step())
        return false;
    m_db->prepare(child ? "UPDATE children SET kept_for_draft = 1 WHERE id = ?1"
                        : "UPDATE foster_homes SET kept_for_draft = 1 WHERE id = ?1")
        .bind(1, id)
        .run();
    return true;
}

// Rows kept for drafts that are signed (or gone) since: they leave now, as the removal
// said, with their placements. (Not dropUnreachableReference(): mid-pull, a placement of
// this page may still be on the next one.)
void JournalStore::releaseKeptRows()
{
    m_db->prepare("DELETE FROM placements WHERE child_id IN (SELECT id FROM children"
                  " WHERE kept_for_draft = 1 AND id NOT IN (SELECT child_id FROM records"
                  " WHERE status = 'draft' AND child_id IS NOT NULL))")
        .run();
    m_db->prepare("DELETE FROM children WHERE kept_for_draft = 1 AND id NOT IN"
                  " (SELECT child_id FROM records WHERE status = 'draft' AND child_id IS NOT NULL)")
        .run();
    m_db->prepare("DELETE FROM placements WHERE foster_home_id IN (SELECT id FROM foster_homes"
                  " WHERE kept_for_draft = 1 AND id NOT IN (SELECT foster_home_id FROM records"
                  " WHERE status = 'draft' AND foster_home_id IS NOT NULL))")
        .run();
    m_db->prepare("DELETE FROM foster_homes WHERE kept_for_draft = 1 AND id NOT IN"
                  " (SELECT foster_home_id FROM records WHERE status = 'draft'"
                  "  AND foster_home_id IS NOT NULL)")
        .run();
}

void JournalStore::applyReference(const PulledChange &change)
{
    const QJsonObject &d = change.data;
    const QString id = requireId(d, "id");
    using T = PulledChange::Type;
    if (change.remove) {
        // An assignment ended: the row leaves the tablet. Records about it stay.
        if ((change.type == T::Child || change.type == T::FosterHome) &&
            keepForDraft(change.type == T::Child, id))
            return;
        if (change.type == T::Child || change.type == T::FosterHome)
            m_db->prepare(change.type == T::Child
                              ? "DELETE FROM placements WHERE child_id = ?1"
                              : "DELETE FROM placements WHERE foster_home_id = ?1")
                .bind(1, id)
                .run();
        m_db->prepare(change.type == T::Child        ? "DELETE FROM children WHERE id = ?1"
                      : change.type == T::FosterHome ? "DELETE FROM foster_homes WHERE id = ?1"
                                                     : "DELETE FROM placements WHERE id = ?1")
            .bind(1, id)
            .run();
        dropUnreachableReference();
        return;
    }
    switch (change.type) {
    case T::Child:
        writeChild({id, d.value("name").toString(), d.value("birth_year").toInt(),
                    d.value("secretary").toString(), d.value("visit_interval_days").toInt(42)});
        break;
    case T::FosterHome:
        writeFosterHome({id, d.value("family_name").toString(), d.value("address").toString(),
                         d.value("home_type").toString(), d.value("secretary").toString(),
                         d.value("phone").toString()});
        break;
    case T::Placement:
        writePlacement({id, requireId(d, "child_id"), requireId(d, "foster_home_id"),
                        d.value("legal_basis").toString(),
                        dateFrom(d.value("start_date").toString()),
                        dateFrom(d.value("end_date").toString())});
        break;
    case T::Record:
        break;
    }
}

// The signed content of a pulled record, read the way the wire carries it.
static domain::SignedContent pulledContent(const QString &id, const QString &kind, int revision,
                                           const QJsonObject &d, const QJsonObject &body)
{
    const auto time = [&](const char *field) {
        return QDateTime::fromMSecsSinceEpoch(msFromIso(d.value(QLatin1String(field)).toString()),
                                              Qt::UTC);
    };
    return {id,
            kind,
            revision,
            d.value("author").toString(),
            d.value("device_id").toString(),
            time("created_at"),
            time("signed_at"),
            body};
}

// The names the gateway sends with a pulled record (docs/sync-protocol.md, "Names in
// pulls"). A name sent replaces the one kept; a name left out keeps it (the gateway had
// none this time, which does not make the one known wrong).
void JournalStore::keepPulledNames(const QString &id, const QJsonObject &d)
{
    const QString author = d.value("author_name").toString();
    const QString subject = d.value("subject_name").toString();
    if (author.isEmpty() && subject.isEmpty())
        return;
    m_db->prepare("UPDATE records SET author_name = coalesce(?2, author_name),"
                  " subject_name = coalesce(?3, subject_name) WHERE id = ?1")
        .bind(1, id)
        .bind(2, nullIfEmpty(author))
        .bind(3, nullIfEmpty(subject))
        .run();
}

// A record from the server: someone else's (a review, a team member's visit for a
// supervisor) or this user's own from another device. Signed records are immutable,
// so an existing signed copy is already right; a local draft gives way to a signed
// version, or to a newer draft when nothing local is waiting to be sent. A signed record
// whose signature does not hold is kept, marked invalid, and never replaces a local copy.
void JournalStore::importRecord(const QJsonObject &d, qint64 seq)
{
    const QString id = requireId(d, "id");
    const std::optional<RecordKind> kind = domain::kindFromName(d.value("kind").toString());
    const QString status = d.value("status").toString();
    const QJsonObject body = d.value("body").toObject();
    const std::optional<HlcStamp> stamp = HlcStamp::fromString(d.value("hlc").toString());
    if (!kind || (status != u"draft" && status != u"signed") || !stamp)
        badChange("record " + id.toStdString() + " has no valid kind, status or clock");
    if (!domain::checkShape(*kind, body).isEmpty())
        badChange("record " + id.toStdString() + " has a malformed body");
    m_clock.observe(*stamp); // false for a stamp far in the future: it moves nothing

    const std::optional<StoredRecord> local = load(id);
    const bool isSigned = status == u"signed";
    const int revision = d.value("revision").toInt(1);
    const QString signatureBase64 = isSigned ? d.value("signature").toString() : QString();
    const SignatureState signatureState =
        isSigned ? verifyPulled(pulledContent(id, domain::kindName(*kind), revision, d, body),
                                signatureBase64, d.value("signing_key").toString())
                 : SignatureState::None;
    if (signatureState == SignatureState::Invalid)
        auditInTx(QStringLiteral("signature_invalid"), id,
                  QStringLiteral("pulled record by %1 on device %2 does not verify%3")
                      .arg(d.value("author").toString(), d.value("device_id").toString(),
                           local ? QStringLiteral("; the local copy stays") : QString()),
                  tick());
    // The names travel outside the signature: every pull of the record refreshes them,
    // whatever becomes of its content, except one that fails its signature against a
    // local copy (it changes nothing here).
    if (local && signatureState != SignatureState::Invalid)
        keepPulledNames(id, d);
    if (local &&
        (local->status == RecordStatus::Signed || signatureState == SignatureState::Invalid))
        return;
    if (local && !isSigned) {
        Statement pending = m_db->prepare("SELECT count(*) FROM outbox WHERE record_id = ?1");
        pending.bind(1, id);
        if (revision <= local->revision || (pending.step() && pending.int64(0) > 0))
            return; // the local draft is newer or still on its way out
    }
    const domain::RecordFacts facts = domain::factsOf(*kind, body);
    if (local) {
        m_db->prepare("DELETE FROM outbox WHERE record_id = ?1 AND in_flight = 0")
            .bind(1, id)
            .run();
        m_db->prepare("UPDATE records SET status = ?2, hlc = ?3, updated_at = ?4, signed_at = ?5,"
                      " revision = ?6, child_id = ?7, foster_home_id = ?8, refers_to = ?9,"
                      " event_date = ?10, concern = ?11, body = ?12, signature = ?13,"
                      " signature_state = ?14 WHERE id = ?1")
            .bind(1, id)
            .bind(2, status)
            .bind(3, stamp->toString())
            .bind(4, wallNow())
            .bind(5, msFromIso(d.value("signed_at").toString()))
            .bind(6, revision)
            .bind(7, nullIfEmpty(facts.childId))
            .bind(8, nullIfEmpty(facts.fosterHomeId))
            .bind(9, nullIfEmpty(facts.refersTo))
            .bind(10, dateText(facts.eventDate))
            .bind(11, facts.concern)
            .bind(12, QString::fromUtf8(serialize(body)))
            .bind(13, nullIfEmpty(signatureBase64))
            .bind(14, nullIfEmpty(signatureStateName(signatureState)))
            .run();
    } else {
        Statement st = m_db->prepare(
            "INSERT INTO records(id, kind, status, author, device, hlc, created_at, updated_at,"
            " signed_at, revision, child_id, foster_home_id, refers_to, event_date, concern, body,"
            " signature, signature_state, author_name, subject_name) VALUES (?1, ?2, ?3, ?4, ?5,"
            " ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)");
        st.bind(1, id)
            .bind(2, domain::kindName(*kind))
            .bind(3, status)
            .bind(4, d.value("author").toString())
            .bind(5, d.value("device_id").toString())
            .bind(6, stamp->toString())
            .bind(7, msFromIso(d.value("created_at").toString()))
            .bind(8, wallNow())
            .bind(10, revision)
            .bind(11, nullIfEmpty(facts.childId))
            .bind(12, nullIfEmpty(facts.fosterHomeId))
            .bind(13, nullIfEmpty(facts.refersTo))
            .bind(14, dateText(facts.eventDate))
            .bind(15, facts.concern)
            .bind(16, QString::fromUtf8(serialize(body)))
            .bind(17, nullIfEmpty(signatureBase64))
            .bind(18, nullIfEmpty(signatureStateName(signatureState)))
            .bind(19, nullIfEmpty(d.value("author_name").toString()))
            .bind(20, nullIfEmpty(d.value("subject_name").toString()));
        if (isSigned)
            st.bind(9, msFromIso(d.value("signed_at").toString()));
        else
            st.bindNull(9);
        st.run();
    }
    m_db->prepare("INSERT OR REPLACE INTO record_sync(record_id, state, reason, updated_at,"
                  " server_revision, server_seq, received_at)"
                  " VALUES (?1, 'synced', NULL, ?2, ?3, ?4, ?5)")
        .bind(1, id)
        .bind(2, wallNow())
        .bind(3, revision)
        .bind(4, seq)
        .bind(5, d.value("received_at").toString())
        .run();
}

} // namespace homevisit::store
