// Complete, realistic record bodies for demo data, tests and documentation. The
// free text is Swedish, written the way a social secretary writes a journal entry;
// the people are invented. Every example passes validateForSigning with the
// default settings.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace homevisit::domain {

// A home visit to a 9-year-old girl who likes football and misses her brother:
// spoken with alone, every default topic discussed, no concern.
QJsonObject exampleChildVisit(const QString &childId, const QDateTime &start);

// A home visit with supervision to a foster family, rated by the family.
QJsonObject exampleSupervisionSession(const QString &fosterHomeId, const QDate &date);

// Varied but signable visits for demo caseloads, chosen by `seed` (any int): some
// not spoken with alone (each reason in turn), one with a concern, one by an
// "other" method. Seed 0 gives exampleChildVisit.
QJsonObject exampleChildVisitVariant(const QString &childId, const QDateTime &start, int seed);

} // namespace homevisit::domain
