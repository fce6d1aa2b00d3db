#include "ratelimiter.h"

#include <algorithm>
#include <cmath>

namespace homevisit::gateway {

int RateLimiter::take(const std::string &key, Clock::time_point now)
{
    if (!m_limit.enabled())
        return 0;
    std::lock_guard lock(m_mutex);
    forgetIdle(now);
    auto [it, added] = m_buckets.try_emplace(key, Bucket{m_limit.burst, now});
    Bucket &bucket = it->second;
    if (!added) {
        const std::chrono::duration<double> elapsed = now - bucket.updated;
        bucket.tokens =
            std::min(m_limit.burst, bucket.tokens + elapsed.count() * m_limit.perSecond);
        bucket.updated = now;
    }
    if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
    }
    return std::max(1, int(std::ceil((1 - bucket.tokens) / m_limit.perSecond)));
}

// Once a minute: a bucket that has refilled to the brim says nothing the next request
// would not find anyway.
void RateLimiter::forgetIdle(Clock::time_point now)
{
    if (now - m_lastSweep < std::chrono::minutes(1))
        return;
    m_lastSweep = now;
    const auto refill = std::chrono::duration<double>(m_limit.burst / m_limit.perSecond);
    std::erase_if(m_buckets,
                  [&](const auto &entry) { return now - entry.second.updated > refill; });
}

} // namespace homevisit::gateway
