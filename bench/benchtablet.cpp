#include "benchtablet.h"

#include <QDateTime>
#include <QUrlQuery>
#include <QUuid>

namespace homevisit::bench {

using namespace homevisit::sync;

TransportConfig configFor(const CentralProcess &central, const Certificate &certificate)
{
    TransportConfig config;
    config.baseUrl = central.url();
    config.pinnedPublicKey = certificate.pin;
    config.caFile = certificate.cert;
    return config;
}

QList<Device> enrollDevices(const CentralProcess &central, const TransportConfig &config,
                            const QString &user, int count, bool demo, bool signingKey)
{
    HttpsTransport transport(config);
    QList<Device> devices;
    for (int i = 0; i < count; ++i) {
        const QString credential =
            i == 0 && demo ? central.demoCredential(user) : central.newCredential(user);
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto keys = domain::signature::generate();
        const EnrollRequest request{credential, id, QStringLiteral("bench device %1").arg(i + 1),
                                    signingKey ? QString::fromLatin1(keys.publicKey.toBase64())
                                               : QString()};
        const auto enrolled = decoded<EnrollResponse>(
            transport.request(Method::Post, "/v1/enroll", encode(request)), decodeEnrollResponse);
        devices.append({id, user, enrolled.refreshToken, keys});
    }
    return devices;
}

QString accessToken(HttpsTransport &transport, const Device &device)
{
    return decoded<TokenResponse>(
               transport.request(Method::Post, "/v1/token",
                                 encode(TokenRequest{device.refreshToken, device.id})),
               decodeTokenResponse)
        .accessToken;
}

QStringList pullChildIds(const TransportConfig &config, const Device &device)
{
    HttpsTransport transport(config);
    const QString token = accessToken(transport, device);
    QStringList children;
    QString cursor;
    for (;;) {
        QUrlQuery query;
        if (!cursor.isEmpty())
            query.addQueryItem(QStringLiteral("cursor"), cursor);
        const auto page = decoded<PullResponse>(
            transport.request(Method::Get, "/v1/pull?" + query.toString(QUrl::FullyEncoded), {},
                              token),
            decodePullResponse);
        for (const Change &change : page.changes) {
            if (change.type == ChangeType::Child)
                children.append(change.data.value(QStringLiteral("id")).toString());
        }
        if (!page.hasMore)
            break;
        cursor = page.nextCursor;
    }
    if (children.isEmpty())
        throw BenchError("the caseload has no children for " + device.user.toStdString());
    return children;
}

Mutation newVisit(const Device &device, const QJsonObject &body, qint64 &hlcCounter)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Mutation m;
    m.mutationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    WireRecord &r = m.record;
    r.recordId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.kind = QStringLiteral("child_visit");
    r.status = QStringLiteral("signed");
    r.revision = 1;
    r.author = device.user;
    r.deviceId = device.id;
    r.hlc = QStringLiteral("%1.%2")
                .arg(now.toMSecsSinceEpoch(), 16, 10, QLatin1Char('0'))
                .arg(++hlcCounter % 1'000'000, 6, 10, QLatin1Char('0'));
    r.createdAt = now;
    r.signedAt = now;
    r.body = body;
    r.signature = domain::signature::sign(
        {r.recordId, r.kind, r.revision, r.author, r.deviceId, r.createdAt, r.signedAt, r.body},
        device.keys.secretKey);
    return m;
}

} // namespace homevisit::bench
