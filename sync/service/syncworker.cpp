#include "syncworker.h"

#include "store/outbox.h"

#include <QLoggingCategory>

namespace homevisit::sync {

namespace {
Q_LOGGING_CATEGORY(lcService, "homevisit.sync.service")

int asInterval(qint64 ms)
{
    return int(std::clamp<qint64>(ms, 0, std::numeric_limits<int>::max()));
}

} // namespace

SyncWorker::SyncWorker(SyncService::StoreOpener opener, SyncServiceOptions options)
    : m_opener(std::move(opener)), m_options(std::move(options))
{
    m_due.setSingleShot(true);
    m_probe.setSingleShot(true);
    connect(&m_due, &QTimer::timeout, this, &SyncWorker::runRound);
    connect(&m_probe, &QTimer::timeout, this, &SyncWorker::probe);
    connect(&m_period, &QTimer::timeout, this, [this] {
        // Also when the platform says offline: a backend that is wrong must not stop
        // sync for good, and one attempt every period costs little.
        m_waitForNet = false;
        request(false, 0);
    });
}

SyncWorker::~SyncWorker() = default;

void SyncWorker::cancel()
{
    std::lock_guard lock(m_cancelMutex);
    m_cancelled = true;
    if (m_transport)
        m_transport->cancel();
}

void SyncWorker::begin(bool reachabilityUsable, bool online)
{
    m_reachabilityUsable = reachabilityUsable;
    m_online = online;
    m_period.start(asInterval(m_options.period.count()));
    request(false, asInterval(m_options.firstRoundDelay.count()));
}

void SyncWorker::request(bool userAsked, int delayMs)
{
    if (m_stopped && !userAsked)
        return;
    if (userAsked) {
        m_nextIsUserRequest = true;
        m_stopped = false; // the user may try again after "update the app" etc.
        m_waitForNet = false;
    }
    if (m_waitForNet)
        return; // the network's return starts the next round
    if (!m_due.isActive() || m_due.remainingTime() > delayMs)
        m_due.start(delayMs);
}

void SyncWorker::recordSigned()
{
    // A short delay gathers a burst of signings (a visit and its amendment) into one round.
    request(false, asInterval(m_options.afterSigningDelay.count()));
}

void SyncWorker::networkChanged(bool online)
{
    m_online = online;
    if (!online)
        return;
    m_waitForNet = false;
    qCInfo(lcService) << "network is back; syncing";
    // Changes deferred while there was no network are due now: that was why they waited.
    m_nextIsUserRequest = true;
    request(false, 0);
}

bool SyncWorker::ensureReady()
{
    {
        std::lock_guard lock(m_cancelMutex);
        if (m_cancelled)
            return false;
    }
    if (!m_journal)
        m_journal = m_opener();
    if (m_engine)
        return true;
    if (m_journal->setting(settingKey::RefreshToken).isEmpty()) {
        m_last = {};
        m_last.status = SyncStatus::NotEnrolled;
        m_last.detail = QStringLiteral("this store has not been enrolled with a server");
        return false;
    }
    TransportConfig config = storedTransportConfig(*m_journal);
    if (m_options.adjustTransport)
        m_options.adjustTransport(config);
    auto transport = std::make_unique<HttpsTransport>(config);
    {
        std::lock_guard lock(m_cancelMutex);
        m_transport = std::move(transport);
    }
    m_engine = std::make_unique<SyncEngine>(*m_journal, *m_transport);
    m_engine->setProgressCallback([this] { emit journalChanged(); });
    return true;
}

void SyncWorker::runRound()
{
    const bool userAsked = std::exchange(m_nextIsUserRequest, false);
    m_probe.stop();
    try {
        if (!ensureReady()) {
            m_attempted = true;
            m_stopped = m_last.status == SyncStatus::NotEnrolled;
            publish(false);
            return;
        }
        publish(true);
        m_last = m_engine->syncOnce(userAsked ? SyncTrigger::UserRequest : SyncTrigger::Automatic);
    } catch (const std::exception &e) {
        // A store or configuration failure: the records stay where they are; log it and
        // try again at the next periodic round.
        m_last = {};
        m_last.status = SyncStatus::ServerRefused;
        m_last.detail = QString::fromUtf8(e.what());
    }
    m_attempted = true;
    qCInfo(lcService).noquote() << "round:" << syncStatusName(m_last.status) << m_last.accepted
                                << "sent," << m_last.refused << "refused," << m_last.pulled
                                << "pulled" << m_last.detail;
    if (m_last.status == SyncStatus::Revoked) {
        closeAll();
        m_stopped = true;
        emit revoked(m_last.detail);
        return;
    }
    planAfter(m_last);
}

void SyncWorker::planAfter(const SyncOutcome &outcome)
{
    switch (outcome.status) {
    case SyncStatus::Synced:
        publish(false);
        return;
    case SyncStatus::Pending:
        request(false, asInterval(outcome.retryAfterMs));
        break;
    case SyncStatus::Offline:
        if (outcome.unreachable && m_reachabilityUsable && !m_online) {
            m_waitForNet = true; // nothing to try until the platform says online
        } else if (outcome.unreachable && !m_reachabilityUsable) {
            // Cheap health probes find the network's return sooner than a long backoff.
            m_probe.start(asInterval(
                std::min<qint64>(outcome.retryAfterMs, m_options.probeInterval.count())));
            publish(false, m_probe.remainingTime());
            return;
        } else {
            request(false, asInterval(outcome.retryAfterMs));
        }
        break;
    case SyncStatus::NotEnrolled:
    case SyncStatus::UpdateApp:
        m_stopped = true; // no retry helps; the user must act
        break;
    case SyncStatus::ServerRefused:
    case SyncStatus::Revoked:
        break; // the periodic round tries again
    }
    publish(false, m_due.isActive() ? m_due.remainingTime() : -1);
}

void SyncWorker::probe()
{
    if (!ensureReady())
        return;
    const Response health = m_transport->request(Method::Get, QStringLiteral("/v1/health"));
    if (health.failure == TransportFailure::None) {
        qCInfo(lcService) << "the server answers again; syncing";
        m_nextIsUserRequest = true; // what waited for the network is due now
        runRound();
        return;
    }
    m_probe.start(asInterval(m_options.probeInterval.count()));
    publish(false, m_probe.remainingTime());
}

void SyncWorker::publish(bool running, qint64 nextAttemptInMs)
{
    SyncSnapshot s;
    s.running = running;
    s.attempted = m_attempted;
    s.status = m_last.status;
    s.detail = m_last.detail;
    s.nextAttemptInMs = nextAttemptInMs;
    if (m_journal) {
        store::Outbox outbox(*m_journal);
        s.waiting = outbox.size();
        s.refused = outbox.refusedRecords();
        s.lastSuccess =
            QDateTime::fromString(m_journal->setting(settingKey::LastSuccess), Qt::ISODate);
    }
    emit snapshotChanged(s);
}

void SyncWorker::closeAll()
{
    m_due.stop();
    m_probe.stop();
    m_period.stop();
    m_engine.reset();
    {
        std::lock_guard lock(m_cancelMutex);
        m_transport.reset();
    }
    m_journal.reset();
}

void SyncWorker::finish()
{
    closeAll();
    m_stopped = true;
}

} // namespace homevisit::sync
