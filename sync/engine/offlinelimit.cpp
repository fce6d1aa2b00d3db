#include "offlinelimit.h"

#include <QDateTime>

namespace homevisit::sync {

bool offlineLimitPassed(store::JournalStore &journal, int days, qint64 nowMs)
{
    if (days <= 0 || journal.setting(settingKey::RefreshToken).isEmpty())
        return false;
    bool ok = false;
    const qint64 last = journal.setting(settingKey::LastTokenRefreshMs).toLongLong(&ok);
    if (!ok) {
        journal.setSetting(settingKey::LastTokenRefreshMs, QString::number(nowMs));
        return false;
    }
    return nowMs - last > qint64(days) * 24 * 60 * 60 * 1000;
}

OfflineUnlock checkOfflineUnlock(store::JournalStore &journal, int days,
                                 const std::function<void(TransportConfig &)> &adjust,
                                 SyncEngine::Clock clock)
{
    if (!clock)
        clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
    if (!offlineLimitPassed(journal, days, clock()))
        return OfflineUnlock::Open;
    SyncStatus status = SyncStatus::Offline;
    try {
        TransportConfig config = storedTransportConfig(journal);
        if (adjust)
            adjust(config);
        HttpsTransport transport(config);
        SyncEngine engine(journal, transport, clock);
        status = engine.refreshAccess().status;
    } catch (const TransportConfigError &) {
        // Stored settings it cannot connect with: nothing was confirmed.
    }
    switch (status) {
    case SyncStatus::Synced:
        return OfflineUnlock::Open;
    case SyncStatus::Revoked:
        return OfflineUnlock::Revoked;
    case SyncStatus::NotEnrolled:
        return OfflineUnlock::NotEnrolled;
    default:
        // Offline, or an answer that confirms nothing: the enrollment is still unconfirmed.
        return OfflineUnlock::Unreachable;
    }
}

} // namespace homevisit::sync
