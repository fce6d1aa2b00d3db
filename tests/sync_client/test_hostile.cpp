// Servers that misbehave on purpose, built on OpenSSL directly: only TLS 1.0/1.1, a
// 1 byte/s trickle, a 20 MB chunked body. The client must refuse, give up in time and
// keep its memory bounded.
#include "rawtlsserver.h"
#include "testsupport.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace homevisit::sync;
using namespace testsupport;

namespace {

long maxResidentKiB()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// Proves the old-TLS server really speaks TLS 1.1, so the transport's refusal is its own.
bool handshakesAtTls11(int port)
{
    SSL_CTX *context = SSL_CTX_new(TLS_client_method());
    SSL_CTX_set_security_level(context, 0);
    SSL_CTX_set_min_proto_version(context, TLS1_VERSION);
    SSL_CTX_set_max_proto_version(context, TLS1_1_VERSION);
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    timeval timeout{5, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(uint16_t(port));
    bool ok = false;
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0) {
        SSL *ssl = SSL_new(context);
        SSL_set_fd(ssl, fd);
        ok = SSL_connect(ssl) == 1 && SSL_version(ssl) == TLS1_1_VERSION;
        SSL_shutdown(ssl);
        SSL_free(ssl);
    }
    ::close(fd);
    SSL_CTX_free(context);
    return ok;
}

void trickle(SSL *ssl, RawTlsServer &server)
{
    if (!server.readRequestHead(ssl))
        return;
    if (!server.write(ssl, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                           "Content-Length: 1000\r\n\r\n"))
        return;
    while (!server.stopping()) {
        if (!server.write(ssl, "a"))
            return;
        for (int i = 0; i < 10 && !server.stopping(); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
}

void endlessChunks(SSL *ssl, RawTlsServer &server)
{
    if (!server.readRequestHead(ssl))
        return;
    if (!server.write(ssl, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                           "Transfer-Encoding: chunked\r\n\r\n"))
        return;
    const std::string chunk = "10000\r\n" + std::string(0x10000, 'x') + "\r\n";
    const long long total = 20LL * 1024 * 1024;
    for (long long sent = 0; sent < total && !server.stopping(); sent += 0x10000) {
        if (!server.write(ssl, chunk))
            return;
    }
    server.write(ssl, "0\r\n\r\n");
}

} // namespace

TEST_CASE("a server offering only TLS 1.0/1.1 is refused", "[hostile]")
{
    RawTlsServer server(
        [](SSL_CTX *context) {
            // OpenSSL 3 forbids TLS < 1.2 at its default level on the server side too;
            // level 0 lets the server offer it, so the refusal must come from the client.
            SSL_CTX_set_security_level(context, 0);
            SSL_CTX_set_min_proto_version(context, TLS1_VERSION);
            SSL_CTX_set_max_proto_version(context, TLS1_1_VERSION);
        },
        [](SSL *, RawTlsServer &) {});
    HttpsTransport transport(localConfig(server.port()));
    const Response response = transport.request(Method::Get, "/v1/health");
    INFO(response.detail.toStdString());
    CHECK(response.failure == TransportFailure::TlsFailure);
    CHECK(response.status == 0);
    CHECK(server.handshakes == 0);
    CHECK(handshakesAtTls11(server.port()));
    // The server counts after SSL_accept returns, which may be just after the client.
    const auto start = std::chrono::steady_clock::now();
    while (server.handshakes == 0 && secondsSince(start) < 5)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    CHECK(server.handshakes == 1);
}

TEST_CASE("a server trickling 1 byte per second is given up on", "[hostile]")
{
    RawTlsServer server({}, trickle);
    TransportConfig config = localConfig(server.port());
    config.lowSpeedTime = std::chrono::seconds(5);
    config.timeout = std::chrono::seconds(60);
    HttpsTransport transport(config);
    const auto start = std::chrono::steady_clock::now();
    const Response response = transport.request(Method::Get, "/v1/pull");
    const double elapsed = secondsSince(start);
    INFO(response.detail.toStdString());
    CHECK(response.failure == TransportFailure::Timeout);
    CHECK(response.body.isEmpty());
    CHECK(elapsed >= 4.0);
    CHECK(elapsed < 15.0); // the low-speed time, not the 60 s overall timeout
    CHECK(classify(response) == Disposition::Retry);
}

TEST_CASE("an oversized chunked response is aborted at the cap", "[hostile]")
{
    RawTlsServer server({}, endlessChunks);
    TransportConfig config = localConfig(server.port());
    config.maxResponseBytes = 1024 * 1024;
    HttpsTransport transport(config);
    const long residentBefore = maxResidentKiB();
    const Response response = transport.request(Method::Get, "/v1/pull");
    INFO(response.detail.toStdString());
    CHECK(response.failure == TransportFailure::ResponseTooLarge);
    CHECK(response.status == 0);
    CHECK(response.body.isEmpty());
    CHECK(response.bytesReceived <= config.maxResponseBytes);
    CHECK(response.bytesReceived > config.maxResponseBytes - 0x10000);
    // Holding the 20 MB would have raised the peak resident size by at least that much.
    CHECK(maxResidentKiB() - residentBefore < 12 * 1024);
    CHECK(classify(response) == Disposition::Retry);
}

TEST_CASE("cancel() from another thread stops a request in flight", "[hostile]")
{
    RawTlsServer server({}, trickle);
    TransportConfig config = localConfig(server.port());
    HttpsTransport transport(config); // low-speed time 20 s: only cancel() ends it early
    std::thread canceller([&transport] {
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        transport.cancel();
    });
    const auto start = std::chrono::steady_clock::now();
    const Response response = transport.request(Method::Get, "/v1/pull");
    const double elapsed = secondsSince(start);
    canceller.join();
    CHECK(response.failure == TransportFailure::Cancelled);
    CHECK(elapsed < 5.0);
    CHECK(transport.request(Method::Get, "/v1/pull").failure == TransportFailure::Cancelled);
}
