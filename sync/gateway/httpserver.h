// The HTTP(S) front of the gateway on cpp-httplib's thread pool: TLS 1.2+, the
// Homevisit-Protocol header, gzip in both directions, body limits, JSON errors and
// metrics. Everything else is Gateway's.
#pragma once

#include "gateway.h"

#include <QString>

#include <memory>

namespace httplib {
class Server;
}

namespace homevisit::gateway {

struct ListenOptions
{
    QString host = "127.0.0.1";
    int port = 8443; // 0 = any free port
    QString certFile;
    QString keyFile;
    bool tls() const { return !certFile.isEmpty(); }
};

class HttpServer
{
public:
    explicit HttpServer(Gateway &gateway);
    ~HttpServer();

    // Binds the socket; false with *error set when TLS material or the address is bad.
    bool bind(const ListenOptions &options, QString *error);
    int port() const { return m_port; }
    void run();  // blocks until stop()
    void stop(); // safe from another thread

private:
    void routes();

    Gateway &m_gateway;
    std::unique_ptr<httplib::Server> m_server;
    int m_port = 0;
};

// Loopback addresses are the only ones plain HTTP may listen on (tests, a local proxy).
bool isLoopback(const QString &host);

} // namespace homevisit::gateway
