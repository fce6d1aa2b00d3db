// The journal's side of sync: what waits in the outbox, what a crash mid-sync leaves,
// and applying pulled pages atomically with their cursor.
#include <catch2/catch.hpp>

#include "../testsupport.h"
#include "domain/examples.h"
#include "store/hybridclock.h"
#include "store/outbox.h"
#include "store/uuid.h"

#include <QTimeZone>

#include <limits>

using namespace homevisit;
using namespace homevisit::test;
using domain::RecordKind;
using store::Outbox;
using store::PulledChange;

namespace {

const QString ChildId = QStringLiteral("0190d000-0000-7000-8b00-000000000001");
const QString HomeId = QStringLiteral("0190d000-0000-7000-8a00-000000000001");

QJsonObject visit(const QString &observations = QStringLiteral("Anteckning."))
{
    QJsonObject body = domain::exampleChildVisit(
        ChildId, QDateTime(QDate(2026, 11, 20), QTime(14, 0), QTimeZone("Europe/Stockholm")));
    body.insert("observations", observations);
    return body;
}

QList<PulledChange> caseloadPage()
{
    using T = PulledChange::Type;
    return {
        {T::FosterHome,
         1,
         false,
         {{"id", HomeId},
          {"family_name", "Familjen Berglund"},
          {"address", "Follingbo 214"},
          {"home_type", "own_recruited"},
          {"secretary", "karin"},
          {"phone", ""}}},
        {T::Child,
         2,
         false,
         {{"id", ChildId},
          {"name", "Elsa"},
          {"birth_year", 2017},
          {"secretary", "anna"},
          {"visit_interval_days", 42}}},
        {T::Placement,
         3,
         false,
         {{"id", "0190d000-0000-7000-8c00-000000000001"},
          {"child_id", ChildId},
          {"foster_home_id", HomeId},
          {"legal_basis", "LVU"},
          {"start_date", "2024-05-02"}}},
    };
}

QJsonObject wire(const QString &id, const QString &kind, const QString &status, int revision,
                 const QString &author, const QString &hlc, const QJsonObject &body)
{
    QJsonObject d{{"id", id},
                  {"kind", kind},
                  {"status", status},
                  {"revision", revision},
                  {"base_revision", QJsonValue::Null},
                  {"author", author},
                  {"device_id", "5e0c0000-0000-4000-8000-000000000001"},
                  {"hlc", hlc},
                  {"created_at", "2026-11-21T08:00:00.000Z"},
                  {"received_at", "2026-11-21T08:00:01.000Z"},
                  {"body", body}};
    if (status == "signed")
        d.insert("signed_at", "2026-11-21T08:00:00.500Z");
    return d;
}

} // namespace

TEST_CASE("autosaves coalesce into one queued draft with the latest text", "[outbox]")
{
    TempUser u;
    auto s = u.unlock();
    auto &j = s->journal();
    const QString id = j.createDraft(RecordKind::ChildVisit, visit("v1"));
    for (int i = 2; i <= 6; ++i)
        j.saveDraft(id, visit(QStringLiteral("v%1").arg(i)));
    Outbox outbox(j);
    REQUIRE(outbox.size() == 1);
    const auto batch = outbox.takeBatch(10, QDateTime::currentMSecsSinceEpoch());
    REQUIRE(batch.size() == 1);
    CHECK(batch[0].record.value("revision").toInt() == 6);
    CHECK(batch[0].record.value("status") == "draft");
    CHECK(batch[0].record.value("body").toObject().value("observations") == "v6");
    CHECK(j.record(id)->syncState == store::SyncState::Sending);
}

TEST_CASE("a draft saved while its previous version is in flight queues a second row", "[outbox]")
{
    TempUser u;
    auto s = u.unlock();
    auto &j = s->journal();
    Outbox outbox(j);
    const QString id = j.createDraft(RecordKind::ChildVisit, visit("före"));
    const auto first = outbox.takeBatch(10, QDateTime::currentMSecsSinceEpoch());
    REQUIRE(first.size() == 1);
    j.saveDraft(id, visit("efter"));
    CHECK(outbox.size() == 2);
    CHECK(outbox.inFlight() == 1);

    // A crash before the answer: after the restart only the older version goes first,
    // identical to what was sent, so the newer one can be based on the server's answer.
    outbox.releaseInFlight();
    const auto resent = outbox.takeBatch(10, QDateTime::currentMSecsSinceEpoch());
    REQUIRE(resent.size() == 1);
    CHECK(resent[0].mutationId == first[0].mutationId);
    CHECK(resent[0].record == first[0].record);

    outbox.accepted(first[0].mutationId, 1, 100, "2026-11-23T10:00:00.000Z");
    CHECK(j.record(id)->syncState == store::SyncState::Local); // the newer one still waits
    const auto second = outbox.takeBatch(10, QDateTime::currentMSecsSinceEpoch());
    REQUIRE(second.size() == 1);
    CHECK(second[0].record.value("base_revision").toInt() == 1); // what the server confirmed
    CHECK(second[0].record.value("body").toObject().value("observations") == "efter");
    outbox.accepted(second[0].mutationId, 2, 101, "2026-11-23T10:00:01.000Z");
    const auto r = j.record(id);
    CHECK(r->syncState == store::SyncState::Synced);
    CHECK(r->serverRevision == 2);
    CHECK(r->serverSeq == 101);
    CHECK(outbox.size() == 0);
    CHECK(j.verify().ok());
}

TEST_CASE("signing replaces the queued draft; a resend after a crash is identical", "[outbox]")
{
    TempUser u;
    auto s = u.unlock();
    auto &j = s->journal();
    Outbox outbox(j);
    const QString id = j.createDraft(RecordKind::ChildVisit, visit());
    j.sign(id);
    REQUIRE(outbox.size() == 1);
    const auto sent = outbox.takeBatch(10, QDateTime::currentMSecsSinceEpoch());
    REQUIRE(sent.size() == 1);
    CHECK(sent[0].record.value("status") == "signed");
    CHECK(outbox.takeBatch(10, QDateTime::currentMSecsSinceEpoch()).isEmpty()); // in flight

    outbox.releaseInFlight(); // the app was killed before the answer arrived
    const auto again = outbox.takeBatch(10, QDateTime::currentMSecsSinceEpoch());
    REQUIRE(again.size() == 1);
    CHECK(again[0].mutationId == sent[0].mutationId);
    CHECK(again[0].record == sent[0].record);
    CHECK(again[0].attempts == 2);

    outbox.accepted(again[0].mutationId, 1, 7, "2026-11-23T10:00:00.000Z");
    outbox.accepted(again[0].mutationId, 1, 7, "2026-11-23T10:00:00.000Z"); // harmless twice
    CHECK(j.record(id)->syncState == store::SyncState::Synced);
    CHECK(j.verify().ok());
}

TEST_CASE("refused and deferred mutations", "[outbox]")
{
    TempUser u;
    auto s = u.unlock();
    auto &j = s->journal();
    Outbox outbox(j);
    const QString a = j.createDraft(RecordKind::ChildVisit, visit());
    j.sign(a);
    const QString b = j.createDraft(RecordKind::ChildVisit, visit());
    j.sign(b);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto batch = outbox.takeBatch(10, now);
    REQUIRE(batch.size() == 2);

    outbox.refused(batch[0].mutationId, "forbidden: not your child");
    const auto ra = j.record(a);
    CHECK(ra->syncState == store::SyncState::Refused);
    CHECK(ra->syncReason == "forbidden: not your child");
    CHECK(ra->status == store::RecordStatus::Signed); // never lost, only marked

    outbox.deferred(batch[1].mutationId, now + 60'000, "cannot connect");
    CHECK(j.record(b)->syncState == store::SyncState::Local);
    CHECK(outbox.takeBatch(10, now + 30'000).isEmpty());
    CHECK(outbox.takeBatch(10, now + 61'000).size() == 1);
    CHECK(j.verify().ok()); // a refused signed record is visible, not a problem
}

TEST_CASE("a pulled page and its cursor apply together", "[pull]")
{
    TempUser u;
    auto s = u.unlock();
    auto &j = s->journal();
    CHECK(j.pullCursor().isNull());
    j.applyPulled(caseloadPage(), "djE6Mw");
    CHECK(j.pullCursor() == "djE6Mw");
    REQUIRE(j.caseload(QDate(2026, 11, 23)).size() == 1);
    CHECK(j.caseload(QDate(2026, 11, 23))[0].fosterHome->familyName == "Familjen Berglund");

    // A supervisor's review of my signed visit, and my visit signed on another tablet.
    const QString mine = j.createDraft(RecordKind::ChildVisit, visit());
    j.sign(mine);
    const QString review = makeUuidV7();
    const QString elsewhere = makeUuidV7();
    // Stamped by tablets a few minutes ahead of this one (within the 10-minute bound).
    const qint64 ahead = QDateTime::currentMSecsSinceEpoch() + 5 * 60'000;
    const QString reviewStamp = HlcStamp{ahead, 0}.toString();
    const QString elsewhereStamp = HlcStamp{ahead + 1, 0}.toString();
    j.applyPulled({{PulledChange::Type::Record, 10, false,
                    wire(review, "review", "signed", 1, "bodil", reviewStamp,
                         {{"refers_to", mine},
                          {"decision", "returned"},
                          {"comment", "Komplettera med barnets egna ord om skolan."}})},
                   {PulledChange::Type::Record, 11, false,
                    wire(elsewhere, "child_visit", "signed", 3, u.user, elsewhereStamp,
                         visit("från den andra surfplattan"))}},
                  "djE6MTE");
    const auto r = j.record(review);
    REQUIRE(r);
    CHECK(r->author == "bodil");
    CHECK(r->facts.refersTo == mine);
    CHECK(r->syncState == store::SyncState::Synced);
    CHECK(j.record(elsewhere)->status == store::RecordStatus::Signed);
    CHECK(j.pullCursor() == "djE6MTE");

    // The clock moves past what it saw, so new local records sort after pulled ones.
    const QString later = j.createDraft(RecordKind::ChildVisit, visit());
    CHECK(j.record(later)->hlc > j.record(elsewhere)->hlc);
    CHECK(j.verify().ok());
}

TEST_CASE("a page with a bad change applies nothing, not even its cursor", "[pull]")
{
    TempUser u;
    auto s = u.unlock();
    auto &j = s->journal();
    j.applyPulled(caseloadPage(), "djE6Mw");
    QList<PulledChange> page = caseloadPage();
    page[1].data.insert("name", "Ändrat namn");
    page.append({PulledChange::Type::Record, 4, false,
                 wire("not-an-id", "child_visit", "signed", 1, "anna", "x", visit())});
    CHECK_THROWS_AS(j.applyPulled(page, "djE6NA"), store::JournalStoreError);
    CHECK(j.pullCursor() == "djE6Mw");
    CHECK(j.child(ChildId)->name == "Elsa");
}

TEST_CASE("a signed version from the server replaces the local draft; removals drop rows", "[pull]")
{
    TempUser u;
    auto s = u.unlock();
    auto &j = s->journal();
    j.applyPulled(caseloadPage(), "c1");
    const QString id = j.createDraft(RecordKind::ChildVisit, visit("utkast"));
    Outbox outbox(j);
    j.applyPulled({{PulledChange::Type::Record, 20, false,
                    wire(id, "child_visit", "signed", 5, u.user, "0001800000000000.000000",
                         visit("signerad på den andra surfplattan"))}},
                  "c2");
    const auto r = j.record(id);
    CHECK(r->status == store::RecordStatus::Signed);
    CHECK(r->body.value("observations") == "signerad på den andra surfplattan");
    CHECK(outbox.size() == 0); // the stale draft is not pushed over it

    j.applyPulled({{PulledChange::Type::Child, 21, true, {{"id", ChildId}}}}, "c3");
    CHECK_FALSE(j.child(ChildId));
    CHECK(j.placementsOf(ChildId).isEmpty());
    CHECK(j.record(id)); // records about the child stay
}

TEST_CASE("a child removed while she has a draft about it stays until the draft is signed",
          "[pull]")
{
    TempUser u;
    auto s = u.unlock();
    auto &j = s->journal();
    j.applyPulled(caseloadPage(), "c1");
    const QString id = j.createDraft(RecordKind::ChildVisit, visit("påbörjat före flytten"));

    // The case system moved the child to another secretary: her draft keeps it here.
    j.applyPulled({{PulledChange::Type::Child, 4, true, {{"id", ChildId}}}}, "c2");
    REQUIRE(j.child(ChildId));
    CHECK(j.record(id)->body.value("observations") == "påbörjat före flytten");
    // A later page without anything about it does not drop it either.
    j.applyPulled({}, "c3");
    CHECK(j.child(ChildId));

    // Signed, it leaves at the next pull with its placement; the record stays.
    j.sign(id);
    j.applyPulled({}, "c4");
    CHECK_FALSE(j.child(ChildId));
    CHECK(j.placementsOf(ChildId).isEmpty());
    CHECK(j.record(id)->status == store::RecordStatus::Signed);

    // Given back to her later, a child is an ordinary row again.
    j.applyPulled(caseloadPage(), "c5");
    j.applyPulled({}, "c6");
    CHECK(j.child(ChildId));
}

// --- names in pulls (docs/sync-protocol.md, "Names in pulls") --------------------------

TEST_CASE("a pulled record keeps the names the gateway sends; a later pull refreshes them",
          "[pull][names]")
{
    TempUser u;
    auto s = u.unlock();
    auto &j = s->journal();
    const QString other = makeUuidV7();
    const QString stamp = HlcStamp{QDateTime::currentMSecsSinceEpoch(), 0}.toString();
    const auto pulled = [&](const QString &authorName, const QString &subjectName) {
        QJsonObject d = wire(other, "child_visit", "signed", 1, "bodil.ek", stamp, visit());
        if (!authorName.isNull())
            d.insert("author_name", authorName);
        if (!subjectName.isNull())
            d.insert("subject_name", subjectName);
        return d;
    };

    j.applyPulled({{PulledChange::Type::Record, 1, false,
                    pulled(QStringLiteral("Bodil Ek"), QStringLiteral("Noah Hägg Karlsson"))}},
                  "c1");
    const store::StoredRecord first = *j.record(other);
    CHECK(first.author == "bodil.ek");
    CHECK(first.authorName == "Bodil Ek");
    CHECK(first.authorLabel() == "Bodil Ek");
    CHECK(first.subjectName == "Noah Hägg Karlsson");

    // The same signed record again, with other names: the names change, nothing else does.
    j.applyPulled({{PulledChange::Type::Record, 2, false,
                    pulled(QStringLiteral("Bodil Ekström"), QStringLiteral("Noah Hägg"))}},
                  "c2");
    const store::StoredRecord second = *j.record(other);
    CHECK(second.authorName == "Bodil Ekström");
    CHECK(second.subjectName == "Noah Hägg");
    CHECK(second.hlc == first.hlc);
    CHECK(second.body == first.body);
    CHECK(second.signedAt == first.signedAt);

    // A pull without names (the gateway had none this time) keeps the ones known; one name
    // sent changes only that one.
    j.applyPulled({{PulledChange::Type::Record, 3, false, pulled({}, {})}}, "c3");
    CHECK(j.record(other)->authorName == "Bodil Ekström");
    CHECK(j.record(other)->subjectName == "Noah Hägg");
    j.applyPulled({{PulledChange::Type::Record, 4, false, pulled({}, QStringLiteral("Noah"))}},
                  "c4");
    CHECK(j.record(other)->authorName == "Bodil Ekström");
    CHECK(j.record(other)->subjectName == "Noah");
    CHECK(j.verify().ok());

    // A record that never came with names shows its author's user name.
    const QString bare = makeUuidV7();
    j.applyPulled({{PulledChange::Type::Record, 5, false,
                    wire(bare, "child_visit", "signed", 1, "johan.ek", stamp, visit())}},
                  "c5");
    CHECK(j.record(bare)->authorName.isEmpty());
    CHECK(j.record(bare)->subjectName.isEmpty());
    CHECK(j.record(bare)->authorLabel() == "johan.ek");
}

TEST_CASE("a draft replaced by its signed version from the server takes the version's names",
          "[pull][names]")
{
    TempUser u;
    auto s = u.unlock();
    auto &j = s->journal();
    const QString id = makeUuidV7();
    QJsonObject draft = wire(id, "child_visit", "draft", 1, "bodil.ek",
                             HlcStamp{QDateTime::currentMSecsSinceEpoch(), 0}.toString(), visit());
    draft.insert("author_name", "Bodil Ek");
    j.applyPulled({{PulledChange::Type::Record, 1, false, draft}}, "c1");
    CHECK(j.record(id)->authorName == "Bodil Ek");
    CHECK(j.record(id)->subjectName.isEmpty());

    QJsonObject signedVersion =
        wire(id, "child_visit", "signed", 2, "bodil.ek",
             HlcStamp{QDateTime::currentMSecsSinceEpoch() + 1, 0}.toString(), visit("signerad"));
    signedVersion.insert("author_name", "Bodil Ekström");
    signedVersion.insert("subject_name", "Elsa Berglund");
    j.applyPulled({{PulledChange::Type::Record, 2, false, signedVersion}}, "c2");
    const auto r = j.record(id);
    CHECK(r->status == store::RecordStatus::Signed);
    CHECK(r->authorName == "Bodil Ekström");
    CHECK(r->subjectName == "Elsa Berglund");
}

TEST_CASE("her own records carry her display name, and a push carries no names", "[names]")
{
    TempUser u;
    auto s = u.unlock();
    auto &j = s->journal();
    const QString id = j.createDraft(RecordKind::ChildVisit, visit());
    // No display name known (never enrolled with a server): the user name shows.
    CHECK(j.record(id)->authorName.isEmpty());
    CHECK(j.record(id)->authorLabel() == u.user);

    j.setSetting(store::DisplayNameSetting, QStringLiteral("Anna Lind"));
    j.sign(id);
    CHECK(j.record(id)->authorName == "Anna Lind");
    const QString amendment = j.amend(id, QStringLiteral("Rätt datum är 3 maj."));
    CHECK(j.record(amendment)->authorName == "Anna Lind");
    REQUIRE(j.amendmentsOf(id).size() == 1);
    CHECK(j.amendmentsOf(id)[0].authorName == "Anna Lind");
    for (const store::StoredRecord &r : j.records())
        CHECK(r.authorName == "Anna Lind");

    // Someone else's record is not named after her.
    const QString other = makeUuidV7();
    j.applyPulled({{PulledChange::Type::Record, 1, false,
                    wire(other, "review", "signed", 1, "bodil.ek",
                         HlcStamp{QDateTime::currentMSecsSinceEpoch(), 0}.toString(),
                         {{"refers_to", id}, {"decision", "signed_off"}})}},
                  "c1");
    CHECK(j.record(other)->authorName.isEmpty());

    // Names never travel in a push: they are the gateway's to add.
    Outbox outbox(j);
    const auto batch = outbox.takeBatch(10, std::numeric_limits<qint64>::max());
    REQUIRE_FALSE(batch.isEmpty());
    for (const auto &m : batch) {
        CHECK_FALSE(m.record.contains("author_name"));
        CHECK_FALSE(m.record.contains("subject_name"));
    }

    // Her own record pulled back from the gateway keeps the name the gateway gave it.
    QJsonObject back = j.record(id)->toWireJson();
    back.insert("id", back.take("record_id"));
    back.insert("received_at", "2026-11-21T08:00:01.000Z");
    back.insert("author_name", "Anna Lind Berg");
    j.applyPulled({{PulledChange::Type::Record, 2, false, back}}, "c2");
    CHECK(j.record(id)->authorName == "Anna Lind Berg");
}

// --- clock stamps (a far-future stamp once stopped a user's sync for good) -----------

TEST_CASE("a stamp far in the future pulled from the server does not move the clock", "[clock]")
{
    TempUser u;
    auto s = u.unlock();
    auto &j = s->journal();
    j.applyPulled(caseloadPage(), "c1");
    const QString otherId = makeUuidV7();
    j.applyPulled({{PulledChange::Type::Record, 10, false,
                    wire(otherId, "child_visit", "signed", 1, "bodil", "9999999999999999.999999",
                         visit("från en trasig surfplatta"))}},
                  "c2");
    REQUIRE(j.record(otherId));
    const QString mine = j.createDraft(RecordKind::ChildVisit, visit());
    const auto stamp = HlcStamp::fromString(j.record(mine)->hlc);
    REQUIRE(stamp); // sixteen and six digits, as the gateway requires
    CHECK(stamp->physicalMs <= QDateTime::currentMSecsSinceEpoch() + 60'000);

    // Reopened, the clock does not continue from the pulled stamp either.
    s.reset();
    s = u.unlock();
    const QString next = s->journal().createDraft(RecordKind::ChildVisit, visit());
    const auto later = HlcStamp::fromString(s->journal().record(next)->hlc);
    REQUIRE(later);
    CHECK(*later > *stamp);
    CHECK(later->physicalMs <= QDateTime::currentMSecsSinceEpoch() + 60'000);
}

TEST_CASE("the logical counter carries into the millisecond instead of growing a digit", "[clock]")
{
    const qint64 wall = 1'764'000'000'000;
    HybridClock clock([&] { return wall; });
    clock.restore({wall, HlcStamp::MaxLogical - 1});
    CHECK(clock.now() == HlcStamp{wall, HlcStamp::MaxLogical});
    const HlcStamp carried = clock.now();
    CHECK(carried == HlcStamp{wall + 1, 0});
    CHECK(carried.toString().size() == 23);
    CHECK(clock.observe({wall + 1, HlcStamp::MaxLogical}));
    CHECK(clock.last() == HlcStamp{wall + 2, 0});
    // Ahead by more than the bound: ignored.
    CHECK_FALSE(clock.observe({wall + HybridClock::MaxAheadMs + 1000, 0}));
    CHECK(clock.last() == HlcStamp{wall + 2, 0});
    CHECK_FALSE(HlcStamp::fromString("0001764000000000.1000000"));
    CHECK_FALSE(HlcStamp::fromString("+001764000000000.000000"));
}

TEST_CASE("a clock the server finds ahead re-stamps what waits, in its order", "[clock]")
{
    const qint64 day = 24 * 3600 * 1000;
    qint64 skew = day; // the tablet's clock runs a day ahead
    TempUser u;
    auto s = u.unlock();
    s.reset();
    auto key = KeyVault(UserPaths::of(u.path(), u.user).directory, u.user, u.device)
                   .unlock(u.pin.toUtf8());
    const store::Identity me{u.user, QStringLiteral("5e0c0000-0000-4000-8000-0000000000aa")};
    auto j = store::JournalStore::open(u.journalPath(), key.dataKey, me,
                                       [&] { return QDateTime::currentMSecsSinceEpoch() + skew; });
    j->applyPulled(caseloadPage(), "c1");
    QStringList made;
    for (int i = 0; i < 3; ++i) {
        made << j->createDraft(RecordKind::ChildVisit, visit(QStringLiteral("besök %1").arg(i)));
        j->sign(made.last());
    }
    const qint64 serverNow = QDateTime::currentMSecsSinceEpoch();
    CHECK(j->rebaseClock(serverNow) == 3);
    QStringList stamps;
    for (const QString &id : made) {
        const auto stamp = HlcStamp::fromString(j->record(id)->hlc);
        REQUIRE(stamp);
        CHECK(stamp->physicalMs <= serverNow + 60'000);
        stamps << stamp->toString();
    }
    QStringList sorted = stamps;
    sorted.sort();
    CHECK(sorted == stamps); // the order they were made in
    // The queued wire forms carry the new stamps too.
    Outbox outbox(*j);
    const auto batch = outbox.takeBatch(10, std::numeric_limits<qint64>::max());
    REQUIRE(batch.size() == 3);
    for (const auto &m : batch)
        CHECK(m.record.value("hlc").toString() == j->record(m.recordId)->hlc);
    // Later records follow the server's time, also after a restart.
    const QString after = j->createDraft(RecordKind::ChildVisit, visit("efteråt"));
    CHECK(HlcStamp::fromString(j->record(after)->hlc)->physicalMs <= serverNow + 60'000);
    CHECK(j->record(after)->hlc > stamps.last());
    j.reset();
    j = store::JournalStore::open(u.journalPath(), key.dataKey, me,
                                  [&] { return QDateTime::currentMSecsSinceEpoch() + skew; });
    const QString reopened = j->createDraft(RecordKind::ChildVisit, visit("omstart"));
    CHECK(HlcStamp::fromString(j->record(reopened)->hlc)->physicalMs <=
          QDateTime::currentMSecsSinceEpoch() + 60'000);
    // Once the tablet's own clock is right again, the correction goes.
    skew = 0;
    j->noteServerTime(QDateTime::currentMSecsSinceEpoch());
    const QString fixed = j->createDraft(RecordKind::ChildVisit, visit("rätt klocka"));
    CHECK(j->record(fixed)->hlc > j->record(reopened)->hlc);
    CHECK(j->verify().ok());
}
