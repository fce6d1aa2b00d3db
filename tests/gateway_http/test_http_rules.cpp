// The HTTP layer's socket-free rules: the header block check, the JSON Content-Type, the
// request target's query, gzip with a cap, and the token bucket's Retry-After.
#include "sync/gateway/httprules.h"
#include "sync/gateway/ratelimiter.h"

#include "sync/protocol/protocol.h"

#include <catch2/catch.hpp>

using namespace homevisit::gateway;
namespace rules = homevisit::gateway::http_rules;
using rules::HeaderBlock;

namespace {

HeaderBlock check(const std::string &bytes, std::size_t maxBytes = 8192, int maxHeaders = 100)
{
    std::size_t length = 0;
    return rules::checkHeaderBlock(bytes, maxBytes, maxHeaders, &length);
}

} // namespace

TEST_CASE("a header block is complete, incomplete, too large, too many or forbidden")
{
    std::size_t length = 0;
    const std::string ok = "GET / HTTP/1.1\r\nHost: x\r\n\r\n";
    CHECK(rules::checkHeaderBlock(ok + "body", 8192, 100, &length) == HeaderBlock::Complete);
    CHECK(length == ok.size());
    CHECK(check("GET / HTTP/1.1\r\nHost: x\r\n") == HeaderBlock::Incomplete);
    CHECK(check("GET / HTTP/1.1\r\nHost: " + std::string(9000, 'x')) == HeaderBlock::TooLarge);
    std::string many = "GET / HTTP/1.1\r\n";
    for (int i = 0; i < 101; ++i)
        many += "A: b\r\n";
    CHECK(check(many + "\r\n") == HeaderBlock::TooMany);
    CHECK(check(many + "\r\n", 8192, 101) == HeaderBlock::Complete);
    CHECK(check(std::string("GET / HTTP/1.1\r\nA: b\0c\r\n\r\n", 25)) == HeaderBlock::Forbidden);
    CHECK(check("GET / HTTP/1.1\r\nA: b\x01\r\n\r\n") == HeaderBlock::Forbidden);
    CHECK(check("GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n") == HeaderBlock::Forbidden);
    CHECK(check("GET / HTTP/1.1\nA: b\r\n\r\n") == HeaderBlock::Forbidden);
    CHECK(check("GET / HTTP/1.1\r\nA: b\tc\r\n\r\n") == HeaderBlock::Complete);
}

TEST_CASE("only application/json, optionally with charset=utf-8, is a JSON body")
{
    for (const char *yes :
         {"application/json", "application/json; charset=utf-8", "Application/JSON;charset=UTF-8",
          "application/json; charset=\"utf-8\"", "application/json;"})
        CHECK(rules::isJsonContentType(yes));
    for (const char *no :
         {"", "text/plain", "multipart/form-data; boundary=x", "application/json; charset=latin1",
          "application/jsonx", "application/json; boundary=x"})
        CHECK_FALSE(rules::isJsonContentType(no));
}

TEST_CASE("the request target: decoded path and first query value")
{
    CHECK(rules::targetPath("/v1/pull?cursor=a") == "/v1/pull");
    CHECK(rules::targetPath("/v1/admin/users/an%6Ea/revoke") == "/v1/admin/users/anna/revoke");
    CHECK(rules::queryValue("/v1/pull?cursor=%21%21x&limit=5", "cursor") == "!!x");
    CHECK(rules::queryValue("/v1/pull?cursor=a&cursor=b", "cursor") == "a");
    CHECK(rules::queryValue("/v1/pull?limit=5", "cursor").empty());
    CHECK(rules::queryValue("/v1/pull", "limit").empty());
    CHECK(rules::endpointLabel("/v1/admin/devices/x/revoke") == "/v1/admin");
    CHECK(rules::endpointLabel("/nowhere") == "other");
}

TEST_CASE("gzip bodies inflate up to the cap; a bomb and non-gzip are told apart")
{
    const QByteArray json = "{\"a\": 1}";
    const QByteArray gz = homevisit::sync::gzipCompress(json);
    const auto inflated = rules::inflateCapped(gz.toStdString(), 1024);
    REQUIRE(std::holds_alternative<QByteArray>(inflated));
    CHECK(std::get<QByteArray>(inflated) == json);
    const QByteArray bomb = homevisit::sync::gzipCompress(QByteArray(10 * 1024 * 1024, ' '));
    CHECK(std::get<rules::InflateFailure>(rules::inflateCapped(bomb.toStdString(), 4 << 20)) ==
          rules::InflateFailure::TooLarge);
    CHECK(std::get<rules::InflateFailure>(rules::inflateCapped("{}x", 1024)) ==
          rules::InflateFailure::NotGzip);
    CHECK(std::get<rules::InflateFailure>(rules::inflateCapped((gz + "x").toStdString(), 1024)) ==
          rules::InflateFailure::NotGzip);
}

TEST_CASE("a token bucket lets a burst through, then says how long to wait")
{
    RateLimiter limiter(RateLimit{2, 4}); // 2 a second, 4 at once
    const auto start = RateLimiter::Clock::now();
    for (int i = 0; i < 4; ++i)
        CHECK(limiter.take("a", start) == 0);
    CHECK(limiter.take("a", start) == 1); // half a second to the next token: 1 s
    CHECK(limiter.take("b", start) == 0); // another key has its own bucket
    CHECK(limiter.take("a", start + std::chrono::milliseconds(600)) == 0);
    RateLimiter slow(RateLimit{0.1, 1}); // one every 10 s
    CHECK(slow.take("a", start) == 0);
    CHECK(slow.take("a", start) == 10);
    RateLimiter off(RateLimit{0, 10});
    for (int i = 0; i < 100; ++i)
        CHECK(off.take("a", start) == 0);
}
