// A tablet whose clock is a day wrong, or steps back, must not reorder its journal: the
// hybrid logical clock keeps records in the order they were made, on the tablet and on
// a supervisor's tablet after sync. libfaketime gives homevisitctl the wrong clocks.
#include "catchrunner.h"
#include "e2esupport.h"

#include <QCoreApplication>
#include <QStandardPaths>

using namespace homevisit::e2e;

namespace {

QStringList idsInListOrder(const Tablet &tablet, const QStringList &among)
{
    QStringList ids;
    for (const QJsonObject &r : tablet.lines({"list", "--kind", "child_visit"}))
        if (among.contains(r["id"].toString()))
            ids << r["id"].toString();
    return ids;
}

} // namespace

TEST_CASE("a wrong or stepping-back tablet clock does not reorder the journal", "[sync][clock]")
{
    const QString faketime = QStandardPaths::findExecutable("faketime");
    REQUIRE_FALSE(faketime.isEmpty()); // installed by scripts/install-deps.sh test

    QTemporaryDir tmp;
    const Certificate cert(tmp.path());
    Gateway gateway(tmp.path() + "/central", cert);
    Tablet anna{tmp.path() + "/tablet-anna", "anna"};
    anna.enroll(gateway, cert.pin);
    REQUIRE(anna.ctl({"sync"}).rc == 0);

    // Made in this order, with the clock now right, a day ahead, a day behind, three
    // hours behind, then right again.
    QStringList made;
    for (const char *offset : {"+0", "+1d", "-1d", "-3h", "+0"}) {
        anna.clock = {faketime, "-f", QString::fromLatin1(offset)};
        made << anna.addVisit(true);
    }
    anna.clock.clear();
    // Sanity: the wrong clock really reached the app (the created_at stamps disagree).
    const QJsonObject ahead = anna.recordById(made[1]);
    const QJsonObject behind = anna.recordById(made[2]);
    REQUIRE(ahead["created_at"].toString() > behind["created_at"].toString());

    CHECK(idsInListOrder(anna, made) == made);
    REQUIRE(anna.ctl({"sync"}).rc == 0);

    // The supervisor's copy keeps the same order: the stamps travel with the records.
    const Tablet bodil{tmp.path() + "/tablet-bodil", "bodil"};
    bodil.enroll(gateway, cert.pin);
    REQUIRE(bodil.ctl({"sync"}).rc == 0);
    CHECK(idsInListOrder(bodil, made) == made);
    // The records made a day ahead were re-stamped from the server's time, not refused:
    // no stamp that reached the team is in the future.
    const qint64 bound = QDateTime::currentMSecsSinceEpoch() + 10 * 60'000;
    for (const QJsonObject &r : bodil.lines({"list", "--kind", "child_visit"}))
        CHECK(r["hlc"].toString().left(16).toLongLong() <= bound);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return homevisit::test::runCatch(argc, argv);
}
