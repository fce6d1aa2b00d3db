// The strict shape check: unknown fields, wrong types, bad enum values, bad ids,
// dates and times, and lengths, reported at their exact JSON path.
#include "testsupport.h"

#include "domain/formats.h"

using namespace homevisit::domain;
using namespace testsupport;

namespace {

Violations shapeOf(RecordKind kind, const QJsonObject &body)
{
    return checkShape(kind, body);
}

QJsonObject visitWith(const char *path, const QJsonValue &value)
{
    return with(minimalVisit(), path, value);
}

QJsonArray repeated(const QJsonValue &value, int count)
{
    QJsonArray array;
    for (int i = 0; i < count; ++i)
        array.append(value);
    return array;
}

// Distinct valid topic keys: "t_a", "t_b", ..., "t_ba", ...
QString topicKey(int n)
{
    QString key = QStringLiteral("t_");
    do {
        key.append(QChar(u'a' + n % 26));
        n /= 26;
    } while (n > 0);
    return key;
}

} // namespace

TEST_CASE("empty and all-null bodies are well-formed drafts", "[shape]")
{
    for (const RecordKind kind : {RecordKind::ChildVisit, RecordKind::SupervisionSession,
                                  RecordKind::Amendment, RecordKind::Review})
        CHECK(shapeOf(kind, {}).isEmpty());

    QJsonObject visit;
    for (const char *field : {"child_id", "started_at", "ended_at", "place", "place_text",
                              "participants", "checklist", "views", "child_answers", "observations",
                              "agreed_actions", "next_planned_visit", "concern_raised"})
        visit.insert(QString::fromUtf8(field), QJsonValue::Null);
    CHECK(visitShape(visit).isEmpty());

    QJsonObject checklist;
    for (const char *field :
         {"told_purpose", "spoken_alone", "not_alone_reason", "not_alone_reason_text", "feels_safe",
          "concern_text", "knows_how_to_reach", "told_how_views_used", "interpreter_used",
          "communication_aids", "methods", "method_other_text"})
        checklist.insert(QString::fromUtf8(field), QJsonValue::Null);
    CHECK(
        visitShape({{"checklist", checklist}, {"views", QJsonObject{{"safety", QJsonValue::Null}}}})
            .isEmpty());

    QJsonObject session;
    for (const char *field :
         {"foster_home_id", "date", "started_at", "ended_at", "participants", "support_forms",
          "themes", "family_needs", "agreed_actions", "next_session", "family_rating"})
        session.insert(QString::fromUtf8(field), QJsonValue::Null);
    CHECK(shapeOf(RecordKind::SupervisionSession, session).isEmpty());
    CHECK(shapeOf(RecordKind::Amendment, {{"refers_to", QJsonValue::Null},
                                          {"text", QJsonValue::Null},
                                          {"reason", QJsonValue::Null}})
              .isEmpty());
    CHECK(shapeOf(RecordKind::Review, {{"refers_to", QJsonValue::Null},
                                       {"decision", QJsonValue::Null},
                                       {"comment", QJsonValue::Null}})
              .isEmpty());
}

TEST_CASE("unknown fields are reported wherever they are", "[shape]")
{
    CHECK(visitShape(visitWith("colour", "blue")) == expected({{"colour", "unknown_field"}}));
    CHECK(visitShape(visitWith("checklist.mood", "glad")) ==
          expected({{"checklist.mood", "unknown_field"}}));
    CHECK(visitShape(visitWith("views.safety.score", 3)) ==
          expected({{"views.safety.score", "unknown_field"}}));
    CHECK(visitShape(visitWith("child_answers", QJsonArray{QJsonObject{{"emoji", ":)"}}})) ==
          expected({{"child_answers[0].emoji", "unknown_field"}}));
    CHECK(shapeOf(RecordKind::SupervisionSession,
                  with(minimalSession(), "family_rating", QJsonObject{{"stars", 3}})) ==
          expected({{"family_rating.stars", "unknown_field"}}));
    CHECK(shapeOf(RecordKind::Amendment, {{"refers_to", recordId}, {"decision", "returned"}}) ==
          expected({{"decision", "unknown_field"}}));
    CHECK(shapeOf(RecordKind::Review, {{"text", "x"}}) == expected({{"text", "unknown_field"}}));
    // A field is not unknown just because another kind has it.
    CHECK(shapeOf(RecordKind::SupervisionSession, {{"child_id", childId}}) ==
          expected({{"child_id", "unknown_field"}}));
}

TEST_CASE("a value of the wrong JSON type is reported", "[shape]")
{
    const auto wrong = [](const char *field) { return expected({{field, "wrong_type"}}); };
    CHECK(visitShape(visitWith("child_id", 5)) == wrong("child_id"));
    CHECK(visitShape(visitWith("started_at", 1700000000)) == wrong("started_at"));
    CHECK(visitShape(visitWith("place", true)) == wrong("place"));
    CHECK(visitShape(visitWith("place_text", QJsonArray{"a"})) == wrong("place_text"));
    CHECK(visitShape(visitWith("participants", "Sara")) == wrong("participants"));
    CHECK(visitShape(visitWith("participants", QJsonArray{"Sara", 7})) == wrong("participants[1]"));
    CHECK(visitShape(visitWith("participants", QJsonArray{QJsonValue::Null})) ==
          wrong("participants[0]"));
    CHECK(visitShape(visitWith("checklist", QJsonArray{})) == wrong("checklist"));
    CHECK(visitShape(visitWith("checklist.told_purpose", "yes")) ==
          wrong("checklist.told_purpose"));
    CHECK(visitShape(visitWith("checklist.spoken_alone", 1)) == wrong("checklist.spoken_alone"));
    CHECK(visitShape(visitWith("checklist.methods", "other")) == wrong("checklist.methods"));
    CHECK(visitShape(visitWith("checklist.methods", QJsonArray{1})) ==
          wrong("checklist.methods[0]"));
    CHECK(visitShape(visitWith("views", QJsonArray{})) == wrong("views"));
    CHECK(visitShape(visitWith("views.safety", "discussed")) == wrong("views.safety"));
    CHECK(visitShape(visitWith("views.safety.child_words", 42)) ==
          wrong("views.safety.child_words"));
    CHECK(visitShape(visitWith("child_answers", QJsonObject{})) == wrong("child_answers"));
    CHECK(visitShape(visitWith("child_answers", QJsonArray{"bra"})) == wrong("child_answers[0]"));
    CHECK(visitShape(visitWith("child_answers", QJsonArray{QJsonObject{{"score", "4"}}})) ==
          wrong("child_answers[0].score"));
    CHECK(visitShape(visitWith("next_planned_visit", 20261120)) == wrong("next_planned_visit"));
    CHECK(visitShape(visitWith("concern_raised", "true")) == wrong("concern_raised"));
    CHECK(shapeOf(RecordKind::SupervisionSession, with(minimalSession(), "family_rating", 8)) ==
          wrong("family_rating"));
    CHECK(shapeOf(RecordKind::Review, {{"decision", false}}) == wrong("decision"));
}

TEST_CASE("a value outside its choices is reported", "[shape]")
{
    const auto bad = [](const char *field) { return expected({{field, "invalid_value"}}); };
    CHECK(visitShape(visitWith("place", "garden")) == bad("place"));
    CHECK(visitShape(visitWith("place", "Foster_home")) == bad("place"));
    CHECK(visitShape(visitWith("checklist.not_alone_reason", "tired")) ==
          bad("checklist.not_alone_reason"));
    CHECK(visitShape(visitWith("checklist.feels_safe", "maybe")) == bad("checklist.feels_safe"));
    CHECK(visitShape(visitWith("checklist.methods", QJsonArray{"conversation", "dance"})) ==
          bad("checklist.methods[1]"));
    CHECK(visitShape(visitWith("views.safety.status", "skipped")) == bad("views.safety.status"));
    for (const QJsonValue &score :
         {QJsonValue(0), QJsonValue(6), QJsonValue(2.5), QJsonValue(-1)}) {
        INFO(score.toDouble());
        CHECK(visitShape(visitWith("child_answers", QJsonArray{QJsonObject{{"score", score}}})) ==
              bad("child_answers[0].score"));
    }
    for (const int score : {1, 5})
        CHECK(visitShape(visitWith("child_answers", QJsonArray{QJsonObject{{"score", score}}}))
                  .isEmpty());
    CHECK(shapeOf(RecordKind::SupervisionSession,
                  with(minimalSession(), "support_forms", QJsonArray{"massage"})) ==
          bad("support_forms[0]"));
    for (const int score : {0, 11})
        CHECK(shapeOf(RecordKind::SupervisionSession,
                      with(minimalSession(), "family_rating", QJsonObject{{"score", score}})) ==
              bad("family_rating.score"));
    for (const int score : {1, 10})
        CHECK(shapeOf(RecordKind::SupervisionSession,
                      with(minimalSession(), "family_rating", QJsonObject{{"score", score}}))
                  .isEmpty());
    CHECK(shapeOf(RecordKind::Review, {{"decision", "approved"}}) == bad("decision"));
}

TEST_CASE("ids, dates and times in a wrong format are reported", "[shape]")
{
    const auto badFormat = [](const char *field) { return expected({{field, "invalid_format"}}); };
    for (const char *id :
         {"", "abc", "0192F0C4-7A1E-7C3B-9A41-1C2D3E4F5A6B",
          "{0192f0c4-7a1e-7c3b-9a41-1c2d3e4f5a6b}", "0192f0c47a1e7c3b9a411c2d3e4f5a6b",
          "0192f0c4-7a1e-7c3b-9a41-1c2d3e4f5a6g"}) {
        INFO(id);
        CHECK(visitShape(visitWith("child_id", id)) == badFormat("child_id"));
    }
    for (const char *time :
         {"2026-11-20T14:00:00", "2026-11-20", "2026-11-20 14:00:00+01:00",
          "2026-02-30T14:00:00+01:00", "2026-11-20T24:00:00+01:00", "2026-11-20T14:00+01:00",
          "2026-11-20T14:00:00+15:00", "2026-11-20T14:00:00+0100", "2026-11-20T14:00:00.+01:00",
          "2026-11-20T14:00:00z", "2026-11-20T14:00:00+01:00 "}) {
        INFO(time);
        CHECK(visitShape(visitWith("started_at", time)) == badFormat("started_at"));
    }
    for (const char *date : {"2026-13-01", "20261120", "2026-1-5", "2026-11-20T00:00:00Z", ""}) {
        INFO(date);
        CHECK(visitShape(visitWith("next_planned_visit", date)) == badFormat("next_planned_visit"));
        CHECK(shapeOf(RecordKind::SupervisionSession, with(minimalSession(), "date", date)) ==
              badFormat("date"));
    }
    CHECK(shapeOf(RecordKind::SupervisionSession, with(minimalSession(), "foster_home_id", "1")) ==
          badFormat("foster_home_id"));
    CHECK(shapeOf(RecordKind::Amendment, {{"refers_to", "visit-1"}}) == badFormat("refers_to"));
    CHECK(shapeOf(RecordKind::Review, {{"refers_to", "visit-1"}}) == badFormat("refers_to"));
}

TEST_CASE("view topic keys are lowercase words of at most 40 characters", "[shape][views]")
{
    const QJsonObject answered{{"status", "not_discussed"}};
    CHECK(visitShape(visitWith("views.pets", answered)).isEmpty());
    CHECK(visitShape(visitWith("views.a", answered)).isEmpty());
    const QString longest(40, u'x');
    QJsonObject body = minimalVisit();
    setPath(body, QStringLiteral("views.") + longest, answered);
    CHECK(visitShape(body).isEmpty());
    for (const char *key : {"School", "school2", "school-years", "skola_å"}) {
        INFO(key);
        const QString field = QStringLiteral("views.") + QString::fromUtf8(key);
        CHECK(visitShape(visitWith("views", QJsonObject{{QString::fromUtf8(key), answered}})) ==
              Violations{{field, QStringLiteral("invalid_format")}});
    }
    const QString tooLong(41, u'x');
    CHECK(visitShape({{"views", QJsonObject{{tooLong, answered}}}}) ==
          Violations{{QStringLiteral("views.") + tooLong, QStringLiteral("invalid_format")}});
    CHECK(visitShape({{"views", QJsonObject{{QString(), answered}}}}) ==
          Violations{{QStringLiteral("views."), QStringLiteral("invalid_format")}});
}

TEST_CASE("free text is at most 100000 characters", "[shape][limits]")
{
    CHECK(visitShape(visitWith("observations", QString(100000, u'a'))).isEmpty());
    CHECK(visitShape(visitWith("observations", QString(100001, u'a'))) ==
          expected({{"observations", "too_long"}}));
    // Characters as the worker sees them: an emoji is one, not two UTF-16 units.
    QString emojis;
    for (int i = 0; i < 100000; ++i)
        emojis.append(QStringLiteral("\U0001F600"));
    CHECK(visitShape(visitWith("observations", emojis)).isEmpty());
    CHECK(visitShape(visitWith("observations", emojis + u'a')) ==
          expected({{"observations", "too_long"}}));

    const QString longText(100001, u'a');
    CHECK(visitShape(visitWith("checklist.concern_text", longText)) ==
          expected({{"checklist.concern_text", "too_long"}}));
    CHECK(visitShape(visitWith("views.safety.child_words", longText)) ==
          expected({{"views.safety.child_words", "too_long"}}));
    CHECK(visitShape(visitWith("participants", QJsonArray{"Sara", longText})) ==
          expected({{"participants[1]", "too_long"}}));
    CHECK(visitShape(visitWith("child_answers", QJsonArray{QJsonObject{{"words", longText}}})) ==
          expected({{"child_answers[0].words", "too_long"}}));
    CHECK(shapeOf(RecordKind::SupervisionSession, with(minimalSession(), "themes", longText)) ==
          expected({{"themes", "too_long"}}));
    CHECK(shapeOf(RecordKind::Amendment, {{"text", longText}}) == expected({{"text", "too_long"}}));
    CHECK(shapeOf(RecordKind::Review, {{"comment", longText}}) ==
          expected({{"comment", "too_long"}}));
}

TEST_CASE("lists are at most 50 entries, child answers at most 6", "[shape][limits]")
{
    CHECK(visitShape(visitWith("participants", repeated("Sara", 50))).isEmpty());
    CHECK(visitShape(visitWith("participants", repeated("Sara", 51))) ==
          expected({{"participants", "too_long"}}));
    CHECK(visitShape(visitWith("checklist.methods", repeated("observation", 51))) ==
          expected({{"checklist.methods", "too_long"}}));
    CHECK(shapeOf(RecordKind::SupervisionSession,
                  with(minimalSession(), "support_forms", repeated("phone", 51))) ==
          expected({{"support_forms", "too_long"}}));

    const QJsonObject answer{{"question", "Hur mår du?"}, {"score", 3}};
    CHECK(visitShape(visitWith("child_answers", repeated(answer, 6))).isEmpty());
    CHECK(visitShape(visitWith("child_answers", repeated(answer, 7))) ==
          expected({{"child_answers", "too_long"}}));

    QJsonObject views;
    for (int i = 0; i < 51; ++i)
        views.insert(topicKey(i), QJsonObject{{"status", "not_discussed"}});
    CHECK(visitShape({{"views", views}}) == expected({{"views", "too_long"}}));
    views.remove(topicKey(50));
    CHECK(visitShape({{"views", views}}).isEmpty());
}

TEST_CASE("several shape errors are all reported", "[shape]")
{
    QJsonObject body = minimalVisit();
    body["child_id"] = 1;
    body["place"] = "moon";
    body["extra"] = true;
    setPath(body, u"checklist.feels_safe", "sometimes");
    CHECK(visitShape(body) == expected({{"child_id", "wrong_type"},
                                        {"place", "invalid_value"},
                                        {"checklist.feels_safe", "invalid_value"},
                                        {"extra", "unknown_field"}}));
}

TEST_CASE("timestamp format", "[formats]")
{
    const QDateTime winter = parseTimestamp(u"2026-11-20T14:00:00+01:00");
    REQUIRE(winter.isValid());
    CHECK(winter.offsetFromUtc() == 3600);
    CHECK(winter.toUTC() == QDateTime(QDate(2026, 11, 20), QTime(13, 0), Qt::UTC));
    CHECK(formatTimestamp(winter) == "2026-11-20T14:00:00+01:00");

    CHECK(formatTimestamp(parseTimestamp(u"2026-06-01T08:15:30-04:30")) ==
          "2026-06-01T08:15:30-04:30");
    CHECK(formatTimestamp(parseTimestamp(u"2026-06-01T08:15:30Z")) == "2026-06-01T08:15:30Z");
    CHECK(formatTimestamp(parseTimestamp(u"2026-06-01T08:15:30.5+02:00")) ==
          "2026-06-01T08:15:30.500+02:00");
    CHECK(parseTimestamp(u"2026-06-01T08:15:30.123+02:00").time().msec() == 123);
    CHECK_FALSE(parseTimestamp(u"2026-06-01T08:15:30.1234+02:00").isValid());
    CHECK(formatTimestamp({}).isEmpty());
}

TEST_CASE("date and id formats", "[formats]")
{
    CHECK(parseDate(u"2028-02-29") == QDate(2028, 2, 29));
    CHECK_FALSE(parseDate(u"2026-02-29").isValid());
    CHECK_FALSE(parseDate(u"2026-11-20 ").isValid());
    CHECK(formatDate(QDate(2026, 1, 5)) == "2026-01-05");
    CHECK(formatDate({}).isEmpty());
    CHECK(isUuid(childId));
    CHECK(isUuid(u"00000000-0000-0000-0000-000000000000"));
    CHECK_FALSE(isUuid(u"0192f0c4-7a1e-7c3b-9a41-1c2d3e4f5a6"));
    CHECK_FALSE(isUuid(u"0192f0c4_7a1e-7c3b-9a41-1c2d3e4f5a6b"));
}
