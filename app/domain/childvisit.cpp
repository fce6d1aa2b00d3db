#include "childvisit.h"

#include "domain/jsonfields.h"
#include "domain/rulecodes.h"
#include "domain/shapecheck.h"

#include <QJsonArray>

namespace homevisit::domain {

namespace {

ChildAnswer answerFromJson(const QJsonObject &json)
{
    return {json::text(json.value(u"question")), json::optionalInt(json.value(u"score")),
            json::text(json.value(u"words"))};
}

QJsonObject answerToJson(const ChildAnswer &answer)
{
    QJsonObject json;
    json::putText(json, QStringLiteral("question"), answer.question);
    json::putInt(json, QStringLiteral("score"), answer.score);
    json::putText(json, QStringLiteral("words"), answer.words);
    return json;
}

QList<ChildAnswer> answersFromJson(const QJsonValue &value)
{
    QList<ChildAnswer> answers;
    for (const QJsonValue &element : value.toArray()) {
        if (element.isObject())
            answers.append(answerFromJson(element.toObject()));
    }
    return answers;
}

QJsonArray answersToJson(const QList<ChildAnswer> &answers)
{
    QJsonArray array;
    for (const ChildAnswer &answer : answers)
        array.append(answerToJson(answer));
    return array;
}

void describeAnswerFields(ShapeChecker &answer)
{
    answer.text("question");
    answer.integer("score", ChildAnswer::minScore, ChildAnswer::maxScore);
    answer.text("words");
}

void describeVisitFields(ShapeChecker &body)
{
    body.id("child_id");
    body.timestamp("started_at");
    body.timestamp("ended_at");
    body.choice("place", WireNames<VisitPlace>::names);
    body.text("place_text");
    body.texts("participants");
    ParticipationChecklist::describeShape(body);
    body.objects("child_answers", ChildVisit::maxChildAnswers, describeAnswerFields);
    body.text("observations");
    body.text("agreed_actions");
    body.date("next_planned_visit");
    body.boolean("concern_raised");
}

} // namespace

ChildVisit ChildVisit::fromJson(const QJsonObject &body)
{
    ChildVisit v;
    v.childId = json::text(body.value(u"child_id"));
    v.startedAt = json::timestamp(body.value(u"started_at"));
    v.endedAt = json::timestamp(body.value(u"ended_at"));
    v.place = json::choice<VisitPlace>(body.value(u"place"));
    v.placeText = json::text(body.value(u"place_text"));
    v.participants = json::texts(body.value(u"participants"));
    v.checklist = ParticipationChecklist::fromJson(body);
    v.childAnswers = answersFromJson(body.value(u"child_answers"));
    v.observations = json::text(body.value(u"observations"));
    v.agreedActions = json::text(body.value(u"agreed_actions"));
    v.nextPlannedVisit = json::date(body.value(u"next_planned_visit"));
    v.concernRaised = json::optionalBool(body.value(u"concern_raised")).value_or(false);
    return v;
}

QJsonObject ChildVisit::toJson() const
{
    QJsonObject json = checklist.toJson();
    json::putText(json, QStringLiteral("child_id"), childId);
    json::putTimestamp(json, QStringLiteral("started_at"), startedAt);
    json::putTimestamp(json, QStringLiteral("ended_at"), endedAt);
    json::putChoice(json, QStringLiteral("place"), place);
    json::putText(json, QStringLiteral("place_text"), placeText);
    json::putTexts(json, QStringLiteral("participants"), participants);
    json::putArray(json, QStringLiteral("child_answers"), answersToJson(childAnswers));
    json::putText(json, QStringLiteral("observations"), observations);
    json::putText(json, QStringLiteral("agreed_actions"), agreedActions);
    json::putDate(json, QStringLiteral("next_planned_visit"), nextPlannedVisit);
    if (concernRaised) // absent means no concern raised
        json.insert(QStringLiteral("concern_raised"), true);
    return json;
}

bool ChildVisit::concernFlag() const
{
    return concernRaised || checklist.raisesConcern();
}

QDate ChildVisit::eventDate() const
{
    return startedAt.date();
}

QList<RuleViolation> ChildVisit::validate(const DomainSettings &settings) const
{
    QList<RuleViolation> out;
    if (json::isBlank(childId))
        out.append({QStringLiteral("child_id"), code::required});
    if (!startedAt.isValid())
        out.append({QStringLiteral("started_at"), code::required});
    else if (endedAt.isValid() && endedAt < startedAt)
        out.append({QStringLiteral("ended_at"), code::endsBeforeStart});
    out.append(checklist.validate(settings));
    return out;
}

QList<RuleViolation> ChildVisit::checkShape(const QJsonObject &body)
{
    return ShapeChecker::check(body, describeVisitFields);
}

} // namespace homevisit::domain
