// The tablet's HTTPS transport to the central gateway (docs/sync-protocol.md, "Transport";
// settings in docs/sync-client.md). One libcurl easy handle, reused so the TLS connection
// stays alive between requests.
//
// NOT thread-safe: one HttpsTransport belongs to one worker thread (the sync engine's
// QThread), never the UI thread, because every request blocks until the answer or a
// timeout. Only cancel() may be called from another thread.
#pragma once

#include "sync/protocol/protocol.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>
#include <stdexcept>

namespace homevisit::sync {

enum class Method
{
    Get,
    Post
};

// Why a request got no HTTP answer. None means `status` holds the server's answer.
enum class TransportFailure
{
    None,
    InvalidRequest,      // refused before sending: bad path or header value
    RequestTooLarge,     // body above the protocol's request limits; split it
    CannotResolve,       // DNS
    CannotConnect,       // nothing listening, no route
    Timeout,             // connect, overall or low-speed timeout
    TlsFailure,          // handshake failed: TLS < 1.2 only, not TLS at all, ...
    CertificateRejected, // the chain or host name did not verify against the CA
    PinMismatch,         // the server's public key is not the pinned one
    ResponseTooLarge,    // the decoded body passed maxResponseBytes; aborted
    ProtocolError,       // not valid HTTP, bad gzip, ...
    ConnectionLost,      // the server closed or reset mid-exchange
    Cancelled,           // cancel() was called
    Internal             // any other libcurl failure
};
QString failureName(TransportFailure failure); // "pin_mismatch", ... for logs

struct TransportConfig
{
    // https://host[:port][/prefix]; any other scheme is refused.
    QString baseUrl;
    // Required. "sha256//BASE64" or the base64 alone (SHA-256 of the server's
    // SubjectPublicKeyInfo); several separated by ';' while a key is rotated.
    QString pinnedPublicKey;
    // PEM file of CAs to trust instead of the system's (self-signed servers, tests).
    QString caFile;
    // Verify the chain and host name. May be switched off only on purpose; the pin
    // still identifies the server then.
    bool verifyChain = true;
    // Empty: connect directly, ignoring *_proxy environment variables.
    QString proxy;
    std::chrono::milliseconds connectTimeout{std::chrono::seconds(10)};
    std::chrono::milliseconds timeout{std::chrono::seconds(120)}; // whole request
    long lowSpeedBytesPerSecond = 100;                            // slower than this ...
    std::chrono::seconds lowSpeedTime{20};                        // ... for this long aborts
    qint64 maxResponseBytes = MaxResponseBytes;                   // decoded bytes
    qint64 compressAbove = 1024; // gzip request bodies larger than this
};

struct Response
{
    int status = 0;  // HTTP status; 0 when failure != None
    QByteArray body; // decoded; empty when failure != None
    std::optional<int> retryAfterSeconds;
    TransportFailure failure = TransportFailure::None;
    QString detail;           // English, for logs; never the token or a body
    QString path;             // the request path, e.g. "/v1/token" (classify() needs it)
    qint64 bytesReceived = 0; // decoded bytes accepted, never above maxResponseBytes

    bool ok() const { return failure == TransportFailure::None && status / 100 == 2; }
};

// A TransportConfig that cannot be used; what() says why.
class TransportConfigError : public std::invalid_argument
{
public:
    using std::invalid_argument::invalid_argument;
};

class HttpsTransport
{
public:
    // Throws TransportConfigError for a non-https URL, a missing or malformed pin, ...
    explicit HttpsTransport(const TransportConfig &config);
    ~HttpsTransport();
    HttpsTransport(const HttpsTransport &) = delete;
    HttpsTransport &operator=(const HttpsTransport &) = delete;

    // Empty when the config is usable, else the reason (the constructor's message).
    static std::optional<QString> validate(const TransportConfig &config);

    // `path` starts with '/', e.g. "/v1/pull?cursor=x". `bearer` empty: no
    // Authorization header. Blocks until the answer, a failure or a timeout.
    Response request(Method method, const QString &path, const QByteArray &body = {},
                     const QString &bearer = {});

    // Thread-safe: aborts the request in flight within about a second, and every later
    // request fails with Cancelled. For shutting the sync thread down.
    void cancel() { m_cancelled.store(true); }

private:
    struct Exchange;
    void configureHandle();
    void configureLimits();
    Response perform(Exchange &exchange);

    TransportConfig m_config;
    QByteArray m_baseUrl; // without a trailing '/'
    QByteArray m_pin;     // "sha256//...;sha256//..."
    void *m_curl = nullptr;
    char m_errorBuffer[256] = {}; // CURL_ERROR_SIZE; curl.h stays out of this header
    std::atomic<bool> m_cancelled{false};
};

// "7" -> 7; an HTTP-date -> seconds from `now` (0 if past); else nullopt. Capped at a day.
std::optional<int> parseRetryAfter(const QByteArray &value, qint64 nowSecsSinceEpoch);

// Accepts "sha256//B64[;sha256//B64...]" or bare base64; nullopt unless each is 32 bytes.
std::optional<QByteArray> normalizePin(const QString &pin);

} // namespace homevisit::sync
