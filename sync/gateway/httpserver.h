// The HTTP(S) front of the gateway: a strict, event-driven HTTP/1.1 server on Boost.Beast
// and Asio (OpenSSL for TLS). A few I/O threads carry every connection, so an idle or slow
// connection costs memory, never a thread; the Gateway calls, which block on the database,
// run on a bounded worker pool. This layer owns the transport rules: TLS 1.2+ with AEAD
// suites only, deadlines, header and body limits, strict framing, Content-Type, the
// Homevisit-Protocol header, gzip both ways, rate limits, JSON errors and metrics
// (docs/gateway.md, "Connections and limits"). Everything else is Gateway's.
#pragma once

#include "sync/gateway/gateway.h"

#include <QString>

#include <chrono>
#include <cstddef>
#include <memory>

namespace homevisit::gateway {

struct ListenOptions
{
    QString host = "127.0.0.1";
    int port = 8443; // 0 = any free port
    QString certFile;
    QString keyFile;
    bool tls() const { return !certFile.isEmpty(); }
};

// A token bucket: `perSecond` requests a second on average, `burst` at once.
// perSecond <= 0 turns the limit off.
struct RateLimit
{
    double perSecond = 0;
    double burst = 0;
    bool enabled() const { return perSecond > 0 && burst >= 1; }
};

// What one connection and one request may cost. The defaults are what homevisit-central
// runs with; its command-line flags change some of them (docs/gateway.md).
struct ServerLimits
{
    int ioThreads = 2;         // carry every connection's reads, writes and TLS
    int workers = 16;          // Gateway calls (database); also PostgreSQL connections
    int maxQueued = 512;       // requests waiting for a worker; beyond, 503 + Retry-After
    int maxConnections = 8192; // open at once; beyond, a new one is closed at once
    std::chrono::seconds handshakeTimeout{10}; // TCP accept to the end of the TLS handshake
    std::chrono::seconds requestTimeout{30};   // first byte of a request to its last
    std::chrono::seconds idleTimeout{10};      // keep-alive: waiting for the next request
    std::chrono::seconds writeTimeout{30};     // writing one response
    std::size_t maxHeaderBytes = 8 * 1024;     // request line and headers; beyond, 431
    int maxHeaders = 100;                      // header lines; beyond, 431
    RateLimit perAddress{300, 3000};           // by the peer's IP address
    RateLimit perDevice{20, 200};              // by the Authorization header (one token)
};

class HttpServer
{
public:
    explicit HttpServer(Gateway &gateway, ServerLimits limits = {});
    ~HttpServer();

    // Binds the socket; false with *error set when TLS material or the address is bad.
    bool bind(const ListenOptions &options, QString *error);
    // A second, plain-HTTP listener that serves GET /metrics only (the main one answers
    // 404 there). Optional; call before run().
    bool bindMetrics(const QString &host, int port, QString *error);
    int port() const { return m_port; }
    int metricsPort() const { return m_metricsPort; }
    void run();  // blocks until stop()
    void stop(); // safe from another thread and from a signal-waiting thread

    class Impl;

private:
    std::unique_ptr<Impl> m_impl;
    int m_port = 0;
    int m_metricsPort = 0;
};

// Loopback addresses are the only ones plain HTTP may listen on (tests, a local proxy).
bool isLoopback(const QString &host);

} // namespace homevisit::gateway
