#include "records.h"

#include "domain/amendment.h"
#include "domain/childvisit.h"
#include "domain/participationchecklist.h"
#include "domain/review.h"
#include "domain/rulecodes.h"
#include "domain/supervisionsession.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace homevisit::domain {

namespace {

constexpr std::array<const char *, 4> kindNames{"child_visit", "supervision_session", "amendment",
                                                "review"};

// The topic key of a field "views.<topic>" or "views.<topic>.<member>".
QString topicOf(const QString &field)
{
    return field.section(u'.', 1, 1);
}

QString requiredMessage(const QString &field)
{
    if (field == u"child_id")
        return QCoreApplication::translate("RuleViolation", "Choose the child the visit concerns.");
    if (field == u"started_at")
        return QCoreApplication::translate("RuleViolation", "Enter when the visit started.");
    if (field == u"checklist.told_purpose")
        return QCoreApplication::translate(
            "RuleViolation",
            "Answer whether the child was told why the visit happens and what will be written "
            "down.");
    if (field == u"checklist.spoken_alone")
        return QCoreApplication::translate("RuleViolation",
                                           "Answer whether you spoke with the child alone.");
    if (field == u"foster_home_id")
        return QCoreApplication::translate("RuleViolation",
                                           "Choose the foster home the session concerns.");
    if (field == u"date")
        return QCoreApplication::translate("RuleViolation", "Enter the date of the session.");
    if (field == u"participants")
        return QCoreApplication::translate("RuleViolation", "Name at least one participant.");
    if (field == u"support_forms")
        return QCoreApplication::translate("RuleViolation",
                                           "Choose at least one form of support given.");
    if (field == u"refers_to")
        return QCoreApplication::translate("RuleViolation",
                                           "Choose the signed record this concerns.");
    if (field == u"text")
        return QCoreApplication::translate("RuleViolation", "Write the correction.");
    if (field == u"decision")
        return QCoreApplication::translate("RuleViolation",
                                           "Choose whether to sign off, return or comment.");
    return QCoreApplication::translate("RuleViolation", "Fill in this field before signing.");
}

QString invalidFormatMessage(const QString &field)
{
    if (field.endsWith(u"_id") || field == u"refers_to")
        return QCoreApplication::translate("RuleViolation", "This is not a valid record id.");
    if (field.endsWith(u"_at"))
        return QCoreApplication::translate(
            "RuleViolation",
            "Enter the time as date, time and UTC offset, such as 2026-11-20T14:00:00+01:00.");
    if (field.startsWith(u"views."))
        return QCoreApplication::translate(
            "RuleViolation",
            "A view topic's key may only have lowercase letters a-z and underscores, at most 40.");
    return QCoreApplication::translate("RuleViolation",
                                       "Enter the date as year-month-day, such as 2026-11-20.");
}

bool isListField(const QString &field)
{
    static constexpr std::array<const char16_t *, 5> lists{
        u"participants", u"checklist.methods", u"support_forms", u"child_answers", u"views"};
    return std::any_of(lists.begin(), lists.end(),
                       [&](const char16_t *list) { return field == QStringView(list); });
}

QString shapeMessage(const QString &field, const QString &code)
{
    if (code == code::unknownField)
        return QCoreApplication::translate("RuleViolation",
                                           "This field is not part of the record format.");
    if (code == code::wrongType)
        return QCoreApplication::translate("RuleViolation",
                                           "This field holds the wrong kind of value.");
    if (code == code::invalidValue)
        return QCoreApplication::translate("RuleViolation",
                                           "This value is not one of the allowed choices.");
    if (code == code::invalidFormat)
        return invalidFormatMessage(field);
    if (isListField(field))
        return QCoreApplication::translate("RuleViolation", "This list has too many entries.");
    return QCoreApplication::translate("RuleViolation",
                                       "This text is too long: at most 100000 characters.");
}

QString participationMessage(const QString &field, const QString &code)
{
    const QString topic = viewTopicLabel(topicOf(field));
    if (code == code::reasonRequired)
        return QCoreApplication::translate("RuleViolation",
                                           "Choose why the child was not spoken with alone.");
    if (code == code::reasonTextRequired)
        return QCoreApplication::translate(
            "RuleViolation", "Explain in words why the child was not spoken with alone.");
    if (code == code::reasonNotApplicable)
        return QCoreApplication::translate(
            "RuleViolation",
            "The child was spoken with alone, so remove the reason for not doing so.");
    if (code == code::topicUnanswered)
        return QCoreApplication::translate(
                   "RuleViolation",
                   "Record the child's views on %1, or mark the topic as not discussed.")
            .arg(topic);
    if (code == code::childWordsRequired)
        return QCoreApplication::translate("RuleViolation",
                                           "Write down the child's own words on %1.")
            .arg(topic);
    if (code == code::unknownTopic)
        return QCoreApplication::translate("RuleViolation",
                                           "\"%1\" is not one of the municipality's view topics.")
            .arg(topicOf(field));
    if (code == code::concernTextRequired)
        return QCoreApplication::translate(
            "RuleViolation", "Describe the concern: the child did not say they feel safe.");
    return QCoreApplication::translate("RuleViolation", "Describe the other method used.");
}

bool isShapeCode(const QString &code)
{
    return code == code::unknownField || code == code::wrongType || code == code::invalidValue ||
           code == code::invalidFormat || code == code::tooLong;
}

bool isParticipationCode(const QString &code)
{
    return code == code::reasonRequired || code == code::reasonTextRequired ||
           code == code::reasonNotApplicable || code == code::topicUnanswered ||
           code == code::childWordsRequired || code == code::unknownTopic ||
           code == code::concernTextRequired || code == code::otherTextRequired;
}

// Whether one field is the other or contains it ("checklist" and
// "checklist.spoken_alone"; "views.safety" and "views.safety.status").
bool overlaps(const QString &a, const QString &b)
{
    const auto contains = [](const QString &outer, const QString &inner) {
        return inner.startsWith(outer) &&
               (inner.size() == outer.size() || inner[outer.size()] == u'.' ||
                inner[outer.size()] == u'[');
    };
    return contains(a, b) || contains(b, a);
}

// A field whose shape is already reported would only repeat itself as "required":
// the shape message is the one that tells the worker what to fix.
QList<RuleViolation> withoutShapeOverlaps(const QList<RuleViolation> &rules,
                                          const QList<RuleViolation> &shape)
{
    QList<RuleViolation> kept;
    for (const RuleViolation &rule : rules) {
        const bool repeated = std::any_of(shape.begin(), shape.end(), [&](const RuleViolation &s) {
            return overlaps(s.field, rule.field);
        });
        if (!repeated)
            kept.append(rule);
    }
    return kept;
}

QList<RuleViolation> signingRules(RecordKind kind, const QJsonObject &body,
                                  const DomainSettings &settings)
{
    switch (kind) {
    case RecordKind::ChildVisit:
        return ChildVisit::fromJson(body).validate(settings);
    case RecordKind::SupervisionSession:
        return SupervisionSession::fromJson(body).validate();
    case RecordKind::Amendment:
        return Amendment::fromJson(body).validate();
    case RecordKind::Review:
        return Review::fromJson(body).validate();
    }
    return {};
}

} // namespace

QString kindName(RecordKind kind)
{
    return QString::fromLatin1(kindNames[static_cast<std::size_t>(kind)]);
}

std::optional<RecordKind> kindFromName(QStringView name)
{
    for (std::size_t i = 0; i < kindNames.size(); ++i) {
        if (name == QLatin1String(kindNames[i]))
            return static_cast<RecordKind>(i);
    }
    return std::nullopt;
}

QString RuleViolation::message() const
{
    if (isShapeCode(code))
        return shapeMessage(field, code);
    if (code == code::required)
        return requiredMessage(field);
    if (code == code::endsBeforeStart)
        return QCoreApplication::translate("RuleViolation",
                                           "The end time is before the start time.");
    if (isParticipationCode(code))
        return participationMessage(field, code);
    if (code == code::commentRequired)
        return QCoreApplication::translate(
            "RuleViolation", "Write a comment saying what should be completed or noted.");
    return QCoreApplication::translate("RuleViolation", "This field breaks a record rule.");
}

QStringList DomainSettings::defaultViewTopics()
{
    return {QStringLiteral("living_in_foster_home"),
            QStringLiteral("safety"),
            QStringLiteral("school"),
            QStringLiteral("health"),
            QStringLiteral("leisure_and_friends"),
            QStringLiteral("contact_with_family"),
            QStringLiteral("future_wishes")};
}

QList<RuleViolation> checkShape(RecordKind kind, const QJsonObject &body)
{
    switch (kind) {
    case RecordKind::ChildVisit:
        return ChildVisit::checkShape(body);
    case RecordKind::SupervisionSession:
        return SupervisionSession::checkShape(body);
    case RecordKind::Amendment:
        return Amendment::checkShape(body);
    case RecordKind::Review:
        return Review::checkShape(body);
    }
    return {};
}

QList<RuleViolation> validateForSigning(RecordKind kind, const QJsonObject &body,
                                        const DomainSettings &settings)
{
    QList<RuleViolation> violations = checkShape(kind, body);
    violations.append(withoutShapeOverlaps(signingRules(kind, body, settings), violations));
    return violations;
}

RecordFacts factsOf(RecordKind kind, const QJsonObject &body)
{
    RecordFacts facts;
    switch (kind) {
    case RecordKind::ChildVisit: {
        const ChildVisit visit = ChildVisit::fromJson(body);
        facts.childId = visit.childId;
        facts.eventDate = visit.eventDate();
        facts.concern = visit.concernFlag();
        break;
    }
    case RecordKind::SupervisionSession: {
        const SupervisionSession session = SupervisionSession::fromJson(body);
        facts.fosterHomeId = session.fosterHomeId;
        facts.eventDate = session.date;
        break;
    }
    case RecordKind::Amendment:
        facts.refersTo = Amendment::fromJson(body).refersTo;
        break;
    case RecordKind::Review:
        facts.refersTo = Review::fromJson(body).refersTo;
        break;
    }
    return facts;
}

} // namespace homevisit::domain
