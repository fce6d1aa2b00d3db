// Sync end to end with real parts only: the real homevisit-central process over real
// TLS on loopback (its embedded SQLite store, demo data), and the real homevisitctl
// binary with real encrypted stores, as an operator would drive them.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

struct Result
{
    int rc = -1;
    QString out;
    QString err;
};

Result run(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("HOMEVISIT_PIN", "482915");
    p.setProcessEnvironment(env);
    p.start(program, args);
    REQUIRE(p.waitForStarted());
    p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120'000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

Result shell(const QString &command)
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
        QFile f(m_dataDir + "/demo-credentials.json");
        REQUIRE(f.open(QIODevice::ReadOnly));
        for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).array())
            if (v["user"].toString() == user)
                return v["credential"].toString();
        FAIL("no demo credential for " << user.toStdString());
        return {};
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
    QString dir, user;
    Result ctl(const QStringList &args, const QByteArray &input = {}) const
    {
        return run(HOMEVISITCTL_PATH, QStringList{"--data-dir", dir, "--user", user} + args, input);
    }
    void enrol(const Gateway &g, const QString &pin) const
    {
        REQUIRE(run(HOMEVISITCTL_PATH, {"--data-dir", dir, "init", "--user", user}).rc == 0);
        const Result r = ctl({"enroll", "--server", g.url(), "--credential", g.credential(user),
                              "--pin-sha256", pin});
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

} // namespace

TEST_CASE("visits reach the gateway once, the supervisor sees them, other municipalities "
          "never do, and a revoked tablet is erased",
          "[sync][e2e]")
{
    QTemporaryDir tmp;
    const Certificate cert(tmp.path());
    Gateway gateway(tmp.path() + "/central", cert);

    const Tablet anna{tmp.path() + "/tablet-anna", "anna"};
    anna.enrol(gateway, cert.pin);
    REQUIRE(anna.ctl({"sync"}).rc == 0);
    REQUIRE_FALSE(anna.lines({"caseload"}).isEmpty()); // her children came with the pull

    const QString signedId = anna.addVisit(true);
    const QString draftId = anna.addVisit(false);
    const Result first = anna.ctl({"sync"});
    INFO(first.out.toStdString() << first.err.toStdString());
    REQUIRE(first.rc == 0);
    CHECK(first.out.startsWith("synced: 2 sent"));
    CHECK(anna.recordById(signedId)["sync_state"] == "synced");
    CHECK(anna.recordById(draftId)["sync_state"] == "synced");
    CHECK(anna.ctl({"sync"}).out.startsWith("synced: 0 sent")); // nothing twice

    SECTION("the supervisor sees the team's signed visit, not the draft; another "
            "municipality sees neither")
    {
        const Tablet bodil{tmp.path() + "/tablet-bodil", "bodil"};
        bodil.enrol(gateway, cert.pin);
        REQUIRE(bodil.ctl({"sync"}).rc == 0);
        CHECK(bodil.recordById(signedId)["status"] == "signed");
        CHECK(bodil.recordById(draftId).isEmpty());

        const Tablet vera{tmp.path() + "/tablet-vera", "vera"};
        vera.enrol(gateway, cert.pin);
        REQUIRE(vera.ctl({"sync"}).rc == 0);
        CHECK(vera.recordById(signedId).isEmpty());
        for (const QJsonObject &child : vera.lines({"caseload"}))
            for (const QJsonObject &mine : anna.lines({"caseload"}))
                CHECK(child["child_id"] != mine["child_id"]);
    }
    SECTION("with the gateway down the visit waits calmly on the tablet, then goes")
    {
        gateway.stop();
        const QString offline = anna.addVisit(true);
        const Result r = anna.ctl({"sync"});
        CHECK(r.rc == 8);
        CHECK(r.err.contains("not connected"));
        CHECK(r.err.contains("kept on this device"));
        CHECK(anna.recordById(offline)["sync_state"] == "local");
        gateway.start();
        REQUIRE(anna.ctl({"sync"}).rc == 0);
        CHECK(anna.recordById(offline)["sync_state"] == "synced");
    }
    SECTION("a wrong server key is refused and changes nothing")
    {
        const Tablet karin{tmp.path() + "/tablet-karin", "karin"};
        REQUIRE(run(HOMEVISITCTL_PATH, {"--data-dir", karin.dir, "init", "--user", "karin"}).rc ==
                0);
        QString wrongPin = cert.pin;
        wrongPin[5] = wrongPin[5] == 'A' ? 'B' : 'A';
        const Result r = karin.ctl({"enroll", "--server", gateway.url(), "--credential",
                                    gateway.credential("karin"), "--pin-sha256", wrongPin});
        CHECK(r.rc == 8);
        CHECK(r.err.contains("pin_mismatch"));
        CHECK(karin.ctl({"sync"}).rc == 2); // still not enrolled
        // The credential was not used up: the right key enrols with it.
        CHECK(karin
                  .ctl({"enroll", "--server", gateway.url(), "--credential",
                        gateway.credential("karin"), "--pin-sha256", cert.pin})
                  .rc == 0);
    }
    SECTION("a revoked device is crypto-erased at its next sync")
    {
        QFile idFile(anna.dir + "/device.id");
        REQUIRE(idFile.open(QIODevice::ReadOnly));
        const QString device = QString::fromLatin1(idFile.readAll()).trimmed();
        REQUIRE(gateway.admin({"revoke-device", "--device", device}).rc == 0);
        const Result r = anna.ctl({"sync"});
        CHECK(r.rc == 9);
        CHECK(r.err.contains("revoked"));
        CHECK(anna.ctl({"list"}).rc != 0); // the store cannot be opened any more
        QFile vault(anna.dir + "/users/anna/vault.json");
        REQUIRE(vault.open(QIODevice::ReadOnly));
        CHECK_FALSE(vault.readAll().contains("wrapped_key"));
        CHECK_FALSE(QFile::exists(anna.dir + "/users/anna/journal.db"));
    }
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
