// The offline unlock limit: a tablet that has not heard from the server for too long may
// have been revoked without knowing it. After `days` without a successful token refresh
// an enrolled store shows no case content until the server has confirmed the enrollment
// again (docs/security.md, "Offline limit"). The app and homevisitctl both apply it.
#pragma once

#include "sync/engine/syncengine.h"

#include <functional>

namespace homevisit::sync {

// The default of the app's and homevisitctl's --offline-unlock-days (0 = no limit): the
// same as a refresh token's idle lifetime.
constexpr int DefaultOfflineUnlockDays = RefreshTokenDays;

enum class OfflineUnlock
{
    Open,        // within the limit, not enrolled (the demo store), or just confirmed
    Unreachable, // past the limit and the server could not confirm it now: show nothing
    Revoked,     // the server says revoked: the caller crypto-erases the store
    NotEnrolled, // the server no longer knows the token (expired): enroll again
};

// Whether the limit has passed for this store at `nowMs`. A store without a refresh token
// never has one; an enrolled store from before the limit existed starts counting now.
bool offlineLimitPassed(store::JournalStore &journal, int days, qint64 nowMs);

// Applies the limit: when it has passed, asks the server now (a token refresh, which
// resets the count). `adjust` may change the stored transport settings (tests).
OfflineUnlock checkOfflineUnlock(store::JournalStore &journal, int days,
                                 const std::function<void(TransportConfig &)> &adjust = {},
                                 SyncEngine::Clock clock = {});

} // namespace homevisit::sync
