// CentralStore on PostgreSQL (--postgres CONNINFO): for several gateway processes
// sharing one database. Each gateway worker thread gets its own connection, made on
// first use and kept until the store is destroyed, so threads never wait for each other
// on the client side; PostgreSQL does the concurrency. Nothing is kept between requests
// but prepared statements, so any process may answer any request.
#pragma once

#include "sync/gateway/centralstore.h"

#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>

namespace homevisit::gateway {

class PgStore final : public CentralStore
{
public:
    // Connects once, creates or upgrades the schema; throws CentralStoreError.
    explicit PgStore(const QString &conninfo);
    ~PgStore() override;
    PgStore(const PgStore &) = delete;
    PgStore &operator=(const PgStore &) = delete;

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

    struct Connection; // one per thread, see pgstore.cpp
    class Result;

private:
    Connection &connection();
    void inWriteTransaction(const std::function<void()> &work);
    qint64 nextSeq();
    bool noteReassignment(const char *type, const QJsonObject &data);
    // Keeps every placement after its child and foster home in seq order (tablets insert
    // them in that order); `moved`: the row got another secretary.
    void resequenceAround(const char *type, const QString &id, bool moved);
    void migrate();
    void chainExistingAudit(Connection &c);

    QByteArray m_conninfo;
    std::mutex m_mutex; // guards m_connections only
    std::unordered_map<std::thread::id, std::unique_ptr<Connection>> m_connections;
};

} // namespace homevisit::gateway
