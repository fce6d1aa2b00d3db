// One user's journal on this tablet: reference data (children, placements, foster
// homes), records (drafts and signed), the outbox and the audit log, in one SQLCipher
// file with one writer connection.
//
// Not thread-safe: one thread owns a JournalStore (the UI runs it on a worker thread).
#pragma once

#include "domain/records.h"
#include "domain/recordsignature.h"
#include "platform/securebytes.h"
#include "store/hybridclock.h"
#include "store/sqlite.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace homevisit::store {

struct Identity
{
    QString user;   // the author of what this store writes
    QString device; // this tablet's id
};

struct FosterHome
{
    QString id;
    QString familyName;
    QString address;
    QString homeType; // own_recruited | kinship | emergency | agency_supported | residential
    QString secretary;
    QString phone;
};

struct Child
{
    QString id;
    QString name;
    int birthYear = 0;
    QString secretary;
    int visitIntervalDays = 42;
};

struct Placement
{
    QString id;
    QString childId;
    QString fosterHomeId;
    QString legalBasis; // SoL | LVU
    QDate startDate;
    QDate endDate; // null while the placement lasts
};

// A child on the caseload with what the secretary needs to plan the next visit.
struct CaseloadEntry
{
    Child child;
    std::optional<Placement> placement;
    std::optional<FosterHome> fosterHome;
    QDate lastSignedVisit; // null if none
    QDate nextVisitDue;
    bool overdue = false;
};

enum class RecordStatus
{
    Draft,
    Signed
};
enum class SyncState
{
    Local,
    Sending,
    Synced,
    Refused
};

QString syncStateName(SyncState state);

// Whether a signed record's signature holds (docs/records.md, "Signatures").
enum class SignatureState
{
    None,       // a draft
    Valid,      // verified with its device's key (this tablet's own, or the pinned one)
    Invalid,    // does not verify, or came with another key than the one pinned: a forgery
    Legacy,     // signed before signatures existed: there is none to check
    Unverified, // has a signature, but no key for its device is known to check it with
};

QString signatureStateName(SignatureState state); // "" for None

struct StoredRecord
{
    QString id;
    domain::RecordKind kind = domain::RecordKind::ChildVisit;
    RecordStatus status = RecordStatus::Draft;
    QString author;
    QString device;
    QString hlc;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 signedAt = 0; // 0 while a draft
    int revision = 1;
    domain::RecordFacts facts;
    QJsonObject body;
    SyncState syncState = SyncState::Local;
    QString syncReason;
    int serverRevision = 0; // what the server last confirmed; 0 = never
    qint64 serverSeq = 0;
    QString receivedAt; // the server's receive time, ISO 8601
    QString signature;  // base64 Ed25519 signature; empty on drafts and legacy records
    SignatureState signatureState = SignatureState::None;
    // Names, outside the signature (docs/sync-protocol.md, "Names in pulls"): the
    // author's display name ("Anna Lind") as the last pull of the record said, or for
    // her own records her display name on this tablet; the child's or foster home's
    // name as the last pull said. "" when none is known.
    QString authorName;
    QString subjectName;

    // Who wrote it, as people read it: the display name, else the user name.
    QString authorLabel() const { return authorName.isEmpty() ? author : authorName; }

    // A signed record shown as what it says it is: its signature verified.
    bool isGenuine() const { return signatureState == SignatureState::Valid; }
    // Exactly the fields the signature covers, as the wire carries them.
    domain::SignedContent signedContent() const;

    QJsonObject toJson() const; // the `homevisitctl list` line
    // The record as a push carries it (docs/sync-protocol.md, without mutation_id).
    QJsonObject toWireJson() const;
};

// The setting that holds the user's display name (sync::settingKey::DisplayName, written
// at enrollment): the author name of her own records.
inline const QString DisplayNameSetting = QStringLiteral("sync.display_name");

struct AuditEvent
{
    qint64 seq = 0;
    QString id;
    qint64 at = 0;
    QString hlc;
    QString actor;
    QString device;
    QString action;
    QString recordId;
    QString detail;
};

// A record refused by the domain rules; violations say field by field why.
// One change of a pull page, as docs/sync-protocol.md describes it.
struct PulledChange
{
    enum class Type
    {
        Child,
        FosterHome,
        Placement,
        Record
    };
    Type type = Type::Record;
    qint64 seq = 0; // the server's sequence number
    bool remove = false;
    QJsonObject data;
};

class RuleError : public JournalStoreError
{
public:
    explicit RuleError(QList<domain::RuleViolation> violations);
    const QList<domain::RuleViolation> &violations() const { return m_violations; }

private:
    QList<domain::RuleViolation> m_violations;
};

struct VerifyReport
{
    QStringList problems; // empty = all good
    int records = 0;
    int signedRecords = 0;
    int verifiedSignatures = 0; // signed records whose signature was checked and holds
    int outbox = 0;
    int auditEvents = 0;
    int schemaVersion = 0;
    QString cipherVersion;
    bool ok() const { return problems.isEmpty(); }
};

class JournalStore
{
public:
    using WallClock = HybridClock::WallClock;

    // Opens the file with the raw data key, checks the cipher, migrates the schema up
    // to targetSchema and writes an "open" audit event.
    static std::unique_ptr<JournalStore> open(const QString &path, const SecureBytes &dataKey,
                                              Identity identity, WallClock wall = {},
                                              int targetSchema = -1);
    ~JournalStore();

    const Identity &identity() const { return m_identity; }
    int schemaVersion();

    // Reference data (owned by the server; written by sync and the demo seeder).
    void putFosterHome(const FosterHome &home);
    void putChild(const Child &child);
    void putPlacement(const Placement &placement);
    QList<FosterHome> fosterHomes();
    QList<Child> children();
    std::optional<Child> child(const QString &id);
    std::optional<FosterHome> fosterHome(const QString &id);
    QList<Placement> placementsOf(const QString &childId);
    // Children with a placement, overdue first, then by the date the next visit is due.
    QList<CaseloadEntry> caseload(const QDate &today);

    domain::DomainSettings domainSettings();
    void setViewTopics(const QStringList &topics);

    // Drafts: one transaction per call; the caller debounces autosave.
    QString createDraft(domain::RecordKind kind, const QJsonObject &body);
    void saveDraft(const QString &id, const QJsonObject &body);
    // Validates, makes the record immutable and queues it in the outbox, atomically.
    // Throws RuleError with every violation if it cannot be signed.
    void sign(const QString &id);
    // A record that is signed the moment it is written (a supervisor's review): one
    // transaction, so no round of sync ever sees it as a draft. Throws RuleError.
    QString createSigned(domain::RecordKind kind, const QJsonObject &body);
    // A correction of a signed record: a new signed amendment that refers to it.
    QString amend(const QString &signedId, const QString &text, const QString &reason = {});
    // Discarding is only for drafts; a signed record is never deleted.
    void discardDraft(const QString &id);

    std::optional<StoredRecord> record(const QString &id); // audited as a read
    QList<StoredRecord> records(std::optional<domain::RecordKind> kind = std::nullopt,
                                const QString &auditAction = QStringLiteral("export"));
    QList<StoredRecord> amendmentsOf(const QString &signedId);
    int outboxSize();
    QList<AuditEvent> auditEvents();
    void audit(const QString &action, const QString &recordId, const QString &detail = {});

    VerifyReport verify();

    // This store's Ed25519 public key (base64), made with its key pair on first need.
    // The secret key never leaves the encrypted file except to sign, and is wiped then.
    QString signingPublicKey();
    // Enrollment made the key pair before the store existed (the gateway holds its public
    // key now): it becomes this store's, and queued signed records not yet sent are
    // signed again with it. The caller wipes pair.secretKey.
    void adoptSigningKey(const domain::signature::KeyPair &pair);
    // The key pinned for another device the first time one of its records came (TOFU).
    QString pinnedDeviceKey(const QString &deviceId);

    // Small named values kept inside the encrypted store: the sync cursor, the refresh
    // token, the server's address and key pin. Null when absent; a null value removes
    // the key.
    QString setting(const QString &key);
    void setSetting(const QString &key, const QString &value);

    // Sync (journalsync.cpp): applies one pulled page and stores its cursor in the
    // same transaction, so a crash never skips or half-applies a page.
    void applyPulled(const QList<PulledChange> &changes, const QString &nextCursor);
    QString pullCursor() { return setting(QStringLiteral("sync.pull_cursor")); }
    // The server refused a stamp as too far in its future (its clock reads serverNowMs):
    // this tablet's clock runs ahead. Stamps are read with the difference taken off from
    // now on, and queued records stamped past the server's time get new stamps in their
    // order. Returns how many were re-stamped.
    int rebaseClock(qint64 serverNowMs);
    // The server's time, seen in an answer: drops a correction once it is not needed.
    void noteServerTime(qint64 serverNowMs);

private:
    friend class Outbox;
    void writeFosterHome(const FosterHome &home); // in the caller's transaction
    void writeChild(const Child &child);
    void writePlacement(const Placement &placement);
    void importRecord(const QJsonObject &data, qint64 seq);
    void keepPulledNames(const QString &id, const QJsonObject &data);
    // Her own records without a stored author name get her display name.
    void nameOwnRecords(QList<StoredRecord> &records);
    void applyReference(const PulledChange &change);
    void requeueBatchRefusals();
    // Signing (journalsignature.cpp), all in the caller's transaction.
    QString ensureSigningKeyInTx(); // the public key, base64
    void signInTx(const QString &id);
    int signQueuedRecords(bool resign); // own signed records not yet sent
    SignatureState verifyPulled(const domain::SignedContent &content, const QString &signature,
                                const QString &pulledKey);
    bool signatureHolds(const StoredRecord &r); // for verify()
    void dropUnreachableReference();
    bool keepForDraft(bool child, const QString &id);
    void releaseKeptRows();
    void restamp(const QString &id, qint64 outboxSeq, const HlcStamp &stamp);
    static inline const QString ClockOffsetKey = QStringLiteral("clock.offset_ms");
    JournalStore(std::unique_ptr<Database> db, Identity identity, WallClock wall);
    HlcStamp tick(); // advances the clock and persists it in the current transaction
    void auditInTx(const QString &action, const QString &recordId, const QString &detail,
                   const HlcStamp &stamp);
    StoredRecord requireOwnDraft(const QString &id);
    // Throws RuleError unless the body may be signed (rules, and a signed target).
    void requireSignable(domain::RecordKind kind, const QJsonObject &body);
    std::optional<StoredRecord> load(const QString &id); // no audit event
    Database &database() { return *m_db; }
    void insertRecord(const QString &id, domain::RecordKind kind, const QJsonObject &body,
                      const HlcStamp &stamp, bool signNow);
    void enqueue(const QString &id); // in the caller's transaction
    qint64 wallNow() const;

    std::unique_ptr<Database> m_db;
    Identity m_identity;
    WallClock m_wall;
    HybridClock m_clock;
    bool m_hasSettings = false; // schema 3 and later (older ones only in migration tests)
};

// Largest serialized body accepted (bytes of UTF-8 JSON).
constexpr int MaxBodyBytes = 2 * 1024 * 1024;

} // namespace homevisit::store
