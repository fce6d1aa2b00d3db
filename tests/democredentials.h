// The one-time enrollment code `homevisit-central --demo` wrote for a demo user
// (DIR/demo-credentials.json), for the tests that start a real central process.
#pragma once

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace homevisit::test {

inline QString demoCredential(const QString &centralDataDir, const QString &user)
{
    QFile f(centralDataDir + "/demo-credentials.json");
    REQUIRE(f.open(QIODevice::ReadOnly));
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).array())
        if (v["user"].toString() == user)
            return v["credential"].toString();
    FAIL("no demo credential for " << user.toStdString());
    return {};
}

} // namespace homevisit::test
