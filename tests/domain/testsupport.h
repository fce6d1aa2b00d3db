// Shared helpers of the domain tests: readable failure output for Qt types, and
// small builders for bodies that differ from a valid one in exactly one place.
#pragma once

#include "domain/records.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <catch2/catch.hpp>

#include <utility>

namespace Catch {

template <> struct StringMaker<QString>
{
    static std::string convert(const QString &text) { return '"' + text.toStdString() + '"'; }
};

template <> struct StringMaker<homevisit::domain::RuleViolation>
{
    static std::string convert(const homevisit::domain::RuleViolation &v)
    {
        return '{' + v.field.toStdString() + ", " + v.code.toStdString() + '}';
    }
};

template <> struct StringMaker<QJsonObject>
{
    static std::string convert(const QJsonObject &object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
    }
};

template <> struct StringMaker<QDate>
{
    static std::string convert(QDate date) { return date.toString(Qt::ISODate).toStdString(); }
};

} // namespace Catch

namespace testsupport {

using homevisit::domain::RuleViolation;
using Violations = QList<RuleViolation>;

inline const QString childId = QStringLiteral("0192f0c4-7a1e-7c3b-9a41-1c2d3e4f5a6b");
inline const QString fosterHomeId = QStringLiteral("0192f0c4-7a1e-7c3b-9a41-aaaaaaaaaaaa");
inline const QString recordId = QStringLiteral("0192f0c4-7a1e-7c3b-9a41-bbbbbbbbbbbb");

// Exactly these (field, code) pairs, in this order.
inline Violations expected(std::initializer_list<std::pair<const char *, const char *>> pairs)
{
    Violations result;
    for (const auto &[field, code] : pairs)
        result.append({QString::fromUtf8(field), QString::fromUtf8(code)});
    return result;
}

// Sets a member given by a dotted path ("checklist.spoken_alone"), creating the
// objects on the way; an undefined value removes the member.
inline void setPath(QJsonObject &object, QStringView path, const QJsonValue &value)
{
    const auto dot = path.indexOf(u'.');
    if (dot < 0) {
        if (value.isUndefined())
            object.remove(path.toString());
        else
            object.insert(path.toString(), value);
        return;
    }
    const QString head = path.left(dot).toString();
    QJsonObject child = object.value(head).toObject();
    setPath(child, path.mid(dot + 1), value);
    object.insert(head, child);
}

inline QJsonObject with(QJsonObject object, const char *path, const QJsonValue &value)
{
    setPath(object, QString::fromUtf8(path), value);
    return object;
}

inline QJsonObject without(QJsonObject object, const char *path)
{
    setPath(object, QString::fromUtf8(path), QJsonValue(QJsonValue::Undefined));
    return object;
}

// Every default topic answered "not discussed": the least a signable visit has.
inline QJsonObject topicsNotDiscussed()
{
    QJsonObject views;
    for (const QString &topic : homevisit::domain::DomainSettings::defaultViewTopics())
        views.insert(topic, QJsonObject{{"status", "not_discussed"}});
    return views;
}

// The smallest child visit that can be signed with the default settings.
inline QJsonObject minimalVisit()
{
    return {{"child_id", childId},
            {"started_at", "2026-11-20T14:00:00+01:00"},
            {"checklist", QJsonObject{{"told_purpose", true}, {"spoken_alone", true}}},
            {"views", topicsNotDiscussed()}};
}

inline QJsonObject minimalSession()
{
    return {{"foster_home_id", fosterHomeId},
            {"date", "2026-11-20"},
            {"participants", QJsonArray{"Karin Holm"}},
            {"support_forms", QJsonArray{"phone"}}};
}

inline Violations signing(homevisit::domain::RecordKind kind, const QJsonObject &body,
                          const homevisit::domain::DomainSettings &settings = {})
{
    return homevisit::domain::validateForSigning(kind, body, settings);
}

inline Violations visitSigning(const QJsonObject &body,
                               const homevisit::domain::DomainSettings &settings = {})
{
    return signing(homevisit::domain::RecordKind::ChildVisit, body, settings);
}

inline Violations visitShape(const QJsonObject &body)
{
    return homevisit::domain::checkShape(homevisit::domain::RecordKind::ChildVisit, body);
}

} // namespace testsupport
