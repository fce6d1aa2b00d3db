// A supervision session or support visit to a foster home (handledning /
// stödbesök), written by the foster-home secretary. The support forms are the ones
// the seeds' survey asked families to rate.
#pragma once

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

enum class SupportForm
{
    Meeting,
    HomeVisit,
    Phone,
    Training,
    Supervision,
    ContactWithParentsSupport, // support with the children's contact with parents (umgänge)
    OtherFosterHomes,
    OtherProfessionals
};
template <> struct WireNames<SupportForm>
{
    static constexpr std::array<const char *, 8> names{"meeting",
                                                       "home_visit",
                                                       "phone",
                                                       "training",
                                                       "supervision",
                                                       "contact_with_parents_support",
                                                       "other_foster_homes",
                                                       "other_professionals"};
};

// The family's own rating of the support, 1-10 as in the seeds' survey.
struct FamilyRating
{
    static constexpr int minScore = 1;
    static constexpr int maxScore = 10;

    std::optional<int> score;
    QString comment;

    bool operator==(const FamilyRating &) const = default;
};

struct SupervisionSession
{
    QString fosterHomeId;
    QDate date;          // invalid until entered
    QDateTime startedAt; // optional
    QDateTime endedAt;   // optional
    QStringList participants;
    QList<SupportForm> supportForms;
    QString themes;
    QString familyNeeds;
    QString agreedActions;
    QDate nextSession; // invalid when none is planned
    std::optional<FamilyRating> familyRating;

    static SupervisionSession fromJson(const QJsonObject &body);
    QJsonObject toJson() const;

    QList<RuleViolation> validate() const;
    static QList<RuleViolation> checkShape(const QJsonObject &body);

    bool operator==(const SupervisionSession &) const = default;
};

} // namespace homevisit::domain
