// What the gateway's process tests share (tests/gateway, tests/gateway_matrix): a real
// homevisit-central over TLS on 127.0.0.1 (SQLite, or PostgreSQL under pg_virtualenv),
// tablets that enroll, push and pull as the real client does, and the operator's command
// line.
#pragma once

#include <catch2/catch.hpp>

#include "domain/examples.h"
#include "domain/recordsignature.h"
#include "sync/protocol/protocol.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <httplib.h>

#include <arpa/inet.h>
#include <atomic>
#include <cmath>
#include <csignal>
#include <functional>
#include <netinet/in.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace {

using homevisit::sync::Mutation;
using homevisit::sync::PushRequest;
using homevisit::sync::WireRecord;

const QString Central = QStringLiteral(HOMEVISIT_CENTRAL_PATH);

int freePort()
{
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    REQUIRE(bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
    socklen_t length = sizeof address;
    getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length);
    close(fd);
    return ntohs(address.sin_port);
}

int runProcess(const QString &program, const QStringList &arguments, QString *out = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForStarted());
    REQUIRE(process.waitForFinished(60'000));
    if (out)
        *out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The same tests run against both storage back ends: SQLite (the default) and, with
// HOMEVISIT_TEST_BACKEND=postgres, PostgreSQL. CTest's gateway_postgres runs this binary
// under pg_virtualenv, which starts a throwaway cluster and sets PGHOST, PGPORT, PGUSER,
// PGPASSWORD and PGDATABASE.
bool usePostgres()
{
    return qEnvironmentVariable("HOMEVISIT_TEST_BACKEND") == u"postgres";
}

// A conninfo value in single quotes, so spaces or quotes in it cannot split it.
QString conninfoValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(QStringLiteral("\\"), QStringLiteral("\\\\"))
        .replace(QStringLiteral("'"), QStringLiteral("\\'"));
    return QStringLiteral("'") + escaped + QStringLiteral("'");
}

// A fresh, empty database per running gateway, as the SQLite runs get a fresh data
// directory: the demo seeds only an empty store.
QString freshPostgresDatabase()
{
    for (const char *name : {"PGHOST", "PGPORT", "PGUSER", "PGPASSWORD"})
        REQUIRE_FALSE(qEnvironmentVariable(name).isEmpty());
    const QString database = "homevisit_" + uuid().remove(u'-');
    REQUIRE(runProcess("createdb", {database}) == 0);
    QStringList parts;
    const char *const keys[][2] = {
        {"host", "PGHOST"}, {"port", "PGPORT"}, {"user", "PGUSER"}, {"password", "PGPASSWORD"}};
    for (const auto &[key, variable] : keys)
        parts.append(QString::fromLatin1(key) + "=" +
                     conninfoValue(qEnvironmentVariable(variable)));
    parts.append("dbname=" + conninfoValue(database));
    return parts.join(u' ');
}

QJsonObject json(const httplib::Result &result)
{
    REQUIRE(result);
    return QJsonDocument::fromJson(QByteArray::fromStdString(result->body)).object();
}

QString errorCode(const httplib::Result &result)
{
    return json(result).value("error").toObject().value("code").toString();
}

// A self-signed certificate for 127.0.0.1 and a running gateway; the process is killed
// when this goes out of scope, also when a REQUIRE fails half-way.
class RunningCentral
{
public:
    // With `sharedDatabase` (a PostgreSQL conninfo) a second gateway on another's
    // database, without --demo: a fresh --demo would retire the first one's credentials.
    explicit RunningCentral(const QString &sharedDatabase = {}, const QStringList &extra = {})
    {
        REQUIRE(m_dir.isValid());
        REQUIRE(runProcess("openssl",
                           {"req", "-x509", "-newkey", "ec", "-pkeyopt",
                            "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", path("key.pem"),
                            "-out", path("cert.pem"), "-days", "2", "-subj", "/CN=127.0.0.1",
                            "-addext", "subjectAltName=IP:127.0.0.1"}) == 0);
        if (usePostgres())
            m_backend = {"--postgres",
                         sharedDatabase.isEmpty() ? freshPostgresDatabase() : sharedDatabase};
        QStringList demo{"--demo"};
        if (!sharedDatabase.isEmpty())
            demo.clear();
        port = freePort();
        start(demo + extra);
    }
    ~RunningCentral() { stop(); }

    void stop()
    {
        m_process.kill();
        m_process.waitForFinished(10'000);
    }

    // Kills the process (SIGKILL, as a crash or power loss would) and starts a new one on
    // the same store and port, with `extra` arguments.
    void restart(const QStringList &extra = {})
    {
        stop();
        start(extra);
    }

    // `homevisit-central verify` on this gateway's store; its output in *out.
    int verify(QString *out) const
    {
        return runProcess(
            Central, QStringList{"--data-dir", dataDir()} + m_backend + QStringList{"verify"}, out);
    }

    // Changes the database behind the gateway's back, as someone with access to it would:
    // `sqliteSql` through the sqlite3 CLI on central.db, or `postgresSql` through psql.
    void tamper(const QString &sqliteSql, const QString &postgresSql) const
    {
        if (usePostgres())
            REQUIRE(runProcess("psql", {"-v", "ON_ERROR_STOP=1", "-d", database(), "-c",
                                        postgresSql}) == 0);
        else
            REQUIRE(runProcess("sqlite3", {dataDir() + "/central.db", sqliteSql}) == 0);
    }

    // One value read from the database (sqlite3 or psql), as text.
    QString query(const QString &sqliteSql, const QString &postgresSql) const
    {
        QString out;
        if (usePostgres())
            REQUIRE(
                runProcess("psql",
                           {"-v", "ON_ERROR_STOP=1", "-tA", "-d", database(), "-c", postgresSql},
                           &out) == 0);
        else
            REQUIRE(runProcess("sqlite3", {dataDir() + "/central.db", sqliteSql}, &out) == 0);
        return out.trimmed();
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString dataDir() const { return m_dir.filePath("data"); }

    std::unique_ptr<httplib::SSLClient> client() const
    {
        auto client = std::make_unique<httplib::SSLClient>("127.0.0.1", port);
        client->set_ca_cert_path(path("cert.pem").toStdString().c_str());
        client->enable_server_certificate_verification(true);
        client->set_connection_timeout(5);
        client->set_read_timeout(60);
        client->set_write_timeout(60);
        return client;
    }

    QString credential(const QString &user) const
    {
        QFile file(dataDir() + "/demo-credentials.json");
        REQUIRE(file.open(QIODevice::ReadOnly));
        const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                            QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        REQUIRE((file.permissions() & others) == 0); // mode 0600
        for (const auto &entry : QJsonDocument::fromJson(file.readAll()).array()) {
            if (entry.toObject().value("user").toString() == user)
                return entry.toObject().value("credential").toString();
        }
        FAIL("no demo credential for " << user.toStdString());
        return {};
    }

    int admin(const QStringList &arguments, QString *out = nullptr) const
    {
        return runProcess(Central,
                          QStringList{"--data-dir", dataDir()} + m_backend + QStringList{"admin"} +
                              arguments,
                          out);
    }

    QString database() const { return m_backend.value(1); } // the conninfo, or ""

    int port = 0;

private:
    void start(const QStringList &extra)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // Should this test be killed outright, the server must not outlive it.
        m_process.setChildProcessModifier([] { prctl(PR_SET_PDEATHSIG, SIGKILL); });
        m_process.start(Central, QStringList{"--data-dir", dataDir(), "--listen",
                                             QStringLiteral("127.0.0.1:%1").arg(port), "--tls-cert",
                                             path("cert.pem"), "--tls-key", path("key.pem")} +
                                     extra + m_backend);
        REQUIRE(m_process.waitForStarted());
        waitHealthy();
    }

    void waitHealthy()
    {
        auto probe = client();
        probe->set_connection_timeout(0, 200'000);
        for (int attempt = 0; attempt < 300; ++attempt) {
            if (auto result = probe->Get("/v1/health"); result && result->status == 200)
                return;
            REQUIRE(m_process.state() == QProcess::Running);
            QThread::msleep(100);
        }
        FAIL("homevisit-central did not become healthy");
    }

    QTemporaryDir m_dir;
    QStringList m_backend; // --postgres CONNINFO, or nothing for SQLite in the data dir
    QProcess m_process;
};

const httplib::Headers Protocol{{"Homevisit-Protocol", "1"}};

namespace signature = homevisit::domain::signature;

homevisit::domain::SignedContent signedContent(const WireRecord &record)
{
    return {record.recordId, record.kind,      record.revision, record.author,
            record.deviceId, record.createdAt, record.signedAt, record.body};
}

// One enrolled tablet of one user, with its Ed25519 key pair as the real tablet makes at
// enrollment; `withKey` false enrolls without one.
struct Tablet
{
    std::unique_ptr<httplib::SSLClient> http;
    QString user;
    QString deviceId = uuid();
    QString refreshToken;
    QString accessToken;
    signature::KeyPair keys = signature::generate();

    // `credential` "" takes the demo credential the gateway wrote for the user; `device`
    // "" a new device id.
    Tablet(const RunningCentral &central, const QString &userName, bool withKey = true,
           const QString &credential = {}, const QString &device = {})
        : http(central.client()), user(userName)
    {
        if (!device.isEmpty())
            deviceId = device;
        QJsonObject request{
            {"credential", credential.isEmpty() ? central.credential(userName) : credential},
            {"device_id", deviceId},
            {"device_name", "Surfplatta " + userName}};
        if (withKey)
            request.insert("signing_key", publicKey());
        auto result = post("/v1/enroll", QJsonDocument(request).toJson(QJsonDocument::Compact));
        REQUIRE(result->status == 200);
        REQUIRE(result->get_header_value("Homevisit-Protocol") == "1");
        REQUIRE(std::holds_alternative<homevisit::sync::EnrollResponse>(
            homevisit::sync::decodeEnrollResponse(QByteArray::fromStdString(result->body))));
        const QJsonObject answer = json(result);
        REQUIRE(answer.value("user").toString() == userName);
        refreshToken = answer.value("refresh_token").toString();
        accessToken = answer.value("access_token").toString();
        REQUIRE(homevisit::sync::isToken(refreshToken));
        REQUIRE(homevisit::sync::isToken(accessToken));
    }

    QString publicKey() const { return QString::fromLatin1(keys.publicKey.toBase64()); }

    // Signs a signed record again after a test changed a signed field.
    void sign(Mutation &mutation) const
    {
        if (mutation.record.status != u"signed")
            return; // a draft carries no signature
        mutation.record.signature = signature::sign(signedContent(mutation.record), keys.secretKey);
    }

    httplib::Headers headers() const
    {
        auto all = Protocol;
        if (!accessToken.isEmpty())
            all.emplace("Authorization", "Bearer " + accessToken.toStdString());
        return all;
    }

    httplib::Result post(const std::string &path, const QByteArray &body) const
    {
        return http->Post(path.c_str(), headers(), body.constData(), std::size_t(body.size()),
                          "application/json; charset=utf-8");
    }

    httplib::Result get(const std::string &path) const
    {
        return http->Get(path.c_str(), headers());
    }

    // This tablet's refresh token, presented as `device` ("": its own).
    httplib::Result refresh(const QString &device = {}) const
    {
        const QJsonObject request{{"refresh_token", refreshToken},
                                  {"device_id", device.isEmpty() ? deviceId : device}};
        return http->Post("/v1/token", Protocol,
                          QJsonDocument(request).toJson(QJsonDocument::Compact).toStdString(),
                          "application/json; charset=utf-8");
    }

    httplib::Result pull(const QString &cursor, int limit) const
    {
        std::string path = "/v1/pull?limit=" + std::to_string(limit);
        if (!cursor.isEmpty())
            path += "&cursor=" + cursor.toStdString();
        return http->Get(path.c_str(), headers());
    }

    // Every change visible from the start; the raw page bodies in *raw (leak checks).
    QList<QJsonObject> pullAll(std::string *raw = nullptr) const
    {
        QString cursor;
        return pullAll(cursor, 500, raw);
    }

    // Every change visible from `cursor` on, page by page; checks the paging contract.
    QList<QJsonObject> pullAll(QString &cursor, int limit = 5, std::string *raw = nullptr) const
    {
        QList<QJsonObject> changes;
        qint64 lastSeq = 0;
        for (int page = 0; page < 1000; ++page) {
            auto result = pull(cursor, limit);
            REQUIRE(result->status == 200);
            // What the real client will do with it: strict decoding must accept it.
            const auto decoded =
                homevisit::sync::decodePullResponse(QByteArray::fromStdString(result->body));
            REQUIRE(std::holds_alternative<homevisit::sync::PullResponse>(decoded));
            if (raw)
                *raw += result->body;
            const QJsonObject answer = json(result);
            const QJsonArray pageChanges = answer.value("changes").toArray();
            REQUIRE(pageChanges.size() <= limit);
            for (const auto &change : pageChanges) {
                const qint64 seq = change.toObject().value("seq").toInteger();
                REQUIRE(seq > lastSeq);
                lastSeq = seq;
                changes.append(change.toObject());
            }
            cursor = answer.value("next_cursor").toString();
            REQUIRE(!cursor.isEmpty());
            if (!answer.value("has_more").toBool())
                return changes;
            REQUIRE(pageChanges.size() == limit);
        }
        FAIL("pull never ended");
        return changes;
    }

    Mutation mutation(const QString &kind, const QString &status, const QJsonObject &body,
                      const QString &recordId = uuid()) const
    {
        WireRecord record;
        record.recordId = recordId;
        record.kind = kind;
        record.status = status;
        record.revision = 1;
        record.author = user;
        record.deviceId = deviceId;
        record.hlc = "0001763891200000.000001";
        record.createdAt = QDateTime(QDate(2026, 11, 20), QTime(14, 0), Qt::UTC);
        if (status == u"signed")
            record.signedAt = QDateTime(QDate(2026, 11, 20), QTime(15, 20), Qt::UTC);
        record.body = body;
        Mutation mutation{uuid(), record};
        if (status == u"signed")
            sign(mutation);
        return mutation;
    }

    httplib::Result push(const QList<Mutation> &mutations) const
    {
        return post("/v1/push", homevisit::sync::encode(PushRequest{mutations}));
    }
};

QList<QJsonObject> ofType(const QList<QJsonObject> &changes, const QString &type)
{
    QList<QJsonObject> matching;
    for (const auto &change : changes) {
        if (change.value("type").toString() == type)
            matching.append(change.value("data").toObject());
    }
    return matching;
}

bool containsRecord(const QList<QJsonObject> &changes, const QString &recordId)
{
    for (const auto &record : ofType(changes, "record")) {
        if (record.value("id").toString() == recordId)
            return true;
    }
    return false;
}

QJsonObject visitFor(const QString &childId)
{
    return homevisit::domain::exampleChildVisit(
        childId, QDateTime(QDate(2026, 11, 20), QTime(14, 0), Qt::OffsetFromUTC, 3600));
}

bool isUuidString(const QString &text)
{
    return homevisit::sync::isUuid(text);
}

QJsonObject onlyResult(const httplib::Result &result)
{
    REQUIRE(result->status == 200);
    const auto decoded =
        homevisit::sync::decodePushResponse(QByteArray::fromStdString(result->body));
    REQUIRE(std::holds_alternative<homevisit::sync::PushResponse>(decoded));
    const QJsonArray results = json(result).value("results").toArray();
    REQUIRE(results.size() == 1);
    return results.first().toObject();
}

QString auditCount(const RunningCentral &central, const QString &action)
{
    const QString sql = "SELECT COUNT(*) FROM audit WHERE action = '" + action + "'";
    return central.query(sql, sql);
}

QString issuedCredential(const RunningCentral &central, const QString &user)
{
    QString credential;
    REQUIRE(central.admin({"credential", "--user", user}, &credential) == 0);
    return credential;
}

// `homevisit-central import` on this gateway's store; its output in *out.
int importSnapshot(const RunningCentral &central, const QStringList &arguments,
                   QString *out = nullptr)
{
    return runProcess(
        Central,
        QStringList{"--data-dir", central.dataDir()} +
            (usePostgres() ? QStringList{"--postgres", central.database()} : QStringList{}) +
            QStringList{"import"} + arguments,
        out);
}

// The example snapshot for the municipality `municipality`, with `edit` applied to its
// text, written to a file of the central's directory.
QString snapshotFile(const RunningCentral &central, const QString &name,
                     const QString &municipality,
                     const std::function<void(QByteArray &)> &edit = nullptr)
{
    QFile example(QStringLiteral(HOMEVISIT_SOURCE_DIR "/docs/examples/caseload-snapshot.jsonl"));
    REQUIRE(example.open(QIODevice::ReadOnly));
    QByteArray text = example.readAll().replace("region-gotland", municipality.toUtf8());
    if (edit)
        edit(text);
    QFile file(central.path(name));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text);
    return file.fileName();
}

QString caseIdsOf(const QList<QJsonObject> &changes, const QString &type)
{
    QStringList ids;
    for (const QJsonObject &row : ofType(changes, type))
        ids.append(row.value("case_id").toString());
    ids.sort();
    return ids.join(u',');
}

} // namespace
