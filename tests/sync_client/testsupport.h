// Shared pieces of the sync client tests: a throwaway self-signed certificate with its
// pin, and Catch2 printers for Qt types.
#pragma once

#include "sync/client/backoff.h"
#include "sync/client/transport.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <chrono>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &text) { return '"' + text.toStdString() + '"'; }
};
template <> struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &bytes)
    {
        return '"' + bytes.left(200).toStdString() + '"';
    }
};
template <> struct StringMaker<homevisit::sync::TransportFailure>
{
    static std::string convert(homevisit::sync::TransportFailure failure)
    {
        return homevisit::sync::failureName(failure).toStdString();
    }
};
template <> struct StringMaker<homevisit::sync::Disposition>
{
    static std::string convert(homevisit::sync::Disposition disposition)
    {
        return homevisit::sync::dispositionName(disposition).toStdString();
    }
};
} // namespace Catch

namespace testsupport {

// An EC P-256 certificate for 127.0.0.1, made once per process with the openssl CLI,
// and its pin computed with the very command docs/sync-protocol.md gives operators.
struct TestCert
{
    QString certPath;
    QString keyPath;
    QString pin; // "sha256//..."
};
const TestCert &testCert();

// A pin of the right shape that matches no key.
QString wrongPin();

// A TCP port on 127.0.0.1 that nothing listens on (bound, then closed).
int closedPort();

// Config for https://127.0.0.1:port with the test cert's pin and CA file, short timeouts.
homevisit::sync::TransportConfig localConfig(int port);

double secondsSince(std::chrono::steady_clock::time_point start);

} // namespace testsupport
