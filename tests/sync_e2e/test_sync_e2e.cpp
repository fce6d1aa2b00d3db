// Sync end to end with real parts only: the real homevisit-central process over real
// TLS on loopback (its embedded SQLite store, demo data), and the real homevisitctl
// binary with real encrypted stores, as an operator would drive them.
#define CATCH_CONFIG_RUNNER
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
        const Result r = karin.ctl(
            {"enroll", "--server", gateway.url(), "--credential", "-", "--pin-sha256", wrongPin},
            gateway.credential("karin").toUtf8());
        CHECK(r.rc == 8);
        CHECK(r.err.contains("pin_mismatch"));
        CHECK(karin.ctl({"sync"}).rc == 2); // still not enrolled
        // The credential was not used up: the right key enrols with it.
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


// docs/security.md, "Re-enrolment and new devices", through the real tablet engine.
TEST_CASE("a second tablet enrolled as her gets her earlier visits only once her first "
          "tablet says it was her",
          "[sync][e2e][devices]")
{
    QTemporaryDir tmp;
    const Certificate cert(tmp.path());
    Gateway gateway(tmp.path() + "/central", cert);

    const Tablet first{tmp.path() + "/tablet-1", "anna"};
    first.enrol(gateway, cert.pin);
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

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
