#include "httpserver.h"

#include "protocol/protocol.h"

#include <QJsonArray>

#include <httplib.h>
#include <openssl/ssl.h>

#include <arpa/inet.h>

#include <chrono>
#include <cstring>

namespace homevisit::gateway {

using sync::ProtocolError;

namespace {

constexpr char JsonType[] = "application/json; charset=utf-8";
constexpr qsizetype CompressAbove = 1024;
// Each keep-alive connection holds a worker while it is open, even idle: enough workers
// for a team's tablets, and a short keep-alive so an idle tablet gives its worker back.
constexpr int Threads = 32;
constexpr qint64 DrainLimit = 16 * 1024 * 1024;

// Start of the request on this worker thread, for the latency histogram.
thread_local std::chrono::steady_clock::time_point requestStart;

QByteArray header(const httplib::Request &request, const char *name)
{
    return QByteArray::fromStdString(request.get_header_value(name));
}

ProtocolError failure(int status, const QString &code, const QString &message)
{
    return ProtocolError{status, code, message, {}};
}

void send(const httplib::Request &request, httplib::Response &response, const Reply &reply)
{
    response.status = reply.status;
    QByteArray body = reply.body;
    // application/json with a charset is not a type httplib compresses itself, so the
    // 1 KiB threshold of the protocol is ours to apply.
    if (body.size() > CompressAbove && header(request, "Accept-Encoding").contains("gzip")) {
        body = sync::gzipCompress(body);
        response.set_header("Content-Encoding", "gzip");
        response.set_header("Vary", "Accept-Encoding");
    }
    response.set_content(body.constData(), std::size_t(body.size()), JsonType);
}

void sendError(const httplib::Request &request, httplib::Response &response,
               const ProtocolError &error)
{
    send(request, response, Reply::error(error));
}

std::optional<ProtocolError> checkProtocol(const httplib::Request &request)
{
    auto error = sync::checkProtocolHeader(header(request, sync::ProtocolHeader));
    if (error)
        error->extra.insert("supported", QJsonArray{sync::ProtocolVersion});
    return error;
}

// Reads the request body (httplib has already inflated a gzip body chunk by chunk), never
// keeping more than the protocol allows, so a zip bomb costs at most 4 MiB. An oversized
// body is still read to its end (up to DrainLimit) so the client, which is still
// sending, gets to read the 413 instead of a reset connection.
std::variant<QByteArray, ProtocolError> readBody(const httplib::Request &request,
                                                 const httplib::ContentReader *reader)
{
    const QByteArray encoding = header(request, "Content-Encoding").trimmed().toLower();
    if (!encoding.isEmpty() && encoding != "gzip" && encoding != "identity")
        return failure(400, "invalid_value", "Content-Encoding must be gzip or absent");
    const bool gzip = encoding == "gzip";
    const qint64 wireLength = header(request, "Content-Length").toLongLong();
    const qint64 wireLimit = gzip ? sync::MaxCompressedRequestBytes : sync::MaxRequestBytes;
    bool tooLarge = wireLength > wireLimit;
    bool complete = true;
    QByteArray body;
    if (reader && wireLength <= DrainLimit) {
        complete = (*reader)([&](const char *data, std::size_t length) {
            tooLarge = tooLarge || body.size() + qsizetype(length) > sync::MaxRequestBytes;
            if (!tooLarge)
                body.append(data, qsizetype(length));
            else
                body.clear();
            return true;
        });
    }
    if (tooLarge || wireLength > DrainLimit)
        return failure(413, "body_too_large",
                       "a request body may be at most 1 MiB compressed and 4 MiB inflated");
    if (!complete)
        return failure(400, "malformed_json", "the body could not be read or inflated");
    // Should a build of httplib leave the body compressed, inflate it here, capped.
    if (gzip && body.startsWith("\x1f\x8b")) {
        auto inflated = sync::gzipDecompress(body, sync::MaxRequestBytes);
        if (!inflated)
            return failure(413, "body_too_large", "the body is not gzip or inflates beyond 4 MiB");
        body = *inflated;
    }
    return body;
}

QString endpointOf(const std::string &path)
{
    static const char *const Known[] = {"/v1/enroll", "/v1/token",  "/v1/push",
                                        "/v1/pull",   "/v1/health", "/metrics"};
    for (const char *known : Known) {
        if (path == known)
            return QString::fromLatin1(known);
    }
    // Admin paths hold ids; one label keeps them out of the metrics.
    if (path.rfind("/v1/admin/", 0) == 0)
        return QStringLiteral("/v1/admin");
    return QStringLiteral("other");
}

QString errorCodeFor(int status)
{
    switch (status) {
    case 400:
        return "malformed_json";
    case 404:
        return "not_found";
    case 405:
        return "not_found";
    case 413:
        return "body_too_large";
    case 503:
        return "unavailable";
    default:
        return status >= 500 ? "internal" : "invalid_value";
    }
}

} // namespace

bool isLoopback(const QString &host)
{
    if (host == u"localhost")
        return true;
    const QByteArray text = host.toLatin1();
    in_addr v4{};
    if (inet_pton(AF_INET, text.constData(), &v4) == 1)
        return (ntohl(v4.s_addr) >> 24) == 127; // 127.0.0.0/8
    in6_addr v6{};
    return inet_pton(AF_INET6, text.constData(), &v6) == 1 &&
           std::memcmp(&v6, &in6addr_loopback, sizeof v6) == 0;
}

HttpServer::HttpServer(Gateway &gateway) : m_gateway(gateway) {}

HttpServer::~HttpServer() = default;

bool HttpServer::bind(const ListenOptions &options, QString *error)
{
    if (options.tls()) {
        auto server = std::make_unique<httplib::SSLServer>(
            options.certFile.toLocal8Bit().constData(), options.keyFile.toLocal8Bit().constData());
        if (!server->is_valid()) {
            *error = "cannot load the TLS certificate or key";
            return false;
        }
        // The protocol requires TLS 1.2 or newer; httplib's default allows older.
        SSL_CTX_set_min_proto_version(server->ssl_context(), TLS1_2_VERSION);
        m_server = std::move(server);
    } else {
        m_server = std::make_unique<httplib::Server>();
    }
    routes();
    const std::string host = options.host.toStdString();
    if (options.port == 0) {
        m_port = m_server->bind_to_any_port(host);
    } else {
        m_port = m_server->bind_to_port(host, options.port) ? options.port : -1;
    }
    if (m_port <= 0) {
        *error = QStringLiteral("cannot listen on %1:%2").arg(options.host).arg(options.port);
        return false;
    }
    return true;
}

void HttpServer::run()
{
    m_server->listen_after_bind();
}

void HttpServer::stop()
{
    if (m_server)
        m_server->stop();
}

void HttpServer::routes()
{
    auto &server = *m_server;
    server.new_task_queue = [] { return new httplib::ThreadPool(Threads); };
    // Beyond this httplib refuses to read a body at all; readBody applies the real limits.
    server.set_payload_max_length(std::size_t(DrainLimit));
    server.set_read_timeout(30);
    server.set_write_timeout(30);
    server.set_keep_alive_timeout(5);
    // A sync round is several requests (token, push batches, pull pages): one TLS
    // handshake for all of them on a slow mobile link (httplib closes after 5 by default).
    server.set_keep_alive_max_count(100);
    // httplib writes headers and body separately; without this every answer waits for
    // the tablet's delayed ACK (~40 ms on Linux). bench_gateway_load: 44 -> 2 ms p50.
    server.set_tcp_nodelay(true);
    server.set_default_headers({{sync::ProtocolHeader, "1"}});

    server.set_pre_routing_handler([](const httplib::Request &, httplib::Response &) {
        requestStart = std::chrono::steady_clock::now();
        return httplib::Server::HandlerResponse::Unhandled;
    });
    server.set_logger([this](const httplib::Request &request, const httplib::Response &response) {
        const std::chrono::duration<double> elapsed =
            std::chrono::steady_clock::now() - requestStart;
        m_gateway.metrics().countRequest(endpointOf(request.path), response.status,
                                         elapsed.count());
    });
    server.set_error_handler([](const httplib::Request &request, httplib::Response &response) {
        if (!response.body.empty())
            return;
        sendError(request, response,
                  failure(response.status, errorCodeFor(response.status),
                          QStringLiteral("HTTP %1").arg(response.status)));
    });
    server.set_exception_handler(
        [](const httplib::Request &request, httplib::Response &response, std::exception_ptr) {
            sendError(request, response, failure(500, "internal", "internal error"));
        });

    // POST endpoints: one function of the (bounded, inflated) body.
    using BodyHandler = std::function<Reply(const httplib::Request &, const QByteArray &)>;
    const auto post = [&server](const char *path, BodyHandler handle) {
        const auto serve = [handle](const httplib::Request &request, httplib::Response &response,
                                    const httplib::ContentReader *reader) {
            if (const auto error = checkProtocol(request))
                return sendError(request, response, *error);
            const auto body = readBody(request, reader);
            if (const auto *error = std::get_if<ProtocolError>(&body)) {
                response.set_header("Connection", "close"); // the rest stays unread
                return sendError(request, response, *error);
            }
            send(request, response, handle(request, std::get<QByteArray>(body)));
        };
        server.Post(path, httplib::Server::HandlerWithContentReader(
                              [serve](const httplib::Request &request, httplib::Response &response,
                                      const httplib::ContentReader &reader) {
                                  serve(request, response, &reader);
                              }));
        // A POST without a body never reaches the content-reader handler.
        server.Post(path, httplib::Server::Handler([serve](const httplib::Request &request,
                                                           httplib::Response &response) {
                        serve(request, response, nullptr);
                    }));
    };
    post("/v1/enroll", [this](const httplib::Request &, const QByteArray &body) {
        return m_gateway.enroll(body);
    });
    post("/v1/token", [this](const httplib::Request &, const QByteArray &body) {
        return m_gateway.token(body);
    });
    post("/v1/push", [this](const httplib::Request &request, const QByteArray &body) {
        return m_gateway.push(header(request, "Authorization"), body);
    });

    post("/v1/admin/credentials", [this](const httplib::Request &request, const QByteArray &body) {
        return m_gateway.adminCredential(header(request, "Authorization"), body);
    });
    post(R"(/v1/admin/devices/([^/]+)/revoke)",
         [this](const httplib::Request &request, const QByteArray &) {
             return m_gateway.adminRevokeDevice(header(request, "Authorization"),
                                                QString::fromStdString(request.matches[1]));
         });
    post(R"(/v1/admin/users/([^/]+)/revoke)",
         [this](const httplib::Request &request, const QByteArray &) {
             return m_gateway.adminRevokeUser(header(request, "Authorization"),
                                              QString::fromStdString(request.matches[1]));
         });
    server.Get(
        "/v1/admin/devices", [this](const httplib::Request &request, httplib::Response &response) {
            if (const auto error = checkProtocol(request))
                return sendError(request, response, *error);
            send(request, response, m_gateway.adminDevices(header(request, "Authorization")));
        });
    server.Get("/v1/pull", [this](const httplib::Request &request, httplib::Response &response) {
        if (const auto error = checkProtocol(request))
            return sendError(request, response, *error);
        const QString cursor = QString::fromStdString(request.get_param_value("cursor"));
        const QString limit = QString::fromStdString(request.get_param_value("limit"));
        send(request, response, m_gateway.pull(header(request, "Authorization"), cursor, limit));
    });
    server.Get("/v1/health", [this](const httplib::Request &request, httplib::Response &response) {
        send(request, response, m_gateway.health());
    });
    server.Get("/metrics", [this](const httplib::Request &, httplib::Response &response) {
        const QByteArray text = m_gateway.metrics().render();
        response.set_content(text.constData(), std::size_t(text.size()),
                             "text/plain; version=0.0.4; charset=utf-8");
    });
}

} // namespace homevisit::gateway
