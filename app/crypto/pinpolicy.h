// Rules for choosing a PIN. The PIN itself is never stored, not even hashed.
#pragma once

#include <QString>

#include <optional>

namespace homevisit {

enum class PinProblem
{
    TooFewDigits,
    TooLong,
    TooCommon,
    Sequence
};

// A PIN needs at least 6 digits; other characters are allowed and make it stronger.
// Digit-only PINs on the blocklist (123456, 000000, 121212, ...) or runs such as
// 345678 / 876543 are refused.
std::optional<PinProblem> checkNewPin(const QString &pin);

// English source sentence via QCoreApplication::translate("PinPolicy", ...).
QString pinProblemMessage(PinProblem problem);

constexpr int MinPinDigits = 6;
constexpr int MaxPinLength = 64;

} // namespace homevisit
