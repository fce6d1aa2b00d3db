// The case system's side of the gateway with real processes (docs/integration.md):
// caseload snapshots over HTTP, every signed record as a journal entry in the connector's
// feed, and forwarding to the reference receiver (homevisit-receiver) through kills and
// restarts of both. Runs on SQLite and, as case_system_postgres, on PostgreSQL.
#include "catchrunner.h"
#include "gatewaysupport.h"

#include <QMap>

namespace {

const QString Receiver = QStringLiteral(HOMEVISIT_RECEIVER_PATH);

// An account of the gateway's own (admin or integration) in `municipality`, enrolled as
// the connector would: a one-time credential, then /v1/enroll without a signing key.
std::unique_ptr<Tablet> connector(const RunningCentral &central, const QString &name,
                                  const QString &municipality, const QString &role)
{
    REQUIRE(central.admin({"add-user", "--user", name, "--municipality", municipality, "--role",
                           role, "--display-name", "Ärendesystemets koppling"}) == 0);
    return std::make_unique<Tablet>(central, name, false, issuedCredential(central, name));
}

httplib::Result postSnapshot(const Tablet &caller, const QString &file, const std::string &query,
                             const char *contentType = "application/x-ndjson")
{
    QFile in(file);
    REQUIRE(in.open(QIODevice::ReadOnly));
    const QByteArray body = in.readAll();
    return caller.http->Post(("/v1/admin/import" + query).c_str(), caller.headers(),
                             body.constData(), std::size_t(body.size()), contentType);
}

httplib::Result exportPage(const Tablet &caller, const QString &cursor, int limit = 0)
{
    std::string path = "/v1/export";
    QStringList query;
    if (!cursor.isEmpty())
        query.append("cursor=" + cursor);
    if (limit > 0)
        query.append("limit=" + QString::number(limit));
    if (!query.isEmpty())
        path += "?" + query.join(u'&').toStdString();
    return caller.http->Get(path.c_str(), caller.headers());
}

QString childNamed(const QList<QJsonObject> &changes, const QString &id)
{
    for (const QJsonObject &row : ofType(changes, "child"))
        if (row.value("id").toString() == id)
            return row.value("name").toString();
    return {};
}

// The reference receiver over TLS on a fixed loopback port, so the gateway's
// --forward-url stays right across the receiver's restarts.
class RunningReceiver
{
public:
    RunningReceiver()
    {
        REQUIRE(m_dir.isValid());
        REQUIRE(runProcess("openssl",
                           {"req", "-x509", "-newkey", "ec", "-pkeyopt",
                            "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", path("key.pem"),
                            "-out", path("cert.pem"), "-days", "2", "-subj", "/CN=127.0.0.1",
                            "-addext", "subjectAltName=IP:127.0.0.1"}) == 0);
        QFile secret(path("secret"));
        REQUIRE(secret.open(QIODevice::WriteOnly));
        secret.write("a-shared-secret-of-the-municipality\n");
        secret.close();
        secret.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        port = freePort();
    }
    ~RunningReceiver() { kill(); }

    void start(const QStringList &faults = {})
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.setChildProcessModifier([] { prctl(PR_SET_PDEATHSIG, SIGKILL); });
        m_process.start(Receiver, QStringList{"serve", "--db", path("received.db"), "--secret-file",
                                              path("secret"), "--listen",
                                              QStringLiteral("127.0.0.1:%1").arg(port), "--cert",
                                              path("cert.pem"), "--key", path("key.pem")} +
                                      faults);
        REQUIRE(m_process.waitForStarted());
        REQUIRE(m_process.waitForReadyRead(20'000));
        REQUIRE(m_process.readLine().startsWith("listening on 127.0.0.1:"));
    }

    void kill()
    {
        m_process.kill();
        m_process.waitForFinished(10'000);
    }

    // The gateway's arguments to forward here.
    QStringList forwarding() const
    {
        return {"--forward-url",         QStringLiteral("https://127.0.0.1:%1/journal").arg(port),
                "--forward-secret-file", path("secret"),
                "--forward-ca-file",     path("cert.pem")};
    }

    // `list`: one line per stored entry in arrival order, tab-separated fields.
    QList<QStringList> entries() const
    {
        QString out;
        REQUIRE(runProcess(Receiver, {"list", "--db", path("received.db")}, &out) == 0);
        QList<QStringList> lines;
        for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts))
            lines.append(line.split(u'\t'));
        return lines;
    }

    QString text(const QString &entryId) const
    {
        QString out;
        REQUIRE(runProcess(Receiver, {"show", "--db", path("received.db"), entryId}, &out) == 0);
        return out;
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }
    int port = 0;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
};

// Waits until the receiver holds `count` entries (forwarding retries with backoff).
QList<QStringList> waitForEntries(const RunningReceiver &receiver, qsizetype count)
{
    QList<QStringList> entries;
    for (int attempt = 0; attempt < 900; ++attempt) {
        entries = receiver.entries();
        if (entries.size() >= count)
            return entries;
        QThread::msleep(100);
    }
    FAIL("the receiver holds " << entries.size() << " entries, not " << count);
    return entries;
}

QJsonObject forwardingSummary(const RunningCentral &central)
{
    QString out;
    REQUIRE(central.admin({"forwarding", "show"}, &out) == 0);
    return QJsonDocument::fromJson(out.section(u'\n', 0, 0).toUtf8()).object();
}

} // namespace

TEST_CASE(
    "the connector and an administrator import snapshots over HTTP; bad input changes nothing")
{
    RunningCentral central;
    const QString first = snapshotFile(central, "first.jsonl", "region-test");
    REQUIRE(importSnapshot(central, {first}) == 0);
    const auto procapita = connector(central, "procapita", "region-test", "integration");
    const auto admin = connector(central, "test.admin", "region-test", "admin");
    const QString countSql = "SELECT count(*) FROM children WHERE municipality = 'region-test'";
    REQUIRE(central.query(countSql, countSql) == "3");

    // A dry run of a change says what would change and changes nothing.
    const QString moved = snapshotFile(central, "moved.jsonl", "region-test", [](QByteArray &t) {
        t.replace(R"("child":"P-1002","user":"anna.lind")",
                  R"("child":"P-1002","user":"erik.sand")");
    });
    auto dry = postSnapshot(*procapita, moved, "?dry_run=1");
    REQUIRE(dry->status == 200);
    CHECK(json(dry).value("applied") == false);
    const QJsonArray changes = json(dry).value("changes").toArray();
    CHECK(changes.contains("~ child P-1002: secretary anna.lind -> erik.sand"));
    const QString secretarySql =
        "SELECT secretary FROM children WHERE data LIKE '%\"case_id\":\"P-1002\"%'";
    CHECK(central.query(secretarySql, secretarySql) == "anna.lind");
    // Applied by the connector, then the same again by an administrator: no change.
    auto applied = postSnapshot(*procapita, moved, "");
    REQUIRE(applied->status == 200);
    CHECK(json(applied).value("applied") == true);
    CHECK(central.query(secretarySql, secretarySql) == "erik.sand");
    auto again = postSnapshot(*admin, moved, "", "application/x-ndjson; charset=utf-8");
    REQUIRE(again->status == 200);
    CHECK(
        json(again).value("changes").toArray().contains("children: 0 added, 0 changed, 0 removed"));

    // Refused whole: a malformed row (with its line), another municipality's snapshot, a
    // tablet user, a body that is not JSON Lines. (Mass removal: test_gateway, CLI.)
    const QString malformed = snapshotFile(central, "bad.jsonl", "region-test", [](QByteArray &t) {
        t.replace(R"("legal_basis":"LVU")", R"("legal_basis":"LVM")");
    });
    auto bad = postSnapshot(*procapita, malformed, "");
    CHECK(bad->status == 400);
    CHECK(errorCode(bad) == "snapshot_invalid");
    const QJsonArray problems = json(bad).value("error").toObject().value("problems").toArray();
    REQUIRE(!problems.isEmpty());
    CHECK(problems.first().toObject().value("line").toInt() > 1);
    CHECK(postSnapshot(*procapita, snapshotFile(central, "other.jsonl", "region-gotland"), "")
              ->status == 403);
    Tablet anna(central, "anna");
    CHECK(postSnapshot(anna, moved, "")->status == 403);
    CHECK(postSnapshot(*procapita, moved, "", "text/csv")->status == 415);
    CHECK(central.query(countSql, countSql) == "3");
    CHECK(central.query(secretarySql, secretarySql) == "erik.sand");
    // Only the connector reads the feed; an administrator does not.
    CHECK(exportPage(*admin, {})->status == 403);
    CHECK(auditCount(central, "caseload_import") == "3");
}

TEST_CASE("every signed record becomes one journal entry, and the feed resumes where it was "
          "acknowledged")
{
    RunningCentral central;
    Tablet anna(central, "anna");
    QString cursor;
    const auto reference = anna.pullAll(cursor, 500);
    const QString childId = ofType(reference, "child").first().value("id").toString();
    const QString childName = childNamed(reference, childId);
    REQUIRE(!childName.isEmpty());

    QStringList signedIds;
    for (int i = 0; i < 5; ++i) {
        const Mutation visit = anna.mutation("child_visit", "signed", visitFor(childId));
        REQUIRE(onlyResult(anna.push({visit})).value("outcome") == "applied");
        signedIds.append(visit.record.recordId);
    }
    const Mutation draft =
        anna.mutation("child_visit", "draft", QJsonObject{{"child_id", childId}});
    REQUIRE(onlyResult(anna.push({draft})).value("outcome") == "applied");
    const QJsonObject amendment{{"refers_to", signedIds.first()},
                                {"text", "Rättelse: mötet hölls i skolan."},
                                {"reason", "Fel plats"}};
    const Mutation amend = anna.mutation("amendment", "signed", amendment);
    REQUIRE(onlyResult(anna.push({amend})).value("outcome") == "applied");
    signedIds.append(amend.record.recordId);
    // Another municipality's record never reaches this connector.
    Tablet vera(central, "vera");
    QString veraCursor;
    const QString veraChild =
        ofType(vera.pullAll(veraCursor, 500), "child").first().value("id").toString();
    REQUIRE(onlyResult(vera.push({vera.mutation("child_visit", "signed", visitFor(veraChild))}))
                .value("outcome") == "applied");

    const auto procapita = connector(central, "procapita", "region-gotland", "integration");
    CHECK(exportPage(anna, {})->status == 403);
    CHECK(exportPage(*procapita, "not-a-cursor")->status == 400);
    CHECK(exportPage(*procapita, {}, 501)->status == 400);

    // Two entries a page, in the order they were signed.
    QStringList read;
    QString feedCursor;
    QJsonObject firstEntry;
    for (int page = 0; page < 10; ++page) {
        auto answer = exportPage(*procapita, feedCursor, 2);
        REQUIRE(answer->status == 200);
        const QJsonArray entries = json(answer).value("entries").toArray();
        CHECK(entries.size() <= 2);
        for (const auto &entry : entries) {
            read.append(entry.toObject().value("entry_id").toString());
            if (firstEntry.isEmpty())
                firstEntry = entry.toObject();
        }
        feedCursor = json(answer).value("next_cursor").toString();
        if (!json(answer).value("has_more").toBool())
            break;
    }
    CHECK(read == signedIds);
    // The entry carries what a case system files: ids, names, signature and its key, the
    // record as signed and a readable text.
    CHECK(firstEntry.value("subject").toObject().value("id") == childId);
    CHECK(firstEntry.value("subject").toObject().value("name") == childName);
    CHECK(firstEntry.value("author").toObject().value("display_name") == "Anna Lind");
    CHECK(firstEntry.value("signing_key") == anna.publicKey());
    const auto record = homevisit::sync::decodeRecord(firstEntry.value("record").toObject());
    REQUIRE(std::holds_alternative<WireRecord>(record));
    CHECK(std::get<WireRecord>(record).signature == firstEntry.value("signature").toString());
    CHECK(firstEntry.value("text").toString().contains(childName));

    // The connector restarts without its cursor: it resumes after what it acknowledged
    // (the cursor it last presented), so the last page comes again and nothing else.
    auto resumed = exportPage(*procapita, {});
    REQUIRE(resumed->status == 200);
    const QJsonArray again = json(resumed).value("entries").toArray();
    REQUIRE(!again.isEmpty());
    CHECK(again.size() <= 2);
    CHECK(again.last().toObject().value("entry_id").toString() == signedIds.last());
    // Presenting the last cursor acknowledges everything: nothing comes after it.
    auto done = exportPage(*procapita, json(resumed).value("next_cursor").toString());
    REQUIRE(done->status == 200);
    CHECK(json(done).value("entries").toArray().isEmpty());
    CHECK(exportPage(*procapita, {})->status == 200);
    CHECK(json(exportPage(*procapita, {})).value("entries").toArray().isEmpty());
    QString shown;
    REQUIRE(central.admin({"forwarding", "show"}, &shown) == 0);
    CHECK(shown.contains(R"("feed_connector":"procapita")"));
}

TEST_CASE("forwarding delivers every entry once, in order per child, through restarts of "
          "receiver and gateway")
{
    RunningReceiver receiver;
    receiver.start({"--fail-first", "2", "--delay-ms", "20"});
    RunningCentral central({}, receiver.forwarding());
    Tablet anna(central, "anna");
    Tablet bodil(central, "bodil");
    QString cursor;
    const auto reference = anna.pullAll(cursor, 500);
    const auto children = ofType(reference, "child");
    REQUIRE(children.size() >= 3);

    QMap<QString, QStringList> pushedBySubject; // child id -> entry ids in signing order
    const auto push = [&](int child) {
        const QString childId = children[child].value("id").toString();
        const Mutation visit = anna.mutation("child_visit", "signed", visitFor(childId));
        REQUIRE(onlyResult(anna.push({visit})).value("outcome") == "applied");
        pushedBySubject[childId].append(visit.record.recordId);
        return visit.record.recordId;
    };
    QString firstVisit;
    for (int round = 0; round < 4; ++round)
        for (int child = 0; child < 3; ++child) {
            const QString id = push(child);
            if (firstVisit.isEmpty())
                firstVisit = id;
        }
    const QString firstChild = children[0].value("id").toString();
    const Mutation amend = anna.mutation(
        "amendment", "signed",
        QJsonObject{{"refers_to", firstVisit}, {"text", "Tillägg."}, {"reason", "Saknades"}});
    REQUIRE(onlyResult(anna.push({amend})).value("outcome") == "applied");
    pushedBySubject[firstChild].append(amend.record.recordId);
    const Mutation review = bodil.mutation(
        "review", "signed", QJsonObject{{"refers_to", firstVisit}, {"decision", "signed_off"}});
    REQUIRE(onlyResult(bodil.push({review})).value("outcome") == "applied");
    pushedBySubject[firstChild].append(review.record.recordId);

    // The receiver dies mid-delivery; more is signed; the gateway dies too; both return.
    waitForEntries(receiver, 3);
    receiver.kill();
    for (int child = 0; child < 3; ++child)
        push(child);
    central.restart(receiver.forwarding());
    QThread::msleep(500);
    central.restart(receiver.forwarding());
    CHECK(forwardingSummary(central).value("waiting").toInt() > 0);
    receiver.start();
    const qsizetype total = 4 * 3 + 2 + 3;
    auto entries = waitForEntries(receiver, total);
    QThread::msleep(1500); // nothing more arrives: no entry twice
    entries = receiver.entries();
    REQUIRE(entries.size() == total);

    // Each once; per child in signing order; every signature verified by the receiver.
    QSet<QString> seen;
    QMap<QString, QStringList> arrivedBySubject;
    for (const QStringList &entry : entries) {
        REQUIRE(entry.size() >= 7);
        CHECK(!seen.contains(entry[1]));
        seen.insert(entry[1]);
        arrivedBySubject[entry[3]].append(entry[1]);
        CHECK(entry[6] == "valid");
    }
    CHECK(arrivedBySubject == pushedBySubject);
    CHECK(receiver.text(firstVisit).contains(children[0].value("name").toString()));
    CHECK(receiver.text(firstVisit).contains("Anna Lind"));
    const QJsonObject summary = forwardingSummary(central);
    CHECK(summary.value("delivered").toInt() == total);
    CHECK(summary.value("waiting").toInt() == 0);

    // An operator replays three entries: the receiver knows them and keeps one of each.
    QString out;
    REQUIRE(central.admin({"forwarding", "replay", "--from", "1", "--to", "3"}, &out) == 0);
    CHECK(out.contains("3 entries will be sent again"));
    for (int attempt = 0; attempt < 100 && forwardingSummary(central).value("waiting").toInt();
         ++attempt)
        QThread::msleep(100);
    CHECK(forwardingSummary(central).value("waiting").toInt() == 0);
    CHECK(receiver.entries().size() == total);
    CHECK(central.admin({"forwarding", "replay", "--from", "3", "--to", "1"}) == 2);
    CHECK(central.admin({"forwarding", "frobnicate"}) == 2);
}

TEST_CASE("an unreachable receiver leaves entries waiting with the reason, and loses none")
{
    RunningReceiver receiver; // never started: nothing listens on its port
    RunningCentral central({}, receiver.forwarding());
    Tablet anna(central, "anna");
    QString cursor;
    const QString childId =
        ofType(anna.pullAll(cursor, 500), "child").first().value("id").toString();
    REQUIRE(onlyResult(anna.push({anna.mutation("child_visit", "signed", visitFor(childId))}))
                .value("outcome") == "applied");
    QString out;
    for (int attempt = 0; attempt < 100; ++attempt) {
        REQUIRE(central.admin({"forwarding", "show"}, &out) == 0);
        if (out.contains(R"("state":"retrying")"))
            break;
        QThread::msleep(100);
    }
    CHECK(out.contains(R"("state":"retrying")"));
    CHECK(out.contains("no answer"));
    CHECK(forwardingSummary(central).value("waiting").toInt() == 1);
    // Bad forwarding settings stop the gateway at start with a clear message.
    CHECK(runProcess(Central, {"--data-dir", central.path("other"), "--listen", "127.0.0.1:0",
                               "--forward-url", "ftp://example.org/", "--forward-secret-file",
                               receiver.path("secret")}) == 2);
    CHECK(runProcess(Central, {"--data-dir", central.path("other"), "--listen", "127.0.0.1:0",
                               "--forward-url", "https://example.org/"}) == 2);
}

TEST_CASE("a record she began before the case system moved the child may still be signed")
{
    RunningCentral central;
    REQUIRE(importSnapshot(central, {snapshotFile(central, "first.jsonl", "region-test")}) == 0);
    Tablet anna(central, "anna.lind", true, issuedCredential(central, "anna.lind"));
    QString cursor;
    QString moved;
    for (const QJsonObject &row : ofType(anna.pullAll(cursor, 500), "child"))
        if (row.value("case_id") == "P-1002")
            moved = row.value("id").toString();
    REQUIRE(!moved.isEmpty());
    // Her draft, begun while the child was hers.
    Mutation begun = anna.mutation("child_visit", "draft", QJsonObject{{"child_id", moved}});
    begun.record.createdAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    REQUIRE(onlyResult(anna.push({begun})).value("outcome") == "applied");

    const QString second = snapshotFile(central, "second.jsonl", "region-test", [](QByteArray &t) {
        t.replace(R"("child":"P-1002","user":"anna.lind")",
                  R"("child":"P-1002","user":"erik.sand")");
    });
    REQUIRE(importSnapshot(central, {second}) == 0);

    // She signs it after the move: taken. A visit she begins after the move: refused.
    Mutation finished =
        anna.mutation("child_visit", "signed", visitFor(moved), begun.record.recordId);
    finished.record.createdAt = begun.record.createdAt;
    finished.record.revision = 2;
    finished.record.baseRevision = 1;
    anna.sign(finished);
    CHECK(onlyResult(anna.push({finished})).value("outcome") == "applied");
    Mutation begunLate = anna.mutation("child_visit", "signed", visitFor(moved));
    begunLate.record.createdAt = QDateTime::currentDateTimeUtc();
    begunLate.record.signedAt = begunLate.record.createdAt;
    anna.sign(begunLate);
    const QJsonObject late = onlyResult(anna.push({begunLate}));
    CHECK(late.value("outcome") == "rejected");
    CHECK(late.value("error").toObject().value("code") == "forbidden");
}

TEST_CASE("a supervisor's pull names the author and the child of her team's records, and no "
          "other child")
{
    RunningCentral central;
    REQUIRE(importSnapshot(central, {snapshotFile(central, "names.jsonl", "region-test")}) == 0);
    Tablet anna(central, "anna.lind", true, issuedCredential(central, "anna.lind"));
    Tablet bodil(central, "bodil.ek", true, issuedCredential(central, "bodil.ek"));
    QString cursor;
    QString noah;
    for (const QJsonObject &row : ofType(anna.pullAll(cursor, 500), "child"))
        if (row.value("case_id") == "P-1001")
            noah = row.value("id").toString();
    REQUIRE(!noah.isEmpty());
    const Mutation visit = anna.mutation("child_visit", "signed", visitFor(noah));
    REQUIRE(onlyResult(anna.push({visit})).value("outcome") == "applied");

    QString bodilCursor;
    const QList<QJsonObject> pulled = bodil.pullAll(bodilCursor, 500);
    CHECK(ofType(pulled, "child").isEmpty()); // still no reference data of her team
    const QList<QJsonObject> records = ofType(pulled, "record");
    REQUIRE(records.size() == 1);
    CHECK(records.first().value("author_name") == "Anna Lind");
    CHECK(records.first().value("subject_name") == "Noah Hägg Karlsson");
    for (const QJsonObject &change : pulled) {
        const QByteArray raw = QJsonDocument(change).toJson(QJsonDocument::Compact);
        CHECK_FALSE(raw.contains("Alva Lindqvist")); // P-1002: no record of hers, no name
        CHECK_FALSE(raw.contains("Familjen"));       // no foster home either
    }
    // Anna's own pull of the same record names her too.
    QString again;
    for (const QJsonObject &record : ofType(anna.pullAll(again, 500), "record"))
        CHECK(record.value("author_name") == "Anna Lind");
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::signal(SIGPIPE, SIG_IGN);
    return homevisit::test::runCatch(argc, argv);
}
