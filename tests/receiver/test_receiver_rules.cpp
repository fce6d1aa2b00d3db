// homevisit-receiver's rules without a socket: the Homevisit-Signature HMAC, the answers
// to entries (stored, duplicate, conflict, malformed, wrong key, bad Ed25519 signature,
// legacy), the store across reopening, fault injection and the command line's options.
#include <catch2/catch.hpp>

#include "receiverfixture.h"

#include "sync/receiver/entrystore.h"
#include "sync/receiver/forwardsignature.h"
#include "sync/receiver/journalentry.h"
#include "sync/receiver/receivermain.h"
#include "sync/receiver/receiverrules.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace homevisit::receiver;

namespace {

const QByteArray Secret = "a-shared-secret-of-the-municipality";
constexpr qint64 Now = 1'790'000'000;

// A POST as the gateway sends it: the right headers, signed now.
EntryRequest request(const QByteArray &body, const QByteArray &secret = Secret, qint64 t = Now)
{
    const QString id = QJsonDocument::fromJson(body).object().value("entry_id").toString();
    return {"application/json; charset=utf-8", id.toUtf8(), signatureHeader(secret, body, t), body};
}

struct Store
{
    QTemporaryDir dir;
    std::unique_ptr<EntryStore> store;
    Store()
    {
        REQUIRE(dir.isValid());
        QString error;
        store = EntryStore::open(path(), true, &error);
        INFO(error.toStdString());
        REQUIRE(store);
    }
    QString path() const { return dir.filePath("received.db"); }
    QList<StoredEntry> all() const
    {
        QString error;
        const auto entries = store->list(&error);
        REQUIRE(entries);
        return *entries;
    }
    Answer post(const EntryRequest &request) const
    {
        return answerEntry(request, *store, Secret, Now,
                           QDateTime::fromSecsSinceEpoch(Now, Qt::UTC));
    }
};

QJsonObject answerJson(const Answer &answer)
{
    return QJsonDocument::fromJson(answer.body).object();
}

} // namespace

TEST_CASE("the signature header is HMAC-SHA256 over t, a dot and the body")
{
    // Computed independently: printf '1700000000.{"entry_id":"x"}' |
    //   openssl dgst -sha256 -hmac 'a-shared-secret'
    const QByteArray body = R"({"entry_id":"x"})";
    CHECK(signatureHeader("a-shared-secret", body, 1'700'000'000) ==
          "t=1700000000,v1=33309e792236fe9fd1adc81f2cf1b9ddb4acff44ffd54346ba2df3377de54618");
    CHECK(signatureHex("a-shared-secret", body, 1'700'000'000) ==
          "33309e792236fe9fd1adc81f2cf1b9ddb4acff44ffd54346ba2df3377de54618");
    CHECK(signatureHeader({}, body, 1'700'000'000).isEmpty());
    CHECK(signatureHex("a-shared-secret", body, 1'700'000'001) !=
          signatureHex("a-shared-secret", body, 1'700'000'000));
}

TEST_CASE("a signature header is checked for its secret, its body and its time")
{
    const QByteArray body = R"({"entry_id":"x","text":"Hembesök"})";
    const QByteArray good = signatureHeader(Secret, body, Now);
    CHECK(checkSignatureHeader(Secret, good, body, Now) == SignatureCheck::Ok);
    // The tolerance is 300 s either way, inclusive.
    CHECK(checkSignatureHeader(Secret, signatureHeader(Secret, body, Now - 300), body, Now) ==
          SignatureCheck::Ok);
    CHECK(checkSignatureHeader(Secret, signatureHeader(Secret, body, Now + 300), body, Now) ==
          SignatureCheck::Ok);
    CHECK(checkSignatureHeader(Secret, signatureHeader(Secret, body, Now - 301), body, Now) ==
          SignatureCheck::Stale);
    CHECK(checkSignatureHeader(Secret, signatureHeader(Secret, body, Now + 301), body, Now) ==
          SignatureCheck::Stale);
    // Another secret, a changed byte of the body, the same MAC under another t.
    CHECK(checkSignatureHeader("another-secret", good, body, Now) == SignatureCheck::Mismatch);
    QByteArray changed = body;
    changed[changed.size() - 3] = 'X';
    CHECK(checkSignatureHeader(Secret, good, changed, Now) == SignatureCheck::Mismatch);
    const QByteArray hex = signatureHex(Secret, body, Now);
    CHECK(checkSignatureHeader(Secret, "t=" + QByteArray::number(Now + 1) + ",v1=" + hex, body,
                               Now) == SignatureCheck::Mismatch);
    // Order and spaces do not matter; a second v1 (secret rotation) may be the good one.
    CHECK(checkSignatureHeader(Secret, "v1=" + hex + ", t=" + QByteArray::number(Now), body, Now) ==
          SignatureCheck::Ok);
    CHECK(checkSignatureHeader(Secret,
                               "t=" + QByteArray::number(Now) +
                                   ",v1=" + signatureHex("old-secret", body, Now) + ",v1=" + hex,
                               body, Now) == SignatureCheck::Ok);

    CHECK(checkSignatureHeader(Secret, {}, body, Now) == SignatureCheck::Missing);
    CHECK(checkSignatureHeader(Secret, "  ", body, Now) == SignatureCheck::Missing);
    const QByteArray t = "t=" + QByteArray::number(Now);
    for (const QByteArray &bad :
         {QByteArray("v1=" + hex), t, t + ",v1=" + hex.toUpper(), t + ",v1=" + hex.left(63),
          t + ",v1=" + hex + "00", "t=abc,v1=" + hex, "t=-5,v1=" + hex, t + "," + t + ",v1=" + hex,
          t + ",v0=" + hex, t + ";v1=" + hex, QByteArray("garbage"), t + ",v1=" + hex + ","}) {
        INFO(bad.toStdString());
        CHECK(checkSignatureHeader(Secret, bad, body, Now) == SignatureCheck::Malformed);
    }
}

TEST_CASE("a signed entry is stored once: a retry is a duplicate, other content a conflict")
{
    Store store;
    const fixture::Tablet tablet;
    const QString childId = fixture::uuid();
    const auto record = tablet.visit(childId);
    const QJsonObject entry =
        fixture::entryFor(record, tablet.publicKey(), childId, "Hembesök hos Elsa.\nAllt väl.");
    const QByteArray body = fixture::bytes(entry);

    const Answer first = store.post(request(body));
    CHECK(first.status == 201);
    CHECK(first.body == R"({"stored":true})");
    CHECK(first.entryId == record.recordId);

    // The same bytes again, signed a minute later: a retry.
    const Answer retry = store.post(request(body, Secret, Now + 60));
    CHECK(retry.status == 200);
    CHECK(retry.body == R"({"stored":false,"duplicate":true})");
    // The same content in other bytes (indented, so other whitespace): still a retry.
    const QByteArray indented = QJsonDocument(entry).toJson(QJsonDocument::Indented);
    REQUIRE(indented != body);
    CHECK(store.post(request(indented)).status == 200);

    // The same entry_id with another text: a conflict, and the first stays.
    QJsonObject other = entry;
    other.insert("text", "Hembesök hos Elsa. Annan text.");
    const Answer conflict = store.post(request(fixture::bytes(other)));
    CHECK(conflict.status == 409);
    CHECK(conflict.body == R"({"error":"conflict"})");

    const auto all = store.all();
    REQUIRE(all.size() == 1);
    CHECK(all[0].arrival == 1);
    CHECK(all[0].entryId == record.recordId);
    CHECK(all[0].entryType == "child_visit");
    CHECK(all[0].subjectType == "child");
    CHECK(all[0].subjectId == childId);
    CHECK(all[0].caseId == "BU-2026-0042");
    CHECK(all[0].signedAt == "2026-11-20T15:20:00.000Z");
    CHECK(all[0].receivedAt ==
          homevisit::sync::formatTimestamp(QDateTime::fromSecsSinceEpoch(Now, Qt::UTC)));
    CHECK(all[0].signatureState == "valid");
    CHECK(all[0].body == body); // the bytes as received
}

TEST_CASE("an entry without a signature is stored as legacy; a bad one is refused with 422")
{
    Store store;
    const fixture::Tablet tablet;
    const QString childId = fixture::uuid();

    const auto legacy = tablet.visit(childId, false);
    REQUIRE(legacy.signature.isEmpty());
    CHECK(store.post(request(fixture::bytes(fixture::entryFor(legacy, {}, childId, "Äldre."))))
              .status == 201);

    // A signed field changed after signing (the body), signed by another key, or
    // presented with another key: the signature does not verify.
    auto changed = tablet.visit(childId);
    QJsonObject body = changed.body;
    body.insert("place", "Någon annanstans");
    changed.body = body;
    const fixture::Tablet stranger;
    auto otherSigner = tablet.visit(childId);
    otherSigner.signature =
        fixture::signature::sign(fixture::Tablet::content(otherSigner), stranger.keys.secretKey);
    const auto good = tablet.visit(childId);
    for (const QByteArray &bad :
         {fixture::bytes(fixture::entryFor(changed, tablet.publicKey(), childId, "x")),
          fixture::bytes(fixture::entryFor(otherSigner, tablet.publicKey(), childId, "x")),
          fixture::bytes(fixture::entryFor(good, stranger.publicKey(), childId, "x"))}) {
        const Answer answer = store.post(request(bad));
        CHECK(answer.status == 422);
        CHECK(answerJson(answer) == QJsonObject{{"error", "signature_invalid"}});
    }
    // The good one with its own key is stored.
    CHECK(store
              .post(request(fixture::bytes(
                  fixture::entryFor(good, tablet.publicKey(), childId, "Hembesök."))))
              .status == 201);
    // A signature without a key cannot be checked: refused, not stored as legacy.
    const auto keyless = tablet.visit(childId);
    const Answer noKey =
        store.post(request(fixture::bytes(fixture::entryFor(keyless, {}, childId, "x"))));
    CHECK(noKey.status == 400);
    CHECK(answerJson(noKey).value("error") == "missing_signing_key");

    const auto all = store.all();
    REQUIRE(all.size() == 2);
    CHECK(all[0].entryId == legacy.recordId);
    CHECK(all[0].signatureState == "legacy");
    CHECK(all[0].caseId == "BU-2026-0042");
    CHECK(all[1].entryId == good.recordId);
    CHECK(all[1].signatureState == "valid");
}

TEST_CASE("a request without a good HMAC is refused with 401 before its body is read")
{
    Store store;
    const fixture::Tablet tablet;
    const QString childId = fixture::uuid();
    const QByteArray body =
        fixture::bytes(fixture::entryFor(tablet.visit(childId), tablet.publicKey(), childId, "x"));

    EntryRequest missing = request(body);
    missing.signatureHeader.clear();
    EntryRequest wrongSecret = request(body, "not-the-secret");
    EntryRequest stale = request(body, Secret, Now - 301);
    EntryRequest future = request(body, Secret, Now + 301);
    EntryRequest changedBody = request(body);
    changedBody.body.replace("Exempelstad", "Exempelby__");
    // Even a malformed body answers 401 when its signature is bad: nothing is believed.
    EntryRequest garbage{"application/json", "x", "t=1,v1=00", "{not json"};
    for (const EntryRequest &bad : {missing, wrongSecret, stale, future, changedBody, garbage}) {
        const Answer answer = store.post(bad);
        CHECK(answer.status == 401);
        CHECK(answerJson(answer).value("error") == "unauthorized");
    }
    CHECK(store.all().isEmpty());
    // And the good one passes, so the refusals above were about the signature.
    CHECK(store.post(request(body)).status == 201);
}

TEST_CASE("malformed entries and a wrong Idempotency-Key are refused with 400, nothing stored")
{
    Store store;
    const fixture::Tablet tablet;
    const QString childId = fixture::uuid();
    const auto record = tablet.visit(childId);
    const QJsonObject entry = fixture::entryFor(record, tablet.publicKey(), childId, "Text.");

    const auto refusedWith = [&](const EntryRequest &bad) {
        const Answer answer = store.post(bad);
        INFO(answer.body.toStdString());
        CHECK(answer.status == 400);
        return answerJson(answer).value("error").toString();
    };

    CHECK(refusedWith(request("{not json")) == "malformed_json");
    CHECK(refusedWith(request("[1,2]")) == "malformed_json");
    CHECK(refusedWith(request("")) == "malformed_json");

    // Every key of the contract is required.
    for (const QString &key : entry.keys()) {
        QJsonObject without = entry;
        without.remove(key);
        INFO(key.toStdString());
        EntryRequest bad = request(fixture::bytes(without));
        bad.idempotencyKey = record.recordId.toUtf8();
        CHECK(refusedWith(bad) == "missing_field");
    }
    for (const char *key : {"type", "id", "case_id", "name"}) {
        QJsonObject subject = entry.value("subject").toObject();
        subject.remove(key);
        QJsonObject without = entry;
        without.insert("subject", subject);
        INFO(key);
        CHECK(refusedWith(request(fixture::bytes(without))) == "missing_field");
    }
    // Unknown keys, wrong types and forms.
    const auto with = [&](const QString &key, const QJsonValue &value) {
        QJsonObject changed = entry;
        changed.insert(key, value);
        return request(fixture::bytes(changed));
    };
    CHECK(refusedWith(with("extra", 1)) == "unknown_field");
    CHECK(refusedWith(with("entry_type", "phone_call")) == "invalid_field");
    CHECK(refusedWith(with("signed_at", "yesterday")) == "invalid_field");
    CHECK(refusedWith(with("text", 42)) == "invalid_field");
    CHECK(refusedWith(with("corrects", "not-a-uuid")) == "invalid_field");
    CHECK(refusedWith(with("signature", "short")) == "invalid_field");
    CHECK(refusedWith(with("subject", QJsonObject{{"type", "adult"},
                                                  {"id", childId},
                                                  {"case_id", QJsonValue()},
                                                  {"name", QJsonValue()}})) == "invalid_field");
    // A record that does not decode, or does not agree with the entry around it.
    QJsonObject badRecord = entry.value("record").toObject();
    badRecord.remove("hlc");
    CHECK(refusedWith(with("record", badRecord)) == "invalid_record");
    CHECK(refusedWith(with("entry_type", "review")) == "inconsistent");
    CHECK(refusedWith(with("signed_at", "2026-11-20T15:21:00.000Z")) == "inconsistent");
    QJsonObject otherAuthor = entry.value("author").toObject();
    otherAuthor.insert("user", "bodil");
    CHECK(refusedWith(with("author", otherAuthor)) == "inconsistent");

    // The Idempotency-Key must be there and be the entry_id.
    EntryRequest noKey = request(fixture::bytes(entry));
    noKey.idempotencyKey.clear();
    CHECK(refusedWith(noKey) == "idempotency_key_missing");
    EntryRequest otherKey = request(fixture::bytes(entry));
    otherKey.idempotencyKey = fixture::uuid().toUtf8();
    CHECK(refusedWith(otherKey) == "idempotency_key_mismatch");

    // No 400 names a value of the body, only fields.
    QJsonObject secretText = entry;
    secretText.insert("text", 17);
    const Answer answer = store.post(request(fixture::bytes(secretText)));
    CHECK_FALSE(answer.body.contains("Text."));

    // Not JSON by its Content-Type: 415.
    EntryRequest form = request(fixture::bytes(entry));
    form.contentType = "application/x-www-form-urlencoded";
    CHECK(store.post(form).status == 415);
    EntryRequest latin1 = request(fixture::bytes(entry));
    latin1.contentType = "application/json; charset=iso-8859-1";
    CHECK(store.post(latin1).status == 415);

    CHECK(store.all().isEmpty());
    // The entry itself is fine: the refusals were about what each one changed.
    CHECK(store.post(request(fixture::bytes(entry))).status == 201);
}

TEST_CASE("the store keeps arrival order across reopening and refuses a foreign file")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath("received.db");
    const fixture::Tablet tablet;
    QStringList ids;
    {
        QString error;
        auto store = EntryStore::open(path, true, &error);
        REQUIRE(store);
        for (int i = 0; i < 3; ++i) {
            const QString childId = fixture::uuid();
            const auto record = tablet.visit(childId);
            ids.append(record.recordId);
            const QByteArray body = fixture::bytes(fixture::entryFor(
                record, tablet.publicKey(), childId, "Besök " + QString::number(i)));
            CHECK(answerEntry(request(body), *store, Secret, Now, QDateTime::currentDateTimeUtc())
                      .status == 201);
        }
    }
    QString error;
    auto reopened = EntryStore::open(path, false, &error);
    REQUIRE(reopened);
    const auto entries = reopened->list(&error);
    REQUIRE(entries);
    REQUIRE(entries->size() == 3);
    for (int i = 0; i < 3; ++i) {
        CHECK((*entries)[i].arrival == i + 1);
        CHECK((*entries)[i].entryId == ids[i]);
    }
    const auto found = reopened->find(ids[1], &error);
    REQUIRE(found);
    CHECK(QJsonDocument::fromJson(found->body).object().value("text") == "Besök 1");
    CHECK_FALSE(reopened->find(fixture::uuid(), &error));
    CHECK(error.isEmpty());

    // Not created on list/show; not a file of someone else's.
    CHECK_FALSE(EntryStore::open(dir.filePath("missing.db"), false, &error));
    CHECK_FALSE(QFile::exists(dir.filePath("missing.db")));
    QFile foreign(dir.filePath("foreign.db"));
    REQUIRE(foreign.open(QIODevice::WriteOnly));
    foreign.write("this is not SQLite at all, but some other file of the operator's");
    foreign.close();
    CHECK_FALSE(EntryStore::open(foreign.fileName(), true, &error));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("fault injection fails the first N posts and every Nth")
{
    const FaultPlan none;
    for (int n = 1; n <= 10; ++n)
        CHECK_FALSE(none.fails(n));
    const FaultPlan first{2, 0};
    CHECK(first.fails(1));
    CHECK(first.fails(2));
    CHECK_FALSE(first.fails(3));
    CHECK_FALSE(first.fails(100));
    const FaultPlan every{0, 3};
    QList<int> failing;
    for (int n = 1; n <= 10; ++n)
        if (every.fails(n))
            failing.append(n);
    CHECK(failing == QList<int>{3, 6, 9});
    CHECK(unavailableAnswer().status == 503);
}

TEST_CASE("the secret file: trailing line ends trimmed, empty refused, loose mode warned")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto write = [&](const QString &name, const QByteArray &content,
                           QFile::Permissions permissions) {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        REQUIRE(file.setPermissions(permissions));
        return file.fileName();
    };
    const auto owner = QFile::ReadOwner | QFile::WriteOwner;
    QString error;
    QString warning;
    CHECK(readSecretFile(write("a", "s3cret\n", owner), &error, &warning) == QByteArray("s3cret"));
    CHECK(warning.isEmpty());
    CHECK(readSecretFile(write("b", "s3cret\r\n", owner), &error, &warning) ==
          QByteArray("s3cret"));
    CHECK(readSecretFile(write("c", " s3 cret ", owner), &error, &warning) ==
          QByteArray(" s3 cret "));
    CHECK_FALSE(readSecretFile(write("d", "\n", owner), &error, &warning));
    CHECK(error.contains("empty"));
    CHECK_FALSE(readSecretFile(write("e", "", owner), &error, &warning));
    CHECK_FALSE(readSecretFile(dir.filePath("none"), &error, &warning));
    CHECK(readSecretFile(write("f", "s3cret", owner | QFile::ReadOther), &error, &warning));
    CHECK(warning.contains("0604"));
    CHECK_FALSE(warning.contains("s3cret"));
}

TEST_CASE("serve's options: TLS unless --plain on loopback, numbers and paths checked")
{
    const QStringList base{"--db", "x.db", "--secret-file", "s", "--listen", "127.0.0.1:0"};
    const QStringList tls{"--cert", "c.pem", "--key", "k.pem"};
    ServeOptions options;
    REQUIRE_FALSE(parseServeOptions(base + tls, options));
    CHECK(options.host == "127.0.0.1");
    CHECK(options.port == 0);
    CHECK(options.path == "/journal");
    CHECK_FALSE(options.plain);

    ServeOptions v6;
    REQUIRE_FALSE(parseServeOptions({"--db", "x", "--secret-file", "s", "--listen", "[::1]:8443",
                                     "--plain", "--fail-first", "2", "--fail-every", "5",
                                     "--delay-ms", "250", "--path", "/api/v1.0/journal"},
                                    v6));
    CHECK(v6.host == "::1");
    CHECK(v6.port == 8443);
    CHECK(v6.plain);
    CHECK(v6.failFirst == 2);
    CHECK(v6.failEvery == 5);
    CHECK(v6.delayMs == 250);
    CHECK(v6.path == "/api/v1.0/journal");

    const QList<QStringList> bad{
        base,                                  // neither TLS nor plain
        base + QStringList{"--cert", "c.pem"}, // a cert without key
        base + QStringList{"--plain"} + tls,   // both
        {"--db", "x", "--secret-file", "s", "--listen", "0.0.0.0:1", "--plain"}, // not loopback
        {"--secret-file", "s", "--listen", "127.0.0.1:0", "--plain"},            // no --db
        {"--db", "x", "--listen", "127.0.0.1:0", "--plain"},                     // no --secret-file
        {"--db", "x", "--secret-file", "s", "--plain"},                          // no --listen
        base + tls + QStringList{"--listen", "127.0.0.1:1"},                     // twice
        {"--db", "x", "--secret-file", "s", "--listen", "127.0.0.1", "--plain"},
        {"--db", "x", "--secret-file", "s", "--listen", "::1:80", "--plain"},
        {"--db", "x", "--secret-file", "s", "--listen", "127.0.0.1:70000", "--plain"},
        base + tls + QStringList{"--fail-first", "-1"},
        base + tls + QStringList{"--fail-every", "two"},
        base + tls + QStringList{"--delay-ms", "600001"},
        base + tls + QStringList{"--path", "journal"},
        base + tls + QStringList{"--path", "/a b"},
        base + tls + QStringList{"--frobnicate"},
        base + tls + QStringList{"extra"},
        base + tls + QStringList{"--delay-ms"},
    };
    for (const QStringList &arguments : bad) {
        INFO(arguments.join(u' ').toStdString());
        ServeOptions ignored;
        CHECK(parseServeOptions(arguments, ignored));
    }
}
