// A supervisor's review (granskning) of a signed record: a sign-off, a return for
// completion, or a comment.
#pragma once

#include "domain/records.h"
#include "domain/wirenames.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace homevisit::domain {

enum class ReviewDecision
{
    SignedOff,
    Returned,
    Comment
};
template <> struct WireNames<ReviewDecision>
{
    static constexpr std::array<const char *, 3> names{"signed_off", "returned", "comment"};
};

struct Review
{
    QString refersTo; // the signed record reviewed
    std::optional<ReviewDecision> decision;
    QString comment;

    static Review fromJson(const QJsonObject &body);
    QJsonObject toJson() const;

    // A return or a comment must say something; a sign-off may stand alone.
    QList<RuleViolation> validate() const;
    static QList<RuleViolation> checkShape(const QJsonObject &body);

    bool operator==(const Review &) const = default;
};

} // namespace homevisit::domain
