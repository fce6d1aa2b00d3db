// The records.h contract: kind names, the facts the store indexes, and the
// messages shown for each violation. (Catch2's main lives here.)
#include "testsupport.h"

#include <QSet>

using namespace homevisit::domain;
using namespace testsupport;

TEST_CASE("kind names round trip", "[kinds]")
{
    const QList<std::pair<RecordKind, QString>> kinds{
        {RecordKind::ChildVisit, QStringLiteral("child_visit")},
        {RecordKind::SupervisionSession, QStringLiteral("supervision_session")},
        {RecordKind::Amendment, QStringLiteral("amendment")},
        {RecordKind::Review, QStringLiteral("review")}};
    for (const auto &[kind, name] : kinds) {
        CHECK(kindName(kind) == name);
        CHECK(kindFromName(name) == kind);
    }
    for (const char *bad : {"", "visit", "Child_visit", "child_visit ", "reviews"}) {
        INFO(bad);
        CHECK_FALSE(kindFromName(QString::fromUtf8(bad)).has_value());
    }
}

TEST_CASE("the default view topics", "[settings]")
{
    CHECK(DomainSettings::defaultViewTopics() ==
          QStringList{"living_in_foster_home", "safety", "school", "health", "leisure_and_friends",
                      "contact_with_family", "future_wishes"});
    CHECK(DomainSettings{}.viewTopics == DomainSettings::defaultViewTopics());
}

TEST_CASE("facts of a child visit", "[facts]")
{
    const RecordFacts facts = factsOf(RecordKind::ChildVisit, minimalVisit());
    CHECK(facts.childId == childId);
    CHECK(facts.eventDate == QDate(2026, 11, 20));
    CHECK_FALSE(facts.concern);
    CHECK(facts.fosterHomeId.isEmpty());
    CHECK(facts.refersTo.isEmpty());

    // The day is the one on the worker's clock, not the UTC day.
    CHECK(factsOf(RecordKind::ChildVisit,
                  with(minimalVisit(), "started_at", "2026-11-20T00:30:00+01:00"))
              .eventDate == QDate(2026, 11, 20));
    CHECK(factsOf(RecordKind::ChildVisit,
                  with(minimalVisit(), "started_at", "2026-11-20T23:30:00-05:00"))
              .eventDate == QDate(2026, 11, 20));
    CHECK_FALSE(factsOf(RecordKind::ChildVisit, {}).eventDate.isValid());

    CHECK(factsOf(RecordKind::ChildVisit, with(minimalVisit(), "checklist.feels_safe", "no"))
              .concern);
    CHECK(factsOf(RecordKind::ChildVisit, with(minimalVisit(), "checklist.feels_safe", "partly"))
              .concern);
    CHECK(factsOf(RecordKind::ChildVisit, with(minimalVisit(), "concern_raised", true)).concern);
    CHECK_FALSE(
        factsOf(RecordKind::ChildVisit, with(minimalVisit(), "checklist.feels_safe", "not_asked"))
            .concern);
}

TEST_CASE("facts of the other kinds", "[facts]")
{
    const RecordFacts session = factsOf(RecordKind::SupervisionSession, minimalSession());
    CHECK(session.fosterHomeId == fosterHomeId);
    CHECK(session.eventDate == QDate(2026, 11, 20));
    CHECK(session.childId.isEmpty());
    CHECK_FALSE(session.concern);

    const RecordFacts amendment =
        factsOf(RecordKind::Amendment, {{"refers_to", recordId}, {"text", "Rättelse."}});
    CHECK(amendment.refersTo == recordId);
    CHECK_FALSE(amendment.eventDate.isValid());

    const RecordFacts review =
        factsOf(RecordKind::Review, {{"refers_to", recordId}, {"decision", "signed_off"}});
    CHECK(review.refersTo == recordId);
}

TEST_CASE("every code has its own sentence", "[messages]")
{
    const Violations oneOfEach =
        expected({{"colour", "unknown_field"},
                  {"child_id", "wrong_type"},
                  {"place", "invalid_value"},
                  {"child_id", "invalid_format"},
                  {"observations", "too_long"},
                  {"child_id", "required"},
                  {"ended_at", "ends_before_start"},
                  {"checklist.not_alone_reason", "reason_required"},
                  {"checklist.not_alone_reason_text", "reason_text_required"},
                  {"checklist.not_alone_reason", "reason_not_applicable"},
                  {"views.safety", "topic_unanswered"},
                  {"views.safety.child_words", "child_words_required"},
                  {"views.pets", "unknown_topic"},
                  {"checklist.concern_text", "concern_text_required"},
                  {"checklist.method_other_text", "other_text_required"},
                  {"comment", "comment_required"}});
    QSet<QString> sentences;
    for (const RuleViolation &v : oneOfEach) {
        INFO(v.code.toStdString());
        CHECK_FALSE(v.message().trimmed().isEmpty());
        sentences.insert(v.message());
    }
    CHECK(sentences.size() == oneOfEach.size());
    CHECK_FALSE(
        RuleViolation{QStringLiteral("x"), QStringLiteral("no_such_code")}.message().isEmpty());
}

TEST_CASE("messages are specific to their field", "[messages]")
{
    const auto message = [](const char *field, const char *code) {
        return RuleViolation{QString::fromUtf8(field), QString::fromUtf8(code)}.message();
    };
    CHECK(message("checklist.not_alone_reason", "reason_required") ==
          "Choose why the child was not spoken with alone.");
    CHECK(message("checklist.spoken_alone", "required") ==
          "Answer whether you spoke with the child alone.");
    CHECK(message("views.leisure_and_friends", "topic_unanswered") ==
          "Record the child's views on leisure and friends, or mark the topic as not discussed.");
    CHECK(message("views.contact_with_family.child_words", "child_words_required") ==
          "Write down the child's own words on contact with parents and siblings.");
    CHECK(message("views.pets", "unknown_topic").contains(u"pets"));
    CHECK(message("views.own_room", "topic_unanswered").contains(u"own room"));

    QSet<QString> required;
    const QStringList fields{"child_id",
                             "started_at",
                             "checklist.told_purpose",
                             "checklist.spoken_alone",
                             "foster_home_id",
                             "date",
                             "participants",
                             "support_forms",
                             "refers_to",
                             "text",
                             "decision"};
    for (const QString &field : fields)
        required.insert(RuleViolation{field, QStringLiteral("required")}.message());
    CHECK(required.size() == fields.size());

    CHECK(message("child_id", "invalid_format") != message("started_at", "invalid_format"));
    CHECK(message("started_at", "invalid_format") != message("date", "invalid_format"));
    CHECK(message("views.Pets", "invalid_format") != message("date", "invalid_format"));
    CHECK(message("participants", "too_long") != message("participants[0]", "too_long"));
}

TEST_CASE("every violation found has a sentence", "[messages]")
{
    const QJsonObject bad{{"child_id", 1},
                          {"checklist", QJsonObject{{"spoken_alone", false},
                                                    {"feels_safe", "no"},
                                                    {"methods", QJsonArray{"other", "x"}}}},
                          {"views", QJsonObject{{"pets", QJsonObject{{"status", "discussed"}}}}},
                          {"ended_at", "yesterday"}};
    const Violations found = visitSigning(bad);
    CHECK(found.size() > 10);
    for (const RuleViolation &v : found) {
        INFO(v.field.toStdString() + " " + v.code.toStdString());
        CHECK_FALSE(v.message().isEmpty());
    }
}
