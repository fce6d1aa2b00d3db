// The gateway's HTTP layer from the outside, as an attacker would try it: raw bytes on
// plain TCP and TLS sockets to the real homevisit-central process on 127.0.0.1. Limits,
// strict framing, Content-Type, rate limits, TLS versions and ciphers, deadlines, and
// that slow or idle connections never lock anyone out.
#include "httpclient.h"

#include "sync/protocol/protocol.h"

#include <QTemporaryDir>

#include <csignal>
#include <thread>
#include <vector>

using namespace homevisit::http_test;

namespace {

// A write to a connection the gateway closed must fail, not kill the test.
const bool ignoreSigpipe = [] {
    std::signal(SIGPIPE, SIG_IGN);
    return true;
}();

// Enrolls `user` with a raw request; returns the access token.
QByteArray enroll(Central &central, const QString &user)
{
    Connection c = Connection::plain(central.port);
    const Answer a = exchange(c, request("POST", "/v1/enroll", {Protocol, Json},
                                         enrollBody(central.credential(user), "Surfplatta")));
    INFO(a.body.toStdString());
    REQUIRE(a.status == 200);
    return a.json()["access_token"].toString().toLatin1();
}

QByteArray bearer(const QByteArray &token)
{
    return "Authorization: Bearer " + token;
}

Answer once(int port, const QByteArray &bytes)
{
    Connection c = Connection::plain(port);
    REQUIRE(c.ok());
    return exchange(c, bytes);
}

QByteArray pushBody(const QByteArray &text)
{
    return "{\"mutations\":[{\"mutation_id\":\"" + uuid4() + "\",\"record\":" + text + "}]}";
}

} // namespace

TEST_CASE("header count and size are limited: 431, and the connection is closed", "[http][limits]")
{
    QTemporaryDir tmp;
    Central central(tmp.path(), nullptr);

    QList<QByteArray> many;
    for (int i = 0; i < 200; ++i)
        many << "X-Filler-" + QByteArray::number(i) + ": x";
    Answer a = once(central.port, request("GET", "/v1/health", many));
    CHECK(a.status == 431);
    CHECK(a.errorCode() == "headers_too_large");

    a = once(central.port, request("GET", "/v1/health", {"X-Long: " + QByteArray(16 * 1024, 'a')}));
    CHECK(a.status == 431);

    // 16 MiB of short header lines: refused long before the end; the process never
    // holds them.
    Connection c = Connection::plain(central.port);
    REQUIRE(c.send("GET /v1/health HTTP/1.1\r\nHost: x\r\n"));
    const QByteArray lines = QByteArray("A: b\r\n").repeated(1024 * 1024 / 6);
    qsizetype sent = 0;
    while (sent < 16 * 1024 * 1024 && c.send(lines))
        sent += lines.size();
    CHECK(sent < 16 * 1024 * 1024);
    CHECK(readAnswer(c).status == 431);

    // Within the limits, fine.
    CHECK(once(central.port, request("GET", "/v1/health", many.mid(0, 90))).status == 200);
}

TEST_CASE("an impossible Content-Length is 400 at once; duplicate or conflicting framing is 400",
          "[http][framing]")
{
    QTemporaryDir tmp;
    Central central(tmp.path(), nullptr);
    const QByteArray body = enrollBody(central.credential("anna"), "X");

    for (const QByteArray length : {"-1", "99999999999999999999", "12abc", "", "0x10", "1 2"}) {
        INFO("Content-Length: " << length.toStdString());
        // A read timeout of 5 s: the answer must not wait for more bytes.
        Connection c = Connection::plain(central.port, "127.0.0.1", 5s);
        const Answer a = exchange(c, "POST /v1/enroll HTTP/1.1\r\nHost: x\r\n" + Protocol + "\r\n" +
                                         Json + "\r\nContent-Length: " + length + "\r\n\r\n");
        CHECK(a.status == 400);
        CHECK(a.errorCode() == "malformed_request");
    }

    const QByteArray head =
        "POST /v1/enroll HTTP/1.1\r\nHost: x\r\n" + Protocol + "\r\n" + Json + "\r\n";
    const QByteArray length = "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    // Two Content-Length headers, different and equal: request smuggling behind a proxy.
    Answer a = once(central.port, head + length + "Content-Length: 3\r\n\r\n" + body);
    CHECK(a.status == 400);
    a = once(central.port, head + length + length + "\r\n" + body);
    CHECK(a.status == 400);
    // Content-Length with Transfer-Encoding, either order; a Transfer-Encoding other than
    // chunked.
    const QByteArray chunked =
        QByteArray::number(body.size(), 16) + "\r\n" + body + "\r\n0\r\n\r\n";
    a = once(central.port, head + length + "Transfer-Encoding: chunked\r\n\r\n" + chunked);
    CHECK(a.status == 400);
    a = once(central.port, head + "Transfer-Encoding: chunked\r\n" + length + "\r\n" + chunked);
    CHECK(a.status == 400);
    a = once(central.port, head + "Transfer-Encoding: gzip, chunked, identity\r\n\r\n" + chunked);
    CHECK(a.status == 400);
    // Nothing of it was applied: the credential still enrolls, chunked and plain.
    a = once(central.port, head + "Transfer-Encoding: chunked\r\n\r\n" + chunked);
    CHECK(a.status == 200);
}

TEST_CASE("control characters and folded lines in headers are 400, so a token cannot be cut "
          "short",
          "[http][framing]")
{
    QTemporaryDir tmp;
    Central central(tmp.path(), nullptr);
    const QByteArray token = enroll(central, "anna");
    const auto pull = [&](const QByteArray &authorization) {
        return once(central.port, request("GET", "/v1/pull", {Protocol, authorization}));
    };
    REQUIRE(pull(bearer(token)).status == 200);

    Answer a = pull(bearer(token) + QByteArray("\0junk", 5));
    CHECK(a.status == 400);
    CHECK(a.errorCode() == "malformed_request");
    CHECK(pull(bearer(token) + "\x01").status == 400);
    CHECK(pull(bearer(token) + "\x7f").status == 400);
    // obs-fold: a line starting with a space continues the one before.
    CHECK(pull(bearer(token) + "\r\n junk").status == 400);
    CHECK(pull("Authorization:\r\n\tBearer " + token).status == 400);
    // A bare LF ends no line.
    CHECK(once(central.port, "GET /v1/health HTTP/1.1\nHost: x\n\n").status != 200);
}

TEST_CASE("POST bodies must be JSON: multipart and other types get 415, never 500",
          "[http][content-type]")
{
    QTemporaryDir tmp;
    Central central(tmp.path(), nullptr);
    const QByteArray token = enroll(central, "anna");
    const QByteArray multipart =
        "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--b--\r\n";
    for (const QByteArray path : {"/v1/enroll", "/v1/push", "/v1/token"}) {
        for (const QByteArray type :
             {"multipart/form-data; boundary=b", "text/plain", "application/x-www-form-urlencoded",
              "application/json; charset=latin1"}) {
            INFO(path.toStdString() << " as " << type.toStdString());
            const Answer a =
                once(central.port,
                     request("POST", path, {Protocol, bearer(token), "Content-Type: " + type},
                             multipart));
            CHECK(a.status == 415);
            CHECK(a.errorCode() == "unsupported_media_type");
        }
        // No Content-Type at all.
        CHECK(once(central.port, request("POST", path, {Protocol, bearer(token)}, "{}")).status ==
              415);
    }
    // The JSON types pass this check (and fail later, on their content).
    for (const QByteArray type : {"application/json", "Application/JSON; charset=UTF-8",
                                  "application/json;charset=\"utf-8\""}) {
        const Answer a =
            once(central.port,
                 request("POST", "/v1/push", {Protocol, bearer(token), "Content-Type: " + type},
                         "{\"mutations\": 1}"));
        CHECK(a.status == 400);
        CHECK(a.errorCode() == "wrong_type");
    }
}

TEST_CASE("raw control characters inside JSON strings are malformed_json and change nothing",
          "[http][json]")
{
    QTemporaryDir tmp;
    Central central(tmp.path(), nullptr);
    const QString credential = central.credential("bodil");
    for (const QByteArray &raw : {QByteArray(1, '\0'), QByteArray("\x01"), QByteArray("\n")}) {
        const Answer a =
            once(central.port, request("POST", "/v1/enroll", {Protocol, Json},
                                       enrollBody(credential, "Surf" + raw + "platta")));
        CHECK(a.status == 400);
        CHECK(a.errorCode() == "malformed_json");
    }
    // The credential was not used up; escaped, the newline is fine.
    CHECK(once(central.port, request("POST", "/v1/enroll", {Protocol, Json},
                                     enrollBody(credential, "Surf\\nplatta")))
              .status == 200);
}

TEST_CASE("one body limit: 1 MiB as sent (chunked too, cut when passed), 4 MiB inflated",
          "[http][limits]")
{
    QTemporaryDir tmp;
    Central central(tmp.path(), nullptr);
    const QByteArray token = enroll(central, "anna");
    const QList<QByteArray> headers{Protocol, Json, bearer(token)};

    // 2 MiB uncompressed: over the as-sent limit.
    const QByteArray big = pushBody("\"" + QByteArray(2 * 1024 * 1024, 'x') + "\"");
    Answer a = once(central.port, request("POST", "/v1/push", headers, big));
    CHECK(a.status == 413);
    CHECK(a.errorCode() == "body_too_large");
    // A Content-Length over the limit is answered before any body byte is sent.
    Connection c = Connection::plain(central.port, "127.0.0.1", 5s);
    a = exchange(c, "POST /v1/push HTTP/1.1\r\nHost: x\r\n" + Protocol + "\r\n" + Json + "\r\n" +
                        bearer(token) + "\r\nContent-Length: 67108864\r\n\r\n");
    CHECK(a.status == 413);

    // 64 MiB chunked: 413, and the connection is cut long before the end.
    c = Connection::plain(central.port, "127.0.0.1", 5s);
    REQUIRE(c.send("POST /v1/push HTTP/1.1\r\nHost: x\r\n" + Protocol + "\r\n" + Json + "\r\n" +
                   bearer(token) + "\r\nTransfer-Encoding: chunked\r\n\r\n"));
    const QByteArray chunk =
        QByteArray::number(64 * 1024, 16) + "\r\n" + QByteArray(64 * 1024, 'x') + "\r\n";
    qsizetype sent = 0;
    while (sent < 64 * 1024 * 1024 && c.send(chunk))
        sent += 64 * 1024;
    INFO("sent " << sent << " bytes of 64 MiB");
    CHECK(sent < 64 * 1024 * 1024);
    a = readAnswer(c);
    CHECK(a.status == 413);

    // Under the limit as sent, gzip, but over 4 MiB inflated.
    const QByteArray bomb =
        homevisit::sync::gzipCompress(pushBody("\"" + QByteArray(5 * 1024 * 1024, ' ') + "\""));
    a = once(central.port, request("POST", "/v1/push",
                                   headers + QList<QByteArray>{"Content-Encoding: gzip"}, bomb));
    CHECK(a.status == 413);
    // Not gzip under gzip.
    a = once(central.port, request("POST", "/v1/push",
                                   headers + QList<QByteArray>{"Content-Encoding: gzip"}, "{}x"));
    CHECK(a.status == 400);
    CHECK(a.errorCode() == "malformed_json");
}

TEST_CASE("keep-alive carries many requests; gzip both ways; the protocol header is checked",
          "[http]")
{
    QTemporaryDir tmp;
    Central central(tmp.path(), nullptr);
    const QByteArray token = enroll(central, "anna");
    Connection c = Connection::plain(central.port);
    for (int i = 0; i < 50; ++i) {
        const Answer a = exchange(c, request("GET", "/v1/pull?limit=5", {Protocol, bearer(token)}));
        REQUIRE(a.status == 200);
        CHECK(a.header("Homevisit-Protocol") == "1");
    }
    // Errors do not close a connection when nothing is left unread.
    CHECK(exchange(c, request("GET", "/v1/pull", {bearer(token)})).errorCode() ==
          "unsupported_protocol");
    CHECK(exchange(c, request("GET", "/nowhere", {Protocol})).status == 404);
    Answer a = exchange(c, request("GET", "/v1/pull?limit=500",
                                   {Protocol, bearer(token), "Accept-Encoding: gzip"}));
    REQUIRE(a.status == 200);
    CHECK(a.header("Content-Encoding") == "gzip");
    CHECK(homevisit::sync::gzipDecompress(a.body, 8 << 20).has_value());
    const QByteArray gz = homevisit::sync::gzipCompress("{\"mutations\": 1}");
    a = exchange(c, request("POST", "/v1/push",
                            {Protocol, Json, bearer(token), "Content-Encoding: gzip"}, gz));
    CHECK(a.errorCode() == "wrong_type"); // inflated and decoded
    // An idle kept-alive connection is closed by the gateway (after 10 s), not held.
    CHECK(closedByServer(c.fd(), 30s));
}

TEST_CASE("/metrics is served on its own listener only", "[http][metrics]")
{
    QTemporaryDir tmp;
    Central central(tmp.path(), nullptr, {"--metrics-listen", "127.0.0.1:0"});
    REQUIRE(central.metricsPort > 0);
    CHECK(once(central.port, request("GET", "/v1/health")).status == 200);
    CHECK(once(central.port, request("GET", "/metrics")).status == 404);
    const Answer a = once(central.metricsPort, request("GET", "/metrics"));
    CHECK(a.status == 200);
    CHECK(a.body.contains("homevisit_http_requests_total{endpoint=\"/v1/health\",code=\"200\"} 1"));
    CHECK(once(central.metricsPort, request("GET", "/v1/health")).status == 404);

    QTemporaryDir other;
    Central without(other.path(), nullptr);
    CHECK(without.metricsPort == 0);
    CHECK(once(without.port, request("GET", "/metrics")).status == 404);
}

TEST_CASE("rate limits per address and per device answer 429 with Retry-After", "[http][rate]")
{
    SECTION("per address")
    {
        QTemporaryDir tmp;
        Central central(tmp.path(), nullptr,
                        {"--rate-per-address", "1", "--burst-per-address", "10"});
        Connection c = Connection::plain(central.port);
        int limited = 0;
        Answer last;
        for (int i = 0; i < 30; ++i) {
            const Answer a = exchange(c, request("GET", "/v1/health"));
            REQUIRE(a.status != 0);
            if (a.status == 429) {
                ++limited;
                last = a;
            }
        }
        CHECK(limited >= 15);
        CHECK(last.errorCode() == "rate_limited");
        CHECK(last.header("Retry-After").toInt() >= 1);
        // Another address is not affected.
        Connection other = Connection::plain(central.port, "127.0.0.2");
        REQUIRE(other.ok());
        CHECK(exchange(other, request("GET", "/v1/health")).status == 200);
    }
    SECTION("per device (access token)")
    {
        QTemporaryDir tmp;
        Central central(tmp.path(), nullptr,
                        {"--rate-per-device", "1", "--burst-per-device", "10"});
        const QByteArray anna = enroll(central, "anna");
        const QByteArray karin = enroll(central, "karin");
        Connection c = Connection::plain(central.port);
        int limited = 0;
        for (int i = 0; i < 30; ++i) {
            const Answer a =
                exchange(c, request("GET", "/v1/pull?limit=1", {Protocol, bearer(anna)}));
            REQUIRE(a.status != 0);
            if (a.status == 429) {
                ++limited;
                CHECK(a.header("Retry-After").toInt() >= 1);
            }
        }
        CHECK(limited >= 15);
        // Another device from the same address is not affected.
        CHECK(exchange(c, request("GET", "/v1/pull?limit=1", {Protocol, bearer(karin)})).status ==
              200);
    }
}

TEST_CASE("TLS: 1.3 and 1.2 with AEAD suites only", "[http][tls]")
{
    QTemporaryDir tmp;
    const Certificate certificate(tmp.path());
    Central central(tmp.path() + "/central", &certificate);
    const auto health = [&](Connection c) {
        if (!c.ok())
            return 0;
        return exchange(c, request("GET", "/v1/health")).status;
    };
    CHECK(health(Connection::tls(central.port, {TLS1_3_VERSION, TLS1_3_VERSION})) == 200);
    CHECK(health(Connection::tls(central.port, {TLS1_2_VERSION, TLS1_2_VERSION,
                                                "ECDHE-ECDSA-AES128-GCM-SHA256"})) == 200);
    CHECK(health(Connection::tls(central.port, {TLS1_2_VERSION, TLS1_2_VERSION,
                                                "ECDHE-ECDSA-CHACHA20-POLY1305"})) == 200);
    // Refused: TLS 1.1, and TLS 1.2 offering only CBC suites.
    CHECK_FALSE(
        Connection::tls(central.port, {TLS1_VERSION, TLS1_1_VERSION, "DEFAULT:@SECLEVEL=0"}).ok());
    CHECK_FALSE(
        Connection::tls(central.port, {TLS1_2_VERSION, TLS1_2_VERSION,
                                       "ECDHE-ECDSA-AES128-SHA256:ECDHE-ECDSA-AES256-SHA384:"
                                       "ECDHE-ECDSA-AES128-SHA:ECDHE-ECDSA-AES256-SHA"})
            .ok());
}

TEST_CASE("idle and slow connections cost no worker: health answers with hundreds open",
          "[http][slow]")
{
    QTemporaryDir tmp;
    const Certificate certificate(tmp.path());
    Central central(tmp.path() + "/central", &certificate);
    const auto healthy = [&] {
        Connection c = Connection::tls(central.port, {}, 10s);
        return c.ok() && exchange(c, request("GET", "/v1/health")).status == 200;
    };

    // 40 TCP connections that never send a TLS ClientHello.
    std::vector<Connection> silent;
    for (int i = 0; i < 40; ++i)
        silent.push_back(Connection::plain(central.port));
    // 100 TLS connections with a request that trickles in, one byte a second, and 100
    // TCP connections trickling a ClientHello, and 100 idle after their handshake.
    std::vector<Connection> slowTls, slowHello, idle;
    for (int i = 0; i < 100; ++i) {
        slowTls.push_back(Connection::tls(central.port));
        REQUIRE(slowTls.back().ok());
        idle.push_back(Connection::tls(central.port));
        slowHello.push_back(Connection::plain(central.port));
    }
    const QByteArray slowRequest = request("GET", "/v1/health", {"X-Slow: 1"});
    const QByteArray hello("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11);
    for (int second = 0; second < 5; ++second) {
        for (auto &c : slowTls)
            c.send(slowRequest.mid(second, 1));
        for (auto &c : slowHello)
            c.send(hello.mid(second, 1));
        CHECK(healthy());
        std::this_thread::sleep_for(1s);
    }
    // 33 requests at once while all of that is open.
    std::vector<std::thread> burst;
    std::atomic<int> answered{0};
    for (int i = 0; i < 33; ++i)
        burst.emplace_back([&] { answered += healthy() ? 1 : 0; });
    for (auto &t : burst)
        t.join();
    CHECK(answered == 33);
    // The silent ones are closed by the TLS handshake deadline, not held.
    int closed = 0;
    for (auto &c : silent)
        closed += closedByServer(c.fd(), 15s) ? 1 : 0;
    CHECK(closed == 40);
}
