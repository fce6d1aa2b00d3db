// HttpsTransport against cpp-httplib servers on 127.0.0.1: pinning, CA file, gzip both
// ways, headers, keep-alive, redirects, Retry-After and the decoded-size cap.
#include "testsupport.h"

#include <httplib.h>

#include <QJsonDocument>
#include <QJsonObject>

#include <mutex>
#include <thread>

using namespace homevisit::sync;
using namespace testsupport;

namespace {

// Runs a httplib server on its own thread for the test's lifetime.
template <typename Server> class TestServer
{
public:
    template <typename... Args> explicit TestServer(Args &&...args) : server(args...) {}
    ~TestServer()
    {
        server.stop();
        if (thread.joinable())
            thread.join();
    }
    void start()
    {
        port = server.bind_to_any_port("127.0.0.1");
        REQUIRE(port > 0);
        thread = std::thread([this] { server.listen_after_bind(); });
        const auto start = std::chrono::steady_clock::now();
        while (!server.is_running() && secondsSince(start) < 5)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        REQUIRE(server.is_running());
    }

    Server server;
    int port = 0;
    std::thread thread;
};

// What the handlers saw, read by the test thread after the request returned.
struct Seen
{
    std::mutex mutex;
    int hits = 0;
    std::string protocol, contentEncoding, contentType, authorization, acceptEncoding, body;
    std::vector<int> remotePorts;

    void record(const httplib::Request &request)
    {
        std::lock_guard lock(mutex);
        ++hits;
        protocol = request.get_header_value("Homevisit-Protocol");
        contentEncoding = request.get_header_value("Content-Encoding");
        contentType = request.get_header_value("Content-Type");
        authorization = request.get_header_value("Authorization");
        acceptEncoding = request.get_header_value("Accept-Encoding");
        body = request.body;
        remotePorts.push_back(request.remote_port);
    }
};

std::string bigJson(int bytes)
{
    return "{\"data\":\"" + std::string(bytes, 'a') + "\"}";
}

void addRoutes(httplib::Server &server, Seen &seen)
{
    const auto json = "application/json";
    server.Get("/v1/health",
               [&seen, json](const httplib::Request &request, httplib::Response &response) {
                   seen.record(request);
                   response.set_header("Homevisit-Protocol", "1");
                   response.set_content(R"({"status":"ok","protocol":[1],"database":"ok"})", json);
               });
    server.Post("/echo",
                [&seen, json](const httplib::Request &request, httplib::Response &response) {
                    seen.record(request);
                    response.set_content(request.body, json);
                });
    server.Get("/moved", [&seen](const httplib::Request &request, httplib::Response &response) {
        seen.record(request);
        response.set_redirect("https://127.0.0.1:1/elsewhere", 302);
    });
    server.Get("/limited", [json](const httplib::Request &, httplib::Response &response) {
        response.status = 429;
        response.set_header("Retry-After", "7");
        response.set_content(R"({"error":{"code":"rate_limited","message":"slow down"}})", json);
    });
    server.Get("/big", [json](const httplib::Request &, httplib::Response &response) {
        response.set_content(bigJson(2 * 1024 * 1024), json); // gzip makes it a few KiB
    });
}

struct SslFixture
{
    SslFixture()
        : https(testCert().certPath.toLocal8Bit().constData(),
                testCert().keyPath.toLocal8Bit().constData())
    {
        REQUIRE(https.server.is_valid());
        addRoutes(https.server, seen);
        https.start();
    }
    Seen seen;
    TestServer<httplib::SSLServer> https;
};

} // namespace

TEST_CASE("a request succeeds with the right pin and CA file", "[https]")
{
    SslFixture fixture;
    HttpsTransport transport(localConfig(fixture.https.port));
    const Response response = transport.request(Method::Get, "/v1/health");
    INFO(response.detail.toStdString());
    REQUIRE(response.failure == TransportFailure::None);
    CHECK(response.status == 200);
    CHECK(response.ok());
    CHECK(QJsonDocument::fromJson(response.body).object().value("status") == "ok");
    CHECK(fixture.seen.protocol == "1");
    CHECK(fixture.seen.acceptEncoding.find("gzip") != std::string::npos);
    CHECK(fixture.seen.authorization.empty());
    CHECK(classify(response) == Disposition::Success);
}

TEST_CASE("the pin may be given as bare base64; the chain check may be switched off", "[https]")
{
    SslFixture fixture;
    TransportConfig config = localConfig(fixture.https.port);
    config.pinnedPublicKey = config.pinnedPublicKey.mid(8); // without "sha256//"
    config.caFile.clear();
    config.verifyChain = false;
    HttpsTransport transport(config);
    const Response response = transport.request(Method::Get, "/v1/health");
    INFO(response.detail.toStdString());
    CHECK(response.status == 200);
}

TEST_CASE("either of two pins matches, for key rotation", "[https]")
{
    SslFixture fixture;
    TransportConfig config = localConfig(fixture.https.port);
    config.pinnedPublicKey = wrongPin() + ";" + config.pinnedPublicKey;
    HttpsTransport transport(config);
    CHECK(transport.request(Method::Get, "/v1/health").status == 200);
}

TEST_CASE("a self-signed server is rejected without its CA file", "[https]")
{
    SslFixture fixture;
    TransportConfig config = localConfig(fixture.https.port);
    config.caFile.clear();
    HttpsTransport transport(config);
    const Response response = transport.request(Method::Get, "/v1/health");
    CHECK(response.failure == TransportFailure::CertificateRejected);
    CHECK(response.status == 0);
    CHECK(fixture.seen.hits == 0);
}

TEST_CASE("request bodies above 1 KiB go gzip-compressed; responses come back decoded", "[https]")
{
    SslFixture fixture;
    HttpsTransport transport(localConfig(fixture.https.port));
    const QByteArray large = QByteArray::fromStdString(bigJson(20000));
    Response response = transport.request(Method::Post, "/echo", large, "token-123");
    INFO(response.detail.toStdString());
    REQUIRE(response.status == 200);
    CHECK(response.body == large); // the server gzips it back; curl decodes
    CHECK(fixture.seen.contentEncoding == "gzip");
    CHECK(fixture.seen.body == large.toStdString()); // httplib inflated what we sent
    CHECK(fixture.seen.contentType == "application/json; charset=utf-8");
    CHECK(fixture.seen.authorization == "Bearer token-123");
    CHECK(fixture.seen.protocol == "1");

    const QByteArray small = R"({"a":1})";
    response = transport.request(Method::Post, "/echo", small);
    REQUIRE(response.status == 200);
    CHECK(response.body == small);
    CHECK(fixture.seen.contentEncoding.empty());
    CHECK(fixture.seen.authorization.empty());

    // The reused handle goes back to GET with no body after a POST.
    response = transport.request(Method::Get, "/v1/health");
    CHECK(response.status == 200);
    CHECK(fixture.seen.body.empty());
    CHECK(fixture.seen.contentType.empty());
}

TEST_CASE("the connection is kept alive between requests", "[https]")
{
    SslFixture fixture;
    HttpsTransport transport(localConfig(fixture.https.port));
    for (int i = 0; i < 3; ++i)
        REQUIRE(transport.request(Method::Get, "/v1/health").status == 200);
    REQUIRE(fixture.seen.remotePorts.size() == 3);
    CHECK(fixture.seen.remotePorts[0] == fixture.seen.remotePorts[1]);
    CHECK(fixture.seen.remotePorts[1] == fixture.seen.remotePorts[2]);
}

TEST_CASE("a wrong pin fails with pin_mismatch and no body", "[https]")
{
    SslFixture fixture;
    TransportConfig config = localConfig(fixture.https.port);
    config.pinnedPublicKey = wrongPin();
    HttpsTransport transport(config);
    const Response response = transport.request(Method::Get, "/v1/health", {}, "secret-token");
    CHECK(response.failure == TransportFailure::PinMismatch);
    CHECK(response.status == 0);
    CHECK(response.body.isEmpty());
    CHECK(fixture.seen.hits == 0);
    CHECK(!response.detail.contains("secret-token"));
    CHECK(response.detail.startsWith("pin_mismatch"));
}

TEST_CASE("configurations that would weaken the transport are refused", "[https]")
{
    TransportConfig config = localConfig(443);
    config.baseUrl = "http://127.0.0.1:8080";
    CHECK_THROWS_AS(HttpsTransport(config), TransportConfigError);
    CHECK(HttpsTransport::validate(config)->contains("https://"));
    config.baseUrl = "ftp://127.0.0.1";
    CHECK(HttpsTransport::validate(config));
    config.baseUrl = "https://user:pw@127.0.0.1";
    CHECK(HttpsTransport::validate(config));
    config.baseUrl = "https://127.0.0.1";
    config.pinnedPublicKey.clear();
    CHECK_THROWS_AS(HttpsTransport(config), TransportConfigError);
    config.pinnedPublicKey = "sha256//not-a-pin";
    CHECK(HttpsTransport::validate(config));
    config.pinnedPublicKey = testCert().pin;
    CHECK(!HttpsTransport::validate(config));
}

TEST_CASE("an https URL to a plain HTTP server is a TLS failure", "[https]")
{
    Seen seen;
    TestServer<httplib::Server> plain;
    addRoutes(plain.server, seen);
    plain.start();
    HttpsTransport transport(localConfig(plain.port));
    const Response response = transport.request(Method::Get, "/v1/health");
    INFO(response.detail.toStdString());
    CHECK(response.failure == TransportFailure::TlsFailure);
    CHECK(classify(response) == Disposition::Retry);
}

TEST_CASE("nothing listening is cannot_connect", "[https]")
{
    HttpsTransport transport(localConfig(closedPort()));
    const Response response = transport.request(Method::Get, "/v1/health");
    CHECK(response.failure == TransportFailure::CannotConnect);
    CHECK(classify(response) == Disposition::Retry);
}

TEST_CASE("a redirect is not followed", "[https]")
{
    SslFixture fixture;
    HttpsTransport transport(localConfig(fixture.https.port));
    const Response response = transport.request(Method::Get, "/moved");
    CHECK(response.failure == TransportFailure::None);
    CHECK(response.status == 302);
    CHECK(fixture.seen.hits == 1);
}

TEST_CASE("429 with Retry-After: 7 is retried after at least 7 s", "[https]")
{
    SslFixture fixture;
    HttpsTransport transport(localConfig(fixture.https.port));
    const Response response = transport.request(Method::Get, "/limited");
    CHECK(response.status == 429);
    CHECK(response.retryAfterSeconds == 7);
    CHECK(classify(response) == Disposition::Retry);
    CHECK(errorCode(response) == "rate_limited");
    CHECK(response.detail == "HTTP 429 rate_limited");
    Backoff backoff([] { return 0.0; });
    CHECK(backoff.next(response) >= std::chrono::seconds(7));
}

TEST_CASE("the size cap counts decoded bytes", "[https]")
{
    SslFixture fixture;
    TransportConfig config = localConfig(fixture.https.port);
    config.maxResponseBytes = 1024 * 1024;
    HttpsTransport capped(config);
    Response response = capped.request(Method::Get, "/big");
    CHECK(response.failure == TransportFailure::ResponseTooLarge);
    CHECK(response.body.isEmpty());
    CHECK(response.bytesReceived <= config.maxResponseBytes);
    // The same transport carries on with the next request.
    CHECK(capped.request(Method::Get, "/v1/health").status == 200);

    config.maxResponseBytes = 4 * 1024 * 1024;
    HttpsTransport roomy(config);
    response = roomy.request(Method::Get, "/big");
    CHECK(response.status == 200);
    CHECK(response.body.size() > 2 * 1024 * 1024);
}

TEST_CASE("bad requests are refused before anything is sent", "[https]")
{
    HttpsTransport transport(localConfig(closedPort()));
    CHECK(transport.request(Method::Get, "v1/health").failure == TransportFailure::InvalidRequest);
    CHECK(transport.request(Method::Get, "/a b").failure == TransportFailure::InvalidRequest);
    CHECK(transport.request(Method::Get, "/x", {}, "tok\r\nX-Evil: 1").failure ==
          TransportFailure::InvalidRequest);
    const QByteArray huge(5 * 1024 * 1024, 'x');
    CHECK(transport.request(Method::Post, "/v1/push", huge).failure ==
          TransportFailure::RequestTooLarge);
    transport.cancel();
    CHECK(transport.request(Method::Get, "/v1/health").failure == TransportFailure::Cancelled);
}
