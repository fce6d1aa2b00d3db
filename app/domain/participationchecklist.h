// The child-participation checklist (barnets delaktighet, docs/domain.md), items 1-8,
// with the child's views by topic (item 3). IVO requires the reason a child was not
// heard to be documented, so these are the rules that block signing a child visit.
#pragma once

#include "domain/records.h"
#include "domain/wirenames.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace homevisit::domain {

class ShapeChecker;

// Item 2: why there was no conversation with the child alone.
enum class NotAloneReason
{
    ChildDeclined,
    TooYoung,
    NotAppropriate,
    PracticalObstacle,
    InterpreterMissing
};
template <> struct WireNames<NotAloneReason>
{
    static constexpr std::array<const char *, 5> names{"child_declined", "too_young",
                                                       "not_appropriate", "practical_obstacle",
                                                       "interpreter_missing"};
};

// The reasons that are judgements ("not judged appropriate", "practical obstacle")
// must be explained in words; the others speak for themselves.
bool reasonNeedsText(NotAloneReason reason);

// Item 4: the child's answer to whether they feel safe.
enum class FeelsSafe
{
    Yes,
    Partly,
    No,
    NotAsked
};
template <> struct WireNames<FeelsSafe>
{
    static constexpr std::array<const char *, 4> names{"yes", "partly", "no", "not_asked"};
};

// Item 8: how the child took part.
enum class ParticipationMethod
{
    Conversation,
    PlayOrDrawing,
    Observation,
    Other
};
template <> struct WireNames<ParticipationMethod>
{
    static constexpr std::array<const char *, 4> names{"conversation", "play_or_drawing",
                                                       "observation", "other"};
};

// Item 3, per topic. "Not discussed" is an answer; no status is not.
enum class TopicStatus
{
    Discussed,
    NotDiscussed
};
template <> struct WireNames<TopicStatus>
{
    static constexpr std::array<const char *, 2> names{"discussed", "not_discussed"};
};

// A view topic key: [a-z_]{1,40}. Municipalities choose their own topics
// (DomainSettings::viewTopics), so the shape check accepts any such key.
bool isViewTopicKey(QStringView key);

// The topic's name for a sentence ("leisure and friends"), translated in context
// "ViewTopic"; a municipality's own topic shows its key with spaces.
QString viewTopicLabel(const QString &topic);

struct TopicView
{
    std::optional<TopicStatus> status;
    QString childWords; // the child's own words, as close to verbatim as possible
    QString notes;      // the secretary's notes on the topic

    bool operator==(const TopicView &) const = default;
};

struct ParticipationChecklist
{
    std::optional<bool> toldPurpose; // 1: told, age-adapted, why and what is written
    std::optional<bool> spokenAlone; // 2
    std::optional<NotAloneReason> notAloneReason;
    QString notAloneReasonText;
    QMap<QString, TopicView> views;     // 3: by topic key
    std::optional<FeelsSafe> feelsSafe; // 4
    QString concernText;
    std::optional<bool> knowsHowToReach;  // 5
    std::optional<bool> toldHowViewsUsed; // 6
    std::optional<bool> interpreterUsed;  // 7
    QString communicationAids;
    QList<ParticipationMethod> methods; // 8
    QString methodOtherText;

    // The checklist spans two members of a child-visit body, "checklist" (items
    // 1, 2, 4-8) and "views" (item 3); fromJson reads both from the body.
    static ParticipationChecklist fromJson(const QJsonObject &visitBody);
    // {"checklist": {...}, "views": {...}}: the part of a child-visit body this
    // class owns, each member left out when empty.
    QJsonObject toJson() const;

    // Items 1-3 answered, plus the conditional rules (a reason when not spoken
    // alone, words when discussed, a description of a concern, the other method).
    // Fields are paths in the child-visit body ("checklist.spoken_alone").
    QList<RuleViolation> validate(const DomainSettings &settings) const;

    // The child did not say they feel safe (item 4).
    bool raisesConcern() const;

    // Describes the "checklist" and "views" members for the visit's shape check.
    static void describeShape(ShapeChecker &visitBody);

    bool operator==(const ParticipationChecklist &) const = default;
};

} // namespace homevisit::domain
