// Backoff growth, cap, jitter and Retry-After; classify() against every row of the
// errors table of docs/sync-protocol.md; Retry-After and pin parsing. No network.
#include "testsupport.h"

#include "sync/protocol/protocol.h"

#include <QDateTime>
#include <QLocale>

using namespace homevisit::sync;
using namespace std::chrono_literals;

namespace {

Response answer(int status, const QString &code = {}, const QString &path = "/v1/push")
{
    Response response;
    response.status = status;
    response.path = path;
    if (!code.isEmpty())
        response.body = ProtocolError{status, code, "for logs", {}}.toBody();
    return response;
}

Response failed(TransportFailure failure)
{
    Response response;
    response.failure = failure;
    response.path = "/v1/pull";
    return response;
}

} // namespace

TEST_CASE("backoff doubles from 1 s and stops at 10 min", "[backoff]")
{
    Backoff backoff([] { return 1.0; });
    std::chrono::milliseconds expected = 1s;
    for (int i = 0; i < 10; ++i) {
        CHECK(backoff.next() == expected);
        expected *= 2;
    }
    CHECK(backoff.failures() == 10);
    CHECK(backoff.next() == 10min); // 1024 s is past the cap
    CHECK(backoff.next() == 10min);
    for (int i = 0; i < 100; ++i)
        backoff.next();
    CHECK(backoff.ceiling() == 10min); // no overflow after many failures
}

TEST_CASE("backoff jitter stays within [0, ceiling]", "[backoff]")
{
    Backoff fixedLow([] { return 0.0; });
    CHECK(fixedLow.next() == 0ms);
    Backoff half([] { return 0.5; });
    half.next();
    CHECK(half.next() == 1s); // half of 2 s

    Backoff random; // QRandomGenerator
    std::chrono::milliseconds smallest = 1h, largest = 0ms;
    for (int i = 0; i < 2000; ++i) {
        random.reset();
        for (int n = 0; n < 5; ++n)
            random.next();
        const auto ceiling = random.ceiling(); // 32 s
        const auto wait = random.next();
        REQUIRE(wait >= 0ms);
        REQUIRE(wait <= ceiling);
        smallest = std::min(smallest, wait);
        largest = std::max(largest, wait);
    }
    CHECK(smallest < 4s); // spread over the range, not a constant
    CHECK(largest > 28s);
}

TEST_CASE("backoff honours Retry-After, capped at an hour", "[backoff]")
{
    Backoff backoff([] { return 0.0; });
    CHECK(backoff.next(7) == 7s);
    CHECK(backoff.next(7200) == 1h);
    Backoff high([] { return 1.0; });
    for (int i = 0; i < 3; ++i)
        high.next();
    CHECK(high.next(3) == 8s); // the backoff is longer than the server's wish
    Response limited = answer(429, "rate_limited");
    limited.retryAfterSeconds = 7;
    Backoff fromResponse([] { return 0.0; });
    CHECK(fromResponse.next(limited) == 7s);
}

TEST_CASE("backoff resets after a success", "[backoff]")
{
    Backoff backoff([] { return 1.0; });
    for (int i = 0; i < 6; ++i)
        backoff.next();
    backoff.reset();
    CHECK(backoff.failures() == 0);
    CHECK(backoff.next() == 1s);
}

TEST_CASE("classify follows the errors table", "[backoff]")
{
    CHECK(classify(answer(200)) == Disposition::Success);
    CHECK(classify(answer(204)) == Disposition::Success);
    for (const char *code :
         {"malformed_json", "wrong_type", "missing_field", "unknown_field", "invalid_value"})
        CHECK(classify(answer(400, code)) == Disposition::Refuse);
    CHECK(classify(answer(400, "unsupported_protocol")) == Disposition::UpdateApp);
    CHECK(classify(answer(400, "invalid_cursor", "/v1/pull?cursor=x")) == Disposition::Refuse);
    CHECK(errorCode(answer(400, "invalid_cursor")) == "invalid_cursor");
    CHECK(classify(answer(401, "invalid_token")) == Disposition::RefreshToken);
    CHECK(classify(answer(401, "invalid_token", "/v1/token")) == Disposition::Reenroll);
    CHECK(classify(answer(401, "invalid_credential", "/v1/enroll")) == Disposition::Reenroll);
    CHECK(classify(answer(401, "device_revoked", "/v1/token")) == Disposition::Wipe);
    CHECK(classify(answer(401, "device_revoked")) == Disposition::Wipe);
    CHECK(classify(answer(401)) == Disposition::RefreshToken); // no error body
    CHECK(classify(answer(403, "forbidden")) == Disposition::Refuse);
    CHECK(classify(answer(404, "not_found")) == Disposition::Refuse);
    CHECK(classify(answer(413, "body_too_large")) == Disposition::Refuse);
    CHECK(classify(answer(422, "mutation_replayed")) == Disposition::Refuse);
    CHECK(classify(answer(429, "rate_limited")) == Disposition::Retry);
    CHECK(classify(answer(503, "unavailable")) == Disposition::Retry);
    CHECK(classify(answer(500, "internal")) == Disposition::Retry);
    CHECK(classify(answer(502)) == Disposition::Retry); // a proxy's HTML page
    CHECK(classify(answer(302)) == Disposition::Retry); // redirects are not followed
}

TEST_CASE("classify retries network failures and refuses bad requests", "[backoff]")
{
    for (auto failure : {TransportFailure::CannotResolve, TransportFailure::CannotConnect,
                         TransportFailure::Timeout, TransportFailure::TlsFailure,
                         TransportFailure::CertificateRejected, TransportFailure::PinMismatch,
                         TransportFailure::ResponseTooLarge, TransportFailure::ProtocolError,
                         TransportFailure::ConnectionLost, TransportFailure::Cancelled,
                         TransportFailure::Internal})
        CHECK(classify(failed(failure)) == Disposition::Retry);
    CHECK(classify(failed(TransportFailure::InvalidRequest)) == Disposition::Refuse);
    CHECK(classify(failed(TransportFailure::RequestTooLarge)) == Disposition::Refuse);
    CHECK(errorCode(failed(TransportFailure::PinMismatch)) == "pin_mismatch");
}

TEST_CASE("Retry-After: seconds and HTTP-date", "[backoff]")
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    CHECK(parseRetryAfter("7", now) == 7);
    CHECK(parseRetryAfter(" 120 ", now) == 120);
    CHECK(parseRetryAfter("0", now) == 0);
    CHECK(parseRetryAfter("-3", now) == std::nullopt);
    CHECK(parseRetryAfter("soon", now) == std::nullopt);
    CHECK(parseRetryAfter("99999999999", now) == 86400);
    const QString date = QLocale::c().toString(QDateTime::fromSecsSinceEpoch(now + 30, Qt::UTC),
                                               "ddd, dd MMM yyyy hh:mm:ss 'GMT'");
    CHECK(parseRetryAfter(date.toLatin1(), now) == 30);
    CHECK(parseRetryAfter("Sun, 06 Nov 1994 08:49:37 GMT", now) == 0);
}

TEST_CASE("pins: with or without the prefix, 32 bytes each", "[backoff]")
{
    const QString base64 = QString::fromLatin1(QByteArray(32, '\x01').toBase64());
    CHECK(normalizePin(base64) == normalizePin("sha256//" + base64));
    CHECK(normalizePin(base64) == QByteArray("sha256//") + base64.toLatin1());
    CHECK(normalizePin(base64 + ";sha256//" + base64)->count(';') == 1);
    CHECK(!normalizePin(""));
    CHECK(!normalizePin("sha256//abc"));
    CHECK(!normalizePin(QString::fromLatin1(QByteArray(20, '\x01').toBase64()))); // SHA-1 size
    CHECK(!normalizePin("sha256//" + base64 + "!"));
}
