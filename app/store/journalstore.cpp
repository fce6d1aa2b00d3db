#include "journalstore.h"
#include "domain/jsonfields.h"

#include "store/migrations.h"
#include "store/storeinternal.h"
#include "store/uuid.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstdlib>
#include <functional>

namespace homevisit::store {

using namespace internal;

using domain::RecordKind;

namespace {

constexpr const char *RecordColumns =
    "r.id, r.kind, r.status, r.author, r.device, r.hlc, r.created_at, r.updated_at,"
    " r.signed_at, r.revision, r.child_id, r.foster_home_id, r.refers_to, r.event_date,"
    " r.concern, r.body, s.state, s.reason, s.server_revision, s.server_seq, s.received_at,"
    " r.signature, r.signature_state, r.author_name, r.subject_name";

SyncState syncStateFrom(const QString &name)
{
    if (name == QLatin1String("sending"))
        return SyncState::Sending;
    if (name == QLatin1String("synced"))
        return SyncState::Synced;
    if (name == QLatin1String("refused"))
        return SyncState::Refused;
    return SyncState::Local;
}

SignatureState signatureStateFrom(const QString &name)
{
    if (name == QLatin1String("valid"))
        return SignatureState::Valid;
    if (name == QLatin1String("invalid"))
        return SignatureState::Invalid;
    if (name == QLatin1String("legacy"))
        return SignatureState::Legacy;
    if (name == QLatin1String("unverified"))
        return SignatureState::Unverified;
    return SignatureState::None;
}

StoredRecord recordFrom(const Statement &st)
{
    StoredRecord r;
    r.id = st.text(0);
    r.kind = domain::kindFromName(st.text(1)).value_or(RecordKind::ChildVisit);
    r.status = st.text(2) == QLatin1String("signed") ? RecordStatus::Signed : RecordStatus::Draft;
    r.author = st.text(3);
    r.device = st.text(4);
    r.hlc = st.text(5);
    r.createdAt = st.int64(6);
    r.updatedAt = st.int64(7);
    r.signedAt = st.isNull(8) ? 0 : st.int64(8);
    r.revision = int(st.int64(9));
    r.facts.childId = st.text(10);
    r.facts.fosterHomeId = st.text(11);
    r.facts.refersTo = st.text(12);
    r.facts.eventDate = dateFrom(st.text(13));
    r.facts.concern = st.int64(14) != 0;
    r.body = QJsonDocument::fromJson(st.text(15).toUtf8()).object();
    r.syncState = syncStateFrom(st.text(16));
    r.syncReason = st.text(17);
    r.serverRevision = st.isNull(18) ? 0 : int(st.int64(18));
    r.serverSeq = st.isNull(19) ? 0 : st.int64(19);
    r.receivedAt = st.text(20);
    r.signature = st.text(21);
    r.signatureState = signatureStateFrom(st.text(22));
    r.authorName = st.text(23);
    r.subjectName = st.text(24);
    return r;
}

Child childFrom(const Statement &st, int c)
{
    return Child{st.text(c), st.text(c + 1), int(st.int64(c + 2)), st.text(c + 3),
                 int(st.int64(c + 4))};
}

FosterHome homeFrom(const Statement &st)
{
    return FosterHome{st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5)};
}

Placement placementFrom(const Statement &st, int c)
{
    return Placement{st.text(c),     st.text(c + 1),           st.text(c + 2),
                     st.text(c + 3), dateFrom(st.text(c + 4)), dateFrom(st.text(c + 5))};
}

[[noreturn]] void refuse(JournalStoreError::Code code, const std::string &message)
{
    throw JournalStoreError(code, message);
}

} // namespace

QString syncStateName(SyncState state)
{
    switch (state) {
    case SyncState::Local:
        return QStringLiteral("local");
    case SyncState::Sending:
        return QStringLiteral("sending");
    case SyncState::Synced:
        return QStringLiteral("synced");
    case SyncState::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

QString signatureStateName(SignatureState state)
{
    switch (state) {
    case SignatureState::None:
        break;
    case SignatureState::Valid:
        return QStringLiteral("valid");
    case SignatureState::Invalid:
        return QStringLiteral("invalid");
    case SignatureState::Legacy:
        return QStringLiteral("legacy");
    case SignatureState::Unverified:
        return QStringLiteral("unverified");
    }
    return {};
}

domain::SignedContent StoredRecord::signedContent() const
{
    // The same milliseconds toWireJson() renders, so the gateway and other tablets
    // rebuild exactly these bytes from the wire.
    return {id,
            domain::kindName(kind),
            revision,
            author,
            device,
            QDateTime::fromMSecsSinceEpoch(createdAt, Qt::UTC),
            QDateTime::fromMSecsSinceEpoch(signedAt, Qt::UTC),
            body};
}

QJsonObject StoredRecord::toJson() const
{
    QJsonObject json{
        {"id", id},
        {"kind", domain::kindName(kind)},
        {"status", status == RecordStatus::Signed ? "signed" : "draft"},
        {"author", author},
        {"device", device},
        {"hlc", hlc},
        {"created_at",
         QDateTime::fromMSecsSinceEpoch(createdAt, Qt::UTC).toString(Qt::ISODateWithMs)},
        {"revision", revision},
        {"concern", facts.concern},
        {"sync_state", syncStateName(syncState)},
        {"body", body}};
    if (signedAt)
        json.insert("signed_at",
                    QDateTime::fromMSecsSinceEpoch(signedAt, Qt::UTC).toString(Qt::ISODateWithMs));
    if (!syncReason.isEmpty())
        json.insert("sync_reason", syncReason);
    if (signatureState != SignatureState::None)
        json.insert("signature_state", signatureStateName(signatureState));
    return json;
}

QJsonObject StoredRecord::toWireJson() const
{
    QJsonObject json{{"record_id", id},
                     {"kind", domain::kindName(kind)},
                     {"status", status == RecordStatus::Signed ? "signed" : "draft"},
                     {"revision", revision},
                     {"base_revision", serverRevision > 0 ? QJsonValue(serverRevision)
                                                          : QJsonValue(QJsonValue::Null)},
                     {"author", author},
                     {"device_id", device},
                     {"hlc", hlc},
                     {"created_at", isoUtc(createdAt)},
                     {"body", body}};
    if (status == RecordStatus::Signed)
        json.insert("signed_at", isoUtc(signedAt));
    if (status == RecordStatus::Signed && !signature.isEmpty())
        json.insert("signature", signature);
    return json;
}

RuleError::RuleError(QList<domain::RuleViolation> violations)
    : JournalStoreError(Code::Invalid, violations.isEmpty()
                                           ? std::string("the record was refused")
                                           : violations.front().field.toStdString() + ": " +
                                                 violations.front().message().toStdString()),
      m_violations(std::move(violations))
{}

std::unique_ptr<JournalStore> JournalStore::open(const QString &path, const SecureBytes &dataKey,
                                                 Identity identity, WallClock wall,
                                                 int targetSchema)
{
    if (!wall)
        wall = [] { return QDateTime::currentMSecsSinceEpoch(); };
    std::unique_ptr<Database> db = Database::open(path, dataKey);
    const int before = store::schemaVersion(*db);
    const int target = targetSchema < 0 ? CurrentSchemaVersion : targetSchema;
    migrate(*db, target);
    std::unique_ptr<JournalStore> store(
        new JournalStore(std::move(db), std::move(identity), std::move(wall)));
    if (before >= 2 && before < 5 && target >= 5)
        store->requeueBatchRefusals();
    if (before >= 1 && before < 6 && target >= 6) {
        // Signed records still waiting to be sent get their signature now; the ones
        // the server already holds stay as they were signed (legacy).
        Transaction tx(*store->m_db);
        const int signedNow = store->signQueuedRecords(false);
        if (signedNow > 0)
            store->auditInTx(QStringLiteral("sign"), {},
                             QStringLiteral("%1 queued signed records signed").arg(signedNow),
                             store->tick());
        tx.commit();
    }
    if (store->schemaVersion() >= 3) // older schemas exist only in migration tests
        store->audit(QStringLiteral("open"), {});
    return store;
}

JournalStore::JournalStore(std::unique_ptr<Database> db, Identity identity, WallClock wall)
    : m_db(std::move(db)), m_identity(std::move(identity)), m_wall(std::move(wall)), m_clock(m_wall)
{
    // Resume the clock above everything this tablet wrote, whatever the wall clock says:
    // its own records and the newest audit event (every write transaction makes one).
    // Stamps pulled from elsewhere are not ours to continue from (see observe()).
    Statement st =
        m_db->prepare("SELECT max(hlc) FROM records WHERE device = ?1 AND length(hlc) = 23");
    st.bind(1, m_identity.device);
    if (st.step())
        if (auto last = HlcStamp::fromString(st.text(0)))
            m_clock.restore(*last);
    Statement audit = m_db->prepare("SELECT hlc FROM audit_events ORDER BY seq DESC LIMIT 1");
    if (audit.step())
        if (auto last = HlcStamp::fromString(audit.text(0)))
            m_clock.restore(*last);
    m_hasSettings = store::schemaVersion(*m_db) >= 3;
    if (m_hasSettings)
        m_clock.setOffset(setting(ClockOffsetKey).toLongLong());
}

// The server refused whole batches before version 5 when one stamp in them was bad, and
// each record of the batch was marked refused with the bare error code ("code: why" is a
// refusal of that record itself). Those go out again, with their current wire form.
void JournalStore::requeueBatchRefusals()
{
    Transaction tx(*m_db);
    QStringList ids;
    {
        Statement st = m_db->prepare(
            "SELECT s.record_id FROM record_sync s WHERE s.state = 'refused'"
            " AND instr(coalesce(s.reason, ''), ': ') = 0"
            " AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.record_id = s.record_id)");
        while (st.step())
            ids << st.text(0);
    }
    for (const QString &id : ids) {
        enqueue(id);
        m_db->prepare("UPDATE record_sync SET state = 'local', reason = NULL WHERE record_id = ?1")
            .bind(1, id)
            .run();
    }
    if (!ids.isEmpty())
        auditInTx(QStringLiteral("sync"), {},
                  QStringLiteral("%1 refused records queued again").arg(ids.size()), tick());
    tx.commit();
}

int JournalStore::rebaseClock(qint64 serverNowMs)
{
    Transaction tx(*m_db);
    const qint64 offset = serverNowMs - m_wall();
    // Continue above what the server may already hold of ours (at most MaxAheadMs ahead
    // of it), so records it accepted keep their place before the re-stamped ones.
    HlcStamp floor{serverNowMs, 0};
    {
        Statement st = m_db->prepare("SELECT max(hlc) FROM records WHERE device = ?1"
                                     " AND length(hlc) = 23 AND hlc <= ?2 AND id NOT IN"
                                     " (SELECT record_id FROM outbox)");
        st.bind(1, m_identity.device)
            .bind(2, HlcStamp{serverNowMs + HybridClock::MaxAheadMs, 0}.toString());
        if (st.step())
            if (const auto found = HlcStamp::fromString(st.text(0)))
                floor = std::max(floor, *found);
    }
    m_clock.rebase(offset, floor);
    m_db->prepare("INSERT OR REPLACE INTO settings(key, value) VALUES (?1, ?2)")
        .bind(1, ClockOffsetKey)
        .bind(2, QString::number(offset))
        .run();
    // Queued records stamped in the server's future get new stamps in their old order.
    const QString limit = HlcStamp{serverNowMs, HlcStamp::MaxLogical}.toString();
    QList<std::pair<QString, qint64>> ahead; // record id, outbox seq
    {
        Statement st = m_db->prepare(
            "SELECT r.id, o.seq FROM outbox o JOIN records r ON r.id = o.record_id"
            " WHERE o.in_flight = 0 AND r.device = ?1 AND (r.hlc > ?2 OR length(r.hlc) <> 23)"
            " ORDER BY length(r.hlc), r.hlc, o.seq");
        st.bind(1, m_identity.device).bind(2, limit);
        while (st.step())
            ahead.append({st.text(0), st.int64(1)});
    }
    for (const auto &[id, seq] : ahead)
        restamp(id, seq, m_clock.now());
    // Not tick(): the newest audit event still carries the clock's old, too-late stamp.
    auditInTx(QStringLiteral("sync"), {},
              QStringLiteral("clock %1 s ahead of the server; %2 queued records re-stamped")
                  .arg(-offset / 1000)
                  .arg(ahead.size()),
              m_clock.now());
    tx.commit();
    return int(ahead.size());
}

// In the caller's transaction: the record and its frozen wire form get the new stamp.
void JournalStore::restamp(const QString &id, qint64 outboxSeq, const HlcStamp &stamp)
{
    m_db->prepare("UPDATE records SET hlc = ?2 WHERE id = ?1")
        .bind(1, id)
        .bind(2, stamp.toString())
        .run();
    Statement st = m_db->prepare("SELECT payload FROM outbox WHERE seq = ?1");
    st.bind(1, outboxSeq);
    if (!st.step() || st.isNull(0))
        return; // filled from the record when it is sent
    QJsonObject payload = QJsonDocument::fromJson(st.text(0).toUtf8()).object();
    payload.insert("hlc", stamp.toString());
    m_db->prepare("UPDATE outbox SET payload = ?2, next_attempt_at = 0 WHERE seq = ?1")
        .bind(1, outboxSeq)
        .bind(2, QString::fromUtf8(serialize(payload)))
        .run();
}

void JournalStore::noteServerTime(qint64 serverNowMs)
{
    // Only ever corrects a clock found ahead (rebaseClock): once the tablet's own clock
    // agrees with the server again, the correction goes.
    if (m_clock.offset() == 0 || std::llabs(serverNowMs - m_wall()) > HybridClock::MaxAheadMs / 2)
        return;
    m_clock.setOffset(0);
    setSetting(ClockOffsetKey, QString());
}

JournalStore::~JournalStore() = default;

int JournalStore::schemaVersion()
{
    return store::schemaVersion(*m_db);
}

qint64 JournalStore::wallNow() const
{
    return m_wall();
}

HlcStamp JournalStore::tick()
{
    // Called inside a write (BEGIN IMMEDIATE) transaction. Another connection (the sync
    // thread's) may have written since this one last did: start above its last stamp so
    // the two connections share one clock. Every write transaction writes an audit event.
    Statement st = m_db->prepare("SELECT hlc FROM audit_events ORDER BY seq DESC LIMIT 1");
    const std::optional<HlcStamp> last =
        st.step() ? HlcStamp::fromString(st.text(0)) : std::nullopt;
    // The other connection may have found the clock ahead of the server (rebaseClock):
    // then its newest stamp is the floor to continue from, not a bound to stay above.
    const qint64 offset = m_hasSettings ? setting(ClockOffsetKey).toLongLong() : 0;
    if (offset != m_clock.offset())
        m_clock.rebase(offset, last.value_or(HlcStamp{m_clock.wallNow(), 0}));
    else if (last)
        m_clock.restore(*last);
    return m_clock.now();
}

void JournalStore::auditInTx(const QString &action, const QString &recordId, const QString &detail,
                             const HlcStamp &stamp)
{
    m_db->prepare("INSERT INTO audit_events(id, at, hlc, actor, device, action, record_id, detail)"
                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        .bind(1, makeUuidV7(wallNow()))
        .bind(2, wallNow())
        .bind(3, stamp.toString())
        .bind(4, m_identity.user)
        .bind(5, m_identity.device)
        .bind(6, action)
        .bind(7, recordId)
        .bind(8, detail.isNull() ? QStringLiteral("") : detail)
        .run();
}

void JournalStore::audit(const QString &action, const QString &recordId, const QString &detail)
{
    Transaction tx(*m_db);
    auditInTx(action, recordId, detail, tick());
    tx.commit();
}

// --- reference data --------------------------------------------------------------

namespace {

// Reference data is replaced whole when the server sends it again. UPDATE-then-INSERT,
// because INSERT OR REPLACE would delete the row that placements refer to. Both
// statements use the same numbered parameters, so one binder serves both. Runs in
// the caller's transaction.
void upsert(Database &db, const char *updateSql, const char *insertSql,
            const std::function<void(Statement &)> &bindAll)
{
    Statement update = db.prepare(updateSql);
    bindAll(update);
    update.run();
    if (db.changes() == 0) {
        Statement insert = db.prepare(insertSql);
        bindAll(insert);
        insert.run();
    }
}

} // namespace

void JournalStore::writeFosterHome(const FosterHome &h)
{
    upsert(*m_db,
           "UPDATE foster_homes SET family_name=?2, address=?3, home_type=?4, secretary=?5,"
           " phone=?6, updated_at=?7, kept_for_draft=0 WHERE id=?1",
           "INSERT INTO foster_homes(id, family_name, address, home_type, secretary, phone,"
           " updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
           [&](Statement &st) {
               st.bind(1, h.id).bind(2, h.familyName).bind(3, h.address).bind(4, h.homeType);
               st.bind(5, h.secretary).bind(6, h.phone).bind(7, wallNow());
           });
}

void JournalStore::writeChild(const Child &c)
{
    upsert(*m_db,
           "UPDATE children SET name=?2, birth_year=?3, secretary=?4, visit_interval_days=?5,"
           " updated_at=?6, kept_for_draft=0 WHERE id=?1",
           "INSERT INTO children(id, name, birth_year, secretary, visit_interval_days, updated_at)"
           " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
           [&](Statement &st) {
               st.bind(1, c.id).bind(2, c.name).bind(3, c.birthYear).bind(4, c.secretary);
               st.bind(5, c.visitIntervalDays).bind(6, wallNow());
           });
}

void JournalStore::writePlacement(const Placement &p)
{
    upsert(*m_db,
           "UPDATE placements SET child_id=?2, foster_home_id=?3, legal_basis=?4, start_date=?5,"
           " end_date=?6, updated_at=?7 WHERE id=?1",
           "INSERT INTO placements(id, child_id, foster_home_id, legal_basis, start_date,"
           " end_date, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
           [&](Statement &st) {
               st.bind(1, p.id).bind(2, p.childId).bind(3, p.fosterHomeId).bind(4, p.legalBasis);
               st.bind(5, dateText(p.startDate)).bind(6, dateText(p.endDate)).bind(7, wallNow());
           });
}

void JournalStore::putFosterHome(const FosterHome &home)
{
    Transaction tx(*m_db);
    writeFosterHome(home);
    tx.commit();
}

void JournalStore::putChild(const Child &child)
{
    Transaction tx(*m_db);
    writeChild(child);
    tx.commit();
}

void JournalStore::putPlacement(const Placement &placement)
{
    Transaction tx(*m_db);
    writePlacement(placement);
    tx.commit();
}

QList<FosterHome> JournalStore::fosterHomes()
{
    QList<FosterHome> out;
    Statement st = m_db->prepare("SELECT id, family_name, address, home_type, secretary, phone"
                                 " FROM foster_homes ORDER BY family_name");
    while (st.step())
        out.append(homeFrom(st));
    return out;
}

std::optional<FosterHome> JournalStore::fosterHome(const QString &id)
{
    Statement st = m_db->prepare("SELECT id, family_name, address, home_type, secretary, phone"
                                 " FROM foster_homes WHERE id = ?1");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return homeFrom(st);
}

QList<Child> JournalStore::children()
{
    QList<Child> out;
    Statement st = m_db->prepare("SELECT id, name, birth_year, secretary, visit_interval_days"
                                 " FROM children ORDER BY name");
    while (st.step())
        out.append(childFrom(st, 0));
    return out;
}

std::optional<Child> JournalStore::child(const QString &id)
{
    Statement st = m_db->prepare("SELECT id, name, birth_year, secretary, visit_interval_days"
                                 " FROM children WHERE id = ?1");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return childFrom(st, 0);
}

QList<Placement> JournalStore::placementsOf(const QString &childId)
{
    QList<Placement> out;
    Statement st = m_db->prepare("SELECT id, child_id, foster_home_id, legal_basis, start_date,"
                                 " end_date FROM placements WHERE child_id = ?1"
                                 " ORDER BY start_date DESC");
    st.bind(1, childId);
    while (st.step())
        out.append(placementFrom(st, 0));
    return out;
}

QList<CaseloadEntry> JournalStore::caseload(const QDate &today)
{
    QList<CaseloadEntry> out;
    {
        Statement st = m_db->prepare(
            "SELECT c.id, c.name, c.birth_year, c.secretary, c.visit_interval_days,"
            " p.id, p.child_id, p.foster_home_id, p.legal_basis, p.start_date, p.end_date,"
            " (SELECT max(r.event_date) FROM records r WHERE r.kind = 'child_visit'"
            "   AND r.status = 'signed' AND r.child_id = c.id)"
            " FROM children c LEFT JOIN placements p ON p.child_id = c.id"
            "  AND (p.end_date IS NULL OR p.end_date = '' OR p.end_date >= ?1)"
            // A child kept only for her unsigned draft is no longer hers to visit.
            " WHERE c.kept_for_draft = 0"
            " ORDER BY c.name");
        st.bind(1, dateText(today));
        while (st.step()) {
            CaseloadEntry e;
            e.child = childFrom(st, 0);
            if (!st.isNull(5))
                e.placement = placementFrom(st, 5);
            e.lastSignedVisit = dateFrom(st.text(11));
            const QDate from = e.lastSignedVisit.isValid() ? e.lastSignedVisit
                               : e.placement               ? e.placement->startDate
                                                           : today;
            e.nextVisitDue = from.addDays(e.child.visitIntervalDays);
            e.overdue = e.nextVisitDue < today;
            out.append(e);
        }
    }
    for (CaseloadEntry &e : out)
        if (e.placement)
            e.fosterHome = fosterHome(e.placement->fosterHomeId);
    std::stable_sort(out.begin(), out.end(), [](const CaseloadEntry &a, const CaseloadEntry &b) {
        if (a.overdue != b.overdue)
            return a.overdue;
        return a.nextVisitDue < b.nextVisitDue;
    });
    return out;
}

domain::DomainSettings JournalStore::domainSettings()
{
    domain::DomainSettings settings;
    Statement st = m_db->prepare("SELECT value FROM settings WHERE key = 'view_topics'");
    if (st.step()) {
        QStringList topics;
        for (const QJsonValue &v : QJsonDocument::fromJson(st.text(0).toUtf8()).array())
            topics.append(v.toString());
        if (!topics.isEmpty())
            settings.viewTopics = topics;
    }
    return settings;
}

void JournalStore::setViewTopics(const QStringList &topics)
{
    if (topics.isEmpty())
        refuse(JournalStoreError::Code::Invalid, "the list of view topics cannot be empty");
    Transaction tx(*m_db);
    m_db->prepare("INSERT OR REPLACE INTO settings(key, value) VALUES ('view_topics', ?1)")
        .bind(1,
              QString::fromUtf8(
                  QJsonDocument(QJsonArray::fromStringList(topics)).toJson(QJsonDocument::Compact)))
        .run();
    tx.commit();
}

// --- records -----------------------------------------------------------------------

std::optional<StoredRecord> JournalStore::load(const QString &id)
{
    const std::string sql = std::string("SELECT ") + RecordColumns +
                            " FROM records r LEFT JOIN record_sync s ON s.record_id = r.id"
                            " WHERE r.id = ?1";
    Statement st = m_db->prepare(sql.c_str());
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    QList<StoredRecord> one{recordFrom(st)};
    nameOwnRecords(one);
    return one.front();
}

void JournalStore::nameOwnRecords(QList<StoredRecord> &records)
{
    QString mine;
    bool looked = false;
    for (StoredRecord &r : records) {
        if (!r.authorName.isEmpty() || r.author != m_identity.user)
            continue;
        if (!looked) {
            mine = m_hasSettings ? setting(DisplayNameSetting) : QString();
            looked = true;
        }
        r.authorName = mine;
    }
}

StoredRecord JournalStore::requireOwnDraft(const QString &id)
{
    std::optional<StoredRecord> r = load(id);
    if (!r)
        refuse(JournalStoreError::Code::NotFound, "no record with id " + id.toStdString());
    if (r->status == RecordStatus::Signed)
        refuse(JournalStoreError::Code::Forbidden,
               "record " + id.toStdString() + " is signed and cannot be changed; add an amendment");
    if (r->author != m_identity.user)
        refuse(JournalStoreError::Code::Forbidden, "drafts can only be changed by their author");
    return *r;
}

// The body as it is stored: without leading byte order marks (jsonfields.h says why),
// within the size limit and of the kind's shape.
static QJsonObject checkedBody(RecordKind kind, const QJsonObject &input)
{
    const QJsonObject body = domain::json::withoutLeadingByteOrderMarks(input);
    if (serialize(body).size() > MaxBodyBytes)
        throw RuleError({{QStringLiteral("body"), QStringLiteral("too_long")}});
    QList<domain::RuleViolation> problems = domain::checkShape(kind, body);
    if (!problems.isEmpty())
        throw RuleError(problems);
    return body;
}

void JournalStore::insertRecord(const QString &id, RecordKind kind, const QJsonObject &body,
                                const HlcStamp &stamp, bool signNow)
{
    const domain::RecordFacts facts = domain::factsOf(kind, body);
    const qint64 now = wallNow();
    Statement st = m_db->prepare(
        "INSERT INTO records(id, kind, status, author, device, hlc, created_at, updated_at,"
        " signed_at, revision, child_id, foster_home_id, refers_to, event_date, concern, body)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?8, 1, ?9, ?10, ?11, ?12, ?13, ?14)");
    st.bind(1, id)
        .bind(2, domain::kindName(kind))
        .bind(3, signNow ? QStringLiteral("signed") : QStringLiteral("draft"))
        .bind(4, m_identity.user)
        .bind(5, m_identity.device)
        .bind(6, stamp.toString())
        .bind(7, now)
        .bind(9, nullIfEmpty(facts.childId))
        .bind(10, nullIfEmpty(facts.fosterHomeId))
        .bind(11, nullIfEmpty(facts.refersTo))
        .bind(12, dateText(facts.eventDate))
        .bind(13, facts.concern)
        .bind(14, QString::fromUtf8(serialize(body)));
    if (signNow)
        st.bind(8, now);
    else
        st.bindNull(8);
    st.run();
    m_db->prepare("INSERT INTO record_sync(record_id, state, updated_at) VALUES (?1, 'local', ?2)")
        .bind(1, id)
        .bind(2, now)
        .run();
}

QString JournalStore::createDraft(RecordKind kind, const QJsonObject &input)
{
    const QJsonObject body = checkedBody(kind, input);
    const QString id = makeUuidV7(wallNow());
    Transaction tx(*m_db);
    const HlcStamp stamp = tick();
    insertRecord(id, kind, body, stamp, false);
    enqueue(id); // drafts are pushed too: a lost tablet loses nothing
    auditInTx(QStringLiteral("write"), id,
              QStringLiteral("created draft ") + domain::kindName(kind), stamp);
    tx.commit();
    return id;
}

void JournalStore::saveDraft(const QString &id, const QJsonObject &input)
{
    Transaction tx(*m_db);
    const StoredRecord current = requireOwnDraft(id);
    const QJsonObject body = checkedBody(current.kind, input);
    const domain::RecordFacts facts = domain::factsOf(current.kind, body);
    const HlcStamp stamp = tick();
    m_db->prepare("UPDATE records SET body = ?2, hlc = ?3, updated_at = ?4,"
                  " revision = revision + 1, child_id = ?5, foster_home_id = ?6, refers_to = ?7,"
                  " event_date = ?8, concern = ?9 WHERE id = ?1 AND status = 'draft'")
        .bind(1, id)
        .bind(2, QString::fromUtf8(serialize(body)))
        .bind(3, stamp.toString())
        .bind(4, wallNow())
        .bind(5, nullIfEmpty(facts.childId))
        .bind(6, nullIfEmpty(facts.fosterHomeId))
        .bind(7, nullIfEmpty(facts.refersTo))
        .bind(8, dateText(facts.eventDate))
        .bind(9, facts.concern)
        .run();
    m_db->prepare("UPDATE record_sync SET state = 'local', reason = NULL, updated_at = ?2"
                  " WHERE record_id = ?1")
        .bind(1, id)
        .bind(2, wallNow())
        .run();
    enqueue(id);
    auditInTx(QStringLiteral("write"), id, QStringLiteral("saved draft"), stamp);
    tx.commit();
}

void JournalStore::enqueue(const QString &id)
{
    const std::optional<StoredRecord> r = load(id);
    if (!r)
        return;
    // A newer version supersedes a queued one that has not left yet; one already in
    // flight stays, its answer is still awaited.
    m_db->prepare("DELETE FROM outbox WHERE record_id = ?1 AND in_flight = 0").bind(1, id).run();
    m_db->prepare("INSERT INTO outbox(mutation_id, record_id, revision, created_at, payload)"
                  " VALUES (?1, ?2, ?3, ?4, ?5)")
        .bind(1, makeUuidV7(wallNow()))
        .bind(2, id)
        .bind(3, r->revision)
        .bind(4, wallNow())
        .bind(5, QString::fromUtf8(serialize(r->toWireJson())))
        .run();
}

void JournalStore::requireSignable(RecordKind kind, const QJsonObject &body)
{
    QList<domain::RuleViolation> problems =
        domain::validateForSigning(kind, body, domainSettings());
    const QString refersTo = domain::factsOf(kind, body).refersTo;
    if (problems.isEmpty() && !refersTo.isEmpty()) {
        const std::optional<StoredRecord> target = load(refersTo);
        if (!target || target->status != RecordStatus::Signed)
            problems.append({QStringLiteral("refers_to"), QStringLiteral("target_not_signed")});
    }
    if (!problems.isEmpty())
        throw RuleError(problems);
}

QString JournalStore::createSigned(RecordKind kind, const QJsonObject &input)
{
    const QJsonObject body = checkedBody(kind, input);
    const QString id = makeUuidV7(wallNow());
    Transaction tx(*m_db);
    requireSignable(kind, body);
    const HlcStamp stamp = tick();
    insertRecord(id, kind, body, stamp, true);
    signInTx(id);
    enqueue(id);
    auditInTx(QStringLiteral("sign"), id, domain::kindName(kind), stamp);
    tx.commit();
    return id;
}

void JournalStore::sign(const QString &id)
{
    Transaction tx(*m_db);
    const StoredRecord draft = requireOwnDraft(id);
    requireSignable(draft.kind, draft.body);
    const HlcStamp stamp = tick();
    // The tablet that signs is the device the signature binds (a draft may have been
    // started on another of the user's tablets).
    m_db->prepare("UPDATE records SET status = 'signed', signed_at = ?2, updated_at = ?2,"
                  " hlc = ?3, device = ?4 WHERE id = ?1 AND status = 'draft'")
        .bind(1, id)
        .bind(2, wallNow())
        .bind(3, stamp.toString())
        .bind(4, m_identity.device)
        .run();
    signInTx(id);
    enqueue(id);
    auditInTx(QStringLiteral("sign"), id, domain::kindName(draft.kind), stamp);
    tx.commit();
}

QString JournalStore::amend(const QString &signedId, const QString &text, const QString &reason)
{
    const QJsonObject body = checkedBody(
        RecordKind::Amendment, {{"refers_to", signedId}, {"text", text}, {"reason", reason}});
    QList<domain::RuleViolation> problems =
        domain::validateForSigning(RecordKind::Amendment, body, domain::DomainSettings{});
    if (!problems.isEmpty())
        throw RuleError(problems);

    Transaction tx(*m_db);
    const std::optional<StoredRecord> target = load(signedId);
    if (!target)
        refuse(JournalStoreError::Code::NotFound, "no record with id " + signedId.toStdString());
    if (target->status != RecordStatus::Signed)
        refuse(JournalStoreError::Code::Forbidden,
               "only a signed record can be amended; edit the draft instead");
    if (target->author != m_identity.user)
        refuse(JournalStoreError::Code::Forbidden, "only the author of a record can amend it");
    const QString id = makeUuidV7(wallNow());
    const HlcStamp stamp = tick();
    insertRecord(id, RecordKind::Amendment, body, stamp, true);
    signInTx(id);
    enqueue(id);
    auditInTx(QStringLiteral("amend"), signedId, QStringLiteral("amendment ") + id, stamp);
    tx.commit();
    return id;
}

void JournalStore::discardDraft(const QString &id)
{
    Transaction tx(*m_db);
    requireOwnDraft(id);
    m_db->prepare("DELETE FROM outbox WHERE record_id = ?1").bind(1, id).run();
    m_db->prepare("DELETE FROM record_sync WHERE record_id = ?1").bind(1, id).run();
    m_db->prepare("DELETE FROM records WHERE id = ?1 AND status = 'draft'").bind(1, id).run();
    auditInTx(QStringLiteral("write"), id, QStringLiteral("discarded draft"), tick());
    tx.commit();
}

std::optional<StoredRecord> JournalStore::record(const QString &id)
{
    std::optional<StoredRecord> r = load(id);
    if (r)
        audit(QStringLiteral("read"), id);
    return r;
}

QList<StoredRecord> JournalStore::records(std::optional<RecordKind> kind,
                                          const QString &auditAction)
{
    QList<StoredRecord> out;
    {
        const std::string sql = std::string("SELECT ") + RecordColumns +
                                " FROM records r LEFT JOIN record_sync s ON s.record_id = r.id"
                                " WHERE ?1 IS NULL OR r.kind = ?1 ORDER BY r.hlc, r.id";
        Statement st = m_db->prepare(sql.c_str());
        st.bind(1, kind ? domain::kindName(*kind) : QString());
        while (st.step())
            out.append(recordFrom(st));
    }
    nameOwnRecords(out);
    if (!auditAction.isEmpty())
        audit(auditAction, {}, QStringLiteral("%1 records").arg(out.size()));
    return out;
}

QList<StoredRecord> JournalStore::amendmentsOf(const QString &signedId)
{
    QList<StoredRecord> out;
    const std::string sql = std::string("SELECT ") + RecordColumns +
                            " FROM records r LEFT JOIN record_sync s ON s.record_id = r.id"
                            " WHERE r.refers_to = ?1 AND r.kind = 'amendment' ORDER BY r.hlc";
    Statement st = m_db->prepare(sql.c_str());
    st.bind(1, signedId);
    while (st.step())
        out.append(recordFrom(st));
    nameOwnRecords(out);
    return out;
}

int JournalStore::outboxSize()
{
    Statement st = m_db->prepare("SELECT count(*) FROM outbox");
    return st.step() ? int(st.int64(0)) : 0;
}

QList<AuditEvent> JournalStore::auditEvents()
{
    QList<AuditEvent> out;
    Statement st = m_db->prepare("SELECT seq, id, at, hlc, actor, device, action, record_id,"
                                 " detail FROM audit_events ORDER BY seq");
    while (st.step())
        out.append(AuditEvent{st.int64(0), st.text(1), st.int64(2), st.text(3), st.text(4),
                              st.text(5), st.text(6), st.text(7), st.text(8)});
    return out;
}

// --- verify ------------------------------------------------------------------------

namespace {

int countOf(Database &db, const char *sql)
{
    Statement st = db.prepare(sql);
    return st.step() ? int(st.int64(0)) : 0;
}

} // namespace

VerifyReport JournalStore::verify()
{
    VerifyReport report;
    report.cipherVersion = m_db->pragma("cipher_version");
    report.schemaVersion = schemaVersion();
    if (report.schemaVersion != CurrentSchemaVersion)
        report.problems << QStringLiteral("schema version %1, expected %2")
                               .arg(report.schemaVersion)
                               .arg(CurrentSchemaVersion);
    try {
        // Reads every page, so every page's HMAC is checked too.
        const QString integrity = m_db->pragma("integrity_check");
        if (integrity != QLatin1String("ok"))
            report.problems << QStringLiteral("the journal file is damaged; integrity check: ") +
                                   integrity;
    } catch (const JournalStoreError &e) {
        report.problems << QString::fromStdString(e.what());
        return report;
    }
    // SQLite 3.15 has no pragma_foreign_key_check() table function: read the pragma.
    if (!m_db->pragma("foreign_key_check").isEmpty())
        report.problems << QStringLiteral("records refer to rows that do not exist");
    if (countOf(*m_db, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN"
                       " ('records_signed_immutable', 'records_signed_undeletable',"
                       "  'audit_append_only_update', 'audit_append_only_delete')") != 4)
        report.problems << QStringLiteral("the immutability guards of the journal are missing");
    // Every signed record must be on its way to the server or already there.
    if (countOf(*m_db, "SELECT count(*) FROM records r LEFT JOIN record_sync s"
                       " ON s.record_id = r.id WHERE r.status = 'signed'"
                       " AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.record_id = r.id)"
                       " AND coalesce(s.state, '') NOT IN ('synced', 'refused')") > 0)
        report.problems << QStringLiteral("signed records that are neither queued nor synced");
    if (countOf(*m_db, "SELECT count(*) FROM outbox WHERE payload IS NULL AND record_id IN"
                       " (SELECT id FROM records WHERE status = 'draft')") > 0)
        report.problems << QStringLiteral("queued drafts without their frozen payload");
    if (countOf(*m_db,
                "SELECT count(*) FROM records WHERE status = 'signed' AND signed_at IS NULL"))
        report.problems << QStringLiteral("signed records without a signing time");

    const QList<StoredRecord> all = records(std::nullopt, QString());
    for (const StoredRecord &r : all) {
        if (r.status == RecordStatus::Signed && !r.signature.isEmpty()) {
            if (signatureHolds(r))
                ++report.verifiedSignatures;
            else if (r.signatureState != SignatureState::Unverified)
                report.problems << QStringLiteral("record %1 (by %2 on device %3): the signature "
                                                  "does not verify")
                                       .arg(r.id, r.author, r.device);
        }
        if (r.body.isEmpty() || !domain::checkShape(r.kind, r.body).isEmpty())
            report.problems << QStringLiteral("record %1 has a malformed body").arg(r.id);
        if (!r.facts.refersTo.isEmpty() && !load(r.facts.refersTo))
            report.problems << QStringLiteral("record %1 refers to a missing record").arg(r.id);
        report.signedRecords += r.status == RecordStatus::Signed ? 1 : 0;
    }
    report.records = int(all.size());
    report.outbox = outboxSize();
    report.auditEvents = countOf(*m_db, "SELECT count(*) FROM audit_events");
    audit(QStringLiteral("verify"), {},
          report.ok() ? QStringLiteral("ok") : QStringLiteral("problems"));
    return report;
}

} // namespace homevisit::store
