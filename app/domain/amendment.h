// An amendment (rättelse): a signed record is never changed, so a correction is a
// new record that refers to the original; both stay readable.
#pragma once

#include "domain/records.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace homevisit::domain {

struct Amendment
{
    QString refersTo; // the signed record being corrected
    QString text;     // the correction itself
    QString reason;   // why the correction was needed

    static Amendment fromJson(const QJsonObject &body);
    QJsonObject toJson() const;

    QList<RuleViolation> validate() const;
    static QList<RuleViolation> checkShape(const QJsonObject &body);

    bool operator==(const Amendment &) const = default;
};

} // namespace homevisit::domain
