// A visit to a placed child (besök hos barnet): the journal entry the child's
// social secretary writes on the spot, with the participation checklist.
#pragma once

#include "domain/participationchecklist.h"
#include "domain/records.h"
#include "domain/wirenames.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace homevisit::domain {

enum class VisitPlace
{
    FosterHome,
    School,
    Office,
    Other
};
template <> struct WireNames<VisitPlace>
{
    static constexpr std::array<const char *, 4> names{"foster_home", "school", "office", "other"};
};

// One answer the child gives in "child mode", on a 1-5 scale of faces.
struct ChildAnswer
{
    static constexpr int minScore = 1;
    static constexpr int maxScore = 5;

    QString question;
    std::optional<int> score;
    QString words; // what the child said or wrote alongside the score

    bool operator==(const ChildAnswer &) const = default;
};

struct ChildVisit
{
    static constexpr qsizetype maxChildAnswers = 6;

    QString childId;
    QDateTime startedAt; // invalid until entered
    QDateTime endedAt;   // invalid until entered
    std::optional<VisitPlace> place;
    QString placeText;
    QStringList participants;
    ParticipationChecklist checklist; // also holds the views by topic
    QList<ChildAnswer> childAnswers;
    QString observations;
    QString agreedActions;
    QDate nextPlannedVisit;     // invalid when none is planned
    bool concernRaised = false; // the secretary's own concern, beside the child's answer

    static ChildVisit fromJson(const QJsonObject &body);
    QJsonObject toJson() const;

    // The concern flag that reaches the supervisor first: the child did not say they
    // feel safe, or the secretary raised a concern.
    bool concernFlag() const;
    // The day of the visit, in the UTC offset it was recorded with.
    QDate eventDate() const;

    // The rules for signing (docs/domain.md), including the checklist's.
    QList<RuleViolation> validate(const DomainSettings &settings) const;
    static QList<RuleViolation> checkShape(const QJsonObject &body);

    bool operator==(const ChildVisit &) const = default;
};

} // namespace homevisit::domain
