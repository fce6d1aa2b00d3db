// The gateway's storage, behind an interface so the embedded SQLite file (the default)
// and PostgreSQL (production, pgstore.h) answer the same calls. The interface holds
// primitives only; the rules (who may push or see what) live in the gateway, so both
// back ends enforce the same policy.
#pragma once

#include "sync/protocol/protocol.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <stdexcept>

namespace homevisit::gateway {

// Thrown on any storage failure; the gateway answers 500/503 and changes nothing.
class CentralStoreError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

struct UserRow
{
    QString name;
    QString municipality;
    sync::Role role = sync::Role::Caseworker;
    QString displayName;
    QString supervisor; // the supervisor whose team this user is in ("" = none)
    bool revoked = false;
    // False for a role string this build does not know: no access at all, but not a
    // revocation either (that would make her tablets erase what they have not sent).
    bool knownRole = true;
};

struct DeviceRow
{
    QString id;
    QString user;
    QString name;
    QString municipality;
    QDateTime enrolledAt;
    QDateTime lastSyncAt; // invalid until the first authenticated call
    bool revoked = false;
    QString signingKey; // Ed25519 public key, base64; "" = enrolled without one
};

struct RefreshTokenRow
{
    enum class Standing
    {
        Current,
        Previous,
        Retired
    };
    Standing standing = Standing::Current;
    QString deviceId;
    QString user;
    QDateTime currentIssuedAt; // when the device's current token was issued
};

// Whether a device may see the user's earlier case content (docs/security.md,
// "Re-enrollment and new devices"). A device with neither approvedAt nor a holdUntil in the
// past is pending: its pulls carry her caseload and the records it wrote itself only.
struct DeviceTrust
{
    QString issuedBy;     // who issued the credential its enrollment consumed
    QDateTime approvedAt; // invalid until approved; a first device at enrollment
    QString approvedBy;   // "first_device", "existing", or the id of her device that approved it
    QDateTime holdUntil;  // a pending device counts as approved from then on; else invalid
};

struct UserDevice
{
    DeviceRow device;
    DeviceTrust trust;
};

struct AccessGrant
{
    QString deviceId;
    QString user;
    QDateTime expiresAt;
};

// A record as the server keeps it: the wire form plus what authorization indexes.
struct StoredRecord
{
    sync::WireRecord record;
    QString municipality;
    QString refersTo; // amendments and reviews
    QString childId;  // child visits
    QString fosterHomeId;
    qint64 seq = 0;
    // The device key the signature verified against when the record arrived; "" for
    // drafts and for records signed before signatures existed. Pulls send it along.
    QString signingKey;
};

struct StoredMutation
{
    QString user;
    QString fingerprint;
    sync::MutationResult result;
};

struct AuditEvent
{
    QString user;
    QString deviceId;
    QString municipality;
    QString action; // enroll, token, push, read, admin_..., ...
    QString recordId;
    QString detail;
};

// One stored audit row with its link in the hash chain (auditchain.h).
struct AuditRow
{
    qint64 id = 0;
    QString at;
    AuditEvent event;
    QString prevHash;
    QString hash;
};

// One stored record as `verify` reads it: raw, so a row that no longer decodes is
// reported instead of stopping the check.
struct RecordRow
{
    qint64 seq = 0;
    QString id;
    QString status;  // the indexed column
    QByteArray data; // the wire JSON as stored
    QString signingKey;
};

// One signed record as a journal entry for the case system (docs/integration.md,
// "Journal entries"), with its forwarding state. seq orders the feed and forwarding.
struct JournalEntryRow
{
    qint64 seq = 0;
    QString entryId; // the record's id
    QString municipality;
    QString subjectId; // the child or foster home: forwarding keeps order per subject
    QDateTime createdAt;
    QByteArray data;       // the entry's JSON, built once when the record was signed
    QDateTime deliveredAt; // invalid while it waits for forwarding
    int attempts = 0;      // failed forwarding attempts since it last waited afresh
    QDateTime nextAttemptAt;
    int lastStatus = 0; // the receiver's last HTTP status; 0 = none (no answer)
    QString lastError;  // English: why the last attempt failed
};

// How forwarding stands: counts and the entries that wait, oldest first.
struct ForwardingState
{
    qint64 delivered = 0;
    qint64 waiting = 0;  // not delivered yet (retrying ones included)
    qint64 retrying = 0; // waiting with at least one failed attempt
    QList<JournalEntryRow> oldestWaiting;
};

// A connector's place in the journal-entry feed: what it acknowledged, and when.
struct ExportCursor
{
    QString connector;
    QString municipality;
    qint64 acknowledged = 0;
    QDateTime acknowledgedAt;
};

// Which reference rows and records a pull may return; computed by the gateway.
struct Visibility
{
    QString user;
    QString municipality;
    sync::Role role = sync::Role::Caseworker;
    // A device pending approval: of the records, only those this device wrote ("" = all
    // the role allows).
    QString onlyDevice;
};

// One row of a store's changes query: (seq, type, data). A type "remove_<type>" carries
// the row's id as its data and becomes a "remove" change; others carry the stored JSON.
// A record row's signingKey (may be "") becomes its data's "signing_key".
sync::Change changeFromRow(qint64 seq, const QString &type, const QByteArray &data,
                           const QString &signingKey = {});

class CentralStore
{
public:
    virtual ~CentralStore() = default;

    // Runs `work` in one serialized write transaction: committed when it returns true,
    // rolled back when it returns false or throws (the exception propagates).
    virtual bool transaction(const std::function<bool()> &work) = 0;
    virtual bool healthy() = 0;
    virtual bool isEmpty() = 0;

    // --- people --------------------------------------------------------------------
    virtual void addMunicipality(const QString &id, const QString &name) = 0;
    virtual void addUser(const UserRow &user) = 0;
    virtual std::optional<UserRow> user(const QString &name) = 0;
    virtual QList<UserRow> users() = 0;
    // Her display name, role and team, as the case system says (same municipality).
    virtual void updateUser(const UserRow &user) = 0;
    virtual bool isInTeam(const QString &member, const QString &supervisor) = 0;
    virtual bool revokeUser(const QString &name) = 0;

    // --- enrollment and tokens (hashes only, never the secrets) ------------------------
    virtual void addCredential(const QString &hash, const QString &user, const QDateTime &expiresAt,
                               const QString &issuedBy) = 0;
    // Who issued the credential with this hash ("" for one issued before issuers were
    // kept); nullopt when there is none. Read before consumeCredential().
    virtual std::optional<QString> credentialIssuer(const QString &hash) = 0;
    virtual void retireCredentials(const QString &user) = 0;
    // Marks an unused, unexpired credential used and returns its user.
    virtual std::optional<QString> consumeCredential(const QString &hash, const QDateTime &now) = 0;
    virtual void enrollDevice(const DeviceRow &device, const QString &refreshHash) = 0;
    virtual std::optional<DeviceRow> deviceByRefresh(const QString &refreshHash) = 0;
    virtual std::optional<DeviceRow> device(const QString &deviceId, const QString &user) = 0;
    virtual bool isDeviceRevoked(const QString &deviceId) = 0;
    virtual void addAccessToken(const QString &hash, const AccessGrant &grant) = 0;
    virtual std::optional<AccessGrant> accessToken(const QString &hash) = 0;
    virtual void touchDevice(const QString &deviceId, const QString &user,
                             const QDateTime &now) = 0;
    // Revokes the device for the users of one municipality ("" = every user: the
    // operator's command line). An administrator must never reach another
    // municipality's tablet, even one enrolled with the same device id.
    virtual bool revokeDevice(const QString &deviceId, const QString &municipality) = 0;
    virtual QList<DeviceRow> devices(const QString &municipality) = 0; // "" = all

    // --- refresh-token rotation (hashes only) ------------------------------------------
    // Which device a presented refresh token belongs to, and in what standing: its
    // current token; the previous one (the last it presented), still taken in place of
    // the current one until that is presented; or one retired since, remembered for
    // RefreshTokenDays after its retirement so that its reuse is recognized.
    virtual std::optional<RefreshTokenRow> refreshToken(const QString &hash) = 0;
    // `newHash` becomes the device's current token, issued at `now`. Presented current:
    // the previous token is retired and the presented one becomes the previous. Presented
    // previous: the current one, never presented, is retired; the previous one stays.
    // Retired tokens older than RefreshTokenDays are forgotten.
    virtual void rotateRefreshToken(const RefreshTokenRow &presented, const QString &newHash,
                                    const QDateTime &now) = 0;
    // After enrollDevice: the enrollment's token was issued at `issuedAt`, and nothing of an
    // earlier enrollment of this device for this user (previous or retired tokens) counts.
    virtual void startRefreshChain(const QString &deviceId, const QString &user,
                                   const QDateTime &issuedAt) = 0;

    // --- a user's devices and their approval ------------------------------------------
    // Sets all of the device's approval fields (an enrollment replaces them).
    virtual void setDeviceTrust(const QString &deviceId, const QString &user,
                                const DeviceTrust &trust) = 0;
    // Her devices with their approval, in enrollment order.
    virtual QList<UserDevice> userDevices(const QString &user) = 0;
    // Revokes one user's enrollment of a device (her refusal), no other user's.
    virtual bool revokeUserDevice(const QString &deviceId, const QString &user) = 0;

    // --- reference data (each write takes the next server sequence number) -----------
    virtual void putFosterHome(const QString &municipality, const QJsonObject &data) = 0;
    virtual void putChild(const QString &municipality, const QJsonObject &data) = 0;
    virtual void putPlacement(const QString &municipality, const QJsonObject &data) = 0;
    // A child's or foster home's stored row (the municipality and the JSON as sent to
    // tablets); nullopt when there is none.
    struct ReferenceRow
    {
        QString municipality;
        QJsonObject data;
    };
    virtual std::optional<ReferenceRow> referenceRow(sync::ChangeType type, const QString &id) = 0;
    // Every child, foster home or placement of a municipality as stored, in id order (a
    // caseload import compares them with its snapshot: sync/integration/importplan.h).
    virtual QList<QJsonObject> referenceRows(sync::ChangeType type,
                                             const QString &municipality) = 0;
    // Deletes a placement the case system no longer has; the users who saw it (the
    // secretaries of its child and its foster home) get a "remove" for it.
    virtual void removePlacement(const QString &municipality, const QString &id) = 0;
    virtual bool isChildAssigned(const QString &childId, const QString &secretary,
                                 const QString &municipality) = 0;
    // Whether the child or foster home was hers until after `at` (its assignment ended
    // later): a record she began before then may still be signed and sent.
    virtual bool wasAssignedAt(sync::ChangeType type, const QString &id, const QString &user,
                               const QString &municipality, const QDateTime &at) = 0;
    virtual bool isFosterHomeAssigned(const QString &fosterHomeId, const QString &secretary,
                                      const QString &municipality) = 0;

    // --- records and idempotency ------------------------------------------------------
    virtual std::optional<StoredMutation> mutation(const QString &mutationId) = 0;
    virtual void putMutation(const QString &mutationId, const StoredMutation &stored) = 0;
    virtual std::optional<StoredRecord> record(const QString &recordId) = 0;
    // Inserts or replaces the record under the next sequence number, which it returns.
    virtual qint64 putRecord(const StoredRecord &record) = 0;
    // Keeps a stale draft beside the server's copy; returns the sibling's id.
    virtual QString putDraftSibling(const StoredRecord &record) = 0;
    // The stale drafts kept for one record: id and the wire JSON as stored.
    struct DraftSibling
    {
        QString id;
        QByteArray data;
    };
    virtual QList<DraftSibling> draftSiblings(const QString &recordId) = 0;

    // --- journal entries for the case system (docs/integration.md) ---------------------
    // Appends the entry for a signed record, in the transaction that stored it; an entry
    // id already there is left as it is (false). Returns whether it was appended.
    virtual bool appendJournalEntry(const JournalEntryRow &entry) = 0;
    virtual bool hasJournalEntry(const QString &entryId) = 0;
    // The feed: a municipality's entries with seq > after, in seq order, at most `limit`.
    virtual QList<JournalEntryRow> journalEntries(const QString &municipality, qint64 after,
                                                  int limit) = 0;
    virtual std::optional<ExportCursor> exportCursor(const QString &connector) = 0;
    virtual void setExportCursor(const ExportCursor &cursor) = 0;
    virtual QList<ExportCursor> exportCursors() = 0;
    // Entries due for forwarding at `now`: for each subject only its oldest undelivered
    // entry (order per child), and only when its next attempt is due; in seq order.
    virtual QList<JournalEntryRow> dueForForwarding(const QDateTime &now, int limit) = 0;
    virtual void markForwarded(qint64 seq, const QDateTime &at, int status) = 0;
    virtual void markForwardFailed(qint64 seq, int attempts, const QDateTime &nextAttemptAt,
                                   int status, const QString &error) = 0;
    virtual ForwardingState forwardingState(int listLimit) = 0;
    // Delivered entries with from <= seq <= to wait again (an operator's replay); returns
    // how many. The receiver recognizes each by its entry id.
    virtual qint64 replayForwarding(qint64 from, qint64 to, const QDateTime &now) = 0;
    // Signed records (not drafts) with no journal entry yet, in seq order: those stored
    // before entries existed. The gateway builds theirs at start.
    virtual QList<StoredRecord> signedRecordsWithoutEntry(int limit) = 0;

    // --- pull ---------------------------------------------------------------------------
    // Changes visible under `who` with seq > after, in seq order, at most `limit`.
    virtual QList<sync::Change> changes(const Visibility &who, qint64 after, int limit) = 0;

    // Records in seq order with seq > after, at most `limit` (for `verify`).
    virtual QList<RecordRow> recordRows(qint64 after, int limit) = 0;

    // --- audit (append-only, hash-chained: auditchain.h) -------------------------------
    // Appends under the write serialization, so the chain stays one line.
    virtual void audit(const AuditEvent &event) = 0;
    virtual qint64 auditCount() = 0;
    // Audit rows in id order with id > after, at most `limit` (for `verify`).
    virtual QList<AuditRow> auditRows(qint64 after, int limit) = 0;
};

} // namespace homevisit::gateway
