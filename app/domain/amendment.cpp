#include "amendment.h"

#include "domain/jsonfields.h"
#include "domain/rulecodes.h"
#include "domain/shapecheck.h"

namespace homevisit::domain {

namespace {

void describeAmendmentFields(ShapeChecker &body)
{
    body.id("refers_to");
    body.text("text");
    body.text("reason");
}

} // namespace

Amendment Amendment::fromJson(const QJsonObject &body)
{
    return {json::text(body.value(u"refers_to")), json::text(body.value(u"text")),
            json::text(body.value(u"reason"))};
}

QJsonObject Amendment::toJson() const
{
    QJsonObject json;
    json::putText(json, QStringLiteral("refers_to"), refersTo);
    json::putText(json, QStringLiteral("text"), text);
    json::putText(json, QStringLiteral("reason"), reason);
    return json;
}

QList<RuleViolation> Amendment::validate() const
{
    QList<RuleViolation> out;
    if (json::isBlank(refersTo))
        out.append({QStringLiteral("refers_to"), code::required});
    if (json::isBlank(text))
        out.append({QStringLiteral("text"), code::required});
    return out;
}

QList<RuleViolation> Amendment::checkShape(const QJsonObject &body)
{
    return ShapeChecker::check(body, describeAmendmentFields);
}

} // namespace homevisit::domain
