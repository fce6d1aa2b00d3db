#include "jsonfields.h"

#include "domain/formats.h"

#include <cmath>

namespace homevisit::domain::json {

namespace {

QString withoutLeadingMarks(QString text)
{
    qsizetype marks = 0;
    while (marks < text.size() && text.at(marks) == QChar(0xFEFF))
        ++marks;
    return marks == 0 ? text : text.mid(marks);
}

QJsonValue withoutMarks(const QJsonValue &value);

QJsonArray withoutMarks(const QJsonArray &array)
{
    QJsonArray result;
    for (const QJsonValue &element : array)
        result.append(withoutMarks(element));
    return result;
}

QJsonValue withoutMarks(const QJsonValue &value)
{
    if (value.isString())
        return withoutLeadingMarks(value.toString());
    if (value.isArray())
        return withoutMarks(value.toArray());
    if (value.isObject())
        return withoutLeadingByteOrderMarks(value.toObject());
    return value;
}

} // namespace

QJsonObject withoutLeadingByteOrderMarks(const QJsonObject &body)
{
    QJsonObject result;
    for (auto it = body.begin(); it != body.end(); ++it)
        result.insert(withoutLeadingMarks(it.key()), withoutMarks(it.value()));
    return result;
}

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

std::optional<bool> optionalBool(const QJsonValue &value)
{
    return value.isBool() ? std::optional(value.toBool()) : std::nullopt;
}

std::optional<int> optionalInt(const QJsonValue &value)
{
    // Only whole numbers in int range are scores; anything else is not one.
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (std::trunc(number) != number || std::abs(number) > 1e9)
        return std::nullopt;
    return static_cast<int>(number);
}

QString text(const QJsonValue &value)
{
    return value.toString();
}

QStringList texts(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &element : value.toArray()) {
        if (element.isString())
            result.append(element.toString());
    }
    return result;
}

QDateTime timestamp(const QJsonValue &value)
{
    return parseTimestamp(value.toString());
}

QDate date(const QJsonValue &value)
{
    return parseDate(value.toString());
}

void putBool(QJsonObject &object, const QString &key, std::optional<bool> value)
{
    if (value)
        object.insert(key, *value);
}

void putInt(QJsonObject &object, const QString &key, std::optional<int> value)
{
    if (value)
        object.insert(key, *value);
}

void putText(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

void putTexts(QJsonObject &object, const QString &key, const QStringList &values)
{
    putArray(object, key, QJsonArray::fromStringList(values));
}

void putTimestamp(QJsonObject &object, const QString &key, const QDateTime &value)
{
    putText(object, key, formatTimestamp(value));
}

void putDate(QJsonObject &object, const QString &key, QDate value)
{
    putText(object, key, formatDate(value));
}

void putObject(QJsonObject &object, const QString &key, const QJsonObject &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

void putArray(QJsonObject &object, const QString &key, const QJsonArray &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

} // namespace homevisit::domain::json
