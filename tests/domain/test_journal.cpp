// The signing rules of supervision sessions, amendments and reviews.
#include "testsupport.h"

#include "domain/amendment.h"
#include "domain/review.h"
#include "domain/supervisionsession.h"

using namespace homevisit::domain;
using namespace testsupport;

namespace {

Violations sessionSigning(const QJsonObject &body)
{
    return signing(RecordKind::SupervisionSession, body);
}

QJsonObject minimalAmendment()
{
    return {{"refers_to", recordId}, {"text", "Besöket skedde i skolan, inte i hemmet."}};
}

QJsonObject minimalReview(const char *decision)
{
    return {{"refers_to", recordId}, {"decision", decision}};
}

} // namespace

TEST_CASE("a minimal session can be signed", "[session]")
{
    CHECK(sessionSigning(minimalSession()).isEmpty());
    CHECK(sessionSigning({}) == expected({{"foster_home_id", "required"},
                                          {"date", "required"},
                                          {"participants", "required"},
                                          {"support_forms", "required"}}));
}

TEST_CASE("a session names its foster home and date", "[session]")
{
    CHECK(sessionSigning(without(minimalSession(), "foster_home_id")) ==
          expected({{"foster_home_id", "required"}}));
    CHECK(sessionSigning(with(minimalSession(), "date", QJsonValue::Null)) ==
          expected({{"date", "required"}}));
}

TEST_CASE("a session has participants and a form of support", "[session]")
{
    CHECK(sessionSigning(with(minimalSession(), "participants", QJsonArray{})) ==
          expected({{"participants", "required"}}));
    CHECK(sessionSigning(with(minimalSession(), "participants", QJsonArray{" ", ""})) ==
          expected({{"participants", "required"}}));
    CHECK(sessionSigning(with(minimalSession(), "participants", QJsonArray{"", "Anna"})).isEmpty());
    CHECK(sessionSigning(with(minimalSession(), "support_forms", QJsonArray{})) ==
          expected({{"support_forms", "required"}}));
    CHECK(sessionSigning(without(minimalSession(), "support_forms")) ==
          expected({{"support_forms", "required"}}));
}

TEST_CASE("a session does not end before it starts", "[session]")
{
    const QJsonObject started = with(minimalSession(), "started_at", "2026-11-20T13:00:00+01:00");
    CHECK(sessionSigning(with(started, "ended_at", "2026-11-20T14:30:00+01:00")).isEmpty());
    CHECK(sessionSigning(with(started, "ended_at", "2026-11-20T12:30:00+01:00")) ==
          expected({{"ended_at", "ends_before_start"}}));
    CHECK(
        sessionSigning(with(minimalSession(), "ended_at", "2026-11-20T12:30:00+01:00")).isEmpty());
}

TEST_CASE("the family's rating is optional", "[session]")
{
    CHECK(sessionSigning(with(minimalSession(), "family_rating", QJsonValue::Null)).isEmpty());
    CHECK(sessionSigning(with(minimalSession(), "family_rating",
                              QJsonObject{{"score", 10}, {"comment", "Mycket bra."}}))
              .isEmpty());
}

TEST_CASE("SupervisionSession reads and writes the whole body", "[session]")
{
    QJsonObject body = minimalSession();
    body["started_at"] = "2026-11-20T13:00:00+01:00";
    body["ended_at"] = "2026-11-20T14:30:00+01:00";
    body["support_forms"] = QJsonArray{"meeting",
                                       "home_visit",
                                       "phone",
                                       "training",
                                       "supervision",
                                       "contact_with_parents_support",
                                       "other_foster_homes",
                                       "other_professionals"};
    body["themes"] = "Gränssättning";
    body["family_needs"] = "Avlastning";
    body["agreed_actions"] = "Utbildning";
    body["next_session"] = "2026-12-18";
    body["family_rating"] = QJsonObject{{"score", 7}, {"comment", "Bra"}};

    const SupervisionSession session = SupervisionSession::fromJson(body);
    CHECK(session.supportForms.size() == 8);
    CHECK(session.supportForms.value(5) == SupportForm::ContactWithParentsSupport);
    CHECK(session.familyRating == FamilyRating{7, QStringLiteral("Bra")});
    CHECK(session.toJson() == body);
    CHECK(SupervisionSession{}.toJson().isEmpty());
}

TEST_CASE("an amendment refers to a record and says something", "[amendment]")
{
    CHECK(signing(RecordKind::Amendment, minimalAmendment()).isEmpty());
    CHECK(signing(RecordKind::Amendment, with(minimalAmendment(), "reason", "Felskrivning"))
              .isEmpty());
    CHECK(signing(RecordKind::Amendment, without(minimalAmendment(), "refers_to")) ==
          expected({{"refers_to", "required"}}));
    CHECK(signing(RecordKind::Amendment, without(minimalAmendment(), "text")) ==
          expected({{"text", "required"}}));
    CHECK(signing(RecordKind::Amendment, with(minimalAmendment(), "text", "  \n")) ==
          expected({{"text", "required"}}));

    const Amendment amendment = Amendment::fromJson(with(minimalAmendment(), "reason", "Fel"));
    CHECK(amendment.reason == "Fel");
    CHECK(amendment.toJson() == with(minimalAmendment(), "reason", "Fel"));
}

TEST_CASE("a review has a decision, and a return or comment says why", "[review]")
{
    CHECK(signing(RecordKind::Review, minimalReview("signed_off")).isEmpty());
    CHECK(signing(RecordKind::Review, {}) ==
          expected({{"refers_to", "required"}, {"decision", "required"}}));
    CHECK(signing(RecordKind::Review, without(minimalReview("signed_off"), "decision")) ==
          expected({{"decision", "required"}}));
    for (const char *decision : {"returned", "comment"}) {
        INFO(decision);
        const auto missing = expected({{"comment", "comment_required"}});
        CHECK(signing(RecordKind::Review, minimalReview(decision)) == missing);
        CHECK(signing(RecordKind::Review, with(minimalReview(decision), "comment", " ")) ==
              missing);
        CHECK(signing(RecordKind::Review,
                      with(minimalReview(decision), "comment", "Skäl saknas för beslutet."))
                  .isEmpty());
    }

    const Review review =
        Review::fromJson(with(minimalReview("returned"), "comment", "Komplettera."));
    CHECK(review.decision == ReviewDecision::Returned);
    CHECK(review.toJson() == with(minimalReview("returned"), "comment", "Komplettera."));
}
