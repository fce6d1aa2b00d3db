// The encrypted store as a user relies on it: what is written comes back exactly,
// signed records stay as signed, nothing readable lands on disk, a wrong PIN or a
// damaged file gives a clear error, and every older schema upgrades.
#include <catch2/catch.hpp>

#include "../testsupport.h"
#include "crypto/pinpolicy.h"
#include "domain/examples.h"
#include "platform/processhardening.h"
#include "store/hybridclock.h"
#include "store/migrations.h"
#include "store/outbox.h"
#include "store/uuid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <limits>
#include <tuple>

#include <sys/prctl.h>
#include <sys/resource.h>

using namespace homevisit;
using namespace homevisit::test;
using domain::RecordKind;
using store::JournalStoreError;
using store::Outbox;

namespace {

const QString ChildId = QStringLiteral("0190d000-0000-7000-8b00-000000000001");
const QString HomeId = QStringLiteral("0190d000-0000-7000-8a00-000000000001");

QDateTime visitStart()
{
    return QDateTime(QDate(2026, 11, 20), QTime(14, 0), QTimeZone("Europe/Stockholm"));
}

QJsonObject completeVisit()
{
    return domain::exampleChildVisit(ChildId, visitStart());
}

QJsonObject withObservations(QJsonObject body, const QString &text)
{
    body.insert("observations", text);
    return body;
}

void seedReference(store::JournalStore &j)
{
    j.putFosterHome({HomeId, "Familjen Berglund", "Follingbo Kvie 214, 621 93 Visby",
                     "own_recruited", "anna", "0498-201030"});
    j.putChild({ChildId, "Elsa Berglund Andersson", 2017, "anna", 42});
    j.putPlacement({QStringLiteral("0190d000-0000-7000-8c00-000000000001"),
                    ChildId,
                    HomeId,
                    "LVU",
                    QDate(2024, 5, 2),
                    {}});
}

JournalStoreError::Code storeErrorCode(const std::function<void()> &f)
{
    try {
        f();
    } catch (const JournalStoreError &e) {
        return e.code();
    }
    FAIL("expected a JournalStoreError");
    return JournalStoreError::Code::Other;
}

} // namespace

TEST_CASE("a draft round-trips exactly and signing makes it immutable and queued", "[store]")
{
    TempUser u;
    auto s = u.unlock();
    auto &j = s->journal();
    seedReference(j);

    const QJsonObject first = withObservations(completeVisit(), "Första utkast.");
    const QString id = j.createDraft(RecordKind::ChildVisit, first);
    REQUIRE(isUuid(id));
    REQUIRE(j.record(id)->body == first);

    const QJsonObject second = withObservations(completeVisit(), "Andra utkast, mer text.");
    j.saveDraft(id, second);
    auto draft = j.record(id);
    REQUIRE(draft->body == second);
    REQUIRE(draft->revision == 2);
    REQUIRE(draft->status == store::RecordStatus::Draft);
    REQUIRE(j.outboxSize() == 1); // drafts are pushed too; autosaves coalesce

    j.sign(id);
    auto signedRecord = j.record(id);
    REQUIRE(signedRecord->status == store::RecordStatus::Signed);
    REQUIRE(signedRecord->body == second);
    REQUIRE(signedRecord->signedAt > 0);
    REQUIRE(j.outboxSize() == 1);

    CHECK(storeErrorCode([&] { j.saveDraft(id, first); }) == JournalStoreError::Code::Forbidden);
    CHECK(storeErrorCode([&] { j.sign(id); }) == JournalStoreError::Code::Forbidden);
    CHECK(storeErrorCode([&] { j.discardDraft(id); }) == JournalStoreError::Code::Forbidden);
    REQUIRE(j.record(id)->body == second);
    REQUIRE(j.verify().ok());
}

TEST_CASE("signed records survive reopening and the data outlives the session", "[store]")
{
    TempUser u;
    QString id;
    {
        auto s = u.unlock();
        seedReference(s->journal());
        id = s->journal().createDraft(RecordKind::ChildVisit, completeVisit());
        s->journal().sign(id);
    }
    auto s = u.unlock();
    auto r = s->journal().record(id);
    REQUIRE(r);
    CHECK(r->status == store::RecordStatus::Signed);
    CHECK(r->body == completeVisit());
    CHECK(r->facts.childId == ChildId);
    CHECK(r->facts.eventDate == QDate(2026, 11, 20));
}

TEST_CASE("signing is refused with every violation and changes nothing", "[store][rules]")
{
    TempUser u;
    auto s = u.unlock();
    auto &j = s->journal();
    QJsonObject body = completeVisit();
    QJsonObject checklist = body.value("checklist").toObject();
    checklist.insert("spoken_alone", false);
    checklist.remove("not_alone_reason");
    body.insert("checklist", checklist);
    const QString id = j.createDraft(RecordKind::ChildVisit, body);
    try {
        j.sign(id);
        FAIL("signing should have been refused");
    } catch (const store::RuleError &e) {
        REQUIRE_FALSE(e.violations().isEmpty());
        CHECK(e.violations().contains(
            domain::RuleViolation{"checklist.not_alone_reason", "reason_required"}));
        CHECK_FALSE(e.violations().front().message().isEmpty());
    }
    CHECK(j.record(id)->status == store::RecordStatus::Draft);
    CHECK(j.outboxSize() == 1); // only the draft, not a signed version
}

TEST_CASE("an amendment refers to the signed record and both stay readable", "[store]")
{
    TempUser u;
    auto s = u.unlock();
    auto &j = s->journal();
    const QString id = j.createDraft(RecordKind::ChildVisit, completeVisit());
    CHECK(storeErrorCode([&] { j.amend(id, "Rättelse", {}); }) ==
          JournalStoreError::Code::Forbidden);
    j.sign(id);
    const QString amendment =
        j.amend(id, "Rättelse: besöket började 14.15, inte 14.00.", "Fel tid");
    auto a = j.record(amendment);
    REQUIRE(a);
    CHECK(a->kind == RecordKind::Amendment);
    CHECK(a->status == store::RecordStatus::Signed);
    CHECK(a->facts.refersTo == id);
    CHECK(j.record(id)->body == completeVisit());
    REQUIRE(j.amendmentsOf(id).size() == 1);
    CHECK(j.outboxSize() == 2);
    CHECK(storeErrorCode([&] { j.amend(id, "   ", {}); }) == JournalStoreError::Code::Invalid);
    CHECK(storeErrorCode([&] { j.amend(makeUuidV7(), "x", {}); }) ==
          JournalStoreError::Code::NotFound);
}

TEST_CASE("a record created signed is one transaction and obeys the signing rules", "[store]")
{
    TempUser u;
    auto s = u.unlock();
    auto &j = s->journal();
    const QString draft = j.createDraft(RecordKind::ChildVisit, completeVisit());
    const QJsonObject review{{"refers_to", draft}, {"decision", "signed_off"}, {"comment", ""}};
    // A draft cannot be reviewed: refused, and nothing was written.
    const int before = j.outboxSize();
    try {
        j.createSigned(RecordKind::Review, review);
        FAIL("a review of a draft was accepted");
    } catch (const store::RuleError &e) {
        CHECK(e.violations().front().code == "target_not_signed");
    }
    CHECK(j.outboxSize() == before);
    CHECK(j.records(RecordKind::Review).isEmpty());

    j.sign(draft);
    const QString id = j.createSigned(RecordKind::Review, review);
    const auto stored = j.record(id);
    REQUIRE(stored);
    CHECK(stored->status == store::RecordStatus::Signed);
    CHECK(stored->signedAt > 0);
    CHECK(stored->facts.refersTo == draft);
    CHECK(j.outboxSize() == before + 1); // the review beside the (now signed) visit
    // Never a draft: no audit event other than its signing.
    QStringList actions;
    for (const auto &e : j.auditEvents())
        if (e.recordId == id && e.action != "read")
            actions << e.action;
    CHECK(actions == QStringList{"sign"});
}

TEST_CASE("a draft belongs to its author", "[store]")
{
    TempUser u;
    QString id;
    {
        auto s = u.unlock();
        id = s->journal().createDraft(RecordKind::ChildVisit, completeVisit());
    }
    // The same store opened under another identity (as sync will do with pulled data).
    auto key = [&] {
        KeyVault vault(UserPaths::of(u.path(), u.user).directory, u.user, u.device);
        return vault.unlock(u.pin.toUtf8());
    }();
    REQUIRE(key.status == UnlockStatus::Unlocked);
    auto other = store::JournalStore::open(u.journalPath(), key.dataKey, {"bertil", "dev-2"});
    CHECK(storeErrorCode([&] { other->saveDraft(id, completeVisit()); }) ==
          JournalStoreError::Code::Forbidden);
    CHECK(storeErrorCode([&] { other->sign(id); }) == JournalStoreError::Code::Forbidden);
}

TEST_CASE("opening, writing, signing and exporting write audit events", "[store][audit]")
{
    TempUser u;
    auto s = u.unlock();
    auto &j = s->journal();
    const QString id = j.createDraft(RecordKind::ChildVisit, completeVisit());
    j.record(id);
    j.sign(id);
    j.records();
    QStringList actions;
    for (const auto &e : j.auditEvents()) {
        actions << e.action;
        CHECK(e.actor == u.user);
        CHECK_FALSE(e.device.isEmpty());
        CHECK_FALSE(e.detail.contains("Elsa")); // no case content in the audit detail
    }
    for (const char *expected : {"enroll", "open", "unlock", "write", "read", "sign", "export"})
        CHECK(actions.contains(QLatin1String(expected)));
}

TEST_CASE("canary text never appears in any file under the data directory", "[store][secrecy]")
{
    TempUser u;
    const QByteArray canary = "CANARY-b9c1e5a7-Elsa-berattade-om-pappa";
    auto s = u.unlock();
    auto &j = s->journal();
    const QString signedId =
        j.createDraft(RecordKind::ChildVisit, withObservations(completeVisit(), canary));
    j.sign(signedId);
    const QString draftId =
        j.createDraft(RecordKind::ChildVisit, withObservations(completeVisit(), canary + "-draft"));
    for (int i = 0; i < 50; ++i) // enough autosaves to spread across WAL frames
        j.saveDraft(draftId, withObservations(completeVisit(), canary + QByteArray::number(i)));

    auto scan = [&] {
        QStringList files = filesBelow(u.path());
        REQUIRE(files.size() >= 4);
        for (const QString &file : files) {
            const QByteArray bytes = readAll(file);
            INFO(file.toStdString());
            CHECK_FALSE(bytes.contains("CANARY-b9c1e5a7"));
            CHECK_FALSE(bytes.contains(QString("CANARY-b9c1e5a7").toUtf8().toHex()));
            const QString utf16 = QStringLiteral("CANARY-b9c1");
            CHECK_FALSE(bytes.contains(
                QByteArray(reinterpret_cast<const char *>(utf16.utf16()), utf16.size() * 2)));
        }
    };
    REQUIRE(QFile::exists(u.journalPath() + "-wal"));
    scan(); // while open: the WAL and shared-memory files are there
    s.reset();
    scan(); // after close and checkpoint
}

TEST_CASE("a wrong PIN gives a clear error and changes nothing", "[store][pin]")
{
    TempUser u;
    {
        auto s = u.unlock();
        s->journal().createDraft(RecordKind::ChildVisit, completeVisit());
    }
    const QByteArray before = readAll(u.journalPath());
    try {
        UserSession::unlock(u.path(), u.user, "999999", u.device);
        FAIL("wrong PIN accepted");
    } catch (const SessionError &e) {
        CHECK(e.code() == SessionError::Code::WrongPin);
        CHECK(QString(e.what()).contains("wrong PIN"));
        CHECK(e.attemptsLeft() == 9);
    }
    CHECK(readAll(u.journalPath()) == before);
    auto s = u.unlock(); // the right PIN still works and resets the counter
    CHECK(UserSession::lockoutState(u.path(), u.user).failures == 0);
    CHECK(s->journal().records().size() == 1);
}

TEST_CASE("delays grow after 3 failures and the 10th destroys the key", "[store][pin]")
{
    QTemporaryDir dir;
    FileDeviceSecret device(dir.path());
    UserSession::enroll(dir.path(), "anna", "482915", device, cheapKdf());
    qint64 now = 1'800'000'000'000;
    auto clock = [&] { return now; };
    auto attempt = [&](const QString &pin) -> SessionError::Code {
        try {
            UserSession::unlock(dir.path(), "anna", pin, device, clock);
            return SessionError::Code::Damaged; // "no error" marker; never expected here
        } catch (const SessionError &e) {
            return e.code();
        }
    };
    for (int i = 0; i < 3; ++i)
        REQUIRE(attempt("000001") == SessionError::Code::WrongPin);
    REQUIRE(attempt("000001") == SessionError::Code::WrongPin); // 4th: now a delay starts
    REQUIRE(attempt("482915") == SessionError::Code::Delayed);  // even the right PIN waits
    CHECK(UserSession::lockoutState(dir.path(), "anna").failures == 4);
    for (int failures = 5; failures <= 9; ++failures) {
        now += 3'600'000;
        REQUIRE(attempt("000001") == SessionError::Code::WrongPin);
        CHECK(UserSession::lockoutState(dir.path(), "anna").attemptsLeft == 10 - failures);
    }
    // A clock stepped back a year must not lock the user out for a year.
    now -= 365LL * 24 * 3'600'000;
    CHECK(UserSession::lockoutState(dir.path(), "anna").retryAfterMs <= 900'000);
    now += 365LL * 24 * 3'600'000 + 3'600'000;
    REQUIRE(attempt("000001") == SessionError::Code::LockedOut);
    now += 3'600'000;
    REQUIRE(attempt("482915") == SessionError::Code::LockedOut);
    CHECK(UserSession::lockoutState(dir.path(), "anna").destroyed);
    CHECK_FALSE(readAll(UserPaths::of(dir.path(), "anna").vault).contains("wrapped_key"));

    // Enrolling again gives a new, empty store.
    UserSession::enroll(dir.path(), "anna", "735194", device, cheapKdf());
    auto s = UserSession::unlock(dir.path(), "anna", "735194", device);
    CHECK(s->journal().records().isEmpty());
}

TEST_CASE("PIN rules", "[pin]")
{
    for (const char *weak :
         {"123456", "000000", "111111", "121212", "654321", "345678", "987654", "999999", "123123"})
        CHECK(checkNewPin(weak).has_value());
    CHECK(checkNewPin("12345") == PinProblem::TooFewDigits);
    CHECK(checkNewPin("abcdef") == PinProblem::TooFewDigits);
    CHECK(checkNewPin(QString(65, '7')) == PinProblem::TooLong);
    CHECK(checkNewPin("123456") == PinProblem::TooCommon);
    CHECK(checkNewPin("456789") == PinProblem::Sequence);
    CHECK_FALSE(checkNewPin("482915").has_value());
    CHECK_FALSE(checkNewPin("1a2b3c4d5e6f").has_value()); // other characters are allowed
    CHECK_FALSE(pinProblemMessage(PinProblem::TooCommon).isEmpty());
}

TEST_CASE("a PIN with quotes and unusual characters works", "[store][pin]")
{
    QTemporaryDir dir;
    FileDeviceSecret device(dir.path());
    const QString pin = QString::fromUtf8("1'2\"3;4--5 6\\x'00' DROP TABLE records; åäö €😀\t");
    UserSession::enroll(dir.path(), "anna", pin, device, cheapKdf());
    CHECK_THROWS_AS(UserSession::unlock(dir.path(), "anna", pin.left(pin.size() - 1), device),
                    SessionError);
    auto s = UserSession::unlock(dir.path(), "anna", pin, device);
    CHECK(s->journal().verify().ok());
}

TEST_CASE("a new PIN must follow the rules; nothing is created otherwise", "[store][pin]")
{
    QTemporaryDir dir;
    FileDeviceSecret device(dir.path());
    CHECK_THROWS_AS(UserSession::enroll(dir.path(), "anna", "123456", device, cheapKdf()),
                    SessionError);
    CHECK_FALSE(QFile::exists(UserPaths::of(dir.path(), "anna").vault));
    CHECK_THROWS_AS(UserSession::enroll(dir.path(), "../etc", "482915", device, cheapKdf()),
                    SessionError);
    UserSession::enroll(dir.path(), "anna", "482915", device, cheapKdf());
    CHECK_THROWS_AS(UserSession::enroll(dir.path(), "anna", "482915", device, cheapKdf()),
                    SessionError);
}

TEST_CASE("the store is bound to the device secret", "[store][pin]")
{
    TempUser u;
    QTemporaryDir otherDevice;
    FileDeviceSecret other(otherDevice.path());
    CHECK_THROWS_AS(UserSession::unlock(u.path(), u.user, u.pin, other), SessionError);
}

TEST_CASE("one flipped byte gives a clear 'damaged' error and no crash", "[store][damage]")
{
    for (const bool firstPage : {false, true}) {
        TempUser u;
        {
            auto s = u.unlock();
            seedReference(s->journal());
            for (int i = 0; i < 40; ++i) {
                const QString id = s->journal().createDraft(
                    RecordKind::ChildVisit, withObservations(completeVisit(), QString(2000, 'x')));
                s->journal().sign(id);
            }
        }
        QFile file(u.journalPath());
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.size() > 20 * 1024);
        const qint64 offset = firstPage ? 100 : file.size() / 2 + 37;
        file.seek(offset);
        char byte = 0;
        file.getChar(&byte);
        file.seek(offset);
        file.putChar(char(byte ^ 0x01));
        file.close();

        INFO("first page: " << firstPage);
        bool reported = false;
        try {
            auto s = u.unlock();
            const auto report = s->journal().verify();
            reported = !report.ok() && report.problems.join(' ').contains("damaged");
            s->journal().records(); // may throw Damaged; must not crash
        } catch (const JournalStoreError &e) {
            CHECK(e.code() == JournalStoreError::Code::Damaged);
            CHECK(QString(e.what()).contains("damaged"));
            reported = true;
        }
        CHECK(reported);
    }
}

TEST_CASE("oversized notes are refused; metacharacters and Unicode are stored exactly",
          "[store][input]")
{
    TempUser u;
    auto s = u.unlock();
    auto &j = s->journal();
    const QString id = j.createDraft(RecordKind::ChildVisit, completeVisit());

    const QString tenMegabytes(10 * 1024 * 1024, QLatin1Char('a'));
    try {
        j.saveDraft(id, withObservations(completeVisit(), tenMegabytes));
        FAIL("a 10 MB note was accepted");
    } catch (const store::RuleError &e) {
        CHECK(e.violations().front().code == "too_long");
    }
    CHECK(j.record(id)->body == completeVisit()); // unchanged

    const QString nasty = QString::fromUtf8(
        "'); DROP TABLE records; -- \" %s %n \\0 \\x00 ' OR '1'='1 \u202e åäö ÅÄÖ 😀 \r\n\t end");
    j.saveDraft(id, withObservations(completeVisit(), nasty));
    CHECK(j.record(id)->body.value("observations").toString() == nasty);
    QString withNul = QStringLiteral("före");
    withNul.append(QChar(0)).append(QStringLiteral("efter"));
    j.saveDraft(id, withObservations(completeVisit(), withNul));
    CHECK(j.record(id)->body.value("observations").toString() == withNul);
    CHECK(j.verify().ok());
}

TEST_CASE("the hybrid clock keeps the journal in order when the wall clock steps back",
          "[store][clock]")
{
    TempUser u;
    KeyVault vault(UserPaths::of(u.path(), u.user).directory, u.user, u.device);
    auto key = vault.unlock(u.pin.toUtf8());
    qint64 wall = 1'800'000'000'000;
    auto j = store::JournalStore::open(u.journalPath(), key.dataKey, {u.user, "dev"},
                                       [&] { return wall; });
    QStringList ids;
    for (int i = 0; i < 5; ++i) {
        ids << j->createDraft(RecordKind::ChildVisit, completeVisit());
        wall -= 86'400'000; // a day back each time
    }
    QStringList listed;
    for (const auto &r : j->records())
        listed << r.id;
    CHECK(listed == ids);
}

TEST_CASE("two connections (the UI's and the sync thread's) share one clock", "[store][clock]")
{
    TempUser u;
    KeyVault vault(UserPaths::of(u.path(), u.user).directory, u.user, u.device);
    auto key = vault.unlock(u.pin.toUtf8());
    qint64 uiWall = 1'800'000'000'000;
    qint64 syncWall = uiWall + 3'600'000; // this thread read the wall clock an hour later
    auto ui = store::JournalStore::open(u.journalPath(), key.dataKey, {u.user, "dev"},
                                        [&] { return uiWall; });
    auto sync = store::JournalStore::open(u.journalPath(), key.dataKey, {u.user, "dev"},
                                          [&] { return syncWall; });
    sync->audit("sync", {}, "round");
    const QString id = ui->createDraft(RecordKind::ChildVisit, completeVisit());
    const QList<store::AuditEvent> events = ui->auditEvents();
    REQUIRE(events.size() >= 2);
    // The draft written after the sync thread's event is stamped after it.
    CHECK(ui->record(id)->hlc > events[events.size() - 2].hlc);
    QString previous;
    for (const store::AuditEvent &e : ui->auditEvents()) {
        CHECK(e.hlc > previous);
        previous = e.hlc;
    }
}

TEST_CASE("the caseload lists overdue children first", "[store][caseload]")
{
    TempUser u;
    auto s = u.unlock();
    auto &j = s->journal();
    seedReference(j);
    const QString late = "0190d000-0000-7000-8b00-000000000002";
    j.putChild({late, "Noah Hägg Karlsson", 2013, "anna", 42});
    j.putPlacement(
        {"0190d000-0000-7000-8c00-000000000002", late, HomeId, "SoL", QDate(2026, 1, 10), {}});
    const QString id = j.createDraft(
        RecordKind::ChildVisit,
        domain::exampleChildVisit(ChildId, QDateTime(QDate(2026, 11, 1), QTime(10, 0))));
    j.sign(id);
    const auto list = j.caseload(QDate(2026, 11, 23));
    REQUIRE(list.size() == 2);
    CHECK(list[0].child.id == late);
    CHECK(list[0].overdue);
    CHECK_FALSE(list[1].overdue);
    CHECK(list[1].lastSignedVisit == QDate(2026, 11, 1));
    CHECK(list[1].nextVisitDue == QDate(2026, 12, 13));
    REQUIRE(list[1].fosterHome);
    CHECK(list[1].fosterHome->familyName == "Familjen Berglund");

    // Reference data sent again replaces the row in place; placements keep pointing at it.
    j.putFosterHome(
        {HomeId, "Familjen Berglund-Ek", "Ny väg 1, 621 93 Visby", "kinship", "anna", ""});
    j.putChild({late, "Noah Hägg", 2013, "anna", 30});
    CHECK(j.fosterHomes().size() == 1);
    CHECK(j.child(late)->visitIntervalDays == 30);
    const auto again = j.caseload(QDate(2026, 11, 23));
    REQUIRE(again.size() == 2);
    CHECK(again[0].fosterHome->familyName == "Familjen Berglund-Ek");
    CHECK(again[0].child.name == "Noah Hägg");
}

// --- migrations --------------------------------------------------------------------

namespace {

// Writes rows the way schema `version` stored them, with raw SQL of that version.
void writeOldRows(store::Database &db, int version, const QString &signedId, const QString &draftId)
{
    QJsonObject concerned = completeVisit();
    QJsonObject checklist = concerned.value("checklist").toObject();
    checklist.insert("feels_safe", "no");
    checklist.insert("concern_text", "Barnet säger att hon är rädd för en kompis till bonusbror.");
    concerned.insert("checklist", checklist);
    // From schema 3 on, the app itself writes the concern column.
    const char *insert =
        version >= 3
            ? "INSERT INTO records(id, kind, status, author, device, hlc, created_at, updated_at,"
              " signed_at, revision, child_id, event_date, body, concern)"
              " VALUES (?1, 'child_visit', ?2, 'anna', 'dev', ?3, 1, 1, ?4, 1, ?5, '2026-11-20',"
              " ?6, ?4 IS NOT NULL)"
            : "INSERT INTO records(id, kind, status, author, device, hlc, created_at, updated_at,"
              " signed_at, revision, child_id, event_date, body)"
              " VALUES (?1, 'child_visit', ?2, 'anna', 'dev', ?3, 1, 1, ?4, 1, ?5, '2026-11-20',"
              " ?6)";
    db.prepare(insert)
        .bind(1, signedId)
        .bind(2, QString("signed"))
        .bind(3, QString("0001800000000000.000000"))
        .bind(4, qint64(2))
        .bind(5, ChildId)
        .bind(6, QString::fromUtf8(QJsonDocument(concerned).toJson(QJsonDocument::Compact)))
        .run();
    db.prepare(insert)
        .bind(1, draftId)
        .bind(2, QString("draft"))
        .bind(3, QString("0001800000000001.000000"))
        .bindNull(4)
        .bind(5, ChildId)
        .bind(6, QString::fromUtf8(QJsonDocument(completeVisit()).toJson(QJsonDocument::Compact)))
        .run();
    if (version >= 2) {
        db.prepare("INSERT INTO record_sync(record_id, state, updated_at) VALUES (?1, 'local', 1)")
            .bind(1, signedId)
            .run();
        db.prepare("INSERT INTO record_sync(record_id, state, updated_at) VALUES (?1, 'local', 1)")
            .bind(1, draftId)
            .run();
        db.prepare("INSERT INTO outbox(mutation_id, record_id, revision, created_at)"
                   " VALUES (?1, ?2, 1, 1)")
            .bind(1, makeUuidV7())
            .bind(2, signedId)
            .run();
    }
}

} // namespace

TEST_CASE("every earlier schema upgrades with its data intact", "[store][migrations]")
{
    for (int version = 1; version < store::CurrentSchemaVersion; ++version) {
        INFO("from schema " << version);
        TempUser u;
        QFile::remove(u.journalPath()); // start from a file made by the old schema
        KeyVault vault(UserPaths::of(u.path(), u.user).directory, u.user, u.device);
        auto key = vault.unlock(u.pin.toUtf8());
        const QString signedId = makeUuidV7(), draftId = makeUuidV7();
        {
            auto db = store::Database::open(u.journalPath(), key.dataKey);
            store::migrate(*db, version);
            REQUIRE(store::schemaVersion(*db) == version);
            writeOldRows(*db, version, signedId, draftId);
        }
        auto s = u.unlock();
        auto &j = s->journal();
        CHECK(j.schemaVersion() == store::CurrentSchemaVersion);
        auto signedRecord = j.record(signedId);
        REQUIRE(signedRecord);
        CHECK(signedRecord->status == store::RecordStatus::Signed);
        CHECK(signedRecord->facts.concern); // backfilled from the body by v3
        CHECK(signedRecord->body.value("checklist").toObject().value("feels_safe") == "no");
        CHECK(j.record(draftId)->body == completeVisit());
        CHECK(j.outboxSize() == 1); // the signed record is queued exactly once
        CHECK(storeErrorCode([&] { j.saveDraft(signedId, completeVisit()); }) ==
              JournalStoreError::Code::Forbidden);
        j.saveDraft(draftId, withObservations(completeVisit(), "efter uppgradering"));
        j.sign(draftId);
        CHECK(j.verify().ok());
    }
}

TEST_CASE("schema 5 repairs what the seven-digit clock left and sends its refusals again",
          "[store][migrations]")
{
    TempUser u;
    QFile::remove(u.journalPath());
    KeyVault vault(UserPaths::of(u.path(), u.user).directory, u.user, u.device);
    auto key = vault.unlock(u.pin.toUtf8());
    const QString poisoned = makeUuidV7(), refusedAlone = makeUuidV7();
    {
        auto db = store::Database::open(u.journalPath(), key.dataKey);
        store::migrate(*db, 4);
        const QByteArray body = QJsonDocument(completeVisit()).toJson(QJsonDocument::Compact);
        for (const auto &[id, hlc, reason] :
             {std::tuple{poisoned, QString("9999999999999999.1000042"), QString("invalid_value")},
              std::tuple{refusedAlone, QString("0001764000000000.000001"),
                         QString("forbidden: the child is not assigned to you")}}) {
            db->prepare("INSERT INTO records(id, kind, status, author, device, hlc, created_at,"
                        " updated_at, signed_at, revision, child_id, event_date, body)"
                        " VALUES (?1, 'child_visit', 'signed', 'anna', 'dev', ?2, 1, 1, 2, 1, ?3,"
                        " '2026-11-20', ?4)")
                .bind(1, id)
                .bind(2, hlc)
                .bind(3, ChildId)
                .bind(4, QString::fromUtf8(body))
                .run();
            db->prepare("INSERT INTO record_sync(record_id, state, reason, updated_at)"
                        " VALUES (?1, 'refused', ?2, 1)")
                .bind(1, id)
                .bind(2, reason)
                .run();
        }
    }
    auto s = u.unlock();
    auto &j = s->journal();
    const auto repaired = j.record(poisoned);
    REQUIRE(repaired);
    const auto stamp = HlcStamp::fromString(repaired->hlc);
    REQUIRE(stamp);
    CHECK(stamp->physicalMs <= QDateTime::currentMSecsSinceEpoch() + 60'000);
    CHECK(repaired->body == completeVisit()); // the signed content is untouched
    // The batch refusal goes out again; a refusal of the record itself stays for the user.
    CHECK(j.outboxSize() == 1);
    Outbox outbox(j);
    const auto batch = outbox.takeBatch(10, std::numeric_limits<qint64>::max());
    REQUIRE(batch.size() == 1);
    CHECK(batch.first().recordId == poisoned);
    CHECK(batch.first().record.value("hlc").toString() == repaired->hlc);
    CHECK(outbox.refusedRecords() == 1);
    CHECK(j.verify().ok());
}

TEST_CASE("a store from a newer app version is refused, not touched", "[store][migrations]")
{
    TempUser u;
    KeyVault vault(UserPaths::of(u.path(), u.user).directory, u.user, u.device);
    auto key = vault.unlock(u.pin.toUtf8());
    {
        auto db = store::Database::open(u.journalPath(), key.dataKey);
        db->exec("PRAGMA user_version = 99");
    }
    CHECK_THROWS_WITH(u.unlock(), Catch::Contains("newer version"));
}

TEST_CASE("verify reports the cipher and finds a signed record missing from the outbox",
          "[store][verify]")
{
    TempUser u;
    {
        auto s = u.unlock();
        const QString id = s->journal().createDraft(RecordKind::ChildVisit, completeVisit());
        s->journal().sign(id);
        const auto report = s->journal().verify();
        CHECK(report.ok());
        CHECK(report.cipherVersion.startsWith("3.4"));
        CHECK(report.signedRecords == 1);
    }
    KeyVault vault(UserPaths::of(u.path(), u.user).directory, u.user, u.device);
    auto key = vault.unlock(u.pin.toUtf8());
    {
        auto db = store::Database::open(u.journalPath(), key.dataKey);
        db->exec("DELETE FROM outbox");
        CHECK_THROWS_AS(db->exec("UPDATE records SET body = '{}'"), JournalStoreError);
        CHECK_THROWS_AS(db->exec("DELETE FROM records"), JournalStoreError);
        CHECK_THROWS_AS(db->exec("DELETE FROM audit_events"), JournalStoreError);
    }
    auto s = u.unlock();
    CHECK_FALSE(s->journal().verify().ok());
}

TEST_CASE("a process that holds keys writes no core dump", "[secrecy]")
{
    REQUIRE(hardenProcess());
    CHECK(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0);
    rlimit limit{};
    REQUIRE(::getrlimit(RLIMIT_CORE, &limit) == 0);
    CHECK(limit.rlim_cur == 0);
}
