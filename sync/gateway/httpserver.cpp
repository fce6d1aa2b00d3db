#include "httpserver.h"

#include "sync/gateway/httprules.h"
#include "sync/gateway/ratelimiter.h"
#include "sync/gateway/workerpool.h"

#include "sync/protocol/protocol.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <arpa/inet.h>

#include <atomic>
#include <cstring>
#include <optional>
#include <thread>

namespace homevisit::gateway {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace ssl = asio::ssl;
using tcp = asio::ip::tcp;
using Clock = std::chrono::steady_clock;
using sync::ProtocolError;
namespace rules = http_rules;

namespace {

constexpr char JsonType[] = "application/json; charset=utf-8";
constexpr qsizetype CompressAbove = 1024;
// After a refusal that leaves a body unread, the answer is sent, our side of the TCP
// connection is shut, and what the client still sends is read and dropped for a short
// while, so it gets to read the answer instead of a reset. Bounded both ways: a client
// that keeps sending is cut off.
constexpr std::size_t LingerBytes = 8 * 1024 * 1024;
constexpr auto LingerTime = std::chrono::seconds(2);
// TLS 1.2: ECDHE key exchange with an AEAD cipher only. TLS 1.3's own suites are all AEAD.
constexpr char Tls12Ciphers[] = "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
                                "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
                                "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305";
constexpr char Tls13Suites[] =
    "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256";

// An answer before it becomes an http::response.
struct Answer
{
    int status = 200;
    QByteArray body;
    std::string contentType = JsonType;
    bool gzip = false;  // body is gzip-compressed
    int retryAfter = 0; // seconds; 0 = no Retry-After
};

Answer fromReply(const Reply &reply)
{
    return Answer{reply.status, reply.body};
}

Answer failure(int status, const QString &code, const QString &message, int retryAfter = 0)
{
    Answer answer = fromReply(Reply::error(ProtocolError{status, code, message, {}}));
    answer.retryAfter = retryAfter;
    return answer;
}

enum class Route
{
    None,
    Enroll,
    Token,
    Push,
    Pull,
    Health,
    AdminCredentials,
    AdminRevokeDevice,
    AdminRevokeUser,
    AdminDevices,
    Devices,
    ApproveDevice,
    RefuseDevice,
    Export,
    AdminImport,
    Metrics,
};

struct Routed
{
    Route route = Route::None;
    QString id; // the {device_id} or {user} of an admin path
};

// "/v1/admin/<kind>/<id>/revoke" -> id, when the path has that shape.
std::optional<QString> revokeTarget(std::string_view path, std::string_view kind)
{
    const std::string prefix = "/v1/admin/" + std::string(kind) + "/";
    constexpr std::string_view suffix = "/revoke";
    if (path.size() <= prefix.size() + suffix.size() || path.substr(0, prefix.size()) != prefix ||
        path.substr(path.size() - suffix.size()) != suffix)
        return std::nullopt;
    const std::string_view id =
        path.substr(prefix.size(), path.size() - prefix.size() - suffix.size());
    if (id.find('/') != std::string_view::npos)
        return std::nullopt;
    return QString::fromUtf8(id.data(), qsizetype(id.size()));
}

// "/v1/devices/<id>/<decision>" -> id, when the path has that shape.
std::optional<QString> decisionTarget(std::string_view path, std::string_view decision)
{
    constexpr std::string_view prefix = "/v1/devices/";
    const std::string suffix = "/" + std::string(decision);
    if (path.size() <= prefix.size() + suffix.size() || path.substr(0, prefix.size()) != prefix ||
        path.substr(path.size() - suffix.size()) != suffix)
        return std::nullopt;
    const std::string_view id =
        path.substr(prefix.size(), path.size() - prefix.size() - suffix.size());
    if (id.find('/') != std::string_view::npos)
        return std::nullopt;
    return QString::fromUtf8(id.data(), qsizetype(id.size()));
}

Routed routeOf(http::verb method, const std::string &path, bool metricsListener)
{
    if (metricsListener)
        return {method == http::verb::get && path == "/metrics" ? Route::Metrics : Route::None, {}};
    if (method == http::verb::get) {
        if (path == "/v1/pull")
            return {Route::Pull, {}};
        if (path == "/v1/health")
            return {Route::Health, {}};
        if (path == "/v1/admin/devices")
            return {Route::AdminDevices, {}};
        if (path == "/v1/devices")
            return {Route::Devices, {}};
        if (path == "/v1/export")
            return {Route::Export, {}};
        return {};
    }
    if (method != http::verb::post)
        return {};
    if (path == "/v1/enroll")
        return {Route::Enroll, {}};
    if (path == "/v1/token")
        return {Route::Token, {}};
    if (path == "/v1/push")
        return {Route::Push, {}};
    if (path == "/v1/admin/credentials")
        return {Route::AdminCredentials, {}};
    if (path == "/v1/admin/import")
        return {Route::AdminImport, {}};
    if (auto device = revokeTarget(path, "devices"))
        return {Route::AdminRevokeDevice, *device};
    if (auto user = revokeTarget(path, "users"))
        return {Route::AdminRevokeUser, *user};
    if (auto device = decisionTarget(path, "approve"))
        return {Route::ApproveDevice, *device};
    if (auto device = decisionTarget(path, "refuse"))
        return {Route::RefuseDevice, *device};
    return {};
}

bool takesBody(Route route)
{
    return route == Route::Enroll || route == Route::Token || route == Route::Push ||
           route == Route::AdminCredentials || route == Route::AdminImport;
}

// A county's caseload snapshot is some 20 MB of JSON Lines; every other body is small.
constexpr std::uint64_t MaxImportSentBytes = 64ULL * 1024 * 1024;
constexpr std::size_t MaxImportInflatedBytes = 256ULL * 1024 * 1024;

bool isTrue(const std::string &value)
{
    return value == "1" || value == "true";
}

QByteArray fieldOf(const http::request_header<> &header, http::field field)
{
    const auto value = header[field];
    return QByteArray(value.data(), qsizetype(value.size()));
}

// What a worker needs to answer one request.
struct Call
{
    Routed routed;
    std::string target;
    QByteArray authorization;
    bool gzipBody = false;
    bool acceptGzip = false;
    std::string body;
};

// The rules of one HTTP error from Beast's parser: which answer it gets.
Answer parseFailure(const beast::error_code &ec)
{
    if (ec == http::error::body_limit)
        return failure(413, "body_too_large",
                       "a request body may be at most 1 MiB as sent and 4 MiB inflated");
    if (ec == http::error::header_limit)
        return failure(431, "headers_too_large", "the request's headers are too large");
    if (ec == http::error::bad_content_length)
        return failure(400, "malformed_request", "Content-Length is not one decimal number");
    if (ec == http::error::bad_transfer_encoding)
        return failure(400, "malformed_request", "Transfer-Encoding is not allowed here");
    return failure(400, "malformed_request", "the request is not valid HTTP/1.1");
}

// Strict framing beyond what Beast's parser refuses itself: one Content-Length, never
// with Transfer-Encoding, and Transfer-Encoding only as "chunked".
std::optional<Answer> framingProblem(const http::request_header<> &header)
{
    if (header.version() != 11 && header.version() != 10)
        return failure(400, "malformed_request", "HTTP/1.0 or HTTP/1.1 only");
    if (header.count(http::field::content_length) > 1)
        return failure(400, "malformed_request", "more than one Content-Length");
    const auto encodings = header.count(http::field::transfer_encoding);
    if (encodings == 0)
        return std::nullopt;
    if (encodings > 1 || header.count(http::field::content_length) > 0 ||
        !beast::iequals(header[http::field::transfer_encoding], "chunked"))
        return failure(400, "malformed_request",
                       "Transfer-Encoding must be chunked alone, without Content-Length");
    return std::nullopt;
}

std::string deviceKey(const QByteArray &authorization)
{
    return QCryptographicHash::hash(authorization, QCryptographicHash::Sha256).toStdString();
}

} // namespace

// --- the server ------------------------------------------------------------------------

class HttpServer::Impl
{
public:
    Impl(Gateway &gateway, const ServerLimits &limits)
        : gateway(gateway), limits(limits), byAddress(limits.perAddress),
          byDevice(limits.perDevice), io(std::max(1, limits.ioThreads)),
          workers(std::max(1, limits.workers), std::size_t(std::max(1, limits.maxQueued)))
    {}

    bool listen(tcp::acceptor &acceptor, const QString &host, int port, QString *error);
    bool loadTls(const ListenOptions &options, QString *error);
    void accept(tcp::acceptor &acceptor, bool metricsListener);
    void startSession(tcp::socket socket, bool metricsListener);

    // On the I/O thread, from the header alone: an answer when the request is refused.
    std::optional<Answer> screen(const http::request_header<> &header, const Routed &routed,
                                 const std::string &peer, bool hasBody);
    // On a worker: the Gateway's answer, its body compressed when asked for.
    Answer serve(const Call &call);
    Answer dispatch(const Call &call, const QByteArray &body);

    // Declared so that destruction runs: workers (joined), acceptors, io (which destroys
    // the sessions still waiting in it), and only then what sessions use.
    Gateway &gateway;
    ServerLimits limits;
    std::optional<ssl::context> tls;
    RateLimiter byAddress;
    RateLimiter byDevice;
    std::atomic<int> openConnections{0};
    asio::io_context io;
    tcp::acceptor mainAcceptor{io};
    tcp::acceptor metricsAcceptor{io};
    WorkerPool workers; // last: destroyed (and joined) first, while the rest still stands
};

namespace {

// One connection: TLS handshake (when TLS), then requests one after another on it
// (keep-alive), each read under a deadline, answered from a worker, written back.
template <class Stream> class Session : public std::enable_shared_from_this<Session<Stream>>
{
public:
    static constexpr bool Tls = !std::is_same_v<Stream, beast::tcp_stream>;

    template <class... Args>
    Session(HttpServer::Impl &server, bool metricsListener, std::string peer, Args &&...args)
        : m_server(server), m_stream(std::forward<Args>(args)...),
          m_metricsListener(metricsListener), m_peer(std::move(peer))
    {
        ++m_server.openConnections;
    }
    ~Session() { --m_server.openConnections; }

    void start()
    {
        if constexpr (Tls) {
            tcpStream().expires_after(m_server.limits.handshakeTimeout);
            m_stream.async_handshake(ssl::stream_base::server,
                                     [self = this->shared_from_this()](beast::error_code ec) {
                                         if (!ec)
                                             self->readRequest();
                                     });
        } else {
            readRequest();
        }
    }

private:
    beast::tcp_stream &tcpStream() { return beast::get_lowest_layer(m_stream); }

    // Waiting for the next request is bounded by the idle timeout; once its first byte
    // is here, the whole request (headers and body) by the request deadline.
    void readRequest()
    {
        m_parser.emplace();
        m_parser->header_limit(std::uint32_t(m_server.limits.maxHeaderBytes + 1));
        m_parser->body_limit(std::uint64_t(sync::MaxCompressedRequestBytes));
        m_requestStarted = false;
        m_bodyUnread = false;
        m_acceptGzip = false;
        m_endpoint = QStringLiteral("other");
        if (m_buffer.size() > 0)
            startRequestClock();
        else
            tcpStream().expires_after(m_server.limits.idleTimeout);
        readHeader();
    }

    void startRequestClock()
    {
        m_requestStarted = true;
        m_started = Clock::now();
        tcpStream().expires_after(m_server.limits.requestTimeout);
    }

    void readHeader()
    {
        const auto data = m_buffer.data();
        const std::string_view received(static_cast<const char *>(data.data()), data.size());
        std::size_t length = 0;
        switch (rules::checkHeaderBlock(received, m_server.limits.maxHeaderBytes,
                                        m_server.limits.maxHeaders, &length)) {
        case rules::HeaderBlock::Complete:
            return parseHeader(length);
        case rules::HeaderBlock::TooLarge:
        case rules::HeaderBlock::TooMany:
            return refuse(
                failure(431, "headers_too_large", "at most 100 header lines and 8 KiB of headers"));
        case rules::HeaderBlock::Forbidden:
            return refuse(failure(400, "malformed_request",
                                  "a header holds a control character, a bare LF or a folded "
                                  "line"));
        case rules::HeaderBlock::Incomplete:
            break;
        }
        m_stream.async_read_some(m_buffer.prepare(4096), [self = this->shared_from_this()](
                                                             beast::error_code ec, std::size_t n) {
            if (ec)
                return self->close(); // timeout, reset or EOF: nothing to answer
            self->m_buffer.commit(n);
            if (!self->m_requestStarted)
                self->startRequestClock();
            self->readHeader();
        });
    }

    void parseHeader(std::size_t length)
    {
        beast::error_code ec;
        m_parser->put(asio::buffer(m_buffer.data().data(), length), ec);
        m_buffer.consume(length);
        if (ec || !m_parser->is_header_done())
            return refuse(parseFailure(ec));
        const auto &header = m_parser->get().base();
        m_acceptGzip = fieldOf(header, http::field::accept_encoding).contains("gzip");
        if (auto problem = framingProblem(header))
            return refuse(*problem);
        m_target = std::string(header.target());
        m_routed = routeOf(header.method(), rules::targetPath(m_target), m_metricsListener);
        m_endpoint = rules::endpointLabel(rules::targetPath(m_target));
        const bool hasBody = !m_parser->is_done();
        if (m_routed.route == Route::AdminImport)
            m_parser->body_limit(MaxImportSentBytes);
        if (auto refusal = m_server.screen(header, m_routed, m_peer, hasBody)) {
            if (hasBody)
                return refuse(*refusal);
            m_keepAlive = m_parser->get().keep_alive();
            return respond(*refusal);
        }
        if (!hasBody)
            return dispatch();
        if (beast::iequals(header[http::field::expect], "100-continue"))
            return sendContinue();
        readBody();
    }

    void sendContinue()
    {
        auto cont = std::make_shared<http::response<http::empty_body>>(http::status::continue_, 11);
        http::async_write(
            m_stream, *cont,
            [self = this->shared_from_this(), cont](beast::error_code ec, std::size_t) {
                if (ec)
                    return self->close();
                self->readBody();
            });
    }

    // Beast's parser stops at the body limit, for chunked bodies at the first chunk that
    // passes it: the rest is never read.
    void readBody()
    {
        http::async_read(m_stream, m_buffer, *m_parser,
                         [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
                             if (ec == beast::error::timeout || ec == http::error::end_of_stream ||
                                 ec == asio::error::eof || ec == asio::error::connection_reset)
                                 return self->close();
                             if (ec)
                                 return self->refuse(parseFailure(ec));
                             self->dispatch();
                         });
    }

    void dispatch()
    {
        auto &request = m_parser->get();
        Call call;
        call.routed = m_routed;
        call.target = m_target;
        call.authorization = fieldOf(request, http::field::authorization);
        call.gzipBody = beast::iequals(request[http::field::content_encoding], "gzip");
        call.acceptGzip = m_acceptGzip;
        call.body = std::move(request.body());
        m_keepAlive = request.keep_alive();
        auto self = this->shared_from_this();
        const bool queued = m_server.workers.tryPost([self, call = std::move(call)] {
            Answer answer = self->m_server.serve(call);
            asio::post(self->m_stream.get_executor(),
                       [self, answer = std::move(answer)] { self->respond(answer); });
        });
        if (!queued)
            respond(failure(503, "unavailable", "the gateway is busy; retry", 1));
    }

    // A refusal before the request was read to its end: answered, then the connection
    // closes, as what is left of the request cannot be told from the next one.
    void refuse(const Answer &answer)
    {
        m_bodyUnread = true;
        m_keepAlive = false;
        respond(answer);
    }

    void respond(const Answer &answer)
    {
        const std::chrono::duration<double> elapsed =
            Clock::now() - (m_requestStarted ? m_started : Clock::now());
        m_server.gateway.metrics().countRequest(m_endpoint, answer.status, elapsed.count());
        auto response = std::make_shared<http::response<http::string_body>>();
        response->version(11);
        response->result(unsigned(answer.status));
        response->set(sync::ProtocolHeader, "1");
        response->set(http::field::content_type, answer.contentType);
        if (answer.gzip) {
            response->set(http::field::content_encoding, "gzip");
            response->set(http::field::vary, "Accept-Encoding");
        }
        if (answer.retryAfter > 0)
            response->set(http::field::retry_after, std::to_string(answer.retryAfter));
        response->body().assign(answer.body.constData(), std::size_t(answer.body.size()));
        response->keep_alive(m_keepAlive);
        response->prepare_payload();
        tcpStream().expires_after(m_server.limits.writeTimeout);
        http::async_write(
            m_stream, *response,
            [self = this->shared_from_this(), response](beast::error_code ec, std::size_t) {
                if (ec)
                    return self->close();
                if (self->m_keepAlive)
                    return self->readRequest();
                self->finish();
            });
    }

    // The end of a connection we chose to end.
    void finish()
    {
        if constexpr (Tls) {
            if (!m_bodyUnread) {
                tcpStream().expires_after(LingerTime);
                m_stream.async_shutdown(
                    [self = this->shared_from_this()](beast::error_code) { self->close(); });
                return;
            }
        }
        linger();
    }

    void linger()
    {
        beast::error_code ignored;
        tcpStream().socket().shutdown(tcp::socket::shutdown_send, ignored);
        tcpStream().expires_after(LingerTime);
        m_lingerBuffer.resize(64 * 1024);
        drain();
    }

    void drain()
    {
        tcpStream().async_read_some(
            asio::buffer(m_lingerBuffer),
            [self = this->shared_from_this()](beast::error_code ec, std::size_t n) {
                self->m_lingered += n;
                if (ec || self->m_lingered > LingerBytes)
                    return self->close();
                self->drain();
            });
    }

    void close()
    {
        beast::error_code ignored;
        tcpStream().socket().shutdown(tcp::socket::shutdown_both, ignored);
        tcpStream().close();
    }

    HttpServer::Impl &m_server;
    Stream m_stream;
    bool m_metricsListener;
    std::string m_peer;
    beast::flat_buffer m_buffer;
    std::optional<http::request_parser<http::string_body>> m_parser;
    std::string m_target;
    Routed m_routed;
    QString m_endpoint;
    Clock::time_point m_started;
    bool m_requestStarted = false;
    bool m_bodyUnread = false;
    bool m_keepAlive = true;
    bool m_acceptGzip = false;
    std::vector<char> m_lingerBuffer;
    std::size_t m_lingered = 0;
};

} // namespace

bool HttpServer::Impl::listen(tcp::acceptor &acceptor, const QString &host, int port,
                              QString *error)
{
    const QString cannot = QStringLiteral("cannot listen on %1:%2").arg(host).arg(port);
    beast::error_code ec;
    tcp::resolver resolver(io);
    const auto found = resolver.resolve(host.toStdString(), std::to_string(port),
                                        tcp::resolver::numeric_service, ec);
    if (ec || found.empty()) {
        *error = cannot;
        return false;
    }
    const tcp::endpoint endpoint = found.begin()->endpoint();
    acceptor.open(endpoint.protocol(), ec);
    if (!ec)
        acceptor.set_option(asio::socket_base::reuse_address(true), ec);
    if (!ec)
        acceptor.bind(endpoint, ec);
    if (!ec)
        acceptor.listen(asio::socket_base::max_listen_connections, ec);
    if (ec) {
        *error = cannot + ": " + QString::fromStdString(ec.message());
        return false;
    }
    return true;
}

bool HttpServer::Impl::loadTls(const ListenOptions &options, QString *error)
{
    tls.emplace(ssl::context::tls_server);
    tls->set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 |
                     ssl::context::no_sslv3 | ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1 |
                     ssl::context::no_compression | ssl::context::single_dh_use);
    SSL_CTX *native = tls->native_handle();
    SSL_CTX_set_min_proto_version(native, TLS1_2_VERSION);
    SSL_CTX_set_options(native, SSL_OP_NO_RENEGOTIATION | SSL_OP_CIPHER_SERVER_PREFERENCE);
    // An idle connection gives its TLS record buffers back (~50 KiB each).
    SSL_CTX_set_mode(native, SSL_MODE_RELEASE_BUFFERS);
    beast::error_code ec;
    if (SSL_CTX_set_cipher_list(native, Tls12Ciphers) != 1 ||
        SSL_CTX_set_ciphersuites(native, Tls13Suites) != 1) {
        *error = "cannot set the TLS cipher suites";
        return false;
    }
    tls->use_certificate_chain_file(options.certFile.toStdString(), ec);
    if (!ec)
        tls->use_private_key_file(options.keyFile.toStdString(), ssl::context::pem, ec);
    if (ec || SSL_CTX_check_private_key(native) != 1) {
        *error = "cannot load the TLS certificate or key";
        return false;
    }
    return true;
}

void HttpServer::Impl::accept(tcp::acceptor &acceptor, bool metricsListener)
{
    acceptor.async_accept(asio::make_strand(io), [this, &acceptor, metricsListener](
                                                     beast::error_code ec, tcp::socket socket) {
        if (ec == asio::error::operation_aborted || !acceptor.is_open())
            return;
        if (ec) {
            // Out of file descriptors, most likely: try again shortly, never spin.
            auto timer = std::make_shared<asio::steady_timer>(io, std::chrono::milliseconds(100));
            timer->async_wait([this, timer, &acceptor, metricsListener](beast::error_code) {
                accept(acceptor, metricsListener);
            });
            return;
        }
        startSession(std::move(socket), metricsListener);
        accept(acceptor, metricsListener);
    });
}

void HttpServer::Impl::startSession(tcp::socket socket, bool metricsListener)
{
    if (openConnections.load() >= limits.maxConnections)
        return; // the socket closes as it goes out of scope
    beast::error_code ec;
    // Headers and body leave in separate writes; without this every answer would wait
    // for the tablet's delayed ACK (~40 ms on Linux).
    socket.set_option(tcp::no_delay(true), ec);
    const auto peer = socket.remote_endpoint(ec);
    if (ec)
        return;
    std::string address = peer.address().to_string();
    if (metricsListener || !tls) {
        std::make_shared<Session<beast::tcp_stream>>(*this, metricsListener, std::move(address),
                                                     std::move(socket))
            ->start();
    } else {
        std::make_shared<Session<beast::ssl_stream<beast::tcp_stream>>>(
            *this, false, std::move(address), std::move(socket), *tls)
            ->start();
    }
}

std::optional<Answer> HttpServer::Impl::screen(const http::request_header<> &header,
                                               const Routed &routed, const std::string &peer,
                                               bool hasBody)
{
    if (routed.route == Route::None)
        return failure(404, "not_found", "no such endpoint");
    if (routed.route == Route::Metrics)
        return std::nullopt;
    if (const int wait = byAddress.take(peer))
        return failure(429, "rate_limited", "too many requests from this address", wait);
    const QByteArray authorization = fieldOf(header, http::field::authorization);
    if (!authorization.isEmpty()) {
        if (const int wait = byDevice.take(deviceKey(authorization)))
            return failure(429, "rate_limited", "too many requests for this token", wait);
    }
    if (routed.route != Route::Health) {
        const auto version = header[sync::ProtocolHeader];
        if (auto error =
                sync::checkProtocolHeader(QByteArray(version.data(), qsizetype(version.size())))) {
            error->extra.insert("supported", QJsonArray{sync::ProtocolVersion});
            return fromReply(Reply::error(*error));
        }
    }
    if (!hasBody)
        return std::nullopt;
    if (!takesBody(routed.route) && routed.route != Route::AdminRevokeDevice &&
        routed.route != Route::AdminRevokeUser && routed.route != Route::ApproveDevice &&
        routed.route != Route::RefuseDevice)
        return failure(400, "malformed_request", "this endpoint takes no body");
    const auto type = header[http::field::content_type];
    if (!rules::isJsonContentType(std::string_view(type.data(), type.size())) &&
        !(routed.route == Route::AdminImport &&
          rules::isJsonLinesContentType(std::string_view(type.data(), type.size()))))
        return failure(415, "unsupported_media_type",
                       "Content-Type must be application/json; charset=utf-8");
    const auto encoding = header[http::field::content_encoding];
    if (!encoding.empty() && !beast::iequals(encoding, "gzip") &&
        !beast::iequals(encoding, "identity"))
        return failure(400, "invalid_value", "Content-Encoding must be gzip or absent");
    return std::nullopt;
}

Answer HttpServer::Impl::serve(const Call &call)
{
    Answer answer;
    if (call.routed.route == Route::Metrics) {
        answer.body = gateway.metrics().render();
        answer.contentType = "text/plain; version=0.0.4; charset=utf-8";
        return answer;
    }
    try {
        QByteArray body = QByteArray::fromStdString(call.body);
        if (call.gzipBody && !body.isEmpty()) {
            auto inflated =
                rules::inflateCapped(call.body, call.routed.route == Route::AdminImport
                                                    ? MaxImportInflatedBytes
                                                    : std::size_t(sync::MaxRequestBytes));
            if (const auto *why = std::get_if<rules::InflateFailure>(&inflated)) {
                return *why == rules::InflateFailure::TooLarge
                           ? failure(413, "body_too_large",
                                     call.routed.route == Route::AdminImport
                                         ? "a snapshot may be at most 256 MiB inflated"
                                         : "a request body may be at most 4 MiB inflated")
                           : failure(400, "malformed_json", "the body is not one gzip stream");
            }
            body = std::get<QByteArray>(std::move(inflated));
        }
        answer = dispatch(call, body);
    } catch (const std::exception &) {
        return failure(500, "internal", "internal error");
    }
    if (answer.body.size() > CompressAbove && call.acceptGzip) {
        answer.body = sync::gzipCompress(answer.body);
        answer.gzip = true;
    }
    return answer;
}

Answer HttpServer::Impl::dispatch(const Call &call, const QByteArray &body)
{
    const QByteArray &auth = call.authorization;
    switch (call.routed.route) {
    case Route::Enroll:
        return fromReply(gateway.enroll(body));
    case Route::Token:
        return fromReply(gateway.token(body));
    case Route::Push:
        return fromReply(gateway.push(auth, body));
    case Route::Pull:
        return fromReply(
            gateway.pull(auth, QString::fromStdString(rules::queryValue(call.target, "cursor")),
                         QString::fromStdString(rules::queryValue(call.target, "limit"))));
    case Route::Health:
        return fromReply(gateway.health());
    case Route::AdminCredentials:
        return fromReply(gateway.adminCredential(auth, body));
    case Route::AdminRevokeDevice:
        return fromReply(gateway.adminRevokeDevice(auth, call.routed.id));
    case Route::AdminRevokeUser:
        return fromReply(gateway.adminRevokeUser(auth, call.routed.id));
    case Route::AdminDevices:
        return fromReply(gateway.adminDevices(auth));
    case Route::Devices:
        return fromReply(gateway.devices(auth));
    case Route::ApproveDevice:
        return fromReply(gateway.approveDevice(auth, call.routed.id));
    case Route::RefuseDevice:
        return fromReply(gateway.refuseDevice(auth, call.routed.id));
    case Route::Export:
        return fromReply(gateway.exportFeed(
            auth, QString::fromStdString(rules::queryValue(call.target, "cursor")),
            QString::fromStdString(rules::queryValue(call.target, "limit"))));
    case Route::AdminImport:
        return fromReply(
            gateway.adminImport(auth, body, isTrue(rules::queryValue(call.target, "dry_run")),
                                isTrue(rules::queryValue(call.target, "allow_mass_removal"))));
    case Route::Metrics:
    case Route::None:
        break;
    }
    return failure(404, "not_found", "no such endpoint");
}

// --- HttpServer ------------------------------------------------------------------------

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

HttpServer::HttpServer(Gateway &gateway, ServerLimits limits)
    : m_impl(std::make_unique<Impl>(gateway, limits))
{}

HttpServer::~HttpServer() = default;

bool HttpServer::bind(const ListenOptions &options, QString *error)
{
    if (options.tls() && !m_impl->loadTls(options, error))
        return false;
    if (!m_impl->listen(m_impl->mainAcceptor, options.host, options.port, error))
        return false;
    m_port = m_impl->mainAcceptor.local_endpoint().port();
    return true;
}

bool HttpServer::bindMetrics(const QString &host, int port, QString *error)
{
    if (!m_impl->listen(m_impl->metricsAcceptor, host, port, error))
        return false;
    m_metricsPort = m_impl->metricsAcceptor.local_endpoint().port();
    return true;
}

void HttpServer::run()
{
    Impl &impl = *m_impl;
    if (impl.mainAcceptor.is_open())
        impl.accept(impl.mainAcceptor, false);
    if (impl.metricsAcceptor.is_open())
        impl.accept(impl.metricsAcceptor, true);
    std::vector<std::thread> threads;
    for (int i = 1; i < impl.limits.ioThreads; ++i)
        threads.emplace_back([&impl] { impl.io.run(); });
    impl.io.run();
    for (std::thread &thread : threads)
        thread.join();
}

void HttpServer::stop()
{
    m_impl->io.stop();
}

} // namespace homevisit::gateway
