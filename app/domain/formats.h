// The textual formats of ids, timestamps and dates inside record bodies
// (docs/records.md). Parsing is by hand, without regular expressions, so the
// domain library keeps no shared state and the accepted syntax is exactly the
// documented one.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>

namespace homevisit::domain {

// A UUID in its canonical lowercase form: 8-4-4-4-12 hex digits.
bool isUuid(QStringView text);

// "YYYY-MM-DDTHH:MM:SS[.fff](Z|+HH:MM|-HH:MM)". The offset is required: a visit
// time without one is ambiguous once records travel between devices. Returns an
// invalid QDateTime when the text does not match or names no real instant.
QDateTime parseTimestamp(QStringView text);

// "YYYY-MM-DD", a real calendar date; otherwise an invalid QDate.
QDate parseDate(QStringView text);

// The inverse of parseTimestamp: the instant in its own UTC offset, so the day of
// the visit stays the day the worker saw on the tablet.
QString formatTimestamp(const QDateTime &timestamp);
QString formatDate(QDate date);

} // namespace homevisit::domain
