#include "participationchecklist.h"

#include "domain/jsonfields.h"
#include "domain/rulecodes.h"
#include "domain/shapecheck.h"

#include <QCoreApplication>

#include <algorithm>

namespace homevisit::domain {

namespace {

constexpr qsizetype maxTopicKeyLength = 40;

constexpr QLatin1String checklistKey{"checklist"};
constexpr QLatin1String viewsKey{"views"};

QString checklistPath(const char *field)
{
    return QString(checklistKey) + u'.' + QLatin1String(field);
}

QString viewPath(const QString &topic)
{
    return QString(viewsKey) + u'.' + topic;
}

TopicView topicFromJson(const QJsonObject &json)
{
    return {json::choice<TopicStatus>(json.value(u"status")),
            json::text(json.value(u"child_words")), json::text(json.value(u"notes"))};
}

QJsonObject topicToJson(const TopicView &topic)
{
    QJsonObject json;
    json::putChoice(json, QStringLiteral("status"), topic.status);
    json::putText(json, QStringLiteral("child_words"), topic.childWords);
    json::putText(json, QStringLiteral("notes"), topic.notes);
    return json;
}

QMap<QString, TopicView> viewsFromJson(const QJsonObject &json)
{
    QMap<QString, TopicView> views;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        // A null topic is an unanswered one, the same as an absent one.
        if (it.value().isObject())
            views.insert(it.key(), topicFromJson(it.value().toObject()));
    }
    return views;
}

QJsonObject viewsToJson(const QMap<QString, TopicView> &views)
{
    QJsonObject json;
    for (auto it = views.constBegin(); it != views.constEnd(); ++it)
        json.insert(it.key(), topicToJson(it.value()));
    return json;
}

void describeChecklistFields(ShapeChecker &checklist)
{
    checklist.boolean("told_purpose");
    checklist.boolean("spoken_alone");
    checklist.choice("not_alone_reason", WireNames<NotAloneReason>::names);
    checklist.text("not_alone_reason_text");
    checklist.choice("feels_safe", WireNames<FeelsSafe>::names);
    checklist.text("concern_text");
    checklist.boolean("knows_how_to_reach");
    checklist.boolean("told_how_views_used");
    checklist.boolean("interpreter_used");
    checklist.text("communication_aids");
    checklist.choices("methods", WireNames<ParticipationMethod>::names);
    checklist.text("method_other_text");
}

void describeTopicFields(ShapeChecker &topic)
{
    topic.choice("status", WireNames<TopicStatus>::names);
    topic.text("child_words");
    topic.text("notes");
}

} // namespace

bool reasonNeedsText(NotAloneReason reason)
{
    return reason == NotAloneReason::NotAppropriate || reason == NotAloneReason::PracticalObstacle;
}

bool isViewTopicKey(QStringView key)
{
    if (key.isEmpty() || key.size() > maxTopicKeyLength)
        return false;
    return std::all_of(key.begin(), key.end(),
                       [](QChar c) { return (c >= u'a' && c <= u'z') || c == u'_'; });
}

QString viewTopicLabel(const QString &topic)
{
    if (topic == u"living_in_foster_home")
        return QCoreApplication::translate("ViewTopic", "living in the foster home");
    if (topic == u"safety")
        return QCoreApplication::translate("ViewTopic", "safety");
    if (topic == u"school")
        return QCoreApplication::translate("ViewTopic", "school or preschool");
    if (topic == u"health")
        return QCoreApplication::translate("ViewTopic", "health");
    if (topic == u"leisure_and_friends")
        return QCoreApplication::translate("ViewTopic", "leisure and friends");
    if (topic == u"contact_with_family")
        return QCoreApplication::translate("ViewTopic", "contact with parents and siblings");
    if (topic == u"future_wishes")
        return QCoreApplication::translate("ViewTopic", "wishes for the future");
    return QString(topic).replace(u'_', u' ');
}

ParticipationChecklist ParticipationChecklist::fromJson(const QJsonObject &visitBody)
{
    const QJsonObject json = visitBody.value(checklistKey).toObject();
    ParticipationChecklist c;
    c.toldPurpose = json::optionalBool(json.value(u"told_purpose"));
    c.spokenAlone = json::optionalBool(json.value(u"spoken_alone"));
    c.notAloneReason = json::choice<NotAloneReason>(json.value(u"not_alone_reason"));
    c.notAloneReasonText = json::text(json.value(u"not_alone_reason_text"));
    c.views = viewsFromJson(visitBody.value(viewsKey).toObject());
    c.feelsSafe = json::choice<FeelsSafe>(json.value(u"feels_safe"));
    c.concernText = json::text(json.value(u"concern_text"));
    c.knowsHowToReach = json::optionalBool(json.value(u"knows_how_to_reach"));
    c.toldHowViewsUsed = json::optionalBool(json.value(u"told_how_views_used"));
    c.interpreterUsed = json::optionalBool(json.value(u"interpreter_used"));
    c.communicationAids = json::text(json.value(u"communication_aids"));
    c.methods = json::choices<ParticipationMethod>(json.value(u"methods"));
    c.methodOtherText = json::text(json.value(u"method_other_text"));
    return c;
}

QJsonObject ParticipationChecklist::toJson() const
{
    QJsonObject json;
    json::putBool(json, QStringLiteral("told_purpose"), toldPurpose);
    json::putBool(json, QStringLiteral("spoken_alone"), spokenAlone);
    json::putChoice(json, QStringLiteral("not_alone_reason"), notAloneReason);
    json::putText(json, QStringLiteral("not_alone_reason_text"), notAloneReasonText);
    json::putChoice(json, QStringLiteral("feels_safe"), feelsSafe);
    json::putText(json, QStringLiteral("concern_text"), concernText);
    json::putBool(json, QStringLiteral("knows_how_to_reach"), knowsHowToReach);
    json::putBool(json, QStringLiteral("told_how_views_used"), toldHowViewsUsed);
    json::putBool(json, QStringLiteral("interpreter_used"), interpreterUsed);
    json::putText(json, QStringLiteral("communication_aids"), communicationAids);
    json::putChoices(json, QStringLiteral("methods"), methods);
    json::putText(json, QStringLiteral("method_other_text"), methodOtherText);
    QJsonObject part;
    json::putObject(part, checklistKey, json);
    json::putObject(part, viewsKey, viewsToJson(views));
    return part;
}

bool ParticipationChecklist::raisesConcern() const
{
    return feelsSafe == FeelsSafe::Partly || feelsSafe == FeelsSafe::No;
}

namespace {

// Item 2 and its conditions: IVO wants the reason a child was not heard.
void validateSpokenAlone(const ParticipationChecklist &c, QList<RuleViolation> &out)
{
    if (!c.spokenAlone) {
        out.append({checklistPath("spoken_alone"), code::required});
    } else if (*c.spokenAlone) {
        if (c.notAloneReason)
            out.append({checklistPath("not_alone_reason"), code::reasonNotApplicable});
    } else if (!c.notAloneReason) {
        out.append({checklistPath("not_alone_reason"), code::reasonRequired});
    } else if (reasonNeedsText(*c.notAloneReason) && json::isBlank(c.notAloneReasonText)) {
        out.append({checklistPath("not_alone_reason_text"), code::reasonTextRequired});
    }
}

// Item 3: every topic of the municipality answered, the child's words when discussed.
void validateViews(const QMap<QString, TopicView> &views, const QStringList &topics,
                   QList<RuleViolation> &out)
{
    for (const QString &topic : topics) {
        const auto it = views.constFind(topic);
        if (it == views.constEnd() || !it->status)
            out.append({viewPath(topic), code::topicUnanswered});
        else if (it->status == TopicStatus::Discussed && json::isBlank(it->childWords))
            out.append({viewPath(topic) + QLatin1String(".child_words"), code::childWordsRequired});
    }
    for (auto it = views.constBegin(); it != views.constEnd(); ++it) {
        if (!topics.contains(it.key()))
            out.append({viewPath(it.key()), code::unknownTopic});
    }
}

// Items 4 and 8: a concern and an "other" method must be put into words.
void validateDescriptions(const ParticipationChecklist &c, QList<RuleViolation> &out)
{
    if (c.raisesConcern() && json::isBlank(c.concernText))
        out.append({checklistPath("concern_text"), code::concernTextRequired});
    if (c.methods.contains(ParticipationMethod::Other) && json::isBlank(c.methodOtherText))
        out.append({checklistPath("method_other_text"), code::otherTextRequired});
}

} // namespace

QList<RuleViolation> ParticipationChecklist::validate(const DomainSettings &settings) const
{
    QList<RuleViolation> out;
    if (!toldPurpose)
        out.append({checklistPath("told_purpose"), code::required});
    validateSpokenAlone(*this, out);
    validateViews(views, settings.viewTopics, out);
    validateDescriptions(*this, out);
    return out;
}

void ParticipationChecklist::describeShape(ShapeChecker &visitBody)
{
    visitBody.object("checklist", describeChecklistFields);
    visitBody.objectsByName("views", maxListEntries, isViewTopicKey, describeTopicFields);
}

} // namespace homevisit::domain
