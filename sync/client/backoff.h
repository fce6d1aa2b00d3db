// What the sync engine does after a response (the errors table of docs/sync-protocol.md)
// and how long it waits before trying again. Pure logic: no I/O, no clock.
#pragma once

#include "sync/client/transport.h"

#include <chrono>
#include <functional>
#include <optional>

namespace homevisit::sync {

enum class Disposition
{
    Success,      // 2xx
    Retry,        // later, after Backoff::next(): network, 429, 5xx, TLS trouble
    RefreshToken, // get a new access token, then retry once
    Reenroll,     // ask the user to enroll again; keep the store
    Wipe,         // device_revoked: crypto-erase the store, push nothing more
    Refuse,       // retrying cannot fix this request: see errorCode() for the details
    UpdateApp     // unsupported_protocol: stop syncing until the app is updated
};
QString dispositionName(Disposition disposition); // "retry", ... for logs

// Refuse covers codes the engine still acts on by code: invalid_cursor (pull again with
// no cursor), body_too_large / request_too_large (split the batch), the rest (mark the
// batch refused, never loop). A 401 invalid_token on /v1/token means the refresh token
// is dead (Reenroll); anywhere else it is the access token (RefreshToken).
// Transport failures other than a bad request are Retry: a captive portal or a broken
// middlebox is not the records' fault, so nothing is marked refused for them.
Disposition classify(const Response &response);

// The gateway's error code of a non-2xx answer ("device_revoked"), or the transport
// failure's name ("timeout") when there was no answer; empty on success.
QString errorCode(const Response &response);

// Exponential backoff with full jitter: the n-th consecutive failure waits a uniform
// random time in [0, min(max, initial * 2^n)]; a Retry-After raises that to at least the
// server's wish (itself capped, so a wrong header cannot park a tablet for a day).
struct BackoffPolicy
{
    std::chrono::milliseconds initial{std::chrono::seconds(1)};
    std::chrono::milliseconds max{std::chrono::minutes(10)};
    std::chrono::milliseconds maxRetryAfter{std::chrono::hours(1)};
};

class Backoff
{
public:
    using Policy = BackoffPolicy;
    // Returns a number in [0, 1]; the default is QRandomGenerator::global().
    using Random = std::function<double()>;

    explicit Backoff(Random random = {}, Policy policy = {});

    // Records one more failure and returns how long to wait before the next attempt.
    std::chrono::milliseconds next(std::optional<int> retryAfterSeconds = std::nullopt);
    std::chrono::milliseconds next(const Response &response)
    {
        return next(response.retryAfterSeconds);
    }
    void reset() { m_failures = 0; } // after a success
    int failures() const { return m_failures; }
    std::chrono::milliseconds ceiling() const; // the bound the next wait is drawn under

private:
    Random m_random;
    Policy m_policy;
    int m_failures = 0;
};

} // namespace homevisit::sync
