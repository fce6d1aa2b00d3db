// Forwarding (docs/integration.md, "Forwarding"): the gateway POSTs each journal entry to
// the case system's HTTPS endpoint, signed with HMAC-SHA256 and keyed by the entry id, in
// order per child or foster home, and retries with backoff and jitter for as long as it
// takes. All state is in the store (delivered_at, attempts, next attempt, last error), so
// a restart of either side loses nothing: an entry not marked delivered is sent again and
// the receiver recognizes it by its id.
#pragma once

#include "sync/gateway/centralstore.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace homevisit::gateway {

struct ForwardingConfig
{
    QString url;       // https://...; http:// only to a loopback host
    QByteArray secret; // the HMAC key shared with the receiver
    QString caFile;    // trust for the receiver's certificate; "" = the system's
    int timeoutSeconds = 30;
    int batch = 50; // entries read per pass (at most one per subject)
};

// How long to wait after the n-th failed attempt in a row (n >= 1): 2^(n-1) s, at most an
// hour, then a random share of it between half and all (jitter, so a receiver that comes
// back is not hit by every subject at once); a Retry-After raises it, up to an hour.
std::chrono::milliseconds forwardingDelay(int attempts, double random01,
                                          std::optional<int> retryAfterSeconds = std::nullopt);

// One delivery's outcome, as the store keeps it.
struct Delivery
{
    bool delivered = false;
    int status = 0; // HTTP status; 0 = no answer
    QString error;  // English, for the operator
    std::optional<int> retryAfterSeconds;
};

class Forwarder
{
public:
    Forwarder(CentralStore &store, ForwardingConfig config);
    ~Forwarder(); // stops and joins

    // Checks the configuration; an English reason when it cannot work.
    static std::optional<QString> check(const ForwardingConfig &config);

    void start();
    void stop();
    void wake(); // new entries were stored

    // One pass: delivers what is due now; returns how many were delivered.
    int runOnce();

private:
    void loop();
    Delivery post(const JournalEntryRow &entry);

    CentralStore &m_store;
    ForwardingConfig m_config;
    struct Curl;
    std::unique_ptr<Curl> m_curl;
    std::mutex m_mutex;
    std::condition_variable m_wakeup;
    bool m_stopping = false;
    bool m_woken = false;
    std::thread m_thread;
};

} // namespace homevisit::gateway
