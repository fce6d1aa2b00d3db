// The gateway's endpoints as plain functions of (headers, body) -> reply, independent of
// the HTTP library, so the rules (authentication, authorization, idempotent push, pull
// visibility, audit) can be read and tested without a socket. The HTTP layer
// (httpserver.h) adds transport concerns: protocol header, gzip, size limits, TLS.
#pragma once

#include "centralstore.h"
#include "metrics.h"

#include "protocol/protocol.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

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

class Gateway
{
public:
    explicit Gateway(CentralStore &store);

    Reply enroll(const QByteArray &body);
    Reply token(const QByteArray &body);
    Reply push(const QByteArray &authorization, const QByteArray &body);
    Reply pull(const QByteArray &authorization, const QString &cursor, const QString &limit);
    Reply health();

    // /v1/admin/...: the admin role, within its own municipality only.
    Reply adminCredential(const QByteArray &authorization, const QByteArray &body);
    Reply adminRevokeDevice(const QByteArray &authorization, const QString &deviceId);
    Reply adminRevokeUser(const QByteArray &authorization, const QString &user);
    Reply adminDevices(const QByteArray &authorization);

    // A fresh one-time enrolment credential for `user` (valid 7 days); nullopt when the
    // user does not exist or is revoked. The store keeps only its hash.
    struct IssuedCredential
    {
        QString credential;
        QDateTime expiresAt;
    };
    std::optional<IssuedCredential> issueCredential(const QString &user, const QString &actor);

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

    CentralStore &m_store;
    Metrics m_metrics;
};

} // namespace homevisit::gateway
