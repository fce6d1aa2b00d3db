// A bare OpenSSL server on 127.0.0.1 for behaviour no well-behaved HTTP library offers:
// old TLS versions only, trickled bytes, endless chunked bodies. One connection at a
// time, on its own thread, until destroyed.
#pragma once

#include <openssl/ssl.h>

#include <atomic>
#include <functional>
#include <string>
#include <thread>

namespace testsupport {

class RawTlsServer
{
public:
    using Configure = std::function<void(SSL_CTX *)>;
    using Serve = std::function<void(SSL *, RawTlsServer &)>;

    RawTlsServer(Configure configure, Serve serve);
    ~RawTlsServer();
    RawTlsServer(const RawTlsServer &) = delete;
    RawTlsServer &operator=(const RawTlsServer &) = delete;

    int port() const { return m_port; }
    bool stopping() const { return m_stopping.load(); }

    // Helpers for Serve functions.
    bool readRequestHead(SSL *ssl);                 // up to the blank line
    bool write(SSL *ssl, const std::string &bytes); // counts into bytesSent

    std::atomic<long long> bytesSent{0};
    std::atomic<int> handshakes{0};

private:
    void run();
    void serveOne(int fd);

    SSL_CTX *m_context = nullptr;
    Serve m_serve;
    int m_listener = -1;
    int m_port = 0;
    std::atomic<bool> m_stopping{false};
    std::thread m_thread;
};

} // namespace testsupport
