// The gateway's endpoints as plain functions of (headers, body) -> reply, independent of
// the HTTP library, so the rules (authentication, authorization, idempotent push, pull
// visibility, audit) can be read and tested without a socket. The HTTP layer
// (httpserver.h) adds transport concerns: protocol header, gzip, size limits, TLS.
#pragma once

#include "sync/gateway/centralstore.h"
#include "sync/gateway/metrics.h"

#include "sync/protocol/protocol.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <atomic>
#include <functional>
#include <variant>

namespace homevisit::gateway {

struct Reply
{
    int status = 200;
    QByteArray body; // JSON
    static Reply json(const QByteArray &body, int status = 200) { return {status, body}; }
    static Reply error(const sync::ProtocolError &error)
    {
        return {error.httpStatus, error.toBody()};
    }
};

// Who is calling, after the access token was checked.
struct Caller
{
    UserRow user;
    QString deviceId;
};

// A device's approval as of `now`: revoked, approved (by her, as her first device, or
// because its hold passed), or pending.
sync::DeviceState deviceState(const UserDevice &device, const QDateTime &now);

class Gateway
{
public:
    explicit Gateway(CentralStore &store);

    Reply enroll(const QByteArray &body);
    Reply token(const QByteArray &body);
    Reply push(const QByteArray &authorization, const QByteArray &body);
    Reply pull(const QByteArray &authorization, const QString &cursor, const QString &limit);
    Reply health();

    // /v1/devices...: her own devices and their approval (docs/security.md, "Re-enrollment
    // and new devices"; deviceapproval.cpp). Only one of her approved devices decides.
    Reply devices(const QByteArray &authorization);
    Reply approveDevice(const QByteArray &authorization, const QString &deviceId);
    Reply refuseDevice(const QByteArray &authorization, const QString &deviceId);
    // How long a device enrolled beside her approved ones waits before it counts as
    // approved without her (homevisit-central --device-hold-hours; default 72).
    void setDeviceHoldHours(int hours) { m_deviceHoldHours = hours; }
    int deviceHoldHours() const { return m_deviceHoldHours; }

    // /v1/admin/...: the admin role, within its own municipality only.
    Reply adminCredential(const QByteArray &authorization, const QByteArray &body);
    Reply adminRevokeDevice(const QByteArray &authorization, const QString &deviceId);
    Reply adminRevokeUser(const QByteArray &authorization, const QString &user);
    Reply adminDevices(const QByteArray &authorization);

    // A fresh one-time enrollment credential for `user` (valid 7 days); nullopt when the
    // user does not exist or is revoked. The store keeps only its hash.
    struct IssuedCredential
    {
        QString credential;
        QDateTime expiresAt;
    };
    std::optional<IssuedCredential> issueCredential(const QString &user, const QString &actor);

    // The case system (docs/integration.md; journalexport.cpp). GET /v1/export: the
    // connector's journal-entry feed; the cursor it presents is what it acknowledges.
    Reply exportFeed(const QByteArray &authorization, const QString &cursor, const QString &limit);
    // POST /v1/admin/import: a caseload snapshot in JSON Lines, for admin or integration.
    Reply adminImport(const QByteArray &authorization, const QByteArray &body, bool dryRun,
                      bool allowMassRemoval);
    // Builds the journal entries of signed records stored before entries existed (at
    // start, before serving); returns how many.
    int backfillJournal();
    // Called after a push that may have appended journal entries (the forwarder wakes).
    void setEntriesListener(std::function<void()> listener) { m_entriesListener = listener; }

    Metrics &metrics() { return m_metrics; }
    CentralStore &store() { return m_store; }

private:
    std::optional<sync::ProtocolError> rotateRefreshToken(const sync::TokenRequest &request,
                                                          const QDateTime &now,
                                                          sync::TokenResponse &response);
    std::variant<Caller, sync::ProtocolError> authenticate(const QByteArray &authorization);
    std::variant<Caller, sync::ProtocolError> authenticateAdmin(const QByteArray &authorization);
    sync::MutationResult apply(const Caller &caller, const sync::Mutation &mutation,
                               const QString &fingerprint);
    std::variant<QString, sync::ProtocolError> checkSignature(const Caller &caller,
                                                              const sync::WireRecord &record);
    std::optional<sync::ProtocolError> authorizeKind(const Caller &caller,
                                                     const sync::WireRecord &record);
    std::optional<sync::ProtocolError>
    authorizeTarget(const Caller &caller, const sync::WireRecord &record, StoredRecord &indexed);
    std::optional<sync::MutationResult> againstExisting(const Caller &caller,
                                                        const sync::Mutation &mutation,
                                                        const QString &fingerprint,
                                                        const StoredRecord &existing);
    sync::ProtocolError keepStaleDraft(const Caller &caller, const sync::WireRecord &record);
    sync::MutationResult refuse(const Caller &caller, const sync::Mutation &mutation,
                                const sync::ProtocolError &error);
    void auditPush(const Caller &caller, const QString &recordId, const QString &what);
    void auditPull(const Caller &caller, const QList<sync::Change> &changes);

    DeviceTrust trustForEnrollment(const QString &user, const QString &issuedBy,
                                   const QDateTime &now);
    void noteHoldPassed(const Caller &caller, const QDateTime &now);
    bool isPending(const Caller &caller, const QDateTime &now);
    Reply decideDevice(const QByteArray &authorization, const QString &deviceId, bool approve);

    std::variant<Caller, sync::ProtocolError>
    authenticateRole(const QByteArray &authorization, std::initializer_list<sync::Role> roles);
    void appendJournalEntry(const StoredRecord &stored);

    CentralStore &m_store;
    Metrics m_metrics;
    std::function<void()> m_entriesListener;
    int m_deviceHoldHours = 72;
};

} // namespace homevisit::gateway
