// The supervisor's review and amendments on real encrypted stores, without a QML
// engine: the review queue (RecordListModel, teamOnly) shows only the team's signed
// records with the right filters and counts; RecordViewer signs off and returns
// records (signed Review records in the outbox), refuses a return without a comment
// and a wrong PIN without changing anything, stores amendments beside an unchanged
// original; and the author's tablet shows a pulled review that returns her visit.
#include "catchrunner.h"

#include <catch2/catch.hpp>

#include "reviewfixture.h"
#include "store/uuid.h"
#include "sync/engine/syncengine.h"
#include "ui/recordlistmodel.h"
#include "ui/review/recordsections.h"
#include "ui/review/recordviewer.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QSignalSpy>

using namespace homevisit;
using namespace homevisit::ui;
using homevisit::test::ReviewTablet;
using homevisit::test::waitFor;

namespace {

QString role(const QAbstractItemModel &m, int row, int r)
{
    return m.index(row, 0).data(r).toString();
}

// A model configured, then attached to the session: its reload has answered.
void attach(RecordListModel &m, ReviewTablet &tablet)
{
    m.setSession(tablet.session.get());
    tablet.settle();
}

struct Viewer
{
    RecordViewer viewer;
    QAbstractItemModelTester sections{viewer.sections(),
                                      QAbstractItemModelTester::FailureReportingMode::Fatal};
    QAbstractItemModelTester amendments{viewer.amendments(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal};
    QAbstractItemModelTester reviews{viewer.reviews(),
                                     QAbstractItemModelTester::FailureReportingMode::Fatal};

    Viewer(ReviewTablet &tablet, const QString &id)
    {
        viewer.setSession(tablet.session.get());
        viewer.setRecordId(id);
        REQUIRE(waitFor([&] { return viewer.ready(); }));
    }
};

// The first unreviewed team record in the queue.
QString unreviewedRecord(ReviewTablet &tablet, int skip = 0)
{
    RecordListModel m;
    m.setTeamOnly(true);
    m.setFilter(RecordListModel::Filter::Unreviewed);
    attach(m, tablet);
    REQUIRE(m.rowCount() > skip);
    return role(m, skip, RecordListModel::RecordIdRole);
}

} // namespace

TEST_CASE("The review queue shows only the team's signed records of others", "[queue]")
{
    ReviewTablet tablet(ReviewTablet::Role::Supervisor);
    REQUIRE(tablet.session->role() == SessionController::Role::Supervisor);
    REQUIRE(tablet.team.records == 24);
    REQUIRE(tablet.team.returned == 1);
    REQUIRE(tablet.team.signedOff > 0);
    REQUIRE(tablet.team.concerns > 0);

    RecordListModel queue;
    QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::Fatal);
    queue.setTeamOnly(true);
    attach(queue, tablet);

    // Her own signed visit is not in it; every row is signed and someone else's.
    CHECK(queue.rowCount() == tablet.team.records);
    QString previous = QStringLiteral("9999");
    for (int row = 0; row < queue.rowCount(); ++row) {
        CHECK(role(queue, row, RecordListModel::AuthorRole) != u"anna");
        CHECK(queue.index(row).data(RecordListModel::SignedRole).toBool());
        CHECK(role(queue, row, RecordListModel::RecordIdRole) != tablet.ownVisit);
        const QString date = role(queue, row, RecordListModel::EventDateRole);
        CHECK(date <= previous); // newest first
        previous = date;
    }

    // Counts for the filter bar, whatever the filter is.
    CHECK(queue.allCount() == tablet.team.records);
    CHECK(queue.returnedCount() == 1);
    CHECK(queue.concernCount() == tablet.team.concerns);
    CHECK(queue.unreviewedCount() ==
          tablet.team.records - tablet.team.signedOff - tablet.team.returned);

    SECTION("each filter shows what it says and as many rows as its count")
    {
        using F = RecordListModel::Filter;
        for (const F filter : {F::Unreviewed, F::Concern, F::Returned, F::All}) {
            queue.setFilter(filter);
            const int expected = filter == F::Unreviewed ? queue.unreviewedCount()
                                 : filter == F::Concern  ? queue.concernCount()
                                 : filter == F::Returned ? queue.returnedCount()
                                                         : queue.allCount();
            tablet.settle();
            REQUIRE(queue.rowCount() == expected);
            for (int row = 0; row < queue.rowCount(); ++row) {
                const QString review = role(queue, row, RecordListModel::ReviewRole);
                if (filter == F::Unreviewed)
                    CHECK((review != u"signed_off" && review != u"returned"));
                if (filter == F::Concern)
                    CHECK(queue.index(row).data(RecordListModel::ConcernRole).toBool());
                if (filter == F::Returned) {
                    CHECK(review == u"returned");
                    CHECK_FALSE(role(queue, row, RecordListModel::ReviewCommentRole).isEmpty());
                }
            }
        }
    }

    SECTION("without teamOnly the same store lists her own record too")
    {
        RecordListModel all;
        attach(all, tablet);
        CHECK(all.allCount() == tablet.team.records + 1);
    }
}

TEST_CASE("Sign-off and return create signed reviews in the outbox", "[review]")
{
    ReviewTablet tablet(ReviewTablet::Role::Supervisor);
    const QString first = unreviewedRecord(tablet);
    const QString second = unreviewedRecord(tablet, 1);
    Viewer v(tablet, first);
    RecordViewer &viewer = v.viewer;
    CHECK(viewer.canReview());
    CHECK_FALSE(viewer.canAmend());
    CHECK_FALSE(viewer.isOwn());
    CHECK(viewer.reviewState().isEmpty());
    CHECK(viewer.sections()->rowCount() > 5);
    QSignalSpy finished(&viewer, &RecordViewer::reviewFinished);

    const int reviewsBefore = int(tablet.records(domain::RecordKind::Review).size());
    const int outboxBefore = tablet.outboxSize();
    const auto unchanged = [&] {
        CHECK(tablet.records(domain::RecordKind::Review).size() == reviewsBefore);
        CHECK(tablet.outboxSize() == outboxBefore);
        CHECK(viewer.reviewState().isEmpty());
    };

    SECTION("a return without a comment is refused before the PIN and changes nothing")
    {
        viewer.returnForCompletion(QStringLiteral("   "), tablet.user.pin);
        REQUIRE(finished.size() == 1);
        CHECK_FALSE(finished.at(0).at(0).toBool());
        CHECK(viewer.message() == "Write what needs to be completed before returning the record.");
        CHECK_FALSE(viewer.busy());
        unchanged();
    }

    SECTION("a wrong PIN changes nothing")
    {
        viewer.returnForCompletion(QStringLiteral("Komplettera"), QStringLiteral("000000"));
        REQUIRE(waitFor([&] { return finished.size() == 1; }));
        CHECK_FALSE(finished.at(0).at(0).toBool());
        CHECK_FALSE(viewer.message().isEmpty());
        CHECK_FALSE(viewer.message().contains(tablet.user.pin));
        unchanged();
        viewer.signOff({}, QStringLiteral("000000"));
        REQUIRE(waitFor([&] { return finished.size() == 2; }));
        unchanged();
    }

    SECTION("return, then sign off another: signed reviews, pushed as such")
    {
        const QString comment = QStringLiteral("Barnets egna ord om skolan saknas.");
        viewer.returnForCompletion(comment, tablet.user.pin);
        REQUIRE(waitFor([&] { return finished.size() == 1; }));
        CHECK(finished.at(0).at(0).toBool());
        CHECK(viewer.message().isEmpty());
        REQUIRE(waitFor([&] { return viewer.reviewState() == u"returned"; }));
        CHECK(viewer.reviewComment() == comment);
        // By her display name (the demo supervisor's), not her user name "anna".
        CHECK(viewer.reviewedBy() == u"Maria Ekholm (demo)");
        CHECK(viewer.reviews()->rowCount() == 1);

        Viewer other(tablet, second);
        QSignalSpy otherFinished(&other.viewer, &RecordViewer::reviewFinished);
        other.viewer.signOff({}, tablet.user.pin);
        REQUIRE(waitFor([&] { return otherFinished.size() == 1; }));
        CHECK(otherFinished.at(0).at(0).toBool());
        REQUIRE(waitFor([&] { return other.viewer.reviewState() == u"signed_off"; }));

        // Two new signed reviews, each once in the outbox as a signed record.
        QList<store::StoredRecord> reviews = tablet.records(domain::RecordKind::Review);
        REQUIRE(reviews.size() == reviewsBefore + 2);
        QHash<QString, QJsonObject> pushed;
        for (const store::PendingMutation &m : tablet.takeOutbox())
            pushed.insert(m.recordId, m.record);
        for (const store::StoredRecord &r : reviews.mid(reviewsBefore)) {
            CHECK(r.status == store::RecordStatus::Signed);
            CHECK(r.author == u"anna");
            REQUIRE(pushed.contains(r.id));
            const QJsonObject wire = pushed.value(r.id);
            CHECK(wire.value("kind").toString() == u"review");
            CHECK(wire.value("status").toString() == u"signed");
            const QJsonObject body = wire.value("body").toObject();
            if (body.value("refers_to").toString() == first) {
                CHECK(body.value("decision").toString() == u"returned");
                CHECK(body.value("comment").toString() == comment);
            } else {
                CHECK(body.value("refers_to").toString() == second);
                CHECK(body.value("decision").toString() == u"signed_off");
            }
        }

        // The queue follows: one more returned, two fewer unreviewed.
        RecordListModel queue;
        queue.setTeamOnly(true);
        attach(queue, tablet);
        CHECK(queue.returnedCount() == tablet.team.returned + 1);
        CHECK(queue.unreviewedCount() ==
              tablet.team.records - tablet.team.signedOff - tablet.team.returned - 2);
    }
}

TEST_CASE("A supervisor cannot review her own record", "[review]")
{
    ReviewTablet tablet(ReviewTablet::Role::Supervisor);
    Viewer v(tablet, tablet.ownVisit);
    CHECK(v.viewer.isOwn());
    CHECK_FALSE(v.viewer.canReview());
    QSignalSpy finished(&v.viewer, &RecordViewer::reviewFinished);
    const int before = tablet.outboxSize();
    v.viewer.signOff({}, tablet.user.pin);
    REQUIRE(finished.size() == 1);
    CHECK_FALSE(finished.at(0).at(0).toBool());
    CHECK(v.viewer.message() == "You cannot review your own record.");
    CHECK(tablet.outboxSize() == before);
    CHECK(tablet.records(domain::RecordKind::Review).size() == tablet.team.signedOff + 1);
}

TEST_CASE("An amendment is stored beside the unchanged original", "[amend]")
{
    ReviewTablet tablet(ReviewTablet::Role::Caseworker);
    REQUIRE_FALSE(tablet.ownVisit.isEmpty());
    const store::StoredRecord original = *tablet.stored(tablet.ownVisit);
    Viewer v(tablet, tablet.ownVisit);
    RecordViewer &viewer = v.viewer;
    CHECK(viewer.canAmend());
    CHECK_FALSE(viewer.canReview()); // a caseworker reviews nothing
    const QList<RecordSection> sectionsBefore = viewer.sections()->sections();
    QSignalSpy finished(&viewer, &RecordViewer::amendFinished);

    // An empty correction is refused with a sentence, before the PIN.
    viewer.amend(QStringLiteral("  "), QStringLiteral("Fel datum"), tablet.user.pin);
    REQUIRE(finished.size() == 1);
    CHECK_FALSE(finished.at(0).at(0).toBool());
    CHECK(viewer.message() == "Write the correction before saving it.");
    // A wrong PIN stores nothing either.
    viewer.amend(QStringLiteral("Rätt datum är 3 maj."), {}, QStringLiteral("000000"));
    REQUIRE(waitFor([&] { return finished.size() == 2; }));
    CHECK_FALSE(finished.at(1).at(0).toBool());
    CHECK(tablet.records(domain::RecordKind::Amendment).isEmpty());

    const QString text = QStringLiteral("Besöket ägde rum i skolan, inte i familjehemmet.");
    const QString reason = QStringLiteral("Fel plats angavs.");
    viewer.amend(text, reason, tablet.user.pin);
    REQUIRE(waitFor([&] { return finished.size() == 3; }));
    CHECK(finished.at(2).at(0).toBool());
    REQUIRE(waitFor([&] { return viewer.amendments()->rowCount() == 1; }));

    const QModelIndex shown = viewer.amendments()->index(0);
    CHECK(shown.data(RecordSectionsModel::ValueRole).toString() == text);
    CHECK(shown.data(RecordSectionsModel::DetailRole).toString() == reason);
    CHECK(shown.data(RecordSectionsModel::AuthorRole).toString() == u"anna");
    CHECK_FALSE(shown.data(RecordSectionsModel::DateRole).toString().isEmpty());

    const QList<store::StoredRecord> amendments = tablet.records(domain::RecordKind::Amendment);
    REQUIRE(amendments.size() == 1);
    CHECK(amendments[0].status == store::RecordStatus::Signed);
    CHECK(amendments[0].facts.refersTo == tablet.ownVisit);
    CHECK(amendments[0].body.value("text").toString() == text);
    // The original is untouched and reads the same beside its amendment.
    const store::StoredRecord after = *tablet.stored(tablet.ownVisit);
    CHECK(after.body == original.body);
    CHECK(after.signedAt == original.signedAt);
    CHECK(after.hlc == original.hlc);
    CHECK(viewer.sections()->sections() == sectionsBefore);
}

TEST_CASE("The author sees a pulled review that returns her visit", "[author]")
{
    ReviewTablet tablet(ReviewTablet::Role::Caseworker);
    RecordListModel returned;
    QAbstractItemModelTester tester(&returned,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    returned.setFilter(RecordListModel::Filter::Returned);
    attach(returned, tablet);
    CHECK(returned.returnedCount() == 0);
    CHECK(returned.rowCount() == 0);

    const QString comment =
        QStringLiteral("Skälet till att du inte talade med barnet ensamt saknas.");
    tablet.pullReview(tablet.ownVisit, QStringLiteral("returned"), comment);
    returned.reload(); // what the sync service's journalChanged does after a pull
    REQUIRE(waitFor([&] { return returned.rowCount() == 1; }));
    CHECK(returned.returnedCount() == 1);
    CHECK(role(returned, 0, RecordListModel::RecordIdRole) == tablet.ownVisit);
    CHECK(role(returned, 0, RecordListModel::ReviewRole) == u"returned");
    CHECK(role(returned, 0, RecordListModel::ReviewCommentRole) == comment);

    Viewer v(tablet, tablet.ownVisit);
    CHECK(v.viewer.reviewState() == u"returned");
    CHECK(v.viewer.reviewStateLabel() == u"Returned for completion");
    CHECK(v.viewer.reviewComment() == comment);
    CHECK(v.viewer.reviewedBy() == u"maria");
    CHECK(v.viewer.canAmend()); // she completes it with an amendment

    // A later sign-off after her completion is the state now.
    tablet.pullReview(tablet.ownVisit, QStringLiteral("signed_off"), {}, 9002);
    v.viewer.reload();
    REQUIRE(waitFor([&] { return v.viewer.reviewState() == u"signed_off"; }));
    returned.reload();
    REQUIRE(waitFor([&] { return returned.rowCount() == 0; }));
}

// A signed child visit by another tablet, as a pull carries it, signed with `keys` over
// `signedBody`; `body` is what arrives (differs from signedBody for a forgery).
QJsonObject pulledVisit(const QString &id, const QJsonObject &signedBody, const QJsonObject &body,
                        const domain::signature::KeyPair &keys, bool withSignature = true)
{
    const QString at = QStringLiteral("2026-11-21T08:00:00.000Z");
    const QString device = QStringLiteral("5e0c0000-0000-4000-8000-000000000001");
    QJsonObject data{
        {"id", id},
        {"kind", "child_visit"},
        {"status", "signed"},
        {"author", "bertil"},
        {"device_id", device},
        {"hlc", QStringLiteral("%1.000000")
                    .arg(QDateTime::currentMSecsSinceEpoch(), 16, 10, QLatin1Char('0'))},
        {"revision", 1},
        {"created_at", at},
        {"signed_at", at},
        {"received_at", at},
        {"body", body}};
    const QDateTime time = QDateTime::fromString(at, Qt::ISODateWithMs);
    if (withSignature) {
        data.insert("signature", domain::signature::sign({id, "child_visit", 1, "bertil", device,
                                                          time, time, signedBody},
                                                         keys.secretKey));
        data.insert("signing_key", QString::fromLatin1(keys.publicKey.toBase64()));
    }
    return data;
}

TEST_CASE("The record view and lists say who signed and whether the signature holds", "[signature]")
{
    ReviewTablet tablet(ReviewTablet::Role::Caseworker);
    const store::StoredRecord own = *tablet.stored(tablet.ownVisit);
    {
        Viewer v(tablet, tablet.ownVisit);
        CHECK(v.viewer.signatureState() == u"valid");
        CHECK(v.viewer.isGenuine());
        CHECK(v.viewer.signatureText() == u"Signed by anna on this tablet – the signature holds");
    }

    // Another tablet's genuine record, a forged one (its body changed after signing) and
    // one signed before signatures existed.
    const auto keys = domain::signature::generate();
    QJsonObject changed = own.body;
    changed.insert("observations", QStringLiteral("Ändrat i efterhand av någon annan."));
    const QString genuine = makeUuidV7(), forged = makeUuidV7(), legacy = makeUuidV7();
    tablet.onJournal<bool>([&](store::JournalStore &j) {
        j.applyPulled({{store::PulledChange::Type::Record, 9101, false,
                        pulledVisit(genuine, own.body, own.body, keys)},
                       {store::PulledChange::Type::Record, 9102, false,
                        pulledVisit(forged, own.body, changed, keys)},
                       {store::PulledChange::Type::Record, 9103, false,
                        pulledVisit(legacy, own.body, own.body, keys, false)}},
                      QStringLiteral("cursor-9103"));
        return true;
    });
    {
        Viewer v(tablet, genuine);
        CHECK(v.viewer.isGenuine());
        CHECK(v.viewer.signatureText() ==
              u"Signed by bertil on tablet 5e0c… – the signature holds");
    }
    {
        Viewer v(tablet, forged);
        CHECK(v.viewer.signatureState() == u"invalid");
        CHECK_FALSE(v.viewer.isGenuine());
        CHECK(v.viewer.signatureText() ==
              u"The signature does not hold – the record is not shown as genuine");
    }
    {
        Viewer v(tablet, legacy);
        CHECK(v.viewer.signatureState() == u"legacy");
        CHECK_FALSE(v.viewer.isGenuine());
        CHECK(v.viewer.signatureText() == u"Signed before signatures existed");
    }

    // The child's list marks the forgery, and only it.
    RecordListModel list;
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::Fatal);
    list.setChildId(own.facts.childId);
    attach(list, tablet);
    QHash<QString, int> rows;
    for (int row = 0; row < list.rowCount(); ++row)
        rows.insert(role(list, row, RecordListModel::RecordIdRole), row);
    REQUIRE(rows.contains(forged));
    CHECK(role(list, rows[forged], RecordListModel::SignatureStateRole) == u"invalid");
    CHECK(role(list, rows[forged], RecordListModel::SignatureWarningRole) ==
          u"The signature does not hold – not genuine");
    for (const QString &id : {genuine, legacy, tablet.ownVisit}) {
        REQUIRE(rows.contains(id));
        CHECK(role(list, rows[id], RecordListModel::SignatureWarningRole).isEmpty());
    }
    CHECK(role(list, rows[genuine], RecordListModel::SignatureStateRole) == u"valid");
}

TEST_CASE("The demo team's records are signed by their tablets", "[signature][demo]")
{
    ReviewTablet tablet(ReviewTablet::Role::Supervisor);
    Viewer v(tablet, unreviewedRecord(tablet));
    CHECK(v.viewer.signatureState() == u"valid");
    // Signed by the author's display name, as the gateway sent it with the record.
    CHECK(v.viewer.authorName() == demoTeamDisplayName(v.viewer.author()));
    CHECK_FALSE(v.viewer.authorName().isEmpty());
    CHECK(v.viewer.signatureText().startsWith(
        QStringLiteral("Signed by %1 on tablet ").arg(v.viewer.authorName())));
}

TEST_CASE("The review queue names the child and the author", "[queue][names]")
{
    ReviewTablet tablet(ReviewTablet::Role::Supervisor);
    RecordListModel queue;
    QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::Fatal);
    queue.setTeamOnly(true);
    attach(queue, tablet);
    REQUIRE(queue.rowCount() == tablet.team.records);

    // The newest: a visit with a child her tablet holds no row of, by anna.lind.
    CHECK(role(queue, 0, RecordListModel::KindRole) == u"child_visit");
    CHECK(role(queue, 0, RecordListModel::SubjectRole) == u"Noah Hägg Karlsson");
    CHECK(role(queue, 0, RecordListModel::AuthorRole) == u"anna.lind");
    CHECK(role(queue, 0, RecordListModel::AuthorNameRole) == u"Anna Lind");
    bool sawSession = false;
    for (int row = 0; row < queue.rowCount(); ++row) {
        const QString author = role(queue, row, RecordListModel::AuthorRole);
        CHECK(role(queue, row, RecordListModel::AuthorNameRole) == demoTeamDisplayName(author));
        CHECK_FALSE(role(queue, row, RecordListModel::SubjectRole).isEmpty());
        if (role(queue, row, RecordListModel::KindRole) == u"supervision_session") {
            sawSession = true;
            CHECK(role(queue, row, RecordListModel::SubjectRole).startsWith(u"Familjen "));
            CHECK(role(queue, row, RecordListModel::AuthorNameRole) == u"Lena Sund");
        }
    }
    CHECK(sawSession);

    // The record view says the same, and her own reviews carry her own display name.
    {
        Viewer v(tablet, role(queue, 0, RecordListModel::RecordIdRole));
        CHECK(v.viewer.subject() == u"Noah Hägg Karlsson");
        CHECK(v.viewer.author() == u"anna.lind");
        CHECK(v.viewer.authorName() == u"Anna Lind");
    }
    queue.setFilter(RecordListModel::Filter::Returned);
    tablet.settle();
    REQUIRE(queue.rowCount() == 1);
    Viewer returned(tablet, role(queue, 0, RecordListModel::RecordIdRole));
    CHECK(returned.viewer.reviewedBy() == u"Maria Ekholm (demo)");
    REQUIRE(returned.viewer.reviews()->rowCount() == 1);
    CHECK(returned.viewer.reviews()->index(0).data(RecordSectionsModel::AuthorRole).toString() ==
          u"Maria Ekholm (demo)");
}

TEST_CASE("Her own rows name the child before the gateway does; no name falls back to the user",
          "[names]")
{
    // The store's name for the display-name setting is the one enrollment writes.
    CHECK(store::DisplayNameSetting == sync::settingKey::DisplayName);

    ReviewTablet tablet(ReviewTablet::Role::Caseworker);
    const store::StoredRecord own = *tablet.stored(tablet.ownVisit);
    const QString childName = tablet.onJournal<QString>(
        [&](store::JournalStore &j) { return j.child(own.facts.childId)->name; });
    REQUIRE_FALSE(childName.isEmpty());

    // A colleague's visit about her child, named differently by the gateway.
    const QString at = QStringLiteral("2026-11-21T08:00:00.000Z");
    const QString colleague = makeUuidV7();
    const QJsonObject data{
        {"id", colleague},
        {"kind", "child_visit"},
        {"status", "signed"},
        {"author", "bertil"},
        {"device_id", "5e0c0000-0000-4000-8000-000000000002"},
        {"hlc", QStringLiteral("%1.000000")
                    .arg(QDateTime::currentMSecsSinceEpoch(), 16, 10, QLatin1Char('0'))},
        {"revision", 1},
        {"created_at", at},
        {"signed_at", at},
        {"received_at", at},
        {"body", own.body},
        {"author_name", "Bertil Ek"},
        {"subject_name", "Ett annat namn"}};
    tablet.onJournal<bool>([&](store::JournalStore &j) {
        j.applyPulled({{store::PulledChange::Type::Record, 9201, false, data}},
                      QStringLiteral("cursor-9201"));
        return true;
    });

    RecordListModel list;
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::Fatal);
    attach(list, tablet);
    QHash<QString, int> rows;
    for (int row = 0; row < list.rowCount(); ++row)
        rows.insert(role(list, row, RecordListModel::RecordIdRole), row);
    REQUIRE(rows.contains(colleague));
    REQUIRE(rows.contains(tablet.ownVisit));
    CHECK(role(list, rows[colleague], RecordListModel::SubjectRole) == childName);
    CHECK(role(list, rows[colleague], RecordListModel::AuthorNameRole) == u"Bertil Ek");
    // This tablet knows no display name for her (the fixture never enrolled): her user name.
    CHECK(role(list, rows[tablet.ownVisit], RecordListModel::AuthorNameRole) == u"anna");
    {
        Viewer v(tablet, colleague);
        CHECK(v.viewer.subject() == childName);
        CHECK(v.viewer.authorName() == u"Bertil Ek");
    }

    // Once enrollment has told her name, her records carry it.
    tablet.onJournal<bool>([](store::JournalStore &j) {
        j.setSetting(store::DisplayNameSetting, QStringLiteral("Anna Lind"));
        return true;
    });
    list.reload();
    tablet.settle();
    CHECK(role(list, rows[tablet.ownVisit], RecordListModel::AuthorNameRole) == u"Anna Lind");
    Viewer mine(tablet, tablet.ownVisit);
    CHECK(mine.viewer.authorName() == u"Anna Lind");
    CHECK(mine.viewer.signatureText() ==
          u"Signed by Anna Lind on this tablet – the signature holds");
}

TEST_CASE("Sections are built from the domain types", "[sections]")
{
    const QString child = QStringLiteral("0190d000-0000-7000-8e00-000000000001");
    const QDateTime start(QDate(2025, 3, 4), QTime(9, 0));
    // Variant 1: the child declined to talk alone.
    const QList<RecordSection> visit = childVisitSections(
        domain::exampleChildVisitVariant(child, start, 1), domain::DomainSettings{});
    auto find = [](const QList<RecordSection> &sections, const QString &label) {
        for (const RecordSection &s : sections)
            if (s.label == label)
                return s;
        return RecordSection{};
    };
    const RecordSection alone = find(visit, "2. Conversation with the child alone");
    CHECK(alone.kind == u"answer");
    CHECK(alone.value == u"No");
    CHECK(alone.detail.startsWith(u"The child declined"));
    CHECK(find(visit, "The child's views").kind == u"heading");
    CHECK(find(visit, "Time").value.startsWith(u"2025-03-04 09:00"));

    // Variant 3: a concern.
    const QList<RecordSection> worried = childVisitSections(
        domain::exampleChildVisitVariant(child, start, 3), domain::DomainSettings{});
    CHECK(find(worried, "4. The child was asked whether they feel safe").kind == u"warning");

    const QList<RecordSection> session = supervisionSections(domain::exampleSupervisionSession(
        QStringLiteral("0190d000-0000-7000-8a00-000000000001"), QDate(2025, 3, 4)));
    CHECK_FALSE(find(session, "Forms of support").value.isEmpty());
    CHECK(find(session, "The family's rating of the support").detail.contains(u"of 10"));
}

TEST_CASE("seedDemoTeam seeds 2000 team records quickly", "[demo]")
{
    test::TempUser user;
    auto s = user.unlock();
    QElapsedTimer timer;
    timer.start();
    const DemoTeamSummary summary = seedDemoTeam(s->journal(), QDate::currentDate(), 2000);
    const qint64 ms = timer.elapsed();
    WARN("seedDemoTeam(2000): " << ms << " ms");
    CHECK(summary.records == 2000);
    CHECK(summary.returned == 1);
    const QList<RecordRow> rows = RecordListModel::foldRows(s->journal().records(std::nullopt, {}),
                                                            {}, {}, s->journal().identity().user);
    CHECK(rows.size() == 2000);
    const FilterCounts counts = RecordListModel::countsOf(rows);
    CHECK(counts.returned == 1);
    CHECK(counts.unreviewed == 2000 - summary.signedOff - summary.returned);
    CHECK(ms < 20'000);
}

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    return homevisit::test::runCatch(argc, argv);
}
