// Token buckets keyed by a string (a peer address, or a hash of an Authorization header):
// a key may spend `burst` requests at once and gets `perSecond` back every second. Idle
// keys whose bucket is full again are forgotten, so the map holds only recent callers.
#pragma once

#include "sync/gateway/httpserver.h"

#include <chrono>
#include <mutex>
#include <string>
#include <unordered_map>

namespace homevisit::gateway {

class RateLimiter
{
public:
    using Clock = std::chrono::steady_clock;
    explicit RateLimiter(RateLimit limit) : m_limit(limit) {}

    // 0 when the request may go ahead (and a token is spent); otherwise the whole seconds
    // to wait before the next token, for Retry-After.
    int take(const std::string &key, Clock::time_point now = Clock::now());

private:
    struct Bucket
    {
        double tokens = 0;
        Clock::time_point updated;
    };
    void forgetIdle(Clock::time_point now);

    RateLimit m_limit;
    std::mutex m_mutex;
    std::unordered_map<std::string, Bucket> m_buckets;
    Clock::time_point m_lastSweep;
};

} // namespace homevisit::gateway
