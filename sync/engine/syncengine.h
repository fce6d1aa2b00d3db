// One sync round between a user's journal and the central gateway: get an access
// token, push the outbox, pull what changed (docs/sync-protocol.md).
//
// Blocking, and not thread-safe: it runs on the sync worker thread (or in the CLI), the
// thread that owns the JournalStore and the HttpsTransport. Every network failure is a
// state in the outcome, not an exception: the records simply stay on the tablet.
#pragma once

#include "store/journalstore.h"
#include "store/outbox.h"
#include "sync/client/backoff.h"
#include "sync/client/transport.h"
#include "sync/protocol/protocol.h"

#include <functional>

namespace homevisit::sync {

enum class SyncStatus
{
    Synced,        // everything sent, everything pulled
    Offline,       // no usable answer (network, 5xx, 429): retry after retryAfterMs
    NotEnrolled,   // no refresh token in the store, or the server no longer knows it
    Revoked,       // device or user revoked: the caller must crypto-erase the store
    UpdateApp,     // the server speaks another protocol version
    ServerRefused, // the server refused a request as malformed (a bug): logged, no loop
    Pending,       // reachable, but some changes wait for a retry (e.g. their target first)
};

enum class SyncTrigger
{
    Automatic,   // network back, timer, after signing: changes in backoff keep waiting
    UserRequest, // "Sync now" and the CLI: everything is tried now
};

QString syncStatusName(SyncStatus status); // for logs and the CLI

struct SyncOutcome
{
    SyncStatus status = SyncStatus::Synced;
    int accepted = 0; // outbox rows the server stored (applied or duplicate)
    int refused = 0;  // rows refused for good; the records show why
    int pulled = 0;   // changes applied from the server
    qint64 retryAfterMs = 0;
    // Offline because the server could not be reached at all (no route, DNS, timeout),
    // not because it answered "later": the caller may probe the network before retrying.
    bool unreachable = false;
    QString detail; // English, for logs: never a token or record content
};

// Settings keys inside the encrypted store.
namespace settingKey {
inline const QString RefreshToken = QStringLiteral("sync.refresh_token");
inline const QString User = QStringLiteral("sync.user");
inline const QString Role = QStringLiteral("sync.role");
inline const QString Municipality = QStringLiteral("sync.municipality");
inline const QString DisplayName = QStringLiteral("sync.display_name");
inline const QString LastSuccess = QStringLiteral("sync.last_success");
// When the server last confirmed this tablet's enrollment (a token answer, or the
// enrollment itself), ms since the epoch: the offline unlock limit counts from it.
inline const QString LastTokenRefreshMs = QStringLiteral("sync.last_token_refresh_ms");
// GET /v1/devices as last answered (JSON), and her decisions on pending devices waiting
// to be sent ({"<device id>": "approve" | "refuse"}).
inline const QString Devices = QStringLiteral("sync.devices");
inline const QString DeviceDecisions = QStringLiteral("sync.device_decisions");
} // namespace settingKey

// The server settings kept in the encrypted store by enrollment (sync.server_url,
// sync.server_pin, sync.ca_file): what every sync round connects with.
TransportConfig storedTransportConfig(store::JournalStore &journal);

class SyncError : public std::runtime_error
{
public:
    // code: the transport failure or the server's error code ("cannot_connect",
    // "pin_mismatch", "invalid_credential", ...), for a UI to pick its sentence.
    SyncError(const std::string &what, QString code = {})
        : std::runtime_error(what), m_code(std::move(code))
    {}
    const QString &code() const { return m_code; }

private:
    QString m_code;
};

// Enrollment in two steps for the app, which learns the user's name from the server
// before it can create her store: first trade the credential (throws SyncError), then
// keep the answer and the server settings in the new store. The tablet's signing key
// pair is made before the first step (its public key goes with the request) and kept
// in the store by the second, which wipes the secret key.
EnrollResponse requestEnrollment(HttpsTransport &transport, const QString &credential,
                                 const QString &deviceId, const QString &deviceName,
                                 const QString &signingKey);
void storeEnrollment(store::JournalStore &journal, const EnrollResponse &enrolled,
                     const TransportConfig &config, domain::signature::KeyPair &signingKeys);

class SyncEngine
{
public:
    using Clock = std::function<qint64()>; // ms since the epoch

    SyncEngine(store::JournalStore &journal, HttpsTransport &transport, Clock clock = {});

    // Trades a one-time credential for a refresh token, kept only inside the encrypted
    // store, and registers the store's signing key (made now if it has none) with the
    // server. Throws SyncError with one English line if the server says no or is not there.
    EnrollResponse enroll(const QString &credential, const QString &deviceName);

    // Only trades the refresh token for an access token (and keeps the rotated refresh
    // token): Synced when the server confirmed the enrollment, else why not.
    SyncOutcome refreshAccess();

    // Synced only when the outbox is empty and the pull is complete.
    SyncOutcome syncOnce(SyncTrigger trigger = SyncTrigger::Automatic);

    // Her devices as the server last listed them (empty before the first answer).
    static DeviceList storedDevices(store::JournalStore &journal);
    // "Det var jag" / "Det var inte jag": kept in the store and sent at the start of the
    // next round's device exchange, so it needs no connection now (docs/sync-client.md).
    static void queueDeviceDecision(store::JournalStore &journal, const QString &deviceId,
                                    bool approve);

    static constexpr int PushBatch = 50;
    static constexpr int MaxPullPages = 100; // per round: 20,000 changes at the default limit

    // Called on this thread whenever a round changed the journal (a batch went out,
    // answers were stored, a pull page applied), so the UI can show "sending" and
    // "synced" per record while a long round is still going.
    void setProgressCallback(std::function<void()> callback) { m_progress = std::move(callback); }

private:
    bool ensureAccessToken(SyncOutcome &outcome);
    // What one round's pushes share: when it started, and whether the clock was rebased.
    struct PushRound
    {
        qint64 start = 0;
        bool rebased = false;
        std::optional<qint64> serverTime;             // a refusal said the clock runs ahead
        qint64 later() const { return start + 1000; } // after this round, soon
    };
    bool pushAll(SyncOutcome &outcome, qint64 roundStart);
    bool pushBatch(const QList<store::PendingMutation> &batch, PushRound &round,
                   SyncOutcome &outcome);
    static QByteArray pushBody(const QList<store::PendingMutation> &batch);
    void storeResult(const MutationResult &result, PushRound &round, SyncOutcome &outcome);
    static std::optional<qint64> clockAheadOf(const MutationResult &result);
    bool pullAll(SyncOutcome &outcome);
    // After push and pull: sends queued decisions, then lists her devices. A failure here
    // leaves the round's outcome as it was: the next round tries again.
    void exchangeDevices();
    bool sendDeviceDecisions();
    // Maps a failed response onto the outcome; false = stop this round.
    bool handleFailure(const Response &response, SyncOutcome &outcome);
    Response call(Method method, const QString &path, const QByteArray &body);
    void progressed() const
    {
        if (m_progress)
            m_progress();
    }

    store::JournalStore &m_journal;
    HttpsTransport &m_transport;
    Clock m_clock;
    Backoff m_backoff;
    QString m_accessToken; // memory only
    qint64 m_accessExpiresAt = 0;
    std::function<void()> m_progress;
};

} // namespace homevisit::sync
