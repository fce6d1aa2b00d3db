// The sync service's half that lives on the worker thread (see syncservice.h). Owns the
// worker's journal connection, the HTTPS transport and the engine; every slot runs on
// the worker thread, and only cancel() may be called from elsewhere.
#pragma once

#include "sync/service/syncservice.h"

#include <QTimer>

#include <mutex>

namespace homevisit::sync {

class SyncWorker : public QObject
{
    Q_OBJECT
public:
    SyncWorker(SyncService::StoreOpener opener, SyncServiceOptions options);
    ~SyncWorker() override;

    void cancel(); // thread-safe: aborts a request in flight; nothing runs after it

public slots:
    // reachable: the platform reports reachability (else the worker probes); online:
    // what it says now.
    void begin(bool reachabilityUsable, bool online);
    void request(bool userAsked, int delayMs);
    void recordSigned();
    void networkChanged(bool online);
    void finish(); // closes the connection; the thread ends next

signals:
    void snapshotChanged(const homevisit::sync::SyncSnapshot &snapshot);
    void journalChanged();
    void revoked(const QString &detail);

private:
    bool ensureReady();
    void runRound();
    void probe();
    void planAfter(const SyncOutcome &outcome);
    void publish(bool running, qint64 nextAttemptInMs = -1);
    void closeAll();

    SyncService::StoreOpener m_opener;
    SyncServiceOptions m_options;
    std::unique_ptr<store::JournalStore> m_journal;
    std::unique_ptr<HttpsTransport> m_transport;
    std::unique_ptr<SyncEngine> m_engine;
    bool m_reachabilityUsable = false;
    bool m_online = true;
    QTimer m_due{this};    // the next round (children: they move to the thread too)
    QTimer m_period{this}; // a round every options.period, whatever else happens
    QTimer m_probe{this};  // unreachable, no reachability backend: is the server back?
    bool m_nextIsUserRequest = false;
    bool m_attempted = false;
    SyncOutcome m_last;
    bool m_stopped = false;    // revoked, or a state no retry fixes until the app changes
    bool m_waitForNet = false; // the backend says offline: wait for it to say online

    std::mutex m_cancelMutex; // guards m_cancelled and the transport pointer for cancel()
    bool m_cancelled = false;
};

} // namespace homevisit::sync
