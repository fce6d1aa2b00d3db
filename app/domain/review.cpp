#include "review.h"

#include "domain/jsonfields.h"
#include "domain/rulecodes.h"
#include "domain/shapecheck.h"

namespace homevisit::domain {

namespace {

void describeReviewFields(ShapeChecker &body)
{
    body.id("refers_to");
    body.choice("decision", WireNames<ReviewDecision>::names);
    body.text("comment");
}

bool needsComment(std::optional<ReviewDecision> decision)
{
    return decision == ReviewDecision::Returned || decision == ReviewDecision::Comment;
}

} // namespace

Review Review::fromJson(const QJsonObject &body)
{
    return {json::text(body.value(u"refers_to")),
            json::choice<ReviewDecision>(body.value(u"decision")),
            json::text(body.value(u"comment"))};
}

QJsonObject Review::toJson() const
{
    QJsonObject json;
    json::putText(json, QStringLiteral("refers_to"), refersTo);
    json::putChoice(json, QStringLiteral("decision"), decision);
    json::putText(json, QStringLiteral("comment"), comment);
    return json;
}

QList<RuleViolation> Review::validate() const
{
    QList<RuleViolation> out;
    if (json::isBlank(refersTo))
        out.append({QStringLiteral("refers_to"), code::required});
    if (!decision)
        out.append({QStringLiteral("decision"), code::required});
    else if (needsComment(decision) && json::isBlank(comment))
        out.append({QStringLiteral("comment"), code::commentRequired});
    return out;
}

QList<RuleViolation> Review::checkShape(const QJsonObject &body)
{
    return ShapeChecker::check(body, describeReviewFields);
}

} // namespace homevisit::domain
