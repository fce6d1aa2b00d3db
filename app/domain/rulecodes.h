// The stable codes of RuleViolation. They are part of the contract with the store,
// the CLI and the UI (docs/records.md lists them), so a code is never renamed.
#pragma once

#include <QLatin1String>

namespace homevisit::domain::code {

// Shape violations (checkShape): the body is not well-formed.
inline constexpr QLatin1String unknownField{"unknown_field"};
inline constexpr QLatin1String wrongType{"wrong_type"};
inline constexpr QLatin1String invalidValue{"invalid_value"};
inline constexpr QLatin1String invalidFormat{"invalid_format"};
inline constexpr QLatin1String tooLong{"too_long"};

// Signing violations (validateForSigning): the body is well-formed but incomplete
// or contradictory.
inline constexpr QLatin1String required{"required"};
inline constexpr QLatin1String endsBeforeStart{"ends_before_start"};
inline constexpr QLatin1String reasonRequired{"reason_required"};
inline constexpr QLatin1String reasonTextRequired{"reason_text_required"};
inline constexpr QLatin1String reasonNotApplicable{"reason_not_applicable"};
inline constexpr QLatin1String topicUnanswered{"topic_unanswered"};
inline constexpr QLatin1String childWordsRequired{"child_words_required"};
inline constexpr QLatin1String unknownTopic{"unknown_topic"};
inline constexpr QLatin1String concernTextRequired{"concern_text_required"};
inline constexpr QLatin1String otherTextRequired{"other_text_required"};
inline constexpr QLatin1String commentRequired{"comment_required"};

} // namespace homevisit::domain::code
