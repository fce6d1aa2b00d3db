// CentralStore on one SQLite file (DIR/central.db): the embedded default for a single
// gateway process. WAL with synchronous=FULL, so an acknowledged push survives a power
// cut; one connection serialized by a mutex, because SQLite has one writer anyway.
#pragma once

#include "sync/gateway/centralstore.h"

#include <mutex>
#include <string>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace homevisit::gateway {

class SqliteStore final : public CentralStore
{
public:
    explicit SqliteStore(const QString &path); // throws CentralStoreError
    ~SqliteStore() override;
    SqliteStore(const SqliteStore &) = delete;
    SqliteStore &operator=(const SqliteStore &) = delete;

    bool transaction(const std::function<bool()> &work) override;
    bool healthy() override;
    bool isEmpty() override;

    void addMunicipality(const QString &id, const QString &name) override;
    void addUser(const UserRow &user) override;
    std::optional<UserRow> user(const QString &name) override;
    QList<UserRow> users() override;
    void updateUser(const UserRow &user) override;
    bool isInTeam(const QString &member, const QString &supervisor) override;
    bool revokeUser(const QString &name) override;

    void addCredential(const QString &hash, const QString &user, const QDateTime &expiresAt,
                       const QString &issuedBy) override;
    std::optional<QString> credentialIssuer(const QString &hash) override;
    void retireCredentials(const QString &user) override;
    std::optional<QString> consumeCredential(const QString &hash, const QDateTime &now) override;
    void enrollDevice(const DeviceRow &device, const QString &refreshHash) override;
    std::optional<DeviceRow> deviceByRefresh(const QString &refreshHash) override;
    std::optional<DeviceRow> device(const QString &deviceId, const QString &user) override;
    bool isDeviceRevoked(const QString &deviceId) override;
    void addAccessToken(const QString &hash, const AccessGrant &grant) override;
    std::optional<AccessGrant> accessToken(const QString &hash) override;
    void touchDevice(const QString &deviceId, const QString &user, const QDateTime &now) override;
    bool revokeDevice(const QString &deviceId, const QString &municipality) override;
    QList<DeviceRow> devices(const QString &municipality) override;

    std::optional<RefreshTokenRow> refreshToken(const QString &hash) override;
    void rotateRefreshToken(const RefreshTokenRow &presented, const QString &newHash,
                            const QDateTime &now) override;
    void startRefreshChain(const QString &deviceId, const QString &user,
                           const QDateTime &issuedAt) override;
    void setDeviceTrust(const QString &deviceId, const QString &user,
                        const DeviceTrust &trust) override;
    QList<UserDevice> userDevices(const QString &user) override;
    bool revokeUserDevice(const QString &deviceId, const QString &user) override;

    void putFosterHome(const QString &municipality, const QJsonObject &data) override;
    void putChild(const QString &municipality, const QJsonObject &data) override;
    void putPlacement(const QString &municipality, const QJsonObject &data) override;
    std::optional<ReferenceRow> referenceRow(sync::ChangeType type, const QString &id) override;
    QList<QJsonObject> referenceRows(sync::ChangeType type, const QString &municipality) override;
    void removePlacement(const QString &municipality, const QString &id) override;
    bool isChildAssigned(const QString &childId, const QString &secretary,
                         const QString &municipality) override;
    bool wasAssignedAt(sync::ChangeType type, const QString &id, const QString &user,
                       const QString &municipality, const QDateTime &at) override;
    bool isFosterHomeAssigned(const QString &fosterHomeId, const QString &secretary,
                              const QString &municipality) override;

    std::optional<StoredMutation> mutation(const QString &mutationId) override;
    void putMutation(const QString &mutationId, const StoredMutation &stored) override;
    std::optional<StoredRecord> record(const QString &recordId) override;
    qint64 putRecord(const StoredRecord &record) override;
    QString putDraftSibling(const StoredRecord &record) override;
    QList<DraftSibling> draftSiblings(const QString &recordId) override;

    bool appendJournalEntry(const JournalEntryRow &entry) override;
    bool hasJournalEntry(const QString &entryId) override;
    QList<JournalEntryRow> journalEntries(const QString &municipality, qint64 after,
                                          int limit) override;
    std::optional<ExportCursor> exportCursor(const QString &connector) override;
    void setExportCursor(const ExportCursor &cursor) override;
    QList<ExportCursor> exportCursors() override;
    QList<JournalEntryRow> dueForForwarding(const QDateTime &now, int limit) override;
    void markForwarded(qint64 seq, const QDateTime &at, int status) override;
    void markForwardFailed(qint64 seq, int attempts, const QDateTime &nextAttemptAt, int status,
                           const QString &error) override;
    ForwardingState forwardingState(int listLimit) override;
    qint64 replayForwarding(qint64 from, qint64 to, const QDateTime &now) override;
    QList<StoredRecord> signedRecordsWithoutEntry(int limit) override;

    QList<sync::Change> changes(const Visibility &who, qint64 after, int limit) override;

    QList<RecordRow> recordRows(qint64 after, int limit) override;

    void audit(const AuditEvent &event) override;
    qint64 auditCount() override;
    QList<AuditRow> auditRows(qint64 after, int limit) override;

private:
    class Statement;
    Statement prepare(const char *sql);
    static JournalEntryRow journalEntryFrom(const Statement &st);
    void exec(const char *sql);
    void migrate();
    void chainExistingAudit();
    void appendAudit(const AuditEvent &event);
    qint64 nextSeq();
    bool noteReassignment(const char *type, const QJsonObject &data);
    // Keeps every placement after its child and foster home in seq order (tablets insert
    // them in that order); `moved`: the row got another secretary.
    void resequenceAround(const char *type, const QString &id, bool moved);

    sqlite3 *m_db = nullptr;
    std::recursive_mutex m_mutex;
    // Prepared statements by their SQL text, as long as the connection lives.
    std::unordered_map<std::string, sqlite3_stmt *> m_statements;
    std::mutex m_statementsMutex;
};

} // namespace homevisit::gateway
