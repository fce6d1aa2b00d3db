// Sync end to end with real parts only: the real homevisit-central process over real
// TLS on loopback (its embedded SQLite store, demo data), and the real homevisitctl
// binary with real encrypted stores, as an operator would drive them.
#include "catchrunner.h"
#include "e2esupport.h"

#include <QCoreApplication>

using namespace homevisit::e2e;

TEST_CASE("visits reach the gateway once, the supervisor sees them, other municipalities "
          "never do, and a revoked tablet is erased",
          "[sync][e2e]")
{
    QTemporaryDir tmp;
    const Certificate cert(tmp.path());
    Gateway gateway(tmp.path() + "/central", cert);

    const Tablet anna{tmp.path() + "/tablet-anna", "anna"};
    anna.enroll(gateway, cert.pin);
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
        bodil.enroll(gateway, cert.pin);
        REQUIRE(bodil.ctl({"sync"}).rc == 0);
        CHECK(bodil.recordById(signedId)["status"] == "signed");
        CHECK(bodil.recordById(draftId).isEmpty());

        const Tablet vera{tmp.path() + "/tablet-vera", "vera"};
        vera.enroll(gateway, cert.pin);
        REQUIRE(vera.ctl({"sync"}).rc == 0);
        CHECK(vera.recordById(signedId).isEmpty());
        for (const QJsonObject &child : vera.lines({"caseload"}))
            for (const QJsonObject &mine : anna.lines({"caseload"}))
                CHECK(child["child_id"] != mine["child_id"]);
    }
    SECTION("a note pasted with a byte order mark in front is signed, sent and accepted")
    {
        // A paste from another program can bring U+FEFF along. The gateway refuses a
        // string that starts with it (Qt's parser would drop it), so the tablet stores
        // the text without it: otherwise this visit would be refused for good.
        const QString child = anna.lines({"caseload"}).front()["child_id"].toString();
        QJsonObject visit =
            QJsonDocument::fromJson(anna.ctl({"visit", "example", "--child", child}).out.toUtf8())
                .object();
        QJsonObject body = visit["body"].toObject();
        const QString text = body["observations"].toString();
        REQUIRE_FALSE(text.isEmpty());
        body["observations"] = QString(QChar(0xFEFF)) + text;
        visit["body"] = body;
        const Result added = anna.ctl({"visit", "add", "--json", "-", "--sign"},
                                      QJsonDocument(visit).toJson(QJsonDocument::Compact));
        INFO(added.err.toStdString());
        REQUIRE(added.rc == 0);
        const QString id = added.out.section(' ', 0, 0);
        const Result synced = anna.ctl({"sync"});
        INFO(synced.out.toStdString() << synced.err.toStdString());
        CHECK(synced.rc == 0);
        CHECK(anna.recordById(id)["sync_state"] == "synced");
        const Tablet bodil{tmp.path() + "/tablet-bodil", "bodil"};
        bodil.enroll(gateway, cert.pin);
        REQUIRE(bodil.ctl({"sync"}).rc == 0);
        CHECK(bodil.recordById(id)["status"] == "signed");
        CHECK(bodil.ctl({"verify"}).rc == 0);
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
        const Result r = karin.ctl(
            {"enroll", "--server", gateway.url(), "--credential", "-", "--pin-sha256", wrongPin},
            gateway.credential("karin").toUtf8());
        CHECK(r.rc == 8);
        CHECK(r.err.contains("pin_mismatch"));
        CHECK(karin.ctl({"sync"}).rc == 2); // still not enrolled
        // The credential was not used up: the right key enrolls with it.
        CHECK(karin
                  .ctl({"enroll", "--server", gateway.url(), "--credential", "-", "--pin-sha256",
                        cert.pin},
                       gateway.credential("karin").toUtf8())
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

namespace {

QString centralQuery(const QString &centralDir, const QString &sql)
{
    const Result r = run("sqlite3", {centralDir + "/central.db", sql});
    REQUIRE(r.rc == 0);
    return r.out.trimmed();
}

} // namespace

TEST_CASE("the tablet keeps each rotated refresh token, so round after round uses the newest",
          "[sync][e2e][token]")
{
    QTemporaryDir tmp;
    const Certificate cert(tmp.path());
    const QString central = tmp.path() + "/central";
    Gateway gateway(central, cert);
    const Tablet anna{tmp.path() + "/tablet-anna", "anna"};
    anna.enroll(gateway, cert.pin);
    REQUIRE(anna.ctl({"sync"}).rc == 0); // her caseload comes with the first pull
    for (int round = 0; round < 4; ++round) {
        const QString visit = anna.addVisit(true);
        const Result r = anna.ctl({"sync"});
        INFO(r.out.toStdString() << r.err.toStdString());
        REQUIRE(r.rc == 0);
        CHECK(anna.recordById(visit)["sync_state"] == "synced");
    }
    // Five token answers, each to the token the one before gave: never the previous
    // token again (which a tablet that dropped the new one would present), never a reuse.
    CHECK(centralQuery(central, "SELECT COUNT(*) FROM audit WHERE action = 'token'") == "5");
    CHECK(centralQuery(central, "SELECT COUNT(*) FROM audit WHERE action = 'token'"
                                " AND detail <> ''") == "0");
    CHECK(centralQuery(central, "SELECT COUNT(*) FROM retired_refresh_tokens") == "4");
}

TEST_CASE("a tablet kept offline past the limit shows nothing until the server confirms it",
          "[sync][e2e][offline]")
{
    QTemporaryDir tmp;
    const Certificate cert(tmp.path());
    Gateway gateway(tmp.path() + "/central", cert);
    Tablet anna{tmp.path() + "/tablet-anna", "anna"};
    anna.enroll(gateway, cert.pin);
    REQUIRE(anna.ctl({"sync"}).rc == 0);
    const QString visit = anna.addVisit(true); // not yet sent

    // 31 days later by the tablet's clock, with the server out of reach.
    gateway.stop();
    anna.clock = {"faketime", "-f", "+31d"};
    for (const QStringList &command : {QStringList{"list"}, QStringList{"caseload"}}) {
        const Result refused = anna.ctl(command);
        CHECK(refused.rc == 8);
        CHECK(refused.out.isEmpty()); // no case content at all
        CHECK(refused.err.contains("has not reached the server for more than 30 days"));
    }
    // A limit set higher, or switched off, lets it open.
    CHECK(anna.ctl({"--offline-unlock-days", "60", "list"}).rc == 0);
    CHECK(anna.ctl({"--offline-unlock-days", "0", "caseload"}).rc == 0);
    CHECK(anna.ctl({"--offline-unlock-days", "-1", "list"}).rc == 2);

    // The server back: the command asks it first, and then shows everything.
    gateway.start();
    const QJsonObject kept = anna.recordById(visit);
    CHECK(kept["status"] == "signed");
    // Confirmed now: the count starts again, also with the server gone.
    gateway.stop();
    CHECK(anna.ctl({"list"}).rc == 0);
    anna.clock = {"faketime", "-f", "+62d"};
    CHECK(anna.ctl({"list"}).rc == 8);

    // Revoked while away: the first command past the limit erases the store.
    gateway.start();
    QFile idFile(anna.dir + "/device.id");
    REQUIRE(idFile.open(QIODevice::ReadOnly));
    REQUIRE(
        gateway
            .admin({"revoke-device", "--device", QString::fromLatin1(idFile.readAll()).trimmed()})
            .rc == 0);
    const Result erased = anna.ctl({"list"});
    CHECK(erased.rc == 9);
    CHECK_FALSE(QFile::exists(anna.dir + "/users/anna/journal.db"));
}

// docs/security.md, "Re-enrollment and new devices", through the real tablet engine.
TEST_CASE("a second tablet enrolled as her gets her earlier visits only once her first "
          "tablet says it was her",
          "[sync][e2e][devices]")
{
    QTemporaryDir tmp;
    const Certificate cert(tmp.path());
    Gateway gateway(tmp.path() + "/central", cert);

    const Tablet first{tmp.path() + "/tablet-1", "anna"};
    first.enroll(gateway, cert.pin);
    REQUIRE(first.ctl({"sync"}).rc == 0);
    const QString visit = first.addVisit(true);
    REQUIRE(first.ctl({"sync"}).rc == 0);

    // An administrator issues a credential for anna; a second tablet is enrolled with it.
    const Result issued = gateway.admin({"credential", "--user", "anna"});
    REQUIRE(issued.rc == 0);
    const Tablet second{tmp.path() + "/tablet-2", "anna"};
    REQUIRE(run(HOMEVISITCTL_PATH, {"--data-dir", second.dir, "init", "--user", "anna"}).rc == 0);
    const Result enrolled = second.ctl(
        {"enroll", "--server", gateway.url(), "--credential", "-", "--pin-sha256", cert.pin},
        issued.out.trimmed().toUtf8());
    INFO(enrolled.err.toStdString());
    REQUIRE(enrolled.rc == 0);
    REQUIRE(second.ctl({"sync"}).rc == 0);
    CHECK_FALSE(second.lines({"caseload"}).isEmpty()); // her caseload: yes
    CHECK(second.recordById(visit).isEmpty());         // her earlier visit: not yet
    const auto own = second.lines({"devices"});
    REQUIRE(own.size() == 2);
    for (const QJsonObject &d : own) {
        if (d["this_device"].toBool())
            CHECK(d["state"].toString() == "pending");
    }

    // Her first tablet lists it, with who issued the credential, and she approves it.
    QString newcomer;
    for (const QJsonObject &d : first.lines({"devices"})) {
        if (!d["this_device"].toBool()) {
            newcomer = d["device_id"].toString();
            CHECK(d["state"].toString() == "pending");
            CHECK(d["issued_by"].toString() == "server-admin");
        }
    }
    REQUIRE_FALSE(newcomer.isEmpty());
    // The pending tablet cannot approve itself: the decision is answered and dropped.
    second.ctl({"devices", "approve", newcomer});
    CHECK(second.recordById(visit).isEmpty());
    const Result approved = first.ctl({"devices", "approve", newcomer});
    INFO(approved.err.toStdString());
    REQUIRE(approved.rc == 0);

    // Its next round brings the held-back visit, once, without duplicating anything.
    REQUIRE(second.ctl({"sync"}).rc == 0);
    CHECK(second.recordById(visit)["status"] == "signed");
    int copies = 0;
    for (const QJsonObject &r : second.lines({"list"}))
        copies += r["id"].toString() == visit ? 1 : 0;
    CHECK(copies == 1);
    REQUIRE(second.ctl({"sync"}).rc == 0);
    CHECK(second.lines({"list"}).size() == first.lines({"list"}).size());
}

namespace {

// The example snapshot (docs/examples) for municipality region-test; `edit` changes its text.
QString writeSnapshot(const QString &path, const QByteArray &from = {}, const QByteArray &to = {})
{
    QFile example(QStringLiteral(HOMEVISIT_SOURCE_DIR "/docs/examples/caseload-snapshot.jsonl"));
    REQUIRE(example.open(QIODevice::ReadOnly));
    QByteArray text = example.readAll().replace("region-gotland", "region-test");
    if (!from.isEmpty())
        text.replace(from, to);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text);
    return path;
}

// A tablet of a user from the snapshot, enrolled with a credential an administrator issued.
void enrollIssued(const Tablet &tablet, const Gateway &gateway, const Certificate &cert)
{
    const Result issued = gateway.admin({"credential", "--user", tablet.user});
    REQUIRE(issued.rc == 0);
    REQUIRE(run(HOMEVISITCTL_PATH, {"--data-dir", tablet.dir, "init", "--user", tablet.user}).rc ==
            0);
    const Result enrolled = tablet.ctl(
        {"enroll", "--server", gateway.url(), "--credential", "-", "--pin-sha256", cert.pin},
        issued.out.trimmed().toUtf8());
    INFO(enrolled.err.toStdString());
    REQUIRE(enrolled.rc == 0);
}

QString childNamed(const Tablet &tablet, const QString &name)
{
    for (const QJsonObject &child : tablet.lines({"caseload"}))
        if (child["name"].toString() == name)
            return child["child_id"].toString();
    return {};
}

} // namespace

TEST_CASE("a child the case system moves leaves her tablet for his, and her unsigned draft "
          "about the child stays, is signed and syncs",
          "[sync][e2e][case-system]")
{
    QTemporaryDir tmp;
    const Certificate cert(tmp.path());
    Gateway gateway(tmp.path() + "/central", cert);
    const auto import = [&](const QString &file) {
        return run(CENTRAL_PATH, {"--data-dir", tmp.path() + "/central", "import", file});
    };
    REQUIRE(import(writeSnapshot(tmp.path() + "/first.jsonl")).rc == 0);

    const Tablet anna{tmp.path() + "/tablet-anna", "anna.lind"};
    enrollIssued(anna, gateway, cert);
    REQUIRE(anna.ctl({"sync"}).rc == 0);
    // Erik's tablet has synced before the move: its cursor is past Alva's placement.
    const Tablet erik{tmp.path() + "/tablet-erik", "erik.sand"};
    enrollIssued(erik, gateway, cert);
    REQUIRE(erik.ctl({"sync"}).rc == 0);
    CHECK(childNamed(erik, "Alva Lindqvist").isEmpty());
    const QString alva = childNamed(anna, "Alva Lindqvist"); // P-1002
    REQUIRE_FALSE(alva.isEmpty());
    // Her visit to Alva, saved as a draft on the tablet only (no sync since).
    const Result example = anna.ctl({"visit", "example", "--child", alva});
    const Result added = anna.ctl({"visit", "add", "--json", "-"}, example.out.toUtf8());
    REQUIRE(added.rc == 0);
    const QString draft = added.out.section(' ', 0, 0);

    // The case system gives Alva to Erik.
    REQUIRE(
        import(writeSnapshot(tmp.path() + "/moved.jsonl", R"("child":"P-1002","user":"anna.lind")",
                             R"("child":"P-1002","user":"erik.sand")"))
            .rc == 0);
    const Result moved = anna.ctl({"sync"});
    INFO(moved.out.toStdString() << moved.err.toStdString());
    REQUIRE(moved.rc == 0);
    CHECK(childNamed(anna, "Alva Lindqvist").isEmpty()); // out of her caseload
    CHECK(anna.recordById(draft)["status"] == "draft");  // her words are still there

    // She finishes and signs it; it syncs and the gateway takes it.
    const Result signedIt = anna.ctl({"sign", draft});
    INFO(signedIt.err.toStdString());
    REQUIRE(signedIt.rc == 0);
    const Result sent = anna.ctl({"sync"});
    INFO(sent.out.toStdString() << sent.err.toStdString());
    REQUIRE(sent.rc == 0);
    CHECK(anna.recordById(draft)["sync_state"] == "synced");
    CHECK(anna.recordById(draft)["status"] == "signed");

    // Erik has Alva at his next sync, with her foster home; so does a tablet of his that
    // pulls everything for the first time (each placement after its child and home).
    const Result erikSync = erik.ctl({"sync"});
    INFO(erikSync.out.toStdString() << erikSync.err.toStdString());
    REQUIRE(erikSync.rc == 0);
    CHECK(childNamed(erik, "Alva Lindqvist") == alva);
    const auto fosterHomeOfAlva = [](const Tablet &tablet) {
        for (const QJsonObject &child : tablet.lines({"caseload"}))
            if (child["name"].toString() == "Alva Lindqvist")
                return child["foster_home"].toString();
        return QString();
    };
    CHECK(fosterHomeOfAlva(erik) == "Familjen Berg");
    const Tablet erikNew{tmp.path() + "/tablet-erik-2", "erik.sand"};
    enrollIssued(erikNew, gateway, cert);
    const Result fresh = erikNew.ctl({"sync"});
    INFO(fresh.out.toStdString() << fresh.err.toStdString());
    REQUIRE(fresh.rc == 0);
    CHECK(fosterHomeOfAlva(erikNew) == "Familjen Berg");
    const Tablet bodil{tmp.path() + "/tablet-bodil", "bodil.ek"};
    enrollIssued(bodil, gateway, cert);
    REQUIRE(bodil.ctl({"sync"}).rc == 0);
    CHECK(bodil.recordById(draft)["status"] == "signed");
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return homevisit::test::runCatch(argc, argv);
}
