#include "formats.h"

#include <QTime>

#include <optional>

namespace homevisit::domain {

namespace {

bool isLowerHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// The number written by `count` digits at `from`, or nothing if any is not a digit.
std::optional<int> digitsAt(QStringView text, qsizetype from, qsizetype count)
{
    if (from + count > text.size())
        return std::nullopt;
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        if (!isDigit(text[i]))
            return std::nullopt;
        value = value * 10 + (text[i].unicode() - u'0');
    }
    return value;
}

bool charAt(QStringView text, qsizetype at, char16_t expected)
{
    return at < text.size() && text[at] == expected;
}

// "YYYY-MM-DD" at the start of the text.
QDate dateAt(QStringView text)
{
    const auto year = digitsAt(text, 0, 4);
    const auto month = digitsAt(text, 5, 2);
    const auto day = digitsAt(text, 8, 2);
    if (!year || !month || !day || !charAt(text, 4, u'-') || !charAt(text, 7, u'-'))
        return {};
    return QDate(*year, *month, *day);
}

// "HH:MM:SS" at `from`; QTime rejects 24:00 and leap seconds.
QTime timeAt(QStringView text, qsizetype from)
{
    const auto hour = digitsAt(text, from, 2);
    const auto minute = digitsAt(text, from + 3, 2);
    const auto second = digitsAt(text, from + 6, 2);
    if (!hour || !minute || !second || !charAt(text, from + 2, u':') ||
        !charAt(text, from + 5, u':'))
        return {};
    return QTime(*hour, *minute, *second);
}

// ".f", ".ff" or ".fff" at `from`: milliseconds and the characters used.
std::pair<int, qsizetype> fractionAt(QStringView text, qsizetype from)
{
    if (!charAt(text, from, u'.'))
        return {0, 0};
    qsizetype digits = 0;
    int millis = 0;
    while (digits < 3 && from + 1 + digits < text.size() && isDigit(text[from + 1 + digits])) {
        millis = millis * 10 + (text[from + 1 + digits].unicode() - u'0');
        ++digits;
    }
    if (digits == 0)
        return {-1, 0};
    for (qsizetype i = digits; i < 3; ++i)
        millis *= 10;
    return {millis, digits + 1};
}

// The whole remaining text as "Z" or "+HH:MM"/"-HH:MM", in seconds east of UTC.
std::optional<int> offsetAt(QStringView text, qsizetype from)
{
    const QStringView rest = text.mid(from);
    if (rest == u"Z")
        return 0;
    if (rest.size() != 6 || (rest[0] != u'+' && rest[0] != u'-') || rest[3] != u':')
        return std::nullopt;
    const auto hours = digitsAt(rest, 1, 2);
    const auto minutes = digitsAt(rest, 4, 2);
    if (!hours || !minutes || *hours > 14 || *minutes > 59)
        return std::nullopt;
    const int seconds = (*hours * 60 + *minutes) * 60;
    return rest[0] == u'-' ? -seconds : seconds;
}

} // namespace

bool isUuid(QStringView text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? text[i] != u'-' : !isLowerHex(text[i]))
            return false;
    }
    return true;
}

QDateTime parseTimestamp(QStringView text)
{
    constexpr qsizetype timeStart = 11;
    constexpr qsizetype fractionStart = 19;
    const QDate date = dateAt(text);
    QTime time = timeAt(text, timeStart);
    if (!date.isValid() || !time.isValid() || !charAt(text, 10, u'T'))
        return {};
    const auto [millis, fractionLength] = fractionAt(text, fractionStart);
    const auto offset = offsetAt(text, fractionStart + fractionLength);
    if (millis < 0 || !offset)
        return {};
    time = time.addMSecs(millis);
    if (text.mid(fractionStart + fractionLength) == u"Z")
        return QDateTime(date, time, Qt::UTC);
    return QDateTime(date, time, Qt::OffsetFromUTC, *offset);
}

QDate parseDate(QStringView text)
{
    return text.size() == 10 ? dateAt(text) : QDate();
}

QString formatTimestamp(const QDateTime &timestamp)
{
    if (!timestamp.isValid())
        return {};
    // A local-time QDateTime would print without its offset; pin the offset first.
    const QDateTime pinned = timestamp.toOffsetFromUtc(timestamp.offsetFromUtc());
    const bool hasMillis = pinned.time().msec() != 0;
    return pinned.toString(hasMillis ? Qt::ISODateWithMs : Qt::ISODate);
}

QString formatDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace homevisit::domain
