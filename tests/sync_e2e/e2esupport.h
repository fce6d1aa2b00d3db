// The end-to-end harness: the real homevisit-central process over TLS on loopback and
// the real homevisitctl binary, each tablet with its own data directory.
#pragma once

#include "../democredentials.h"
#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace homevisit::e2e {

struct Result
{
    int rc = -1;
    QString out;
    QString err;
};

inline Result run(const QString &program, const QStringList &args, const QByteArray &input = {},
                  const QStringList &prefix = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("HOMEVISIT_PIN", "482915");
    p.setProcessEnvironment(env);
    // A prefix wraps the program, e.g. {"faketime", "-f", "+1d"} for a wrong clock.
    if (prefix.isEmpty())
        p.start(program, args);
    else
        p.start(prefix.front(), prefix.mid(1) + QStringList{program} + args);
    REQUIRE(p.waitForStarted());
    p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120'000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

inline Result shell(const QString &command)
{
    return run("/bin/sh", {"-c", command});
}

// A self-signed P-256 certificate for 127.0.0.1 and its public-key pin.
struct Certificate
{
    QString cert, key, pin;
    explicit Certificate(const QString &dir)
    {
        cert = dir + "/cert.pem";
        key = dir + "/key.pem";
        REQUIRE(shell("openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes "
                      "-days 2 -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 -keyout " +
                      key + " -out " + cert + " 2>/dev/null")
                    .rc == 0);
        pin = shell("openssl x509 -in " + cert +
                    " -pubkey -noout | openssl pkey -pubin -outform der | openssl dgst -sha256 "
                    "-binary | base64")
                  .out.trimmed();
        REQUIRE(pin.size() == 44);
    }
};

class Gateway
{
public:
    Gateway(const QString &dataDir, const Certificate &cert) : m_dataDir(dataDir), m_cert(cert)
    {
        start();
    }
    ~Gateway() { stop(); }

    void start()
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral(CENTRAL_PATH),
                        {"--data-dir", m_dataDir, "--listen",
                         "127.0.0.1:" + QString::number(m_port), "--tls-cert", m_cert.cert,
                         "--tls-key", m_cert.key, "--demo"});
        REQUIRE(m_process.waitForStarted());
        static const QRegularExpression listening("listening on https://127\\.0\\.0\\.1:(\\d+)");
        QByteArray seen;
        for (int i = 0; i < 100 && !listening.match(seen).hasMatch(); ++i) {
            m_process.waitForReadyRead(100);
            seen += m_process.readAll();
        }
        const auto match = listening.match(seen);
        INFO(seen.toStdString());
        REQUIRE(match.hasMatch());
        m_port = match.captured(1).toInt();
    }
    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    QString url() const { return "https://127.0.0.1:" + QString::number(m_port); }
    QString credential(const QString &user) const
    {
        return homevisit::test::demoCredential(m_dataDir, user);
    }
    Result admin(const QStringList &args) const
    {
        return run(CENTRAL_PATH, QStringList{"--data-dir", m_dataDir, "admin"} + args);
    }

private:
    QString m_dataDir;
    const Certificate &m_cert;
    int m_port = 0; // 0 the first time: the kernel picks; a restart keeps the port
    QProcess m_process;
};

// One user's tablet: its own data directory and encrypted store.
struct Tablet
{
    Tablet(QString dataDir, QString name) : dir(std::move(dataDir)), user(std::move(name)) {}
    QString dir, user;
    QStringList clock; // a prefix such as {"faketime", "-f", "-1d"}; empty = the real clock
    Result ctl(const QStringList &args, const QByteArray &input = {}) const
    {
        return run(HOMEVISITCTL_PATH, QStringList{"--data-dir", dir, "--user", user} + args, input,
                   clock);
    }
    void enroll(const Gateway &g, const QString &pin) const
    {
        REQUIRE(run(HOMEVISITCTL_PATH, {"--data-dir", dir, "init", "--user", user}).rc == 0);
        // The one-time code on standard input: never in the process list.
        const Result r =
            ctl({"enroll", "--server", g.url(), "--credential", "-", "--pin-sha256", pin},
                g.credential(user).toUtf8());
        INFO(r.err.toStdString());
        REQUIRE(r.rc == 0);
    }
    QList<QJsonObject> lines(const QStringList &args) const
    {
        const Result r = ctl(args);
        REQUIRE(r.rc == 0);
        QList<QJsonObject> out;
        for (const QString &line : r.out.split('\n', Qt::SkipEmptyParts))
            out << QJsonDocument::fromJson(line.toUtf8()).object();
        return out;
    }
    QJsonObject recordById(const QString &id) const
    {
        for (const QJsonObject &r : lines({"list"}))
            if (r["id"].toString() == id)
                return r;
        return {};
    }
    QString addVisit(bool sign) const
    {
        const QString child = lines({"caseload"}).front()["child_id"].toString();
        const Result example = ctl({"visit", "example", "--child", child});
        QStringList args{"visit", "add", "--json", "-"};
        if (sign)
            args << "--sign";
        const Result added = ctl(args, example.out.toUtf8());
        INFO(added.err.toStdString());
        REQUIRE(added.rc == 0);
        return added.out.section(' ', 0, 0);
    }
};

} // namespace homevisit::e2e
