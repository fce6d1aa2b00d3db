// The sync service the app runs while a user is unlocked: one worker thread with its own
// connection to the journal, so neither the network nor a sync transaction ever runs on
// the UI thread or holds up an autosave.
//
// Triggers: the network coming back (QNetworkInformation when its backend really reports
// reachability, else probing the server's /v1/health while unreachable), a periodic
// timer, right after signing (a short delay gathers several signings into one round),
// and "Synka nu". A round that could not finish is retried after the engine's backoff
// (which honours Retry-After). A revoked device stops the service and reports it: the
// owner closes its own connection and crypto-erases the store.
#pragma once

#include "sync/engine/syncengine.h"

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QThread>

#include <chrono>
#include <functional>
#include <memory>

namespace homevisit::sync {

class SyncWorker;

// What the UI's global sync line shows. Copied across threads.
struct SyncSnapshot
{
    bool running = false;                    // a round is going now
    bool attempted = false;                  // at least one round ran since the service started
    SyncStatus status = SyncStatus::Pending; // of the last round; see `attempted`
    int waiting = 0;                         // changes in the outbox
    int refused = 0;             // records the server refused for good (each has a reason)
    QDateTime lastSuccess;       // null: never synced on this device
    qint64 nextAttemptInMs = -1; // -1: nothing planned except the periodic round
    QString detail;              // English, for logs; never a token or record content
};

struct SyncServiceOptions
{
    std::chrono::milliseconds period{std::chrono::minutes(10)};
    std::chrono::milliseconds probeInterval{std::chrono::seconds(30)};
    std::chrono::milliseconds afterSigningDelay{std::chrono::seconds(2)};
    std::chrono::milliseconds firstRoundDelay{std::chrono::milliseconds(500)};
    bool useNetworkInformation = true; // false forces probing (tests)
    // For tests: stretch the transport's timeouts and limits.
    std::function<void(TransportConfig &)> adjustTransport;
};

class SyncService : public QObject
{
    Q_OBJECT
public:
    // Opens a new connection to the user's journal; called on the worker thread
    // (typically [session] { return session->openConnection(); }).
    using StoreOpener = std::function<std::unique_ptr<store::JournalStore>()>;

    explicit SyncService(StoreOpener opener, SyncServiceOptions options = {},
                         QObject *parent = nullptr);
    // Cancels a request in flight, closes the worker's connection and joins the thread:
    // after this returns, the store may be erased or the key dropped.
    ~SyncService() override;

    // Starts the thread and plans the first round. Call once.
    void start();

    // Thread-safe; each returns at once.
    void syncNow();      // "Synka nu": every waiting change is tried, backoff or not
    void recordSigned(); // right after signing: a round soon, without the user asking

    SyncSnapshot snapshot() const { return m_snapshot; }
    QString reachabilityBackend() const; // empty when probing

signals:
    void snapshotChanged(const homevisit::sync::SyncSnapshot &snapshot);
    // Records or reference data changed (sent, confirmed, refused, pulled): reload views.
    void journalChanged();
    // The server revoked this device or user. The worker's connection is closed; close
    // the others and call UserSession::eraseStore. `detail` is English, for logs.
    void revoked(const QString &detail);

private:
    QThread m_thread;
    SyncWorker *m_worker = nullptr; // lives on m_thread
    SyncSnapshot m_snapshot;
};

} // namespace homevisit::sync

Q_DECLARE_METATYPE(homevisit::sync::SyncSnapshot)
