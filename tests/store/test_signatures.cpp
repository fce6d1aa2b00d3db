// Signed means signed, on the tablet: every signed record carries an Ed25519 signature
// by its tablet that anyone with the tablet's public key can check from the wire form;
// the secret key stays inside the encrypted store; a pulled record whose signature does
// not hold is never shown as genuine and never replaces a local copy.
#include <catch2/catch.hpp>

#include "../testsupport.h"
#include "domain/examples.h"
#include "store/migrations.h"
#include "store/outbox.h"
#include "store/uuid.h"

#include <QJsonDocument>
#include <QTimeZone>

#include <limits>

using namespace homevisit;
using namespace homevisit::test;
using domain::RecordKind;
using store::Outbox;
using store::PulledChange;
using store::SignatureState;
namespace signature = domain::signature;

namespace {

const QString ChildId = QStringLiteral("0190d000-0000-7000-8b00-000000000001");
const QString OtherDevice = QStringLiteral("5e0c0000-0000-4000-8000-000000000001");

QJsonObject visit(const QString &observations = QStringLiteral("Anteckning."))
{
    QJsonObject body = domain::exampleChildVisit(
        ChildId, QDateTime(QDate(2026, 11, 20), QTime(14, 0), QTimeZone("Europe/Stockholm")));
    body.insert("observations", observations);
    return body;
}

QString base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QDateTime wireTime(const QJsonObject &json, const char *field)
{
    return QDateTime::fromString(json.value(QLatin1String(field)).toString(), Qt::ISODateWithMs);
}

// What the gateway or another tablet rebuilds from a record's wire form.
domain::SignedContent contentOfWire(const QJsonObject &w, const QString &idKey)
{
    return {w.value(idKey).toString(),       w.value("kind").toString(),
            w.value("revision").toInt(),     w.value("author").toString(),
            w.value("device_id").toString(), wireTime(w, "created_at"),
            wireTime(w, "signed_at"),        w.value("body").toObject()};
}

// A signed record as a pull carries it, signed with `keys` (by the tablet OtherDevice
// unless another device is given); signingKey is what the gateway says that device has.
QJsonObject pulledSigned(const QString &id, const QJsonObject &body, const signature::KeyPair &keys,
                         const QString &signingKey, const QString &device = OtherDevice,
                         const QString &author = QStringLiteral("bertil"))
{
    QJsonObject d{{"id", id},
                  {"kind", "child_visit"},
                  {"status", "signed"},
                  {"revision", 2},
                  {"base_revision", QJsonValue::Null},
                  {"author", author},
                  {"device_id", device},
                  {"hlc", HlcStamp{QDateTime::currentMSecsSinceEpoch(), 0}.toString()},
                  {"created_at", "2026-11-21T08:00:00.000Z"},
                  {"signed_at", "2026-11-21T08:05:00.250Z"},
                  {"received_at", "2026-11-21T08:05:01.000Z"},
                  {"body", body}};
    d.insert("signature", signature::sign(contentOfWire(d, "id"), keys.secretKey));
    if (!signingKey.isEmpty())
        d.insert("signing_key", signingKey);
    return d;
}

void pull(store::JournalStore &j, const QList<QJsonObject> &records)
{
    QList<PulledChange> changes;
    qint64 seq = 100;
    for (const QJsonObject &r : records)
        changes.append({PulledChange::Type::Record, ++seq, false, r});
    j.applyPulled(changes, "djE6MTAw");
}

int auditCount(store::JournalStore &j, const QString &action, const QString &recordId)
{
    int n = 0;
    for (const auto &e : j.auditEvents())
        n += e.action == action && e.recordId == recordId ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("signing stores a signature that the wire form carries and the store's key verifies",
          "[signature]")
{
    TempUser u;
    auto s = u.unlock();
    auto &j = s->journal();
    const QString visitId = j.createDraft(RecordKind::ChildVisit, visit());
    CHECK(j.record(visitId)->signature.isEmpty()); // a draft is not signed
    j.sign(visitId);
    const QString amendmentId = j.amend(visitId, "Rättelse: mötet var 14.30.", "fel tid");
    const QString reviewId = j.createSigned(
        RecordKind::Review, {{"refers_to", visitId}, {"decision", "signed_off"}, {"comment", ""}});
    const QString publicKey = j.signingPublicKey();
    REQUIRE(publicKey.size() == 44);

    Outbox outbox(j);
    const auto batch = outbox.takeBatch(10, std::numeric_limits<qint64>::max());
    REQUIRE(batch.size() == 3);
    for (const auto &pending : batch) {
        INFO(pending.recordId.toStdString());
        const auto r = j.record(pending.recordId);
        REQUIRE(r);
        CHECK(r->signatureState == SignatureState::Valid);
        CHECK(r->isGenuine());
        CHECK(signature::verify(r->signedContent(), r->signature, publicKey));
        // The frozen wire form carries it, and the fields on the wire rebuild exactly
        // the signed bytes, as the gateway will.
        CHECK(pending.record.value("signature").toString() == r->signature);
        CHECK(signature::verify(contentOfWire(pending.record, "record_id"),
                                pending.record.value("signature").toString(), publicKey));
        CHECK(r->toWireJson() == pending.record);
    }
    QStringList ids;
    for (const auto &p : batch)
        ids << p.recordId;
    CHECK(ids.contains(amendmentId));
    CHECK(ids.contains(reviewId));

    // The key is the store's: the same after the store is opened again.
    s.reset();
    CHECK(u.unlock()->journal().signingPublicKey() == publicKey);
    CHECK(u.unlock()->journal().verify().ok());
}

TEST_CASE("the secret signing key is only inside the encrypted store", "[signature]")
{
    TempUser u;
    signature::KeyPair keys = signature::generate();
    const QByteArray secret = keys.secretKey;
    {
        auto s = u.unlock();
        s->journal().adoptSigningKey(keys);
        CHECK(s->journal().signingPublicKey() == base64(keys.publicKey));
        const QString id = s->journal().createDraft(RecordKind::ChildVisit, visit());
        s->journal().sign(id);
        CHECK(signature::verify(s->journal().record(id)->signedContent(),
                                s->journal().record(id)->signature, base64(keys.publicKey)));
        // Every file of the user while the store is open (the WAL too), then after.
        for (const QString &file : filesBelow(u.path())) {
            INFO(file.toStdString());
            const QByteArray bytes = readAll(file);
            CHECK_FALSE(bytes.contains(secret));
            CHECK_FALSE(bytes.contains(secret.toBase64()));
            CHECK_FALSE(bytes.contains(secret.left(32).toHex()));
        }
    }
    for (const QString &file : filesBelow(u.path())) {
        const QByteArray bytes = readAll(file);
        CHECK_FALSE(bytes.contains(secret));
        CHECK_FALSE(bytes.contains(secret.toBase64()));
    }
}

TEST_CASE("a pulled record whose signature does not hold is not shown as genuine",
          "[signature][pull]")
{
    TempUser u;
    auto s = u.unlock();
    auto &j = s->journal();
    const signature::KeyPair bertil = signature::generate();
    const QString bertilKey = base64(bertil.publicKey);

    // A genuine record pins the device's key on first sight.
    const QString genuine = makeUuidV7();
    pull(j, {pulledSigned(genuine, visit("Äkta."), bertil, bertilKey)});
    CHECK(j.record(genuine)->signatureState == SignatureState::Valid);
    CHECK(j.pinnedDeviceKey(OtherDevice) == bertilKey);

    // A body changed after signing: kept, marked invalid, audited.
    const QString tampered = makeUuidV7();
    QJsonObject changed = pulledSigned(tampered, visit("Som skrivet."), bertil, bertilKey);
    changed.insert("body", visit("Ändrat i efterhand."));
    pull(j, {changed});
    const auto t = j.record(tampered);
    REQUIRE(t);
    CHECK(t->signatureState == SignatureState::Invalid);
    CHECK_FALSE(t->isGenuine());
    CHECK(auditCount(j, "signature_invalid", tampered) == 1);

    // Another key for a device already known is a forgery, even if it signed the record.
    const signature::KeyPair gateway = signature::generate();
    const QString forged = makeUuidV7();
    pull(j, {pulledSigned(forged, visit("Skrivet av någon annan."), gateway,
                          base64(gateway.publicKey))});
    CHECK(j.record(forged)->signatureState == SignatureState::Invalid);
    CHECK(auditCount(j, "signature_invalid", forged) == 1);
    CHECK(j.pinnedDeviceKey(OtherDevice) == bertilKey); // the pin stays

    // And the pinned key is used when the gateway sends none.
    const QString unkeyed = makeUuidV7();
    pull(j, {pulledSigned(unkeyed, visit("Utan nyckel."), bertil, {})});
    CHECK(j.record(unkeyed)->signatureState == SignatureState::Valid);

    // verify reports the ones that do not hold.
    const auto report = j.verify();
    CHECK_FALSE(report.ok());
    CHECK(report.problems.filter(tampered).size() == 1);
    CHECK(report.problems.filter(forged).size() == 1);
    CHECK(report.problems.filter("does not verify").size() == 2);
}

TEST_CASE("a forgery never replaces a local copy", "[signature][pull]")
{
    TempUser u;
    auto s = u.unlock();
    auto &j = s->journal();
    const QString device = j.identity().device;

    // My own signed record, pulled back in a version signed with another key.
    const QString mine = j.createDraft(RecordKind::ChildVisit, visit("Mitt original."));
    j.sign(mine);
    const auto original = j.record(mine);
    const signature::KeyPair gateway = signature::generate();
    pull(j, {pulledSigned(mine, visit("Förfalskat."), gateway, base64(gateway.publicKey), device,
                          u.user)});
    CHECK(j.record(mine)->body == original->body);
    CHECK(j.record(mine)->signature == original->signature);
    CHECK(j.record(mine)->isGenuine());
    CHECK(auditCount(j, "signature_invalid", mine) == 1);

    // My draft, and a "signed" version of it that does not verify: the draft stays mine.
    const QString draft = j.createDraft(RecordKind::ChildVisit, visit("Mitt utkast."));
    pull(j, {pulledSigned(draft, visit("Undertecknat av någon annan."), gateway,
                          base64(gateway.publicKey), device, u.user)});
    const auto kept = j.record(draft);
    CHECK(kept->status == store::RecordStatus::Draft);
    CHECK(kept->body.value("observations") == "Mitt utkast.");
    CHECK(auditCount(j, "signature_invalid", draft) == 1);
}

TEST_CASE("pulled signed records without a signature or a known key are said to be so",
          "[signature][pull]")
{
    TempUser u;
    auto s = u.unlock();
    auto &j = s->journal();
    const signature::KeyPair bertil = signature::generate();
    const QString legacy = makeUuidV7(), unverified = makeUuidV7();
    QJsonObject old = pulledSigned(legacy, visit(), bertil, {});
    old.remove("signature");
    pull(j, {old, pulledSigned(unverified, visit(), bertil, {})});
    CHECK(j.record(legacy)->signatureState == SignatureState::Legacy);
    CHECK(j.record(unverified)->signatureState == SignatureState::Unverified);
    CHECK_FALSE(j.record(unverified)->isGenuine());
    CHECK(j.pinnedDeviceKey(OtherDevice).isEmpty()); // nothing proved that key
    CHECK(j.verify().ok());
}

TEST_CASE("schema 6 signs the signed records still queued and leaves sent ones legacy",
          "[signature][migrations]")
{
    TempUser u;
    const QString device = u.unlock()->journal().identity().device;
    QFile::remove(u.journalPath());
    KeyVault vault(UserPaths::of(u.path(), u.user).directory, u.user, u.device);
    auto key = vault.unlock(u.pin.toUtf8());
    const QString queued = makeUuidV7(), sent = makeUuidV7();
    const QJsonObject body = visit("Före uppgraderingen.");
    {
        auto db = store::Database::open(u.journalPath(), key.dataKey);
        store::migrate(*db, 5);
        for (const QString &id : {queued, sent}) {
            db->prepare("INSERT INTO records(id, kind, status, author, device, hlc, created_at,"
                        " updated_at, signed_at, revision, child_id, event_date, body)"
                        " VALUES (?1, 'child_visit', 'signed', ?2, ?3, ?4, 1764000000123, 1,"
                        " 1764000300456, 2, ?5, '2026-11-20', ?6)")
                .bind(1, id)
                .bind(2, u.user)
                .bind(3, device)
                .bind(4, HlcStamp{1764000300456, 0}.toString())
                .bind(5, ChildId)
                .bind(6, QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)))
                .run();
            db->prepare("INSERT INTO record_sync(record_id, state, updated_at)"
                        " VALUES (?1, ?2, 1)")
                .bind(1, id)
                .bind(2, id == queued ? QString("local") : QString("synced"))
                .run();
        }
        // Queued by schema 5: its wire form frozen without a signature.
        const QJsonObject frozen{{"record_id", queued},
                                 {"kind", "child_visit"},
                                 {"status", "signed"},
                                 {"revision", 2},
                                 {"base_revision", QJsonValue::Null},
                                 {"author", u.user},
                                 {"device_id", device},
                                 {"hlc", HlcStamp{1764000300456, 0}.toString()},
                                 {"created_at", "2025-11-24T16:00:00.123Z"},
                                 {"signed_at", "2025-11-24T16:05:00.456Z"},
                                 {"body", body}};
        db->prepare("INSERT INTO outbox(mutation_id, record_id, revision, created_at, payload)"
                    " VALUES (?1, ?2, 2, 1, ?3)")
            .bind(1, makeUuidV7())
            .bind(2, queued)
            .bind(3, QString::fromUtf8(QJsonDocument(frozen).toJson(QJsonDocument::Compact)))
            .run();
    }
    auto s = u.unlock();
    auto &j = s->journal();
    CHECK(j.schemaVersion() == store::CurrentSchemaVersion);
    const QString publicKey = j.signingPublicKey();
    const auto q = j.record(queued);
    CHECK(q->signatureState == SignatureState::Valid);
    CHECK(signature::verify(q->signedContent(), q->signature, publicKey));
    const auto batch = Outbox(j).takeBatch(10, std::numeric_limits<qint64>::max());
    REQUIRE(batch.size() == 1);
    CHECK(batch.first().record.value("signature").toString() == q->signature);
    CHECK(signature::verify(contentOfWire(batch.first().record, "record_id"), q->signature,
                            publicKey));
    const auto old = j.record(sent);
    CHECK(old->signatureState == SignatureState::Legacy);
    CHECK(old->signature.isEmpty());
    CHECK_FALSE(old->toWireJson().contains("signature"));
    CHECK(j.verify().ok());
}

TEST_CASE("verify finds a stored signature that no longer matches its record", "[signature]")
{
    TempUser u;
    QString a, b;
    {
        auto s = u.unlock();
        a = s->journal().createDraft(RecordKind::ChildVisit, visit("a"));
        b = s->journal().createDraft(RecordKind::ChildVisit, visit("b"));
        s->journal().sign(a);
        s->journal().sign(b);
        CHECK(s->journal().verify().verifiedSignatures == 2);
    }
    {
        KeyVault vault(UserPaths::of(u.path(), u.user).directory, u.user, u.device);
        auto key = vault.unlock(u.pin.toUtf8());
        auto db = store::Database::open(u.journalPath(), key.dataKey);
        // b's signature on a: someone with the data key swapped them.
        db->prepare("UPDATE records SET signature = (SELECT signature FROM records WHERE id = ?2)"
                    " WHERE id = ?1")
            .bind(1, a)
            .bind(2, b)
            .run();
    }
    auto s = u.unlock();
    const auto report = s->journal().verify();
    CHECK_FALSE(report.ok());
    CHECK(report.problems.filter(a).size() == 1);
    CHECK(report.verifiedSignatures == 1);
}
