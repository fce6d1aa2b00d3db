#include "backoff.h"

#include "sync/protocol/protocol.h"

#include <QRandomGenerator>

#include <algorithm>

namespace homevisit::sync {

namespace {

using std::chrono::milliseconds;

bool isTokenEndpoint(const QString &path)
{
    const qsizetype query = path.indexOf(u'?');
    const QStringView withoutQuery = query < 0 ? QStringView(path) : QStringView(path).first(query);
    return withoutQuery == u"/v1/token" || withoutQuery == u"/v1/enroll";
}

Disposition classifyFailure(TransportFailure failure)
{
    switch (failure) {
    case TransportFailure::None:
        return Disposition::Success;
    case TransportFailure::InvalidRequest:
    case TransportFailure::RequestTooLarge:
        return Disposition::Refuse;
    default:
        return Disposition::Retry;
    }
}

Disposition classify401(const QString &code, const QString &path)
{
    if (code == u"device_revoked")
        return Disposition::Wipe;
    if (code == u"invalid_credential")
        return Disposition::Reenroll;
    if (isTokenEndpoint(path))
        return code == u"invalid_token" ? Disposition::Reenroll : Disposition::Refuse;
    // invalid_token, or a 401 without our error body: a new access token is cheap.
    return Disposition::RefreshToken;
}

Disposition classifyStatus(int status, const QString &code, const QString &path)
{
    if (status / 100 == 2)
        return Disposition::Success;
    if (status == 400 && code == u"unsupported_protocol")
        return Disposition::UpdateApp;
    if (status == 401)
        return classify401(code, path);
    if (status == 408 || status == 425 || status == 429 || status / 100 == 5)
        return Disposition::Retry;
    if (status / 100 == 4)
        return Disposition::Refuse;
    // 1xx or 3xx: the gateway never answers that (redirects are not followed), so a
    // middlebox or a misconfigured proxy did; the records are not at fault.
    return Disposition::Retry;
}

} // namespace

QString errorCode(const Response &response)
{
    if (response.failure != TransportFailure::None)
        return failureName(response.failure);
    if (response.status / 100 == 2)
        return {};
    const auto error = ProtocolError::fromBody(response.status, response.body);
    return error ? error->code : QString();
}

Disposition classify(const Response &response)
{
    if (response.failure != TransportFailure::None)
        return classifyFailure(response.failure);
    return classifyStatus(response.status, errorCode(response), response.path);
}

QString dispositionName(Disposition disposition)
{
    switch (disposition) {
    case Disposition::Success:
        return QStringLiteral("success");
    case Disposition::Retry:
        return QStringLiteral("retry");
    case Disposition::RefreshToken:
        return QStringLiteral("refresh_token");
    case Disposition::Reenroll:
        return QStringLiteral("reenroll");
    case Disposition::Wipe:
        return QStringLiteral("wipe");
    case Disposition::Refuse:
        return QStringLiteral("refuse");
    case Disposition::UpdateApp:
        return QStringLiteral("update_app");
    }
    return QStringLiteral("unknown");
}

Backoff::Backoff(Random random, Policy policy) : m_random(std::move(random)), m_policy(policy)
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

milliseconds Backoff::ceiling() const
{
    // Doubling stops once past the cap, long before the shift could overflow.
    milliseconds bound = m_policy.initial;
    for (int i = 0; i < m_failures && bound < m_policy.max; ++i)
        bound *= 2;
    return std::min(bound, m_policy.max);
}

milliseconds Backoff::next(std::optional<int> retryAfterSeconds)
{
    const double fraction = std::clamp(m_random(), 0.0, 1.0);
    milliseconds wait(qint64(double(ceiling().count()) * fraction));
    ++m_failures;
    if (retryAfterSeconds && *retryAfterSeconds > 0) {
        const milliseconds asked = std::chrono::seconds(*retryAfterSeconds);
        wait = std::max(wait, std::min(asked, m_policy.maxRetryAfter));
    }
    return wait;
}

} // namespace homevisit::sync
