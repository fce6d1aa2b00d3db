// The real homevisit-receiver process over TLS on 127.0.0.1, driven with httplib's SSL
// client as the gateway's forwarder drives it: entries POSTed one by one while the
// process is killed (SIGKILL) and restarted on the same file, the fault injection
// options, SIGTERM, the log and the command line's errors.
#include "catchrunner.h"

#include <catch2/catch.hpp>

#include "receiverfixture.h"

#include "sync/receiver/forwardsignature.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <httplib.h>

#include <csignal>
#include <sys/prctl.h>

namespace {

const QString Receiver = QStringLiteral(HOMEVISIT_RECEIVER_PATH);
const QByteArray Secret = "a-shared-secret-of-the-municipality";

int runProcess(const QStringList &arguments, QString *out = nullptr, QString *err = nullptr)
{
    QProcess process;
    process.start(Receiver, arguments);
    REQUIRE(process.waitForStarted());
    REQUIRE(process.waitForFinished(60'000));
    if (out)
        *out = QString::fromUtf8(process.readAllStandardOutput());
    if (err)
        *err = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

// A certificate for 127.0.0.1, a secret file and a database in one temporary directory;
// the receiver started and stopped on them as often as a test likes.
class RunningReceiver
{
public:
    RunningReceiver()
    {
        REQUIRE(m_dir.isValid());
        QProcess openssl;
        openssl.start("openssl",
                      {"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                       "-nodes", "-keyout", path("key.pem"), "-out", path("cert.pem"), "-days", "2",
                       "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"});
        REQUIRE(openssl.waitForFinished(60'000));
        REQUIRE(openssl.exitCode() == 0);
        QFile secret(path("secret"));
        REQUIRE(secret.open(QIODevice::WriteOnly));
        secret.write(Secret + "\n");
        secret.close();
        REQUIRE(secret.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    }
    ~RunningReceiver() { kill(); }

    // Starts `serve` on port 0 and reads the port from its one line on stdout.
    void start(const QStringList &extra = {})
    {
        REQUIRE(m_process.state() == QProcess::NotRunning);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        // Should this test be killed outright, the server must not outlive it.
        m_process.setChildProcessModifier([] { prctl(PR_SET_PDEATHSIG, SIGKILL); });
        m_process.start(Receiver, QStringList{"serve", "--db", path("received.db"), "--secret-file",
                                              path("secret"), "--listen", "127.0.0.1:0", "--cert",
                                              path("cert.pem"), "--key", path("key.pem")} +
                                      extra);
        REQUIRE(m_process.waitForStarted());
        for (int i = 0; i < 100 && !m_process.canReadLine(); ++i)
            m_process.waitForReadyRead(200);
        const QByteArray line = m_process.readLine();
        INFO(line.toStdString() << m_process.readAllStandardError().toStdString());
        REQUIRE(line.startsWith("listening on 127.0.0.1:"));
        REQUIRE(line.endsWith('\n'));
        bool ok = false;
        port = line.trimmed().mid(int(qstrlen("listening on 127.0.0.1:"))).toInt(&ok);
        REQUIRE(ok);
        REQUIRE(port > 0);
    }

    // SIGKILL: no chance to finish anything.
    void kill()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(10'000);
        collectLog();
    }

    // SIGTERM; the exit code, -1 for a crash or a hang.
    int terminate()
    {
        m_process.terminate();
        const bool finished = m_process.waitForFinished(10'000);
        collectLog();
        if (!finished || m_process.exitStatus() != QProcess::NormalExit)
            return -1;
        return m_process.exitCode();
    }

    std::unique_ptr<httplib::SSLClient> client() const
    {
        auto client = std::make_unique<httplib::SSLClient>("127.0.0.1", port);
        client->set_ca_cert_path(path("cert.pem").toStdString().c_str());
        client->enable_server_certificate_verification(true);
        client->set_connection_timeout(5);
        client->set_read_timeout(30);
        return client;
    }

    // POSTs `body` as the gateway does: signed now, keyed by the entry id.
    httplib::Result post(const QByteArray &body, httplib::SSLClient *through = nullptr) const
    {
        const QString id = QJsonDocument::fromJson(body).object().value("entry_id").toString();
        const httplib::Headers headers{
            {"Idempotency-Key", id.toStdString()},
            {homevisit::receiver::SignatureHeaderName,
             homevisit::receiver::signatureHeader(Secret, body, QDateTime::currentSecsSinceEpoch())
                 .toStdString()}};
        auto own = through ? nullptr : client();
        httplib::SSLClient *http = through ? through : own.get();
        return http->Post("/journal", headers, body.constData(), size_t(body.size()),
                          "application/json; charset=utf-8");
    }

    // `list`: its lines split at tabs.
    QList<QStringList> entries() const
    {
        QString out;
        REQUIRE(runProcess({"list", "--db", path("received.db")}, &out) == 0);
        QList<QStringList> lines;
        for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts))
            lines.append(line.split(u'\t'));
        return lines;
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString log() const { return QString::fromUtf8(m_log); }
    int port = 0;

private:
    void collectLog() { m_log += m_process.readAllStandardError(); }

    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_log;
};

struct Entry
{
    QString id;
    QString childId;
    QString text;
    QByteArray body;
    bool signedWithKey = true;
};

Entry makeEntry(const fixture::Tablet &tablet, int n, bool sign = true)
{
    Entry entry;
    entry.childId = fixture::uuid();
    const auto record = tablet.visit(entry.childId, sign);
    entry.id = record.recordId;
    entry.signedWithKey = sign;
    entry.text = QStringLiteral("Hembesök nr %1 hos Elsa. Hon berättade om fotbollen.\n"
                                "Inget att rapportera. HEMLIG-MARKÖR-%1")
                     .arg(n);
    entry.body = fixture::bytes(fixture::entryFor(record, sign ? tablet.publicKey() : QString(),
                                                  entry.childId, entry.text));
    return entry;
}

} // namespace

TEST_CASE("entries survive SIGKILL between them and are listed once each, in arrival order")
{
    RunningReceiver receiver;
    const fixture::Tablet tablet;
    QList<Entry> sent;
    for (int n = 0; n < 6; ++n)
        sent.append(makeEntry(tablet, n, n != 2)); // the third one from before signatures

    receiver.start();
    for (int n = 0; n < sent.size(); ++n) {
        const auto result = receiver.post(sent[n].body);
        REQUIRE(result);
        INFO("entry " << n << ": " << result->body);
        CHECK(result->status == 201);
        CHECK(result->body == R"({"stored":true})");
        if (n % 2 == 1) {
            // Killed right after answering; the entry must be on disk already.
            receiver.kill();
            receiver.start();
            // The gateway did not see the answer and sends it again: a duplicate.
            const auto retry = receiver.post(sent[n].body);
            REQUIRE(retry);
            CHECK(retry->status == 200);
            CHECK(retry->body == R"({"stored":false,"duplicate":true})");
        }
    }
    // A changed entry under a known id is a conflict, also after the restarts.
    QJsonObject changed = QJsonDocument::fromJson(sent[0].body).object();
    changed.insert("text", "Något annat");
    const auto conflict = receiver.post(fixture::bytes(changed));
    REQUIRE(conflict);
    CHECK(conflict->status == 409);
    CHECK(conflict->body == R"({"error":"conflict"})");
    receiver.kill();

    const auto entries = receiver.entries();
    REQUIRE(entries.size() == sent.size());
    for (int n = 0; n < sent.size(); ++n) {
        INFO("line " << n << ": " << entries[n].join(u'|').toStdString());
        REQUIRE(entries[n].size() == 7);
        CHECK(entries[n][0] == QString::number(n + 1));
        CHECK(entries[n][1] == sent[n].id);
        CHECK(entries[n][2] == "child_visit");
        CHECK(entries[n][3] == sent[n].childId);
        CHECK(entries[n][4] == "BU-2026-0042");
        CHECK(entries[n][5] == "2026-11-20T15:20:00.000Z");
        CHECK(entries[n][6] == (sent[n].signedWithKey ? "valid" : "legacy"));
    }

    // show prints the text as sent.
    QString out;
    REQUIRE(runProcess({"show", "--db", receiver.path("received.db"), sent[3].id}, &out) == 0);
    CHECK(out == sent[3].text + "\n");

    // The log: a line per request with the entry id and the answer, never the secret or
    // the text.
    const QString log = receiver.log();
    CHECK(log.contains(sent[5].id + " -> 201 stored"));
    CHECK(log.contains(sent[1].id + " -> 200 duplicate"));
    CHECK(log.contains(sent[0].id + " -> 409 conflict"));
    CHECK_FALSE(log.contains(QString::fromLatin1(Secret)));
    CHECK_FALSE(log.contains("HEMLIG-MARKÖR"));
    CHECK_FALSE(log.contains("Något annat"));
}

TEST_CASE("--fail-first answers 503 to the first posts and stores nothing of them")
{
    RunningReceiver receiver;
    const fixture::Tablet tablet;
    const Entry entry = makeEntry(tablet, 1);
    receiver.start({"--fail-first", "2"});
    auto http = receiver.client();
    for (int attempt = 0; attempt < 2; ++attempt) {
        const auto result = receiver.post(entry.body, http.get());
        REQUIRE(result);
        CHECK(result->status == 503);
        CHECK(result->get_header_value("Retry-After") == "1");
        CHECK(receiver.entries().isEmpty());
    }
    const auto third = receiver.post(entry.body, http.get());
    REQUIRE(third);
    CHECK(third->status == 201);
    CHECK(receiver.entries().size() == 1);
    receiver.kill();
    CHECK(receiver.log().count(" -> 503 unavailable (injected)") == 2);
}

TEST_CASE("--fail-every fails every Nth post")
{
    RunningReceiver receiver;
    const fixture::Tablet tablet;
    receiver.start({"--fail-every", "2"});
    QList<int> statuses;
    for (int n = 0; n < 4; ++n) {
        const auto result = receiver.post(makeEntry(tablet, n).body);
        REQUIRE(result);
        statuses.append(result->status);
    }
    CHECK(statuses == QList<int>{201, 503, 201, 503});
    CHECK(receiver.entries().size() == 2);
}

TEST_CASE("with --delay-ms an entry is stored before the answer: a retry finds it")
{
    RunningReceiver receiver;
    const fixture::Tablet tablet;
    const Entry entry = makeEntry(tablet, 1);
    receiver.start({"--delay-ms", "1500"});
    auto impatient = receiver.client();
    impatient->set_read_timeout(0, 400'000);
    const auto gaveUp = receiver.post(entry.body, impatient.get());
    CHECK_FALSE(gaveUp); // no answer within 0.4 s
    // Already on disk while the answer is still being held back.
    CHECK(receiver.entries().size() == 1);
    const auto retry = receiver.post(entry.body);
    REQUIRE(retry);
    CHECK(retry->status == 200);
    CHECK(retry->body == R"({"stored":false,"duplicate":true})");
    CHECK(receiver.entries().size() == 1);
}

TEST_CASE("over the wire: a bad signature is 401, another path 404; SIGTERM stops cleanly")
{
    RunningReceiver receiver;
    const fixture::Tablet tablet;
    const Entry entry = makeEntry(tablet, 1);
    receiver.start({"--path", "/case/journal"});
    auto http = receiver.client();
    const httplib::Headers wrongSecret{
        {"Idempotency-Key", entry.id.toStdString()},
        {"Homevisit-Signature", homevisit::receiver::signatureHeader(
                                    "wrong", entry.body, QDateTime::currentSecsSinceEpoch())
                                    .toStdString()}};
    const auto unauthorized = http->Post("/case/journal", wrongSecret, entry.body.toStdString(),
                                         "application/json; charset=utf-8");
    REQUIRE(unauthorized);
    CHECK(unauthorized->status == 401);
    const auto unsigned_ =
        http->Post("/case/journal", entry.body.toStdString(), "application/json; charset=utf-8");
    REQUIRE(unsigned_);
    CHECK(unsigned_->status == 401);
    // The default path is not served when another one is given.
    const auto elsewhere = receiver.post(entry.body, http.get());
    REQUIRE(elsewhere);
    CHECK(elsewhere->status == 404);
    CHECK(receiver.entries().isEmpty());

    CHECK(receiver.terminate() == 0);
    CHECK(receiver.log().contains("stopped"));
    CHECK_FALSE(receiver.client()->Get("/case/journal")); // nothing listens any more
}

TEST_CASE("the command line: usage errors exit 2, missing files and entries 1")
{
    RunningReceiver receiver;
    QString err;
    CHECK(runProcess({}, nullptr, &err) == 2);
    CHECK(err.startsWith("homevisit-receiver: "));
    CHECK(runProcess({"frobnicate"}) == 2);
    CHECK(runProcess({"list"}) == 2);
    CHECK(runProcess({"show", "--db", receiver.path("received.db")}) == 2);
    CHECK(runProcess({"serve", "--db", receiver.path("received.db"), "--secret-file",
                      receiver.path("secret"), "--listen", "0.0.0.0:0", "--plain"},
                     nullptr, &err) == 2);
    CHECK(err.contains("loopback"));
    CHECK(runProcess({"serve", "--db", receiver.path("received.db"), "--secret-file",
                      receiver.path("secret"), "--listen", "127.0.0.1:0"}) == 2);

    // Files that are not there or not usable: 1, and list does not create the database.
    CHECK(runProcess({"list", "--db", receiver.path("received.db")}, nullptr, &err) == 1);
    CHECK_FALSE(QFile::exists(receiver.path("received.db")));
    QFile empty(receiver.path("empty-secret"));
    REQUIRE(empty.open(QIODevice::WriteOnly));
    empty.write("\n");
    empty.close();
    CHECK(runProcess({"serve", "--db", receiver.path("received.db"), "--secret-file",
                      empty.fileName(), "--listen", "127.0.0.1:0", "--cert",
                      receiver.path("cert.pem"), "--key", receiver.path("key.pem")},
                     nullptr, &err) == 1);
    CHECK(err.contains("empty"));
    CHECK(runProcess({"serve", "--db", receiver.path("received.db"), "--secret-file",
                      receiver.path("secret"), "--listen", "127.0.0.1:0", "--cert",
                      receiver.path("secret"), "--key", receiver.path("key.pem")},
                     nullptr, &err) == 1);
    CHECK(err.contains("certificate"));

    // show for an id the file does not hold.
    receiver.start();
    receiver.kill();
    CHECK(runProcess({"show", "--db", receiver.path("received.db"), fixture::uuid()}, nullptr,
                     &err) == 1);
    CHECK(err.contains("no entry"));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return homevisit::test::runCatch(argc, argv);
}
