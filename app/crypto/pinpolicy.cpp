#include "pinpolicy.h"

#include <QCoreApplication>
#include <QSet>

namespace homevisit {

namespace {

// The most common six-digit PINs in published leak studies, plus patterns people
// pick when told "six digits".
const QSet<QString> &blocklist()
{
    static const QSet<QString> list = {
        "123456", "654321", "111111", "000000", "121212", "123123", "112233", "123321",
        "159753", "147258", "789456", "131313", "123654", "102030", "696969", "101010",
        "246810", "135790", "100200", "520520", "112211", "121314", "010203", "232323",
        "998877", "147852", "258369", "741852", "963852", "159357", "202020", "212121"};
    return list;
}

bool allSame(const QString &digits)
{
    return digits.count(digits.front()) == digits.size();
}

// 345678, 987654, 890123 (wrapping) and the like.
bool isRun(const QString &digits)
{
    for (int step : {1, -1}) {
        bool run = true;
        for (int i = 1; i < digits.size() && run; ++i)
            run =
                (digits[i].digitValue() - digits[i - 1].digitValue() + 10) % 10 == (step + 10) % 10;
        if (run)
            return true;
    }
    return false;
}

} // namespace

std::optional<PinProblem> checkNewPin(const QString &pin)
{
    if (pin.size() > MaxPinLength)
        return PinProblem::TooLong;
    QString digits;
    for (QChar c : pin)
        if (c >= u'0' && c <= u'9')
            digits.append(c);
    if (digits.size() < MinPinDigits)
        return PinProblem::TooFewDigits;
    if (digits.size() != pin.size())
        return std::nullopt; // a passcode with other characters is not a six-digit guess
    if (blocklist().contains(digits) || allSame(digits))
        return PinProblem::TooCommon;
    if (isRun(digits))
        return PinProblem::Sequence;
    return std::nullopt;
}

QString pinProblemMessage(PinProblem problem)
{
    switch (problem) {
    case PinProblem::TooFewDigits:
        return QCoreApplication::translate("PinPolicy", "The PIN needs at least 6 digits.");
    case PinProblem::TooLong:
        return QCoreApplication::translate("PinPolicy", "The PIN can be at most 64 characters.");
    case PinProblem::TooCommon:
        return QCoreApplication::translate(
            "PinPolicy",
            "That PIN is one of the most common ones. Choose one that is hard to guess.");
    case PinProblem::Sequence:
        return QCoreApplication::translate(
            "PinPolicy", "A run of digits such as 345678 is easy to guess. Choose another PIN.");
    }
    return {};
}

} // namespace homevisit
