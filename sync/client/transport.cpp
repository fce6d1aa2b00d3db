#include "transport.h"

#include "sync/client/curlfailure.h"
#include "sync/protocol/protocol.h"

#include <QDateTime>
#include <QUrl>

#include <curl/curl.h>

#include <algorithm>
#include <mutex>

namespace homevisit::sync {

namespace {

constexpr int MaxRetryAfterSeconds = 24 * 60 * 60;
constexpr int PinDigestBytes = 32; // SHA-256

CURL *handle(void *curl)
{
    return static_cast<CURL *>(curl);
}

// curl_global_init is not thread-safe before 7.84 and must run once per process; it
// is never undone because other transports may live until exit.
void initCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

bool hasControlCharacters(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

std::optional<QString> validateUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().compare(u"https", Qt::CaseInsensitive) != 0)
        return QStringLiteral("base URL must be an https:// URL; plain HTTP is never used");
    if (url.host().isEmpty())
        return QStringLiteral("base URL has no host");
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return QStringLiteral("base URL must not carry user info, a query or a fragment");
    return std::nullopt;
}

std::optional<QString> validateLimits(const TransportConfig &config)
{
    if (config.connectTimeout.count() <= 0 || config.timeout.count() <= 0)
        return QStringLiteral("timeouts must be positive");
    if (config.lowSpeedBytesPerSecond <= 0 || config.lowSpeedTime.count() <= 0)
        return QStringLiteral("the low-speed limit and time must be positive");
    if (config.maxResponseBytes <= 0)
        return QStringLiteral("maxResponseBytes must be positive");
    return std::nullopt;
}

QByteArray joinUrl(const QByteArray &base, const QString &path)
{
    return base + path.toUtf8();
}

} // namespace

std::optional<QByteArray> normalizePin(const QString &pin)
{
    static const QString prefix = QStringLiteral("sha256//");
    QByteArrayList pins;
    for (QString part : pin.split(u';', Qt::SkipEmptyParts)) {
        part = part.trimmed();
        if (part.startsWith(prefix))
            part = part.mid(prefix.size());
        const auto decoded = QByteArray::fromBase64Encoding(
            part.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != PinDigestBytes)
            return std::nullopt;
        pins.append("sha256//" + decoded.decoded.toBase64());
    }
    if (pins.isEmpty())
        return std::nullopt;
    return pins.join(';');
}

std::optional<int> parseRetryAfter(const QByteArray &value, qint64 nowSecsSinceEpoch)
{
    const QByteArray text = value.trimmed();
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber) {
        if (seconds < 0)
            return std::nullopt;
        return int(std::min<qint64>(seconds, MaxRetryAfterSeconds));
    }
    // HTTP-date ("Sun, 06 Nov 1994 08:49:37 GMT"); curl_getdate knows all three forms.
    const time_t when = curl_getdate(text.constData(), nullptr);
    if (when < 0)
        return std::nullopt;
    const qint64 delta = qint64(when) - nowSecsSinceEpoch;
    return int(std::clamp<qint64>(delta, 0, MaxRetryAfterSeconds));
}

QString failureName(TransportFailure failure)
{
    switch (failure) {
    case TransportFailure::None:
        return QStringLiteral("none");
    case TransportFailure::InvalidRequest:
        return QStringLiteral("invalid_request");
    case TransportFailure::RequestTooLarge:
        return QStringLiteral("request_too_large");
    case TransportFailure::CannotResolve:
        return QStringLiteral("cannot_resolve");
    case TransportFailure::CannotConnect:
        return QStringLiteral("cannot_connect");
    case TransportFailure::Timeout:
        return QStringLiteral("timeout");
    case TransportFailure::TlsFailure:
        return QStringLiteral("tls_failure");
    case TransportFailure::CertificateRejected:
        return QStringLiteral("certificate_rejected");
    case TransportFailure::PinMismatch:
        return QStringLiteral("pin_mismatch");
    case TransportFailure::ResponseTooLarge:
        return QStringLiteral("response_too_large");
    case TransportFailure::ProtocolError:
        return QStringLiteral("protocol_error");
    case TransportFailure::ConnectionLost:
        return QStringLiteral("connection_lost");
    case TransportFailure::Cancelled:
        return QStringLiteral("cancelled");
    case TransportFailure::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("unknown");
}

// --- one request's state, reached from libcurl's callbacks ----------------------------

struct HttpsTransport::Exchange
{
    QByteArray body;
    qint64 cap = 0;
    bool tooLarge = false;
    QByteArray retryAfter;
    const std::atomic<bool> *cancelled = nullptr;

    // Bytes arrive here after curl has decoded gzip, so the cap counts decoded bytes;
    // returning less than `size` makes curl abort with CURLE_WRITE_ERROR. This is the
    // only reliable cap: 7.88 ignores CURLOPT_MAXFILESIZE for chunked bodies.
    static size_t onBody(char *data, size_t one, size_t size, void *self)
    {
        auto *exchange = static_cast<Exchange *>(self);
        const qint64 total = one * size;
        if (exchange->body.size() + total > exchange->cap) {
            exchange->tooLarge = true;
            return 0;
        }
        exchange->body.append(data, qsizetype(total));
        return total;
    }

    // Called once per header line of every response, 1xx ones included: a status line
    // starts a new response, so nothing of an interim one survives.
    static size_t onHeader(char *data, size_t one, size_t size, void *self)
    {
        auto *exchange = static_cast<Exchange *>(self);
        const QByteArray line = QByteArray::fromRawData(data, qsizetype(one * size));
        if (line.startsWith("HTTP/")) {
            exchange->retryAfter.clear();
        } else if (line.size() > 12 && line.left(12).toLower() == "retry-after:") {
            exchange->retryAfter = line.mid(12).trimmed();
        }
        return one * size;
    }

    static int onProgress(void *self, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
    {
        return static_cast<Exchange *>(self)->cancelled->load() ? 1 : 0;
    }
};

// --- HttpsTransport ---------------------------------------------------------------------

std::optional<QString> HttpsTransport::validate(const TransportConfig &config)
{
    if (auto problem = validateUrl(config.baseUrl))
        return problem;
    if (!normalizePin(config.pinnedPublicKey))
        return QStringLiteral("pinnedPublicKey must be \"sha256//\" + the base64 SHA-256 of the "
                              "server's public key (see docs/sync-client.md)");
    if (hasControlCharacters(config.caFile) || hasControlCharacters(config.proxy))
        return QStringLiteral("caFile and proxy must not contain control characters");
    return validateLimits(config);
}

HttpsTransport::HttpsTransport(const TransportConfig &config) : m_config(config)
{
    static_assert(sizeof m_errorBuffer >= CURL_ERROR_SIZE);
    if (auto problem = validate(config))
        throw TransportConfigError(problem->toStdString());
    initCurlOnce();
    m_baseUrl = config.baseUrl.toUtf8();
    while (m_baseUrl.endsWith('/'))
        m_baseUrl.chop(1);
    m_pin = *normalizePin(config.pinnedPublicKey);
    m_curl = curl_easy_init();
    if (!m_curl)
        throw TransportConfigError("libcurl could not create a handle");
    try {
        configureHandle();
    } catch (...) {
        curl_easy_cleanup(handle(m_curl)); // no destructor runs for a throwing constructor
        throw;
    }
}

HttpsTransport::~HttpsTransport()
{
    curl_easy_cleanup(handle(m_curl));
}

namespace {

// A security option libcurl does not take (an older or differently built library) must
// stop the transport, not silently leave the connection unprotected.
void require(CURLcode code, const char *option)
{
    if (code != CURLE_OK)
        throw TransportConfigError(std::string("libcurl refused ") + option + ": " +
                                   curl_easy_strerror(code));
}

} // namespace

// Options that hold for every request; libcurl keeps them on the handle.
void HttpsTransport::configureHandle()
{
    CURL *curl = handle(m_curl);
    const auto &c = m_config;
    // Without it libcurl times DNS out with SIGALRM, which is unsafe in a threaded app.
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, m_errorBuffer);
    require(curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "https"), "PROTOCOLS_STR");
    require(curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "https"), "REDIR_PROTOCOLS_STR");
    require(curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L), "FOLLOWLOCATION");
    require(curl_easy_setopt(curl, CURLOPT_SSLVERSION, long(CURL_SSLVERSION_TLSv1_2)),
            "SSLVERSION");
    require(curl_easy_setopt(curl, CURLOPT_PINNEDPUBLICKEY, m_pin.constData()), "PINNEDPUBLICKEY");
    require(curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, c.verifyChain ? 1L : 0L),
            "SSL_VERIFYPEER");
    require(curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, c.verifyChain ? 2L : 0L),
            "SSL_VERIFYHOST");
    if (!c.caFile.isEmpty())
        require(curl_easy_setopt(curl, CURLOPT_CAINFO, c.caFile.toLocal8Bit().constData()),
                "CAINFO");
    configureLimits();
    require(curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "gzip"), "ACCEPT_ENCODING");
    curl_easy_setopt(curl, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(curl, CURLOPT_USERAGENT, "homevisit-sync/1");
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &Exchange::onBody);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, &Exchange::onHeader);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, &Exchange::onProgress);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L); // the progress callback sees cancel()
}

void HttpsTransport::configureLimits()
{
    CURL *curl = handle(m_curl);
    const auto &c = m_config;
    // An empty proxy string disables the environment's proxies: the route is configured.
    curl_easy_setopt(curl, CURLOPT_PROXY, c.proxy.toUtf8().constData());
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(c.connectTimeout.count()));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(c.timeout.count()));
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, c.lowSpeedBytesPerSecond);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, long(c.lowSpeedTime.count()));
}

namespace {

Response refused(const QString &path, TransportFailure failure, const QString &detail)
{
    Response response;
    response.path = path;
    response.failure = failure;
    response.detail = detail;
    return response;
}

struct HeaderList
{
    curl_slist *list = nullptr;
    ~HeaderList() { curl_slist_free_all(list); }
    void add(const QByteArray &line) { list = curl_slist_append(list, line.constData()); }
};

} // namespace

namespace {

std::optional<Response> checkRequest(const QString &path, const QByteArray &body,
                                     const QString &bearer)
{
    if (!path.startsWith(u'/') || hasControlCharacters(path) || path.contains(u' '))
        return refused(path, TransportFailure::InvalidRequest,
                       QStringLiteral("request path must start with '/' and hold no spaces"));
    // A CR or LF in the token would let it inject headers.
    if (hasControlCharacters(bearer))
        return refused(path, TransportFailure::InvalidRequest,
                       QStringLiteral("access token holds control characters"));
    if (body.size() > MaxRequestBytes)
        return refused(path, TransportFailure::RequestTooLarge,
                       QStringLiteral("request body of %1 bytes is above the protocol's limit")
                           .arg(body.size()));
    return std::nullopt;
}

void addHeaders(HeaderList &headers, Method method, const QString &bearer, bool compressed)
{
    headers.add(QByteArray(ProtocolHeader) + ": " + QByteArray::number(ProtocolVersion));
    headers.add("Accept: application/json");
    // An empty Expect stops curl from waiting for "100 Continue" before large bodies.
    headers.add("Expect:");
    if (!bearer.isEmpty())
        headers.add("Authorization: Bearer " + bearer.toUtf8());
    if (method == Method::Post)
        headers.add("Content-Type: application/json; charset=utf-8");
    if (compressed)
        headers.add("Content-Encoding: gzip");
}

void setMethod(CURL *curl, Method method, const QByteArray &payload)
{
    if (method == Method::Post) {
        curl_easy_setopt(curl, CURLOPT_POST, 1L);
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(payload.size()));
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, payload.constData());
    } else {
        curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
    }
}

} // namespace

Response HttpsTransport::request(Method method, const QString &path, const QByteArray &body,
                                 const QString &bearer)
{
    if (auto refusal = checkRequest(path, body, bearer))
        return *refusal;
    if (m_cancelled.load())
        return refused(path, TransportFailure::Cancelled, QStringLiteral("transport cancelled"));
    const bool compress = method == Method::Post && body.size() > m_config.compressAbove;
    const QByteArray payload = compress ? gzipCompress(body) : body;
    if (payload.size() > MaxCompressedRequestBytes)
        return refused(path, TransportFailure::RequestTooLarge,
                       QStringLiteral("compressed request body of %1 bytes is above the limit")
                           .arg(payload.size()));

    HeaderList headers;
    addHeaders(headers, method, bearer, compress);
    CURL *curl = handle(m_curl);
    const QByteArray url = joinUrl(m_baseUrl, path);
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers.list);
    setMethod(curl, method, payload);

    Exchange exchange;
    exchange.cap = m_config.maxResponseBytes;
    exchange.cancelled = &m_cancelled;
    Response response = perform(exchange);
    response.path = path;
    // Nothing on the handle may point at this call's buffers once it returns.
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, nullptr);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, nullptr);
    return response;
}

Response HttpsTransport::perform(Exchange &exchange)
{
    CURL *curl = handle(m_curl);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &exchange);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &exchange);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &exchange);
    m_errorBuffer[0] = '\0';

    const CURLcode code = curl_easy_perform(curl);
    Response response;
    if (code != CURLE_OK) {
        response.failure = failureFor(code, exchange.tooLarge);
        response.detail =
            failureDetail(code, m_errorBuffer, response.failure, m_config.maxResponseBytes);
        response.bytesReceived = exchange.body.size();
        return response;
    }
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    response.status = int(status);
    response.bytesReceived = exchange.body.size();
    response.body = std::move(exchange.body);
    if (!exchange.retryAfter.isEmpty())
        response.retryAfterSeconds =
            parseRetryAfter(exchange.retryAfter, QDateTime::currentSecsSinceEpoch());
    response.detail = statusDetail(response.status, response.body);
    return response;
}

} // namespace homevisit::sync
