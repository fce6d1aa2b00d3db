#include "curlfailure.h"

#include "sync/protocol/protocol.h"

namespace homevisit::sync {

namespace {

TransportFailure tlsFailureFor(CURLcode code)
{
    switch (code) {
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
        return TransportFailure::PinMismatch;
    case CURLE_PEER_FAILED_VERIFICATION:
        return TransportFailure::CertificateRejected;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_SHUTDOWN_FAILED:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_USE_SSL_FAILED:
        return TransportFailure::TlsFailure;
    default:
        return TransportFailure::Internal;
    }
}

TransportFailure networkFailureFor(CURLcode code)
{
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
        return TransportFailure::CannotResolve;
    case CURLE_COULDNT_CONNECT:
        return TransportFailure::CannotConnect;
    case CURLE_OPERATION_TIMEDOUT:
        return TransportFailure::Timeout;
    case CURLE_GOT_NOTHING:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
        return TransportFailure::ConnectionLost;
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_BAD_CONTENT_ENCODING:
    case CURLE_TOO_MANY_REDIRECTS:
    case CURLE_UNSUPPORTED_PROTOCOL:
        return TransportFailure::ProtocolError;
    case CURLE_URL_MALFORMAT:
        return TransportFailure::InvalidRequest;
    case CURLE_ABORTED_BY_CALLBACK:
        return TransportFailure::Cancelled;
    case CURLE_FILESIZE_EXCEEDED:
        return TransportFailure::ResponseTooLarge;
    default:
        return tlsFailureFor(code);
    }
}

} // namespace

TransportFailure failureFor(CURLcode code, bool capHit)
{
    if (code == CURLE_WRITE_ERROR)
        return capHit ? TransportFailure::ResponseTooLarge : TransportFailure::Internal;
    return networkFailureFor(code);
}

QString failureDetail(CURLcode code, const char *curlMessage, TransportFailure failure,
                      qint64 maxResponseBytes)
{
    if (failure == TransportFailure::ResponseTooLarge)
        return QStringLiteral("response_too_large: the response passed %1 bytes; aborted")
            .arg(maxResponseBytes);
    const QString message = (curlMessage && *curlMessage)
                                ? QString::fromUtf8(curlMessage)
                                : QString::fromUtf8(curl_easy_strerror(code));
    return QStringLiteral("%1: curl error %2: %3")
        .arg(failureName(failure))
        .arg(int(code))
        .arg(message.trimmed());
}

QString statusDetail(int status, const QByteArray &body)
{
    if (status / 100 == 2)
        return QStringLiteral("HTTP %1").arg(status); // success bodies are not parsed twice
    const auto error = ProtocolError::fromBody(status, body);
    if (!error)
        return QStringLiteral("HTTP %1").arg(status);
    return QStringLiteral("HTTP %1 %2").arg(status).arg(error->code);
}

} // namespace homevisit::sync
