// Builds the display sections of a record from its domain type: a child visit through
// the same checklist and topic models the editor uses (one wording for both), a
// supervision session field by field, and one row per amendment or review.
#pragma once

#include "store/journalstore.h"
#include "ui/review/recordsectionsmodel.h"

#include <QJsonObject>

namespace homevisit::ui {

QList<RecordSection> childVisitSections(const QJsonObject &body,
                                        const domain::DomainSettings &settings);
QList<RecordSection> supervisionSections(const QJsonObject &body);
// ownDevice: this tablet's id, so its own records say "on this tablet".
RecordSection amendmentSection(const store::StoredRecord &amendment, const QString &ownDevice);
RecordSection reviewSection(const store::StoredRecord &review, const QString &ownDevice);

// Who signed a signed record, on which tablet, and whether the signature holds, as one
// calm sentence; "" for a draft.
QString signatureSentence(const store::StoredRecord &record, const QString &ownDevice);
// For lists: a short warning when the signature does not hold, else "".
QString signatureWarning(const store::StoredRecord &record);
// A device id as the tablet shows it: its first four characters and "…".
QString shortDeviceId(const QString &deviceId);

// "Signed off", "Returned for completion", "Comment"; "Not reviewed" for "".
QString reviewDecisionLabel(const QString &decision);
// "Child visit", "Supervision session".
QString recordKindLabel(domain::RecordKind kind);
// Milliseconds since the epoch as the tablet shows a signing time; "" for 0.
QString timeText(qint64 ms);

} // namespace homevisit::ui
