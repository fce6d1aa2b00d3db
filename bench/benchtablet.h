// A tablet as the network benchmarks drive it: enrolled on the real gateway with its own
// Ed25519 key, tokens from /v1/token, its caseload from /v1/pull, and signed visits built
// as the tablet's outbox builds them. No app store: only the client transport and the
// protocol, so the load generators stay light.
#pragma once

#include "centralprocess.h"

#include "domain/recordsignature.h"
#include "sync/client/transport.h"
#include "sync/protocol/protocol.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <string>

namespace homevisit::bench {

struct Device
{
    QString id;
    QString user;
    QString refreshToken; // kept in memory only, never printed
    // Enrolled with the public half; signs each visit as the tablet does (the gateway
    // verifies every signature, so that cost is in the figures).
    domain::signature::KeyPair keys;
};

sync::TransportConfig configFor(const CentralProcess &central, const Certificate &certificate);

// The decoded answer, or BenchError with the status and the start of the body.
template <typename T>
T decoded(const sync::Response &response, sync::Decoded<T> (*decode)(const QByteArray &))
{
    if (!response.ok())
        throw BenchError(response.path.toStdString() + " failed: HTTP " +
                         std::to_string(response.status) + " " + response.detail.toStdString() +
                         " " + response.body.left(200).toStdString());
    sync::Decoded<T> d = decode(response.body);
    if (const auto *error = std::get_if<sync::ProtocolError>(&d))
        throw BenchError(response.path.toStdString() +
                         ": malformed answer: " + error->message.toStdString());
    return std::get<T>(d);
}

// Enrolls `count` devices of `user`: the demo credential for the first (when `demo`), then
// one credential each from the admin command, as an administrator hands them out. A
// device enrolled with `signingKey` false is a connector's: it signs nothing.
QList<Device> enrollDevices(const CentralProcess &central, const sync::TransportConfig &config,
                            const QString &user, int count, bool demo = true,
                            bool signingKey = true);

QString accessToken(sync::HttpsTransport &transport, const Device &device);

// The children the device's user may write about: her caseload, pulled as a tablet does.
QStringList pullChildIds(const sync::TransportConfig &config, const Device &device);

// One new signed visit as the tablet's outbox would send it: new mutation and record ids,
// the device's hybrid logical clock, revision 1 with no base.
sync::Mutation newVisit(const Device &device, const QJsonObject &body, qint64 &hlcCounter);

} // namespace homevisit::bench
