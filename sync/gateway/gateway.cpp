#include "gateway.h"

#include "sync/gateway/pullnames.h"
#include "sync/gateway/secrets.h"

#include "domain/records.h"
#include "domain/recordsignature.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace homevisit::gateway {

using sync::ProtocolError;
using sync::Role;

namespace {

constexpr int CredentialDays = 7;
// A page is cut before it could exceed the 8 MiB a client accepts (JSON framing and
// gzip overhead included).
constexpr qsizetype PageBudgetBytes = 6 * 1024 * 1024;

ProtocolError failure(int status, const QString &code, const QString &message,
                      const QJsonObject &extra = {})
{
    return ProtocolError{status, code, message, extra};
}

ProtocolError invalidToken()
{
    return failure(401, "invalid_token", "unknown or expired token");
}

ProtocolError staleDraft(const QString &recordId, const QString &siblingId)
{
    return failure(409, "stale_draft", "draft " + recordId + " changed on the server",
                   {{"sibling_id", siblingId}});
}

// A record's wire JSON without the server's receipt time, which differs on every push.
QJsonObject withoutReceivedAt(QJsonObject record)
{
    record.remove(QStringLiteral("received_at"));
    return record;
}

// A foster-home secretary supervises the family, not the child's case: of a child
// placed in one of her homes she gets who the child is (name, birth year), and the
// placement row says where; not the child's own secretary or visit interval.
sync::Change asSeenBy(sync::Role role, sync::Change change)
{
    if (role != sync::Role::FosterHomeSecretary || change.type != sync::ChangeType::Child ||
        change.op != sync::ChangeOp::Upsert)
        return change;
    QJsonObject shown;
    for (const char *field : {"id", "name", "birth_year"})
        if (change.data.contains(QLatin1String(field)))
            shown.insert(QLatin1String(field), change.data.value(QLatin1String(field)));
    change.data = shown;
    return change;
}

ProtocolError deviceRevoked()
{
    return failure(401, "device_revoked", "this device or its user was revoked");
}

template <typename T> const ProtocolError *errorOf(const sync::Decoded<T> &decoded)
{
    return std::get_if<ProtocolError>(&decoded);
}

sync::MutationResult rejected(const QString &mutationId, const ProtocolError &error)
{
    sync::MutationResult result;
    result.mutationId = mutationId;
    result.outcome = sync::Outcome::Rejected;
    result.error = error;
    return result;
}

QJsonArray violationsJson(const QList<domain::RuleViolation> &violations)
{
    QJsonArray array;
    for (const auto &violation : violations)
        array.append(QJsonObject{{"field", violation.field}, {"code", violation.code}});
    return array;
}

bool mayPushKind(Role role, domain::RecordKind kind)
{
    using domain::RecordKind;
    switch (role) {
    case Role::Caseworker:
        return kind == RecordKind::ChildVisit || kind == RecordKind::Amendment;
    case Role::FosterHomeSecretary:
        return kind == RecordKind::SupervisionSession || kind == RecordKind::Amendment;
    case Role::Supervisor:
        return kind == RecordKind::Review;
    case Role::Admin:
    case Role::Integration:
        return false;
    }
    return false;
}

// A signed record sent again under a new mutation id is the same record, not a change.
bool sameSignedContent(const sync::WireRecord &stored, const sync::WireRecord &pushed)
{
    return pushed.status == u"signed" && stored.kind == pushed.kind &&
           stored.revision == pushed.revision && stored.body == pushed.body &&
           stored.author == pushed.author && stored.signature == pushed.signature;
}

// The enrollment's audit detail names the key, so the chain keeps every key a device
// ever had: `verify` accepts a record signed under an earlier enrollment by it.
QString enrollmentDetail(const QString &signingKey, const std::optional<DeviceRow> &before)
{
    QString detail = signingKey.isEmpty() ? QStringLiteral("no signing key")
                                          : QStringLiteral("signing_key ") + signingKey;
    if (before && before->signingKey != signingKey)
        detail += QStringLiteral("; replaces ") +
                  (before->signingKey.isEmpty() ? QStringLiteral("none") : before->signingKey);
    return detail;
}

// Who issued the credential and whether the device may see her earlier records: the
// audit log answers "who enrolled a tablet as her, and what could it read".
QString approvalDetail(const DeviceTrust &trust)
{
    QString detail = QStringLiteral("; issued_by ") +
                     (trust.issuedBy.isEmpty() ? QStringLiteral("unknown") : trust.issuedBy);
    if (trust.approvedAt.isValid())
        return detail + QStringLiteral("; approved as her first device");
    return detail + QStringLiteral("; pending until ") + sync::formatTimestamp(trust.holdUntil);
}

} // namespace

Gateway::Gateway(CentralStore &store) : m_store(store) {}

// --- authentication ------------------------------------------------------------------------

Reply Gateway::enroll(const QByteArray &body)
{
    const auto decoded = sync::decodeEnrollRequest(body);
    if (const auto *error = errorOf(decoded))
        return Reply::error(*error);
    const auto &request = std::get<sync::EnrollRequest>(decoded);
    const QDateTime now = QDateTime::currentDateTimeUtc();

    std::optional<ProtocolError> refusal;
    sync::EnrollResponse response;
    m_store.transaction([&] {
        const QString credentialHash = secretHash(normalizedCredential(request.credential));
        const QString issuedBy = m_store.credentialIssuer(credentialHash).value_or(QString());
        const auto userName = m_store.consumeCredential(credentialHash, now);
        const auto user = userName ? m_store.user(*userName) : std::nullopt;
        if (!user || user->revoked || !user->knownRole) {
            // One answer for unknown, used, expired and revoked: nothing to probe.
            refusal = failure(401, "invalid_credential", "the credential is not valid");
            return false;
        }
        if (m_store.isDeviceRevoked(request.deviceId)) {
            refusal = deviceRevoked();
            return false;
        }
        response.user = user->name;
        response.role = user->role;
        response.municipality = user->municipality;
        response.displayName = user->displayName;
        response.refreshToken = randomToken();
        response.accessToken = randomToken();
        response.serverTime = now;
        const auto before = m_store.device(request.deviceId, user->name);
        // Decided before this enrollment replaces an earlier one of the same tablet.
        const DeviceTrust trust = trustForEnrollment(user->name, issuedBy, now);
        m_store.enrollDevice({request.deviceId,
                              user->name,
                              request.deviceName,
                              user->municipality,
                              now,
                              {},
                              false,
                              request.signingKey},
                             secretHash(response.refreshToken));
        m_store.startRefreshChain(request.deviceId, user->name, now);
        m_store.setDeviceTrust(request.deviceId, user->name, trust);
        m_store.addAccessToken(
            secretHash(response.accessToken),
            {request.deviceId, user->name, now.addSecs(sync::AccessTokenSeconds)});
        m_store.audit({user->name,
                       request.deviceId,
                       user->municipality,
                       "enroll",
                       {},
                       enrollmentDetail(request.signingKey, before) + approvalDetail(trust)});
        return true;
    });
    if (refusal)
        return Reply::error(*refusal);
    return Reply::json(sync::encode(response));
}

Reply Gateway::token(const QByteArray &body)
{
    const auto decoded = sync::decodeTokenRequest(body);
    if (const auto *error = errorOf(decoded))
        return Reply::error(*error);
    const auto &request = std::get<sync::TokenRequest>(decoded);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::optional<ProtocolError> refusal;
    sync::TokenResponse response;
    // One transaction: two calls with the same token cannot both rotate it, and a
    // refusal's audit row and revocation are kept.
    m_store.transaction([&] {
        refusal = rotateRefreshToken(request, now, response);
        return true;
    });
    if (refusal)
        return Reply::error(*refusal);
    return Reply::json(sync::encode(response));
}

// Every successful answer carries a new refresh token (docs/security.md, "Refresh
// tokens"); a retired one presented again is taken as stolen and revokes the device.
std::optional<ProtocolError> Gateway::rotateRefreshToken(const sync::TokenRequest &request,
                                                         const QDateTime &now,
                                                         sync::TokenResponse &response)
{
    using Standing = RefreshTokenRow::Standing;
    const auto presented = m_store.refreshToken(secretHash(request.refreshToken));
    if (!presented || presented->deviceId != request.deviceId)
        return invalidToken();
    const auto device = m_store.device(presented->deviceId, presented->user);
    if (!device)
        return invalidToken();
    if (device->revoked) {
        m_store.audit(
            {device->user, device->id, device->municipality, "token_refused_revoked", {}, {}});
        return deviceRevoked();
    }
    if (presented->standing == Standing::Retired) {
        // The same revocation as `admin revoke-device`: the tablet erases its store.
        m_store.revokeDevice(device->id, QString());
        m_store.audit({device->user,
                       device->id,
                       device->municipality,
                       "refresh_token_reused",
                       {},
                       "a retired refresh token was presented; the device is revoked"});
        return deviceRevoked();
    }
    // The previous token stands in for the current one, within the current one's life.
    const QDateTime idleEnd = presented->currentIssuedAt.addDays(sync::RefreshTokenDays);
    const QDateTime enrollmentEnd = device->enrolledAt.addDays(sync::EnrollmentDays);
    if (now >= idleEnd || now >= enrollmentEnd) {
        m_store.audit({device->user,
                       device->id,
                       device->municipality,
                       "token_refused_expired",
                       {},
                       now >= enrollmentEnd ? "enrollment older than the absolute limit"
                                            : "refresh token past its idle limit"});
        return invalidToken();
    }
    response.accessToken = randomToken();
    response.refreshToken = randomToken();
    response.refreshExpiresAt = std::min(now.addDays(sync::RefreshTokenDays), enrollmentEnd);
    m_store.rotateRefreshToken(*presented, secretHash(response.refreshToken), now);
    m_store.addAccessToken(secretHash(response.accessToken),
                           {device->id, device->user, now.addSecs(sync::AccessTokenSeconds)});
    m_store.audit({device->user,
                   device->id,
                   device->municipality,
                   "token",
                   {},
                   presented->standing == Standing::Previous
                       ? "the previous refresh token again: its successor was never presented"
                       : ""});
    return std::nullopt;
}

std::variant<Caller, ProtocolError> Gateway::authenticate(const QByteArray &authorization)
{
    static const QByteArray Scheme = "Bearer ";
    if (!authorization.startsWith(Scheme))
        return invalidToken();
    const QString token = QString::fromLatin1(authorization.mid(Scheme.size()).trimmed());
    if (!sync::isToken(token))
        return invalidToken();
    const auto grant = m_store.accessToken(secretHash(token));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!grant || grant->expiresAt <= now)
        return invalidToken();
    const auto device = m_store.device(grant->deviceId, grant->user);
    const auto user = m_store.user(grant->user);
    if (!device || !user || device->revoked || user->revoked)
        return deviceRevoked();
    if (!user->knownRole)
        return failure(403, "forbidden", "the account has no role this server knows");
    m_store.touchDevice(device->id, user->name, now);
    return Caller{*user, device->id};
}

std::optional<Gateway::IssuedCredential> Gateway::issueCredential(const QString &userName,
                                                                  const QString &actor)
{
    const auto user = m_store.user(userName);
    if (!user || user->revoked)
        return std::nullopt;
    const IssuedCredential issued{randomCredential(),
                                  QDateTime::currentDateTimeUtc().addDays(CredentialDays)};
    m_store.transaction([&] {
        m_store.addCredential(secretHash(issued.credential), user->name, issued.expiresAt, actor);
        m_store.audit({actor, {}, user->municipality, "admin_credential", {}, user->name});
        return true;
    });
    return issued;
}

// --- push ------------------------------------------------------------------------------------

Reply Gateway::push(const QByteArray &authorization, const QByteArray &body)
{
    const auto caller = authenticate(authorization);
    if (const auto *error = std::get_if<ProtocolError>(&caller))
        return Reply::error(*error);
    const auto &who = std::get<Caller>(caller);
    const auto decoded = sync::decodePushRequest(body);
    if (const auto *error = errorOf(decoded))
        return Reply::error(*error);
    if (!sync::isCaseRole(who.user.role))
        return Reply::error(failure(403, "forbidden", "only tablets' users push case content"));
    const auto &request = std::get<sync::PushRequest>(decoded);

    sync::PushResponse response;
    std::optional<QString> replayed;
    // One transaction: a replayed id anywhere in the batch rolls every mutation back.
    m_store.transaction([&] {
        for (const auto &mutation : request.mutations) {
            if (mutation.invalid) {
                response.results.append(refuse(who, mutation, *mutation.invalid));
                continue;
            }
            const QString fingerprint = sync::mutationFingerprint(mutation);
            if (const auto stored = m_store.mutation(mutation.mutationId)) {
                // Mutation ids are the caller's: another user's id says nothing of hers.
                if (stored->user != who.user.name) {
                    response.results.append(
                        refuse(who, mutation,
                               failure(409, "mutation_id_taken",
                                       "mutation_id: already used; make a new one")));
                    continue;
                }
                if (stored->fingerprint != fingerprint) {
                    replayed = mutation.mutationId;
                    return false;
                }
                auto result = stored->result;
                result.outcome = sync::Outcome::Duplicate;
                response.results.append(result);
                continue;
            }
            response.results.append(apply(who, mutation, fingerprint));
        }
        return true;
    });
    if (m_entriesListener)
        m_entriesListener();
    if (replayed) {
        m_store.audit(
            {who.user.name, who.deviceId, who.user.municipality, "push_replayed", *replayed, {}});
        return Reply::error(failure(422, "mutation_replayed",
                                    "mutation " + *replayed + " was stored with another body"));
    }
    for (const auto &result : response.results)
        m_metrics.countMutation(sync::outcomeName(result.outcome));
    return Reply::json(sync::encode(response));
}

std::optional<ProtocolError> Gateway::authorizeKind(const Caller &caller,
                                                    const sync::WireRecord &record)
{
    if (record.author != caller.user.name || record.deviceId != caller.deviceId)
        return failure(403, "forbidden", "author and device must be the authenticated ones");
    const auto kind = domain::kindFromName(record.kind);
    if (!kind || !mayPushKind(caller.user.role, *kind))
        return failure(403, "forbidden",
                       "a " + sync::roleName(caller.user.role) + " may not push " + record.kind);
    const auto violations =
        record.status == u"signed"
            ? domain::validateForSigning(*kind, record.body, domain::DomainSettings{})
            : domain::checkShape(*kind, record.body);
    if (!violations.isEmpty())
        return failure(400, "invalid_record", "record " + record.recordId + " breaks the rules",
                       {{"violations", violationsJson(violations)}});
    return std::nullopt;
}

// Checks the child, foster home or target record the body names, and fills the indexes.
std::optional<ProtocolError> Gateway::authorizeTarget(const Caller &caller,
                                                      const sync::WireRecord &record,
                                                      StoredRecord &indexed)
{
    const auto kind = *domain::kindFromName(record.kind);
    const auto facts = domain::factsOf(kind, record.body);
    const QString &me = caller.user.name;
    const QString &municipality = caller.user.municipality;
    indexed.childId = facts.childId;
    indexed.fosterHomeId = facts.fosterHomeId;
    indexed.refersTo = facts.refersTo;
    // A record she began while the child (or home) was hers may be finished after it
    // moved on (docs/integration.md, "How the rows reach tablets").
    const auto mine = [&](sync::ChangeType type, const QString &id, bool assigned) {
        return assigned || m_store.wasAssignedAt(type, id, me, municipality, record.createdAt);
    };
    if (!facts.childId.isEmpty() && !mine(sync::ChangeType::Child, facts.childId,
                                          m_store.isChildAssigned(facts.childId, me, municipality)))
        return failure(403, "forbidden", "the child is not assigned to you");
    if (!facts.fosterHomeId.isEmpty() &&
        !mine(sync::ChangeType::FosterHome, facts.fosterHomeId,
              m_store.isFosterHomeAssigned(facts.fosterHomeId, me, municipality)))
        return failure(403, "forbidden", "the foster home is not assigned to you");
    if (facts.refersTo.isEmpty())
        return std::nullopt;
    const auto target = m_store.record(facts.refersTo);
    const bool visible =
        target && target->municipality == municipality && target->record.status == u"signed" &&
        target->record.kind != u"review" &&
        (kind == domain::RecordKind::Amendment ? target->record.author == me
                                               : m_store.isInTeam(target->record.author, me));
    if (!visible)
        return failure(400, "target_missing",
                       "record " + facts.refersTo + " is not on the server or not yours to see");
    return std::nullopt;
}

// A stamp far in the server's future would drag every tablet that pulls the record
// ahead with it (docs/sync-protocol.md, "Clock stamps"). The tablet re-stamps its queued
// records from the server_time in the answer.
std::optional<ProtocolError> checkStamp(const sync::WireRecord &record, const QDateTime &now)
{
    const qint64 physical = record.hlc.left(16).toLongLong(); // the decoder checked the shape
    if (physical <= now.toMSecsSinceEpoch() + sync::MaxHlcAheadMs)
        return std::nullopt;
    return failure(422, "invalid_value",
                   "hlc: more than " + QString::number(sync::MaxHlcAheadMs / 60000) +
                       " minutes ahead of the server's clock",
                   {{"field", "hlc"}, {"server_time", sync::formatTimestamp(now)}});
}

// A signed record must carry a signature by the key enrolled for its device (the caller's
// own: authorizeKind checked that). Returns the key it verified against.
std::variant<QString, ProtocolError> Gateway::checkSignature(const Caller &caller,
                                                             const sync::WireRecord &record)
{
    const auto device = m_store.device(caller.deviceId, caller.user.name);
    const QString key = device ? device->signingKey : QString();
    const domain::SignedContent content{record.recordId, record.kind,     record.revision,
                                        record.author,   record.deviceId, record.createdAt,
                                        record.signedAt, record.body};
    if (record.signature.isEmpty())
        return failure(422, "signature_invalid",
                       "record " + record.recordId + ": a signed record needs its signature",
                       {{"field", "signature"}});
    if (key.isEmpty())
        return failure(422, "signature_invalid",
                       "this device was enrolled without a signing key; enroll it again",
                       {{"field", "signature"}});
    if (!domain::signature::verify(content, record.signature, key))
        return failure(422, "signature_invalid",
                       "record " + record.recordId +
                           ": the signature does not verify against this device's key",
                       {{"field", "signature"}});
    return key;
}

sync::MutationResult Gateway::apply(const Caller &caller, const sync::Mutation &mutation,
                                    const QString &fingerprint)
{
    const auto &record = mutation.record;
    StoredRecord stored;
    auto error = checkStamp(record, QDateTime::currentDateTimeUtc());
    if (!error)
        error = authorizeKind(caller, record);
    if (!error && record.status == u"signed") {
        auto verified = checkSignature(caller, record);
        if (auto *refusal = std::get_if<ProtocolError>(&verified))
            error = *refusal;
        else
            stored.signingKey = std::get<QString>(verified);
    }
    if (!error)
        error = authorizeTarget(caller, record, stored);
    if (error)
        return refuse(caller, mutation, *error);
    if (const auto existing = m_store.record(record.recordId)) {
        if (auto answer = againstExisting(caller, mutation, fingerprint, *existing))
            return *answer;
    }
    stored.record = record;
    stored.record.receivedAt = QDateTime::currentDateTimeUtc();
    stored.municipality = caller.user.municipality;
    sync::MutationResult result;
    result.mutationId = mutation.mutationId;
    result.outcome = sync::Outcome::Applied;
    result.revision = record.revision;
    result.seq = m_store.putRecord(stored);
    result.receivedAt = stored.record.receivedAt;
    m_store.putMutation(mutation.mutationId, {caller.user.name, fingerprint, result});
    // `verify` reads this: a record applied with a verified signature must keep one.
    auditPush(caller, record.recordId,
              record.status == u"signed" ? QStringLiteral("applied signed, signature verified")
                                         : "applied " + record.status);
    // In the same transaction: a signed record is never stored without its entry.
    if (record.status == u"signed") {
        stored.seq = result.seq;
        appendJournalEntry(stored);
    }
    return result;
}

// The server already has this record: a refusal, the stored answer for an identical
// signed record, or nullopt when the mutation may replace the server's draft.
std::optional<sync::MutationResult> Gateway::againstExisting(const Caller &caller,
                                                             const sync::Mutation &mutation,
                                                             const QString &fingerprint,
                                                             const StoredRecord &existing)
{
    const auto &record = mutation.record;
    if (existing.record.author != caller.user.name ||
        existing.municipality != caller.user.municipality)
        return refuse(
            caller, mutation,
            failure(403, "forbidden", "record " + record.recordId + " belongs to someone else"));
    if (existing.record.status == u"signed") {
        if (!sameSignedContent(existing.record, record))
            return refuse(
                caller, mutation,
                failure(409, "signed_immutable",
                        "record " + record.recordId + " is signed and cannot be changed"));
        // Re-sent under a new mutation id: answer with what is stored.
        sync::MutationResult result;
        result.mutationId = mutation.mutationId;
        result.outcome = sync::Outcome::Duplicate;
        result.revision = existing.record.revision;
        result.seq = existing.seq;
        result.receivedAt = existing.record.receivedAt;
        m_store.putMutation(mutation.mutationId, {caller.user.name, fingerprint, result});
        auditPush(caller, record.recordId, "duplicate");
        return result;
    }
    // A signed record replaces its own draft; a draft only the revision it was based on.
    if (record.status == u"signed" || record.baseRevision == existing.record.revision)
        return std::nullopt;
    return refuse(caller, mutation, keepStaleDraft(caller, record));
}

// A stale draft is kept once beside the server's copy: a tablet that sends it again (a
// lost answer, a retry) gets the same sibling back, and a record never holds more than
// MaxDraftSiblings, so no client can grow the server's storage without bound. The draft
// refused past the cap stays on the author's tablet with its text.
ProtocolError Gateway::keepStaleDraft(const Caller &caller, const sync::WireRecord &record)
{
    const auto siblings = m_store.draftSiblings(record.recordId);
    const QJsonObject pushed = withoutReceivedAt(sync::encodeRecord(record));
    for (const auto &sibling : siblings) {
        if (withoutReceivedAt(QJsonDocument::fromJson(sibling.data).object()) == pushed)
            return staleDraft(record.recordId, sibling.id);
    }
    if (siblings.size() >= sync::MaxDraftSiblings)
        return failure(409, "too_many_drafts",
                       "record " + record.recordId + " already has " +
                           QString::number(sync::MaxDraftSiblings) +
                           " stale drafts kept on the server",
                       {{"limit", sync::MaxDraftSiblings}});
    StoredRecord sibling;
    sibling.record = record;
    sibling.record.receivedAt = QDateTime::currentDateTimeUtc();
    sibling.municipality = caller.user.municipality;
    return staleDraft(record.recordId, m_store.putDraftSibling(sibling));
}

sync::MutationResult Gateway::refuse(const Caller &caller, const sync::Mutation &mutation,
                                     const ProtocolError &error)
{
    auditPush(caller, mutation.record.recordId, "rejected " + error.code);
    return rejected(mutation.mutationId, error);
}

void Gateway::auditPush(const Caller &caller, const QString &recordId, const QString &what)
{
    m_store.audit(
        {caller.user.name, caller.deviceId, caller.user.municipality, "push", recordId, what});
}

// --- pull --------------------------------------------------------------------------------

Reply Gateway::pull(const QByteArray &authorization, const QString &cursor, const QString &limit)
{
    const auto caller = authenticate(authorization);
    if (const auto *error = std::get_if<ProtocolError>(&caller))
        return Reply::error(*error);
    const auto &who = std::get<Caller>(caller);
    const auto decoded = sync::decodePullQuery(cursor, limit);
    if (const auto *error = errorOf(decoded))
        return Reply::error(*error);
    const auto &query = std::get<sync::PullQuery>(decoded);
    const auto position =
        query.cursor.isEmpty()
            ? sync::CursorPosition{}
            : sync::readCursorPosition(query.cursor).value_or(sync::CursorPosition{});
    // A pending device gets no earlier case content; once approved, a cursor made while
    // it was pending starts over, so it receives what was held back (pulls are upserts).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool pending = isPending(who, now);
    if (position.pending && !pending)
        noteHoldPassed(who, now);
    const qint64 after = position.pending && !pending ? 0 : position.seq;

    auto changes = m_store.changes(
        {who.user.name, who.user.municipality, who.user.role, pending ? who.deviceId : QString()},
        after, query.limit + 1);
    sync::PullResponse response;
    response.hasMore = changes.size() > query.limit;
    qsizetype budget = PageBudgetBytes;
    PullNames names(m_store);
    for (auto change : changes) {
        if (response.changes.size() == query.limit)
            break;
        names.addTo(change);
        budget -= QJsonDocument(change.data).toJson(QJsonDocument::Compact).size() + 64;
        if (budget < 0 && !response.changes.isEmpty()) {
            response.hasMore = true;
            break;
        }
        response.changes.append(asSeenBy(who.user.role, change));
    }
    const qint64 last = response.changes.isEmpty() ? after : response.changes.last().seq;
    response.nextCursor = sync::makeCursor(sync::CursorPosition{last, pending});
    auditPull(who, response.changes);
    return Reply::json(sync::encode(response));
}

void Gateway::auditPull(const Caller &caller, const QList<sync::Change> &changes)
{
    m_store.transaction([&] {
        m_store.audit({caller.user.name,
                       caller.deviceId,
                       caller.user.municipality,
                       "pull",
                       {},
                       QString::number(changes.size()) + " changes"});
        for (const auto &change : changes) {
            if (change.type != sync::ChangeType::Record)
                continue;
            m_store.audit({caller.user.name,
                           caller.deviceId,
                           caller.user.municipality,
                           "read",
                           change.data.value("id").toString(),
                           {}});
        }
        return true;
    });
}

// --- administration over HTTP -----------------------------------------------------------

std::variant<Caller, ProtocolError> Gateway::authenticateAdmin(const QByteArray &authorization)
{
    auto caller = authenticate(authorization);
    if (const auto *who = std::get_if<Caller>(&caller); who && who->user.role != Role::Admin)
        return failure(403, "forbidden", "administrators only");
    return caller;
}

namespace {
// {"user": NAME} and nothing else.
std::variant<QString, ProtocolError> decodeUserRequest(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return failure(400, "malformed_json", "the body is not a JSON object");
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != u"user")
            return failure(400, "unknown_field", it.key() + ": not part of the request");
    }
    if (!object.contains("user") || object.value("user").isNull())
        return failure(400, "missing_field", "user: required");
    if (!object.value("user").isString())
        return failure(400, "wrong_type", "user: must be a string");
    const QString user = object.value("user").toString();
    if (!sync::isUserName(user))
        return failure(400, "invalid_value", "user: 1-64 of a-z 0-9 . _ -");
    return user;
}

QJsonObject deviceJson(const DeviceRow &device)
{
    return {{"device_id", device.id},
            {"user", device.user},
            {"device_name", device.name},
            {"enrolled_at", sync::formatTimestamp(device.enrolledAt)},
            {"last_sync_at", device.lastSyncAt.isValid()
                                 ? QJsonValue(sync::formatTimestamp(device.lastSyncAt))
                                 : QJsonValue()},
            {"revoked", device.revoked}};
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

ProtocolError notFound()
{
    return failure(404, "not_found", "no such user or device in your municipality");
}
} // namespace

Reply Gateway::adminCredential(const QByteArray &authorization, const QByteArray &body)
{
    const auto caller = authenticateAdmin(authorization);
    if (const auto *error = std::get_if<ProtocolError>(&caller))
        return Reply::error(*error);
    const auto &admin = std::get<Caller>(caller);
    const auto userName = decodeUserRequest(body);
    if (const auto *error = std::get_if<ProtocolError>(&userName))
        return Reply::error(*error);
    const auto user = m_store.user(std::get<QString>(userName));
    if (!user || user->municipality != admin.user.municipality)
        return Reply::error(notFound());
    const auto issued = issueCredential(user->name, admin.user.name);
    if (!issued)
        return Reply::error(failure(403, "forbidden", "the user is revoked"));
    return Reply::json(compactJson({{"user", user->name},
                                    {"credential", issued->credential},
                                    {"expires_at", sync::formatTimestamp(issued->expiresAt)}}));
}

Reply Gateway::adminRevokeDevice(const QByteArray &authorization, const QString &deviceId)
{
    const auto caller = authenticateAdmin(authorization);
    if (const auto *error = std::get_if<ProtocolError>(&caller))
        return Reply::error(*error);
    const auto &admin = std::get<Caller>(caller);
    bool mine = false;
    for (const DeviceRow &device : m_store.devices(admin.user.municipality))
        mine = mine || device.id == deviceId;
    if (!mine)
        return Reply::error(notFound());
    m_store.transaction([&] {
        m_store.revokeDevice(deviceId, admin.user.municipality);
        m_store.audit({admin.user.name,
                       admin.deviceId,
                       admin.user.municipality,
                       "admin_revoke_device",
                       {},
                       deviceId});
        return true;
    });
    return Reply::json(compactJson({{"device_id", deviceId}, {"revoked", true}}));
}

Reply Gateway::adminRevokeUser(const QByteArray &authorization, const QString &userName)
{
    const auto caller = authenticateAdmin(authorization);
    if (const auto *error = std::get_if<ProtocolError>(&caller))
        return Reply::error(*error);
    const auto &admin = std::get<Caller>(caller);
    const auto user = m_store.user(userName);
    if (!user || user->municipality != admin.user.municipality)
        return Reply::error(notFound());
    m_store.transaction([&] {
        m_store.revokeUser(user->name);
        m_store.audit({admin.user.name,
                       admin.deviceId,
                       admin.user.municipality,
                       "admin_revoke_user",
                       {},
                       user->name});
        return true;
    });
    return Reply::json(compactJson({{"user", user->name}, {"revoked", true}}));
}

Reply Gateway::adminDevices(const QByteArray &authorization)
{
    const auto caller = authenticateAdmin(authorization);
    if (const auto *error = std::get_if<ProtocolError>(&caller))
        return Reply::error(*error);
    const auto &admin = std::get<Caller>(caller);
    QJsonArray devices;
    for (const DeviceRow &device : m_store.devices(admin.user.municipality))
        devices.append(deviceJson(device));
    m_store.audit(
        {admin.user.name, admin.deviceId, admin.user.municipality, "admin_list_devices", {}, {}});
    return Reply::json(compactJson({{"devices", devices}}));
}

Reply Gateway::health()
{
    if (m_store.healthy())
        return Reply::json(R"({"status":"ok","protocol":[1],"database":"ok"})");
    return Reply::json(R"({"status":"unavailable","protocol":[1],"database":"unavailable"})", 503);
}

} // namespace homevisit::gateway
