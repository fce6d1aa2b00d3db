#include "syncengine.h"

#include "store/outbox.h"

#include <QDateTime>

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include <sodium.h>

#include <algorithm>

namespace homevisit::sync {

namespace {

QByteArray compact(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

store::PulledChange::Type pulledType(ChangeType type)
{
    switch (type) {
    case ChangeType::Child:
        return store::PulledChange::Type::Child;
    case ChangeType::FosterHome:
        return store::PulledChange::Type::FosterHome;
    case ChangeType::Placement:
        return store::PulledChange::Type::Placement;
    case ChangeType::Record:
        break;
    }
    return store::PulledChange::Type::Record;
}

QString rejectionReason(const MutationResult &result)
{
    if (!result.error)
        return QStringLiteral("rejected");
    return result.error->code + QStringLiteral(": ") + result.error->message;
}

} // namespace

QString syncStatusName(SyncStatus status)
{
    switch (status) {
    case SyncStatus::Synced:
        return QStringLiteral("synced");
    case SyncStatus::Offline:
        return QStringLiteral("offline");
    case SyncStatus::NotEnrolled:
        return QStringLiteral("not_enrolled");
    case SyncStatus::Revoked:
        return QStringLiteral("revoked");
    case SyncStatus::UpdateApp:
        return QStringLiteral("update_app");
    case SyncStatus::ServerRefused:
        return QStringLiteral("server_refused");
    case SyncStatus::Pending:
        return QStringLiteral("pending");
    }
    return {};
}

SyncEngine::SyncEngine(store::JournalStore &journal, HttpsTransport &transport, Clock clock)
    : m_journal(journal), m_transport(transport), m_clock(std::move(clock))
{
    if (!m_clock)
        m_clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

Response SyncEngine::call(Method method, const QString &path, const QByteArray &body)
{
    return m_transport.request(method, path, body, m_accessToken);
}

EnrollResponse requestEnrollment(HttpsTransport &transport, const QString &credential,
                                 const QString &deviceId, const QString &deviceName,
                                 const QString &signingKey)
{
    const EnrollRequest request{credential, deviceId, deviceName, signingKey};
    const Response response = transport.request(Method::Post, "/v1/enroll", encode(request));
    if (!response.ok())
        throw SyncError("enrollment failed: " + errorCode(response).toStdString(),
                        errorCode(response));
    Decoded<EnrollResponse> decoded = decodeEnrollResponse(response.body);
    if (auto *error = std::get_if<ProtocolError>(&decoded))
        throw SyncError("the server's answer to enrollment is malformed: " +
                            error->message.toStdString(),
                        QStringLiteral("malformed_answer"));
    // The case system's connector account enrolls too, but never on a tablet.
    if (std::get<EnrollResponse>(decoded).role == Role::Integration)
        throw SyncError("the credential is for the case system's connector, not a tablet",
                        QStringLiteral("not_a_tablet_account"));
    return std::get<EnrollResponse>(decoded);
}

void storeEnrollment(store::JournalStore &journal, const EnrollResponse &enrolled,
                     const TransportConfig &config, domain::signature::KeyPair &signingKeys)
{
    journal.adoptSigningKey(signingKeys);
    sodium_memzero(signingKeys.secretKey.data(), size_t(signingKeys.secretKey.size()));
    signingKeys.secretKey.clear();
    journal.setSetting(settingKey::RefreshToken, enrolled.refreshToken);
    journal.setSetting(settingKey::LastTokenRefreshMs,
                       QString::number(QDateTime::currentMSecsSinceEpoch()));
    journal.setSetting(settingKey::User, enrolled.user);
    journal.setSetting(settingKey::Role, roleName(enrolled.role));
    journal.setSetting(settingKey::Municipality, enrolled.municipality);
    journal.setSetting(settingKey::DisplayName, enrolled.displayName);
    journal.setSetting(QStringLiteral("sync.server_url"), config.baseUrl);
    journal.setSetting(QStringLiteral("sync.server_pin"), config.pinnedPublicKey);
    journal.setSetting(QStringLiteral("sync.ca_file"), config.caFile);
    journal.audit(QStringLiteral("sync"), {}, QStringLiteral("enrolled"));
}

EnrollResponse SyncEngine::enroll(const QString &credential, const QString &deviceName)
{
    const EnrollResponse enrolled =
        requestEnrollment(m_transport, credential, m_journal.identity().device, deviceName,
                          m_journal.signingPublicKey());
    if (enrolled.user != m_journal.identity().user)
        throw SyncError("the credential belongs to " + enrolled.user.toStdString() +
                            ", not to this store's user",
                        QStringLiteral("wrong_user"));
    m_journal.setSetting(settingKey::RefreshToken, enrolled.refreshToken);
    m_journal.setSetting(settingKey::LastTokenRefreshMs, QString::number(m_clock()));
    m_journal.setSetting(settingKey::User, enrolled.user);
    m_journal.setSetting(settingKey::Role, roleName(enrolled.role));
    m_journal.setSetting(settingKey::Municipality, enrolled.municipality);
    m_journal.setSetting(settingKey::DisplayName, enrolled.displayName);
    m_accessToken = enrolled.accessToken;
    m_accessExpiresAt = m_clock() + qint64(enrolled.accessExpiresIn) * 1000;
    m_journal.audit(QStringLiteral("sync"), {}, QStringLiteral("enrolled"));
    return enrolled;
}

TransportConfig storedTransportConfig(store::JournalStore &journal)
{
    TransportConfig config;
    config.baseUrl = journal.setting(QStringLiteral("sync.server_url"));
    config.pinnedPublicKey = journal.setting(QStringLiteral("sync.server_pin"));
    config.caFile = journal.setting(QStringLiteral("sync.ca_file"));
    // The pin identifies the server; a private CA file adds the chain check.
    config.verifyChain = !config.caFile.isEmpty();
    return config;
}

SyncOutcome SyncEngine::syncOnce(SyncTrigger trigger)
{
    SyncOutcome outcome;
    store::Outbox outbox(m_journal);
    outbox.releaseInFlight(); // what a crash left in flight goes again
    if (trigger == SyncTrigger::UserRequest)
        outbox.makeAllDue();
    // Rows deferred during this round get a later time, so the round never retakes them.
    const qint64 roundStart = m_clock();
    if (!ensureAccessToken(outcome) || !pushAll(outcome, roundStart) || !pullAll(outcome))
        return outcome;
    exchangeDevices();
    if (const int waiting = outbox.size(); waiting > 0) {
        outcome.status = SyncStatus::Pending;
        outcome.retryAfterMs = 1000;
        outcome.detail = QStringLiteral("%1 changes wait for a retry").arg(waiting);
        return outcome;
    }
    m_backoff.reset();
    m_journal.setSetting(settingKey::LastSuccess,
                         QDateTime::fromMSecsSinceEpoch(m_clock(), Qt::UTC).toString(Qt::ISODate));
    outcome.status = SyncStatus::Synced;
    return outcome;
}

SyncOutcome SyncEngine::refreshAccess()
{
    SyncOutcome outcome;
    m_accessToken.clear(); // ask the server now, whatever token is in memory
    if (ensureAccessToken(outcome))
        outcome.status = SyncStatus::Synced;
    return outcome;
}

bool SyncEngine::ensureAccessToken(SyncOutcome &outcome)
{
    // A minute of margin so a token does not expire between here and the request.
    if (!m_accessToken.isEmpty() && m_clock() < m_accessExpiresAt - 60'000)
        return true;
    const QString refresh = m_journal.setting(settingKey::RefreshToken);
    if (refresh.isEmpty()) {
        outcome.status = SyncStatus::NotEnrolled;
        outcome.detail = QStringLiteral("this store has not been enrolled with a server");
        return false;
    }
    m_accessToken.clear();
    const Response response = m_transport.request(
        Method::Post, "/v1/token", encode(TokenRequest{refresh, m_journal.identity().device}));
    if (!response.ok())
        return handleFailure(response, outcome);
    Decoded<TokenResponse> decoded = decodeTokenResponse(response.body);
    if (std::holds_alternative<ProtocolError>(decoded)) {
        outcome.status = SyncStatus::ServerRefused;
        outcome.detail = QStringLiteral("the server's token answer is malformed");
        return false;
    }
    const TokenResponse token = std::get<TokenResponse>(decoded);
    // The server retired the token just presented: keep the new one before anything else
    // (as enrollment does), so a crash from here on never leaves only the retired one.
    m_journal.setSetting(settingKey::RefreshToken, token.refreshToken);
    m_journal.setSetting(settingKey::LastTokenRefreshMs, QString::number(m_clock()));
    m_accessToken = token.accessToken;
    m_accessExpiresAt = m_clock() + qint64(token.accessExpiresIn) * 1000;
    return true;
}

bool SyncEngine::handleFailure(const Response &response, SyncOutcome &outcome)
{
    outcome.detail = errorCode(response) + QStringLiteral(" (") + response.path + QLatin1Char(')');
    switch (classify(response)) {
    case Disposition::Success:
        return true;
    case Disposition::Retry:
        outcome.status = SyncStatus::Offline;
        outcome.retryAfterMs = m_backoff.next(response).count();
        outcome.unreachable = response.failure != TransportFailure::None;
        return false;
    case Disposition::RefreshToken:
        m_accessToken.clear(); // the next round gets a new one
        outcome.status = SyncStatus::Offline;
        outcome.retryAfterMs = 0;
        return false;
    case Disposition::Reenroll:
        outcome.status = SyncStatus::NotEnrolled;
        return false;
    case Disposition::Wipe:
        outcome.status = SyncStatus::Revoked;
        return false;
    case Disposition::UpdateApp:
        outcome.status = SyncStatus::UpdateApp;
        return false;
    case Disposition::Refuse:
        outcome.status = SyncStatus::ServerRefused;
        return false;
    }
    return false;
}

bool SyncEngine::pushAll(SyncOutcome &outcome, qint64 roundStart)
{
    store::Outbox outbox(m_journal);
    PushRound round{roundStart};
    for (;;) {
        const QList<store::PendingMutation> batch = outbox.takeBatch(PushBatch, roundStart);
        if (batch.isEmpty())
            return true;
        progressed(); // these records are "sending" now
        if (!pushBatch(batch, round, outcome))
            return false;
        progressed();
    }
}

// The frozen payload plus its id is the mutation, byte for byte what was queued: a
// resend after a crash has the same fingerprint and is answered "duplicate".
QByteArray SyncEngine::pushBody(const QList<store::PendingMutation> &batch)
{
    QJsonArray mutations;
    for (const store::PendingMutation &m : batch) {
        QJsonObject mutation = m.record;
        mutation.insert("mutation_id", m.mutationId);
        mutations.append(mutation);
    }
    return compact({{"mutations", mutations}});
}

bool SyncEngine::pushBatch(const QList<store::PendingMutation> &batch, PushRound &round,
                           SyncOutcome &outcome)
{
    store::Outbox outbox(m_journal);
    const Response response = call(Method::Post, "/v1/push", pushBody(batch));
    if (!response.ok()) {
        const bool refuse = classify(response) == Disposition::Refuse;
        // A refusal of the whole request may be one bad mutation (a server before
        // protocol 1.1 answered so): each goes alone, so only that one is refused.
        if (refuse && batch.size() > 1) {
            for (const store::PendingMutation &m : batch)
                if (!pushBatch({m}, round, outcome))
                    return false;
            return true;
        }
        const qint64 retryAt = std::max(round.later(), m_clock() + m_backoff.ceiling().count());
        for (const store::PendingMutation &m : batch) {
            if (refuse)
                outbox.refused(m.mutationId, errorCode(response));
            else
                outbox.deferred(m.mutationId, retryAt, errorCode(response));
        }
        outcome.refused += refuse ? int(batch.size()) : 0;
        return handleFailure(response, outcome);
    }
    Decoded<PushResponse> decoded = decodePushResponse(response.body);
    if (std::holds_alternative<ProtocolError>(decoded)) {
        for (const store::PendingMutation &m : batch)
            outbox.deferred(m.mutationId,
                            std::max(round.later(), m_clock() + m_backoff.next().count()),
                            QStringLiteral("malformed push answer"));
        outcome.status = SyncStatus::ServerRefused;
        outcome.detail = QStringLiteral("the server's push answer is malformed");
        return false;
    }
    for (const MutationResult &result : std::get<PushResponse>(decoded).results)
        storeResult(result, round, outcome);
    // After every answer is stored, so the refused rows are out of flight and re-stamped.
    if (round.serverTime && !round.rebased) {
        m_journal.rebaseClock(*round.serverTime);
        round.rebased = true;
    }
    return true;
}

void SyncEngine::storeResult(const MutationResult &result, PushRound &round, SyncOutcome &outcome)
{
    store::Outbox outbox(m_journal);
    if (result.outcome != Outcome::Rejected) {
        outbox.accepted(result.mutationId, int(result.revision), result.seq,
                        formatTimestamp(result.receivedAt));
        m_journal.noteServerTime(result.receivedAt.toMSecsSinceEpoch());
        ++outcome.accepted;
    } else if (result.error && result.error->code == u"target_missing") {
        // The record it refers to may arrive with this round's pull.
        outbox.deferred(result.mutationId, round.later(), rejectionReason(result));
    } else if (const auto serverTime = clockAheadOf(result)) {
        // Stamped in the server's future: this tablet's clock runs ahead. Re-stamp what
        // waits and send it again in this round, once; a second time waits for the next.
        round.serverTime = serverTime;
        outbox.deferred(result.mutationId, round.rebased ? round.later() : round.start,
                        rejectionReason(result));
    } else {
        outbox.refused(result.mutationId, rejectionReason(result));
        ++outcome.refused;
    }
}

// The server's clock (ms) when it refused a stamp as too far in its future.
std::optional<qint64> SyncEngine::clockAheadOf(const MutationResult &result)
{
    if (!result.error || result.error->code != u"invalid_value" ||
        result.error->extra.value("field").toString() != u"hlc")
        return std::nullopt;
    const auto serverTime = parseTimestamp(result.error->extra.value("server_time").toString());
    if (!serverTime)
        return std::nullopt;
    return serverTime->toMSecsSinceEpoch();
}

bool SyncEngine::pullAll(SyncOutcome &outcome)
{
    bool restarted = false;
    // A server that always says has_more must not keep the tablet pulling for ever: a
    // round takes at most MaxPullPages pages and the next round goes on from the cursor.
    for (int pages = 0;; ++pages) {
        if (pages == MaxPullPages) {
            outcome.status = SyncStatus::Pending;
            outcome.retryAfterMs = 1000;
            outcome.detail = QStringLiteral("more changes wait on the server");
            return false;
        }
        QUrlQuery query;
        const QString cursor = m_journal.pullCursor();
        if (!cursor.isEmpty())
            query.addQueryItem(QStringLiteral("cursor"), cursor);
        query.addQueryItem(QStringLiteral("limit"), QString::number(DefaultPullLimit));
        const Response response =
            call(Method::Get, QStringLiteral("/v1/pull?") + query.toString(QUrl::FullyEncoded), {});
        if (!response.ok()) {
            if (!restarted && errorCode(response) == u"invalid_cursor") {
                m_journal.setSetting(QStringLiteral("sync.pull_cursor"), QString());
                restarted = true; // re-applying is harmless: upserts of immutable data
                continue;
            }
            return handleFailure(response, outcome);
        }
        Decoded<PullResponse> decoded = decodePullResponse(response.body);
        if (std::holds_alternative<ProtocolError>(decoded)) {
            outcome.status = SyncStatus::ServerRefused;
            outcome.detail = QStringLiteral("the server's pull answer is malformed");
            return false;
        }
        const PullResponse page = std::get<PullResponse>(decoded);
        QList<store::PulledChange> changes;
        for (const Change &c : page.changes)
            changes.append({pulledType(c.type), c.seq, c.op == ChangeOp::Remove, c.data});
        m_journal.applyPulled(changes, page.nextCursor);
        outcome.pulled += int(changes.size());
        if (!changes.isEmpty())
            progressed();
        if (!page.hasMore)
            return true;
    }
}

// --- her devices (docs/security.md, "Re-enrollment and new devices") --------------------

DeviceList SyncEngine::storedDevices(store::JournalStore &journal)
{
    const auto decoded = decodeDeviceList(journal.setting(settingKey::Devices).toUtf8());
    if (const auto *list = std::get_if<DeviceList>(&decoded))
        return *list;
    return {};
}

void SyncEngine::queueDeviceDecision(store::JournalStore &journal, const QString &deviceId,
                                     bool approve)
{
    QJsonObject queued =
        QJsonDocument::fromJson(journal.setting(settingKey::DeviceDecisions).toUtf8()).object();
    queued.insert(deviceId, approve ? QStringLiteral("approve") : QStringLiteral("refuse"));
    journal.setSetting(settingKey::DeviceDecisions, QString::fromUtf8(compact(queued)));
    journal.audit(QStringLiteral("sync"), {},
                  (approve ? QStringLiteral("device approval queued for ")
                           : QStringLiteral("device refusal queued for ")) +
                      deviceId);
}

// Each queued decision goes once: answered (200, or 403/404/409: nothing left to decide
// from here) it leaves the queue; without an answer it waits for the next round.
bool SyncEngine::sendDeviceDecisions()
{
    QJsonObject queued =
        QJsonDocument::fromJson(m_journal.setting(settingKey::DeviceDecisions).toUtf8()).object();
    const QStringList ids = queued.keys();
    for (const QString &id : ids) {
        if (!isUuid(id)) {
            queued.remove(id);
            continue;
        }
        const QString decision = queued.value(id).toString() == u"approve"
                                     ? QStringLiteral("approve")
                                     : QStringLiteral("refuse");
        const Response response =
            call(Method::Post, QStringLiteral("/v1/devices/%1/%2").arg(id, decision), {});
        if (!response.ok() &&
            (response.failure != TransportFailure::None || response.status >= 500 ||
             response.status == 429 || response.status == 401))
            break; // no answer yet: it stays queued
        queued.remove(id);
        m_journal.audit(
            QStringLiteral("sync"), {},
            QStringLiteral("device %1 %2: %3")
                .arg(id, decision, response.ok() ? QStringLiteral("done") : errorCode(response)));
    }
    m_journal.setSetting(settingKey::DeviceDecisions,
                         queued.isEmpty() ? QString() : QString::fromUtf8(compact(queued)));
    return queued.isEmpty();
}

void SyncEngine::exchangeDevices()
{
    if (!m_journal.setting(settingKey::DeviceDecisions).isEmpty() && !sendDeviceDecisions())
        return;
    const Response response = call(Method::Get, QStringLiteral("/v1/devices"), {});
    if (!response.ok())
        return; // calm: the list shown stays the last one
    const auto decoded = decodeDeviceList(response.body);
    if (std::holds_alternative<DeviceList>(decoded))
        m_journal.setSetting(settingKey::Devices, QString::fromUtf8(response.body));
}

} // namespace homevisit::sync
