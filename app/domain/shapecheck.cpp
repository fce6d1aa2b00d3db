#include "shapecheck.h"

#include "domain/formats.h"
#include "domain/jsonfields.h"
#include "domain/rulecodes.h"

#include <algorithm>

namespace homevisit::domain {

namespace {

using Out = QList<RuleViolation>;

void report(Out &out, const QString &path, QLatin1String code)
{
    out.append({path, code});
}

QString elementPath(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

// Counts code points, not UTF-16 units, so an emoji is one character, as the
// worker sees it.
qsizetype characterCount(const QString &text)
{
    const auto lowSurrogates =
        std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isLowSurrogate(); });
    return text.size() - lowSurrogates;
}

void checkText(const QJsonValue &value, const QString &path, Out &out)
{
    if (!value.isString())
        report(out, path, code::wrongType);
    else if (value.toString().size() > maxTextLength &&
             characterCount(value.toString()) > maxTextLength)
        report(out, path, code::tooLong);
}

// A string whose content must satisfy `valid`, else "invalid_format".
template <typename Valid>
void checkFormatted(const QJsonValue &value, const QString &path, Out &out, Valid valid)
{
    if (!value.isString())
        report(out, path, code::wrongType);
    else if (!valid(value.toString()))
        report(out, path, code::invalidFormat);
}

void checkChoice(const QJsonValue &value, const QString &path, Out &out,
                 std::span<const char *const> allowed)
{
    if (!value.isString()) {
        report(out, path, code::wrongType);
        return;
    }
    const QString name = value.toString();
    const bool known = std::any_of(allowed.begin(), allowed.end(),
                                   [&](const char *a) { return name == QLatin1String(a); });
    if (!known)
        report(out, path, code::invalidValue);
}

bool isWholeNumberIn(const QJsonValue &value, int min, int max)
{
    const auto number = json::optionalInt(value);
    return number && *number >= min && *number <= max;
}

} // namespace

ShapeChecker::ShapeChecker(QJsonObject object, QString path, QList<RuleViolation> &out)
    : m_object(std::move(object)), m_path(std::move(path)), m_out(out)
{}

QList<RuleViolation> ShapeChecker::check(const QJsonObject &body, const Fields &fields)
{
    QList<RuleViolation> out;
    ShapeChecker checker(body, {}, out);
    fields(checker);
    checker.rejectUnknownFields();
    return out;
}

QJsonValue ShapeChecker::take(const char *key)
{
    const QString name = QString::fromLatin1(key);
    m_known.insert(name);
    const QJsonValue value = m_object.value(name);
    return value.isNull() ? QJsonValue(QJsonValue::Undefined) : value;
}

QString ShapeChecker::pathOf(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

void ShapeChecker::id(const char *key)
{
    if (const QJsonValue value = take(key); !value.isUndefined())
        checkFormatted(value, pathOf(QString::fromLatin1(key)), m_out, isUuid);
}

void ShapeChecker::timestamp(const char *key)
{
    const auto valid = [](const QString &text) { return parseTimestamp(text).isValid(); };
    if (const QJsonValue value = take(key); !value.isUndefined())
        checkFormatted(value, pathOf(QString::fromLatin1(key)), m_out, valid);
}

void ShapeChecker::date(const char *key)
{
    const auto valid = [](const QString &text) { return parseDate(text).isValid(); };
    if (const QJsonValue value = take(key); !value.isUndefined())
        checkFormatted(value, pathOf(QString::fromLatin1(key)), m_out, valid);
}

void ShapeChecker::boolean(const char *key)
{
    if (const QJsonValue value = take(key); !value.isUndefined() && !value.isBool())
        report(m_out, pathOf(QString::fromLatin1(key)), code::wrongType);
}

void ShapeChecker::text(const char *key)
{
    if (const QJsonValue value = take(key); !value.isUndefined())
        checkText(value, pathOf(QString::fromLatin1(key)), m_out);
}

void ShapeChecker::integer(const char *key, int min, int max)
{
    const QJsonValue value = take(key);
    if (value.isUndefined())
        return;
    const QString path = pathOf(QString::fromLatin1(key));
    if (!value.isDouble())
        report(m_out, path, code::wrongType);
    else if (!isWholeNumberIn(value, min, max))
        report(m_out, path, code::invalidValue);
}

void ShapeChecker::choice(const char *key, std::span<const char *const> allowed)
{
    if (const QJsonValue value = take(key); !value.isUndefined())
        checkChoice(value, pathOf(QString::fromLatin1(key)), m_out, allowed);
}

bool ShapeChecker::checkArray(const QJsonValue &value, const QString &path, qsizetype maxEntries)
{
    if (!value.isArray()) {
        report(m_out, path, code::wrongType);
        return false;
    }
    if (value.toArray().size() > maxEntries) {
        // The entries are not checked one by one: a runaway list would flood the report.
        report(m_out, path, code::tooLong);
        return false;
    }
    return true;
}

void ShapeChecker::texts(const char *key)
{
    const QJsonValue value = take(key);
    const QString path = pathOf(QString::fromLatin1(key));
    if (value.isUndefined() || !checkArray(value, path, maxListEntries))
        return;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i)
        checkText(array.at(i), elementPath(path, i), m_out);
}

void ShapeChecker::choices(const char *key, std::span<const char *const> allowed)
{
    const QJsonValue value = take(key);
    const QString path = pathOf(QString::fromLatin1(key));
    if (value.isUndefined() || !checkArray(value, path, maxListEntries))
        return;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i)
        checkChoice(array.at(i), elementPath(path, i), m_out, allowed);
}

void ShapeChecker::checkNested(const QJsonObject &object, const QString &path, const Fields &fields)
{
    ShapeChecker nested(object, path, m_out);
    fields(nested);
    nested.rejectUnknownFields();
}

void ShapeChecker::object(const char *key, const Fields &fields)
{
    const QJsonValue value = take(key);
    const QString path = pathOf(QString::fromLatin1(key));
    if (value.isUndefined())
        return;
    if (!value.isObject())
        report(m_out, path, code::wrongType);
    else
        checkNested(value.toObject(), path, fields);
}

void ShapeChecker::objects(const char *key, qsizetype maxEntries, const Fields &fields)
{
    const QJsonValue value = take(key);
    const QString path = pathOf(QString::fromLatin1(key));
    if (value.isUndefined() || !checkArray(value, path, maxEntries))
        return;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            report(m_out, elementPath(path, i), code::wrongType);
        else
            checkNested(array.at(i).toObject(), elementPath(path, i), fields);
    }
}

void ShapeChecker::objectsByName(const char *key, qsizetype maxEntries, NameRule nameRule,
                                 const Fields &fields)
{
    const QJsonValue value = take(key);
    const QString path = pathOf(QString::fromLatin1(key));
    if (value.isUndefined())
        return;
    if (!value.isObject()) {
        report(m_out, path, code::wrongType);
        return;
    }
    const QJsonObject map = value.toObject();
    if (map.size() > maxEntries) {
        report(m_out, path, code::tooLong);
        return;
    }
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const QString memberPath = path + u'.' + it.key();
        if (!nameRule(it.key()))
            report(m_out, memberPath, code::invalidFormat);
        else if (it.value().isObject())
            checkNested(it.value().toObject(), memberPath, fields);
        else if (!it.value().isNull())
            report(m_out, memberPath, code::wrongType);
    }
}

void ShapeChecker::rejectUnknownFields()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_known.contains(it.key()))
            report(m_out, pathOf(it.key()), code::unknownField);
    }
}

} // namespace homevisit::domain
