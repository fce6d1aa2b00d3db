// The strict shape check of record bodies, written as a description of each
// object's fields. Every field an object may have is named by exactly one call;
// whatever the description does not name is reported as "unknown_field", so the
// list of known fields cannot drift away from the checks.
//
// Absent and null values pass everywhere: a draft may be half-filled, and
// completeness is validateForSigning's business.
#pragma once

#include "domain/records.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringView>

#include <functional>
#include <span>

namespace homevisit::domain {

// Limits that keep one body within what a tablet stores and syncs comfortably.
inline constexpr qsizetype maxTextLength = 100000; // characters (code points)
inline constexpr qsizetype maxListEntries = 50;

class ShapeChecker
{
public:
    using Fields = std::function<void(ShapeChecker &)>;
    using NameRule = bool (*)(QStringView);

    // Checks a whole body: `fields` names every field the body may have.
    static QList<RuleViolation> check(const QJsonObject &body, const Fields &fields);

    void id(const char *key);
    void timestamp(const char *key);
    void date(const char *key);
    void boolean(const char *key);
    void text(const char *key);
    void integer(const char *key, int min, int max);
    void choice(const char *key, std::span<const char *const> allowed);
    void texts(const char *key);
    void choices(const char *key, std::span<const char *const> allowed);
    void object(const char *key, const Fields &fields);
    void objects(const char *key, qsizetype maxEntries, const Fields &fields);
    // An object used as a map: each member's name must satisfy `nameRule` (else
    // "invalid_format") and each member's value is an object described by `fields`.
    void objectsByName(const char *key, qsizetype maxEntries, NameRule nameRule,
                       const Fields &fields);

private:
    ShapeChecker(QJsonObject object, QString path, QList<RuleViolation> &out);

    // The member's value, with null read as absent; marks the member as known.
    QJsonValue take(const char *key);
    QString pathOf(const QString &key) const;
    void checkNested(const QJsonObject &object, const QString &path, const Fields &fields);
    bool checkArray(const QJsonValue &value, const QString &path, qsizetype maxEntries);
    void rejectUnknownFields();

    QJsonObject m_object;
    QString m_path;
    QList<RuleViolation> &m_out;
    QSet<QString> m_known;
};

} // namespace homevisit::domain
