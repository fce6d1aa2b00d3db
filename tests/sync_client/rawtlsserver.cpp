#include "rawtlsserver.h"

#include "testsupport.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace testsupport {

namespace {

int listenOnLoopback(int &port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
    REQUIRE(::listen(fd, 4) == 0);
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length);
    port = ntohs(address.sin_port);
    return fd;
}

// A stuck peer must not hang the server thread, and so the test, forever.
void setSocketTimeouts(int fd)
{
    timeval timeout{5, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
}

} // namespace

RawTlsServer::RawTlsServer(Configure configure, Serve serve) : m_serve(std::move(serve))
{
    m_context = SSL_CTX_new(TLS_server_method());
    REQUIRE(m_context);
    const TestCert &cert = testCert();
    REQUIRE(SSL_CTX_use_certificate_file(m_context, cert.certPath.toLocal8Bit().constData(),
                                         SSL_FILETYPE_PEM) == 1);
    REQUIRE(SSL_CTX_use_PrivateKey_file(m_context, cert.keyPath.toLocal8Bit().constData(),
                                        SSL_FILETYPE_PEM) == 1);
    if (configure)
        configure(m_context);
    m_listener = listenOnLoopback(m_port);
    m_thread = std::thread([this] { run(); });
}

RawTlsServer::~RawTlsServer()
{
    m_stopping.store(true);
    m_thread.join();
    ::close(m_listener);
    SSL_CTX_free(m_context);
}

void RawTlsServer::run()
{
    while (!m_stopping.load()) {
        pollfd poller{m_listener, POLLIN, 0};
        if (::poll(&poller, 1, 100) <= 0)
            continue;
        const int fd = ::accept(m_listener, nullptr, nullptr);
        if (fd >= 0)
            serveOne(fd);
    }
}

void RawTlsServer::serveOne(int fd)
{
    setSocketTimeouts(fd);
    SSL *ssl = SSL_new(m_context);
    SSL_set_fd(ssl, fd);
    if (SSL_accept(ssl) == 1) {
        ++handshakes;
        m_serve(ssl, *this);
        SSL_shutdown(ssl);
    }
    SSL_free(ssl);
    ::close(fd);
}

bool RawTlsServer::readRequestHead(SSL *ssl)
{
    std::string head;
    char buffer[4096];
    while (head.find("\r\n\r\n") == std::string::npos && head.size() < 65536) {
        const int n = SSL_read(ssl, buffer, sizeof buffer);
        if (n <= 0)
            return false;
        head.append(buffer, size_t(n));
    }
    return true;
}

bool RawTlsServer::write(SSL *ssl, const std::string &bytes)
{
    size_t written = 0;
    while (written < bytes.size()) {
        const int n = SSL_write(ssl, bytes.data() + written, int(bytes.size() - written));
        if (n <= 0)
            return false;
        written += size_t(n);
        bytesSent += n;
    }
    return true;
}

} // namespace testsupport
