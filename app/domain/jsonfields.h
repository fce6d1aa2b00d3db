// Reading and writing the typed classes' fields. Reading is lenient (a value of
// the wrong type reads as "no value"), because checkShape is where wrong types are
// reported; writing leaves out whatever has no value, so absent means unanswered
// and every body has one canonical form.
#pragma once

#include "domain/wirenames.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace homevisit::domain::json {

// Free text that is empty or only white space says nothing.
bool isBlank(const QString &text);

// The body with every U+FEFF (a byte order mark, which a paste can bring along) taken
// off the start of its strings, keys included. Qt's JSON parser drops such a character
// on reading, so a body that kept it would read back as other text than was signed,
// and the gateway refuses it (docs/sync-protocol.md, "Transport").
QJsonObject withoutLeadingByteOrderMarks(const QJsonObject &body);

std::optional<bool> optionalBool(const QJsonValue &value);
std::optional<int> optionalInt(const QJsonValue &value);
QString text(const QJsonValue &value);
QStringList texts(const QJsonValue &value);
QDateTime timestamp(const QJsonValue &value);
QDate date(const QJsonValue &value);

template <typename Enum> std::optional<Enum> choice(const QJsonValue &value)
{
    return value.isString() ? fromWireName<Enum>(value.toString()) : std::nullopt;
}

template <typename Enum> QList<Enum> choices(const QJsonValue &value)
{
    QList<Enum> result;
    for (const QJsonValue &element : value.toArray()) {
        if (const auto chosen = choice<Enum>(element))
            result.append(*chosen);
    }
    return result;
}

void putBool(QJsonObject &object, const QString &key, std::optional<bool> value);
void putInt(QJsonObject &object, const QString &key, std::optional<int> value);
void putText(QJsonObject &object, const QString &key, const QString &value);
void putTexts(QJsonObject &object, const QString &key, const QStringList &values);
void putTimestamp(QJsonObject &object, const QString &key, const QDateTime &value);
void putDate(QJsonObject &object, const QString &key, QDate value);
void putObject(QJsonObject &object, const QString &key, const QJsonObject &value);
void putArray(QJsonObject &object, const QString &key, const QJsonArray &value);

template <typename Enum>
void putChoice(QJsonObject &object, const QString &key, std::optional<Enum> value)
{
    if (value)
        object.insert(key, wireName(*value));
}

template <typename Enum>
void putChoices(QJsonObject &object, const QString &key, const QList<Enum> &values)
{
    QJsonArray array;
    for (const Enum value : values)
        array.append(wireName(value));
    putArray(object, key, array);
}

} // namespace homevisit::domain::json
