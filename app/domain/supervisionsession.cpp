#include "supervisionsession.h"

#include "domain/jsonfields.h"
#include "domain/rulecodes.h"
#include "domain/shapecheck.h"

#include <algorithm>

namespace homevisit::domain {

namespace {

std::optional<FamilyRating> ratingFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject json = value.toObject();
    FamilyRating rating{json::optionalInt(json.value(u"score")),
                        json::text(json.value(u"comment"))};
    // An empty rating is no rating, the same as toJson writes it.
    if (!rating.score && rating.comment.isEmpty())
        return std::nullopt;
    return rating;
}

QJsonObject ratingToJson(const std::optional<FamilyRating> &rating)
{
    QJsonObject json;
    if (rating) {
        json::putInt(json, QStringLiteral("score"), rating->score);
        json::putText(json, QStringLiteral("comment"), rating->comment);
    }
    return json;
}

bool hasNonBlank(const QStringList &texts)
{
    return std::any_of(texts.begin(), texts.end(),
                       [](const QString &text) { return !json::isBlank(text); });
}

void describeRatingFields(ShapeChecker &rating)
{
    rating.integer("score", FamilyRating::minScore, FamilyRating::maxScore);
    rating.text("comment");
}

void describeSessionFields(ShapeChecker &body)
{
    body.id("foster_home_id");
    body.date("date");
    body.timestamp("started_at");
    body.timestamp("ended_at");
    body.texts("participants");
    body.choices("support_forms", WireNames<SupportForm>::names);
    body.text("themes");
    body.text("family_needs");
    body.text("agreed_actions");
    body.date("next_session");
    body.object("family_rating", describeRatingFields);
}

} // namespace

SupervisionSession SupervisionSession::fromJson(const QJsonObject &body)
{
    SupervisionSession s;
    s.fosterHomeId = json::text(body.value(u"foster_home_id"));
    s.date = json::date(body.value(u"date"));
    s.startedAt = json::timestamp(body.value(u"started_at"));
    s.endedAt = json::timestamp(body.value(u"ended_at"));
    s.participants = json::texts(body.value(u"participants"));
    s.supportForms = json::choices<SupportForm>(body.value(u"support_forms"));
    s.themes = json::text(body.value(u"themes"));
    s.familyNeeds = json::text(body.value(u"family_needs"));
    s.agreedActions = json::text(body.value(u"agreed_actions"));
    s.nextSession = json::date(body.value(u"next_session"));
    s.familyRating = ratingFromJson(body.value(u"family_rating"));
    return s;
}

QJsonObject SupervisionSession::toJson() const
{
    QJsonObject json;
    json::putText(json, QStringLiteral("foster_home_id"), fosterHomeId);
    json::putDate(json, QStringLiteral("date"), date);
    json::putTimestamp(json, QStringLiteral("started_at"), startedAt);
    json::putTimestamp(json, QStringLiteral("ended_at"), endedAt);
    json::putTexts(json, QStringLiteral("participants"), participants);
    json::putChoices(json, QStringLiteral("support_forms"), supportForms);
    json::putText(json, QStringLiteral("themes"), themes);
    json::putText(json, QStringLiteral("family_needs"), familyNeeds);
    json::putText(json, QStringLiteral("agreed_actions"), agreedActions);
    json::putDate(json, QStringLiteral("next_session"), nextSession);
    json::putObject(json, QStringLiteral("family_rating"), ratingToJson(familyRating));
    return json;
}

QList<RuleViolation> SupervisionSession::validate() const
{
    QList<RuleViolation> out;
    if (json::isBlank(fosterHomeId))
        out.append({QStringLiteral("foster_home_id"), code::required});
    if (!date.isValid())
        out.append({QStringLiteral("date"), code::required});
    if (startedAt.isValid() && endedAt.isValid() && endedAt < startedAt)
        out.append({QStringLiteral("ended_at"), code::endsBeforeStart});
    if (!hasNonBlank(participants))
        out.append({QStringLiteral("participants"), code::required});
    if (supportForms.isEmpty())
        out.append({QStringLiteral("support_forms"), code::required});
    return out;
}

QList<RuleViolation> SupervisionSession::checkShape(const QJsonObject &body)
{
    return ShapeChecker::check(body, describeSessionFields);
}

} // namespace homevisit::domain
