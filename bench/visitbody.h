// The record both sync benchmarks send: a signed child visit (domain::exampleChildVisit)
// whose observations are padded to a realistic size. Qt Core and the domain rules only, so
// the load generator can use it without linking the app's store.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace homevisit::bench {

// What a real signed visit weighs as compact JSON: the checklist, seven topics with the
// child's words, answers, observations and agreed actions come to 4-6 KB.
constexpr qsizetype VisitBodyBytes = 5000;

// exampleChildVisit for this child and start (its structure, checklist and enum values),
// with every free-text field rewritten as seeded Swedish-like prose of the same length and
// the observations lengthened until the compact JSON is `bytes` long. Real visits share no
// sentences; reusing the example's text in every record would let gzip shrink a batch to
// almost nothing and flatter every byte count on the wire. Same seed, same body.
QJsonObject paddedChildVisit(const QString &childId, const QDateTime &start, quint32 seed,
                             qsizetype bytes = VisitBodyBytes);

qsizetype compactSize(const QJsonObject &json);

} // namespace homevisit::bench
