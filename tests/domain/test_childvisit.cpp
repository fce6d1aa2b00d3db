// The signing rules of a child visit and its participation checklist (docs/domain.md):
// each rule passes when satisfied and fails with its exact field and code.
#include "testsupport.h"

#include "domain/childvisit.h"
#include "domain/participationchecklist.h"

using namespace homevisit::domain;
using namespace testsupport;

TEST_CASE("a minimal answered visit can be signed", "[childvisit]")
{
    CHECK(visitSigning(minimalVisit()).isEmpty());
}

TEST_CASE("an empty visit lists everything signing needs", "[childvisit]")
{
    CHECK(visitSigning({}) == expected({{"child_id", "required"},
                                        {"started_at", "required"},
                                        {"checklist.told_purpose", "required"},
                                        {"checklist.spoken_alone", "required"},
                                        {"views.living_in_foster_home", "topic_unanswered"},
                                        {"views.safety", "topic_unanswered"},
                                        {"views.school", "topic_unanswered"},
                                        {"views.health", "topic_unanswered"},
                                        {"views.leisure_and_friends", "topic_unanswered"},
                                        {"views.contact_with_family", "topic_unanswered"},
                                        {"views.future_wishes", "topic_unanswered"}}));
}

TEST_CASE("child and start time are required", "[childvisit]")
{
    CHECK(visitSigning(without(minimalVisit(), "child_id")) ==
          expected({{"child_id", "required"}}));
    CHECK(visitSigning(with(minimalVisit(), "child_id", QJsonValue::Null)) ==
          expected({{"child_id", "required"}}));
    CHECK(visitSigning(without(minimalVisit(), "started_at")) ==
          expected({{"started_at", "required"}}));
}

TEST_CASE("a visit does not end before it starts", "[childvisit]")
{
    const auto ending = [](const char *end) {
        return visitSigning(with(minimalVisit(), "ended_at", end));
    };
    CHECK(ending("2026-11-20T15:20:00+01:00").isEmpty());
    CHECK(ending("2026-11-20T14:00:00+01:00").isEmpty());
    CHECK(ending("2026-11-20T13:59:59+01:00") == expected({{"ended_at", "ends_before_start"}}));
    // Offsets count: 13:30 UTC is 14:30 in +01:00, 14:30+02:00 is 13:30 in +01:00.
    CHECK(ending("2026-11-20T13:30:00Z").isEmpty());
    CHECK(ending("2026-11-20T14:30:00+02:00") == expected({{"ended_at", "ends_before_start"}}));
}

TEST_CASE("item 1: telling the child the purpose must be answered", "[childvisit][checklist]")
{
    CHECK(visitSigning(without(minimalVisit(), "checklist.told_purpose")) ==
          expected({{"checklist.told_purpose", "required"}}));
    CHECK(visitSigning(with(minimalVisit(), "checklist.told_purpose", QJsonValue::Null)) ==
          expected({{"checklist.told_purpose", "required"}}));
    // "No" is an answer: signing records it truthfully rather than blocking.
    CHECK(visitSigning(with(minimalVisit(), "checklist.told_purpose", false)).isEmpty());
}

TEST_CASE("item 2: the conversation alone must be answered", "[childvisit][checklist]")
{
    CHECK(visitSigning(without(minimalVisit(), "checklist.spoken_alone")) ==
          expected({{"checklist.spoken_alone", "required"}}));
    CHECK(visitSigning(with(minimalVisit(), "checklist.spoken_alone", QJsonValue::Null)) ==
          expected({{"checklist.spoken_alone", "required"}}));
    CHECK(
        visitSigning(without(minimalVisit(), "checklist")) ==
        expected({{"checklist.told_purpose", "required"}, {"checklist.spoken_alone", "required"}}));
}

TEST_CASE("item 2: not spoken alone needs a reason", "[childvisit][checklist]")
{
    const QJsonObject notAlone = with(minimalVisit(), "checklist.spoken_alone", false);
    CHECK(visitSigning(notAlone) == expected({{"checklist.not_alone_reason", "reason_required"}}));
    CHECK(visitSigning(with(notAlone, "checklist.not_alone_reason", QJsonValue::Null)) ==
          expected({{"checklist.not_alone_reason", "reason_required"}}));
    // Words alone are not a reason: the reason is a choice the statistics can count.
    CHECK(visitSigning(with(notAlone, "checklist.not_alone_reason_text", "Hon ville inte.")) ==
          expected({{"checklist.not_alone_reason", "reason_required"}}));
}

TEST_CASE("item 2: self-explanatory reasons need no words", "[childvisit][checklist]")
{
    const QJsonObject notAlone = with(minimalVisit(), "checklist.spoken_alone", false);
    for (const char *reason : {"child_declined", "too_young", "interpreter_missing"}) {
        INFO(reason);
        CHECK(visitSigning(with(notAlone, "checklist.not_alone_reason", reason)).isEmpty());
    }
}

TEST_CASE("item 2: judged reasons must be explained in words", "[childvisit][checklist]")
{
    const QJsonObject notAlone = with(minimalVisit(), "checklist.spoken_alone", false);
    for (const char *reason : {"not_appropriate", "practical_obstacle"}) {
        INFO(reason);
        const QJsonObject body = with(notAlone, "checklist.not_alone_reason", reason);
        const auto missing =
            expected({{"checklist.not_alone_reason_text", "reason_text_required"}});
        CHECK(visitSigning(body) == missing);
        CHECK(visitSigning(with(body, "checklist.not_alone_reason_text", "")) == missing);
        CHECK(visitSigning(with(body, "checklist.not_alone_reason_text", " \n\t ")) == missing);
        CHECK(visitSigning(with(body, "checklist.not_alone_reason_text", "Syskonen var hemma."))
                  .isEmpty());
    }
}

TEST_CASE("item 2: spoken alone and a reason contradict each other", "[childvisit][checklist]")
{
    CHECK(visitSigning(with(minimalVisit(), "checklist.not_alone_reason", "too_young")) ==
          expected({{"checklist.not_alone_reason", "reason_not_applicable"}}));
}

TEST_CASE("item 3: every topic is answered", "[childvisit][checklist][views]")
{
    for (const QString &topic : DomainSettings::defaultViewTopics()) {
        INFO(topic.toStdString());
        const QString field = QStringLiteral("views.") + topic;
        const Violations unanswered{{field, QStringLiteral("topic_unanswered")}};
        QJsonObject body = minimalVisit();
        setPath(body, field, QJsonValue::Undefined);
        CHECK(visitSigning(body) == unanswered);
        setPath(body, field, QJsonValue::Null);
        CHECK(visitSigning(body) == unanswered);
        setPath(body, field, QJsonObject{});
        CHECK(visitSigning(body) == unanswered);
        setPath(body, field, QJsonObject{{"status", QJsonValue::Null}, {"notes", "Något."}});
        CHECK(visitSigning(body) == unanswered);
    }
}

TEST_CASE("item 3: a discussed topic holds the child's own words", "[childvisit][checklist][views]")
{
    const QJsonObject discussed = with(minimalVisit(), "views.safety.status", "discussed");
    const auto missing = expected({{"views.safety.child_words", "child_words_required"}});
    CHECK(visitSigning(discussed) == missing);
    CHECK(visitSigning(with(discussed, "views.safety.child_words", "   ")) == missing);
    // The secretary's notes are not the child's words.
    CHECK(visitSigning(with(discussed, "views.safety.notes", "Verkar trygg.")) == missing);
    CHECK(visitSigning(with(discussed, "views.safety.child_words", "Jag är trygg här.")).isEmpty());
}

TEST_CASE("item 3: the topics are the municipality's setting", "[childvisit][checklist][views]")
{
    CHECK(visitSigning(with(minimalVisit(), "views.pets",
                            QJsonObject{{"status", "discussed"}, {"child_words", "Katten!"}})) ==
          expected({{"views.pets", "unknown_topic"}}));

    DomainSettings settings;
    settings.viewTopics = {QStringLiteral("identity"), QStringLiteral("school")};
    const QJsonObject schoolOnly{
        {"child_id", childId},
        {"started_at", "2026-11-20T14:00:00+01:00"},
        {"checklist", QJsonObject{{"told_purpose", true}, {"spoken_alone", true}}},
        {"views", QJsonObject{{"school", QJsonObject{{"status", "not_discussed"}}}}}};
    CHECK(visitSigning(schoolOnly, settings) == expected({{"views.identity", "topic_unanswered"}}));
    CHECK(visitSigning(minimalVisit(), settings) ==
          expected({{"views.identity", "topic_unanswered"},
                    {"views.contact_with_family", "unknown_topic"},
                    {"views.future_wishes", "unknown_topic"},
                    {"views.health", "unknown_topic"},
                    {"views.leisure_and_friends", "unknown_topic"},
                    {"views.living_in_foster_home", "unknown_topic"},
                    {"views.safety", "unknown_topic"}}));
}

TEST_CASE("item 4: a concern must be described", "[childvisit][checklist]")
{
    for (const char *answer : {"partly", "no"}) {
        INFO(answer);
        const QJsonObject body = with(minimalVisit(), "checklist.feels_safe", answer);
        const auto missing = expected({{"checklist.concern_text", "concern_text_required"}});
        CHECK(visitSigning(body) == missing);
        CHECK(visitSigning(with(body, "checklist.concern_text", "  ")) == missing);
        CHECK(visitSigning(with(body, "checklist.concern_text", "Rädd på kvällarna.")).isEmpty());
    }
    for (const char *answer : {"yes", "not_asked"}) {
        INFO(answer);
        CHECK(visitSigning(with(minimalVisit(), "checklist.feels_safe", answer)).isEmpty());
    }
}

TEST_CASE("items 4-8 are not required for signing", "[childvisit][checklist]")
{
    QJsonObject body = minimalVisit();
    for (const char *item :
         {"checklist.feels_safe", "checklist.knows_how_to_reach", "checklist.told_how_views_used",
          "checklist.interpreter_used", "checklist.methods"})
        setPath(body, QString::fromUtf8(item), QJsonValue::Null);
    CHECK(visitSigning(body).isEmpty());
}

TEST_CASE("item 8: an other method must be described", "[childvisit][checklist]")
{
    const QJsonObject other =
        with(minimalVisit(), "checklist.methods", QJsonArray{"conversation", "other"});
    CHECK(visitSigning(other) ==
          expected({{"checklist.method_other_text", "other_text_required"}}));
    CHECK(
        visitSigning(with(other, "checklist.method_other_text", "Promenad med hunden.")).isEmpty());
    CHECK(visitSigning(with(minimalVisit(), "checklist.methods",
                            QJsonArray{"conversation", "play_or_drawing", "observation"}))
              .isEmpty());
}

TEST_CASE("a malformed field is reported once, by its shape", "[childvisit][shape]")
{
    CHECK(visitSigning(with(minimalVisit(), "child_id", "not-an-id")) ==
          expected({{"child_id", "invalid_format"}}));
    CHECK(visitSigning(with(minimalVisit(), "started_at", "2026-11-20 14:00")) ==
          expected({{"started_at", "invalid_format"}}));
    CHECK(visitSigning(with(minimalVisit(), "checklist.spoken_alone", "no")) ==
          expected({{"checklist.spoken_alone", "wrong_type"}}));
    CHECK(visitSigning(with(minimalVisit(), "checklist", "done")) ==
          expected({{"checklist", "wrong_type"}}));
    CHECK(visitSigning(with(minimalVisit(), "views.safety.status", "skipped")) ==
          expected({{"views.safety.status", "invalid_value"}}));
    CHECK(visitSigning(with(minimalVisit(), "colour", "blue")) ==
          expected({{"colour", "unknown_field"}}));
}

TEST_CASE("the concern flag", "[childvisit]")
{
    const auto flag = [](const QJsonObject &body) {
        return ChildVisit::fromJson(body).concernFlag();
    };
    CHECK_FALSE(flag(minimalVisit()));
    CHECK_FALSE(flag(with(minimalVisit(), "checklist.feels_safe", "yes")));
    CHECK_FALSE(flag(with(minimalVisit(), "checklist.feels_safe", "not_asked")));
    CHECK(flag(with(minimalVisit(), "checklist.feels_safe", "partly")));
    CHECK(flag(with(minimalVisit(), "checklist.feels_safe", "no")));
    CHECK(flag(with(minimalVisit(), "concern_raised", true)));
    CHECK_FALSE(flag(with(minimalVisit(), "concern_raised", false)));
}

TEST_CASE("ParticipationChecklist reads and writes its two members", "[checklist]")
{
    ParticipationChecklist c;
    c.toldPurpose = true;
    c.spokenAlone = false;
    c.notAloneReason = NotAloneReason::PracticalObstacle;
    c.notAloneReasonText = QStringLiteral("Inget eget rum.");
    c.views.insert(QStringLiteral("school"),
                   {TopicStatus::Discussed, QStringLiteral("Roligt!"), QStringLiteral("Glad.")});
    c.feelsSafe = FeelsSafe::No;
    c.concernText = QStringLiteral("Rädd för en klasskamrat.");
    c.knowsHowToReach = false;
    c.toldHowViewsUsed = true;
    c.interpreterUsed = true;
    c.communicationAids = QStringLiteral("Tolk i arabiska");
    c.methods = {ParticipationMethod::Observation, ParticipationMethod::Other};
    c.methodOtherText = QStringLiteral("Bilresa");

    const QJsonObject json = c.toJson();
    CHECK(json.keys() == QStringList{"checklist", "views"});
    CHECK(json["checklist"].toObject()["not_alone_reason"] == "practical_obstacle");
    CHECK(json["checklist"].toObject()["feels_safe"] == "no");
    CHECK(json["checklist"].toObject()["methods"] == QJsonArray{"observation", "other"});
    CHECK(json["views"].toObject()["school"].toObject()["status"] == "discussed");
    CHECK(ParticipationChecklist::fromJson(json) == c);
    CHECK(c.raisesConcern());
    CHECK(ParticipationChecklist{}.toJson().isEmpty());
}

TEST_CASE("ParticipationChecklist::validate holds the checklist's rules", "[checklist]")
{
    ParticipationChecklist c;
    CHECK(c.validate(DomainSettings{}).size() == 2 + 7);

    DomainSettings one;
    one.viewTopics = {QStringLiteral("safety")};
    c.toldPurpose = true;
    c.spokenAlone = false;
    c.notAloneReason = NotAloneReason::NotAppropriate;
    c.views.insert(QStringLiteral("safety"), {TopicStatus::Discussed, {}, {}});
    c.feelsSafe = FeelsSafe::Partly;
    c.methods = {ParticipationMethod::Other};
    CHECK(c.validate(one) == expected({{"checklist.not_alone_reason_text", "reason_text_required"},
                                       {"views.safety.child_words", "child_words_required"},
                                       {"checklist.concern_text", "concern_text_required"},
                                       {"checklist.method_other_text", "other_text_required"}}));
}

TEST_CASE("wire names of the checklist's choices", "[checklist]")
{
    CHECK(wireName(NotAloneReason::InterpreterMissing) == "interpreter_missing");
    CHECK(fromWireName<NotAloneReason>(u"child_declined") == NotAloneReason::ChildDeclined);
    CHECK_FALSE(fromWireName<NotAloneReason>(u"Child_declined").has_value());
    CHECK(wireName(ParticipationMethod::PlayOrDrawing) == "play_or_drawing");
    CHECK(wireName(FeelsSafe::NotAsked) == "not_asked");
    CHECK(wireName(TopicStatus::NotDiscussed) == "not_discussed");
    CHECK(reasonNeedsText(NotAloneReason::NotAppropriate));
    CHECK(reasonNeedsText(NotAloneReason::PracticalObstacle));
    CHECK_FALSE(reasonNeedsText(NotAloneReason::ChildDeclined));
    CHECK_FALSE(reasonNeedsText(NotAloneReason::TooYoung));
    CHECK_FALSE(reasonNeedsText(NotAloneReason::InterpreterMissing));
}

TEST_CASE("ChildVisit reads and writes the whole body", "[childvisit]")
{
    QJsonObject body = minimalVisit();
    body["ended_at"] = "2026-11-20T15:10:00.250+01:00";
    body["place"] = "school";
    body["place_text"] = "Rektorns rum";
    body["participants"] = QJsonArray{"Sara Lindqvist"};
    body["child_answers"] =
        QJsonArray{QJsonObject{{"question", "Hur mår du?"}, {"score", 4}, {"words", "Bra"}}};
    body["observations"] = "Glad.";
    body["agreed_actions"] = "Inget.";
    body["next_planned_visit"] = "2027-01-15";
    body["concern_raised"] = true;

    const ChildVisit visit = ChildVisit::fromJson(body);
    CHECK(visit.place == VisitPlace::School);
    CHECK(visit.childAnswers.value(0).score == 4);
    CHECK(visit.endedAt.time().msec() == 250);
    CHECK(visit.nextPlannedVisit == QDate(2027, 1, 15));
    CHECK(visit.toJson() == body);
    CHECK(ChildVisit{}.toJson().isEmpty());
}
