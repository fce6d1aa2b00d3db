// The example records: complete, Swedish, and signable with the default settings.
#include "testsupport.h"

#include "domain/childvisit.h"
#include "domain/examples.h"
#include "domain/supervisionsession.h"

#include <QSet>

using namespace homevisit::domain;
using namespace testsupport;

namespace {

const QDateTime visitStart(QDate(2026, 11, 20), QTime(14, 0), Qt::OffsetFromUTC, 3600);

} // namespace

TEST_CASE("the example child visit can be signed", "[examples]")
{
    const QJsonObject visit = exampleChildVisit(childId, visitStart);
    CHECK(visitShape(visit).isEmpty());
    CHECK(visitSigning(visit).isEmpty());

    const RecordFacts facts = factsOf(RecordKind::ChildVisit, visit);
    CHECK(facts.childId == childId);
    CHECK(facts.eventDate == QDate(2026, 11, 20));
    CHECK_FALSE(facts.concern);

    CHECK(visit["started_at"] == "2026-11-20T14:00:00+01:00");
    CHECK(visit["checklist"].toObject()["spoken_alone"] == true);
    const QJsonObject views = visit["views"].toObject();
    for (const QString &topic : DomainSettings::defaultViewTopics())
        CHECK(views[topic].toObject()["status"] == "discussed");
    CHECK(views["contact_with_family"].toObject()["child_words"].toString().contains(u"Elias"));
    CHECK(views["leisure_and_friends"].toObject()["child_words"].toString().contains(u"fotboll"));
    CHECK(visit["observations"].toString().contains(u"9 år"));
}

TEST_CASE("examples are in canonical form", "[examples]")
{
    const QJsonObject visit = exampleChildVisit(childId, visitStart);
    CHECK(ChildVisit::fromJson(visit).toJson() == visit);
    const QJsonObject session = exampleSupervisionSession(fosterHomeId, QDate(2026, 11, 20));
    CHECK(SupervisionSession::fromJson(session).toJson() == session);
}

TEST_CASE("variants are varied and all signable", "[examples]")
{
    QSet<QString> reasons;
    bool concern = false;
    bool otherMethod = false;
    for (int seed = -7; seed < 21; ++seed) {
        INFO(seed);
        const QJsonObject visit = exampleChildVisitVariant(childId, visitStart.addDays(seed), seed);
        CHECK(visitSigning(visit).isEmpty());
        const ChildVisit typed = ChildVisit::fromJson(visit);
        CHECK(typed.childId == childId);
        if (typed.checklist.notAloneReason)
            reasons.insert(wireName(*typed.checklist.notAloneReason));
        concern = concern || factsOf(RecordKind::ChildVisit, visit).concern;
        otherMethod = otherMethod || typed.checklist.methods.contains(ParticipationMethod::Other);
    }
    CHECK(reasons == QSet<QString>{"child_declined", "too_young", "not_appropriate",
                                   "practical_obstacle", "interpreter_missing"});
    CHECK(concern);
    CHECK(otherMethod);
    CHECK(exampleChildVisitVariant(childId, visitStart, 0) ==
          exampleChildVisit(childId, visitStart));
    CHECK(exampleChildVisitVariant(childId, visitStart, 3) !=
          exampleChildVisitVariant(childId, visitStart, 4));
}

TEST_CASE("the example supervision session can be signed", "[examples]")
{
    const QDate date(2026, 7, 14);
    const QJsonObject session = exampleSupervisionSession(fosterHomeId, date);
    CHECK(checkShape(RecordKind::SupervisionSession, session).isEmpty());
    CHECK(signing(RecordKind::SupervisionSession, session).isEmpty());
    const RecordFacts facts = factsOf(RecordKind::SupervisionSession, session);
    CHECK(facts.fosterHomeId == fosterHomeId);
    CHECK(facts.eventDate == date);
    CHECK(session["family_rating"].toObject()["score"] == 8);
    // Swedish summer and winter time.
    CHECK(session["started_at"] == "2026-07-14T13:00:00+02:00");
    CHECK(exampleSupervisionSession(fosterHomeId, QDate(2026, 1, 14))["started_at"] ==
          "2026-01-14T13:00:00+01:00");
    CHECK(exampleSupervisionSession(fosterHomeId, QDate(2026, 3, 29))["started_at"] ==
          "2026-03-29T13:00:00+02:00");
    CHECK(exampleSupervisionSession(fosterHomeId, QDate(2026, 10, 25))["started_at"] ==
          "2026-10-25T13:00:00+01:00");
}
