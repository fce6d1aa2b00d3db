// The journal's record kinds and the domain rules over their JSON bodies.
//
// The store, the CLI and (later) the UI all speak to the domain through this
// header: a record body is a QJsonObject in the format of docs/records.md; the
// typed classes (ChildVisit, SupervisionSession, ...) are built from it.
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace homevisit::domain {

enum class RecordKind
{
    ChildVisit,
    SupervisionSession,
    Amendment,
    Review
};

// Stable wire/storage names: "child_visit", "supervision_session", "amendment", "review".
QString kindName(RecordKind kind);
std::optional<RecordKind> kindFromName(QStringView name);

// One failed rule: which field (a JSON path such as "checklist.spoken_alone_reason")
// and a stable code (such as "reason_required"). message() is the English source
// sentence passed through QCoreApplication::translate("RuleViolation", ...), so the
// CLI (English) and the UI (Swedish via .qm) show the same sentence.
struct RuleViolation
{
    QString field;
    QString code;
    QString message() const;
    bool operator==(const RuleViolation &) const = default;
};

// Settings a municipality can change; the view topics are a setting (docs/domain.md).
struct DomainSettings
{
    QStringList viewTopics = defaultViewTopics();
    static QStringList defaultViewTopics();
};

// What the store indexes of a record, read from its body.
struct RecordFacts
{
    QString childId;      // child visits
    QString fosterHomeId; // supervision sessions
    QString refersTo;     // amendments and reviews: the signed record they concern
    QDate eventDate;      // the day the visit/session took place
    bool concern = false; // a child visit whose safety answer raised a concern
};

// Strict shape check of a body (types, known fields, enum values, lengths, UTF-8
// already guaranteed by QString). Drafts must pass this to be saved; an empty list
// means the body is well-formed. Incompleteness is NOT a shape error: a draft may be
// half-filled.
QList<RuleViolation> checkShape(RecordKind kind, const QJsonObject &body);

// The rules that must hold before a record can be signed (docs/domain.md). Includes
// checkShape's violations.
QList<RuleViolation> validateForSigning(RecordKind kind, const QJsonObject &body,
                                        const DomainSettings &settings);

RecordFacts factsOf(RecordKind kind, const QJsonObject &body);

} // namespace homevisit::domain
