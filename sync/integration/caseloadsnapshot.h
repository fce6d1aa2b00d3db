#pragma once
// A caseload snapshot: everything one municipality's case system says about who works
// there and which children, foster homes, placements and assignments they have, read
// from JSON Lines or from one CSV file per type (docs/integration.md). Reading checks
// the snapshot on its own: every row's fields, duplicate ids, references between rows.
// What it changes against the gateway's data is computed elsewhere.

#include "sync/protocol/protocol.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace homevisit::integration {

// Where a row came from, for error messages: "snapshot.jsonl:12" or "children.csv:4".
struct SourceLine
{
    QString source;
    int line = 0;
    QString toString() const { return source + u':' + QString::number(line); }
};

struct SnapshotUser
{
    QString user; // the sign-in name, as the case system knows her
    QString displayName;
    sync::Role role = sync::Role::Caseworker;
    QString supervisor; // her team's supervisor (a user of role supervisor), or empty
    SourceLine from;
};

struct SnapshotChild
{
    QString caseId; // the case system's id of the child
    QString name;
    int birthYear = 0;
    QString legalBasis; // "SoL" | "LVU"
    int visitIntervalDays = 0;
    SourceLine from;
};

struct SnapshotFosterHome
{
    QString caseId;
    QString name;     // "Familjen Hägg"
    QString homeType; // own_recruited | kinship | emergency | agency_supported | residential
    QString address;
    QString phone; // may be empty
    SourceLine from;
};

struct SnapshotPlacement
{
    QString caseId;
    QString childCaseId;
    QString fosterHomeCaseId;
    QString form; // foster_home | emergency_home | kinship_home | residential
    QDate start;
    QDate end; // invalid while the placement goes on
    SourceLine from;
};

// A child to a social secretary, or a foster home to a foster-home secretary.
struct SnapshotAssignment
{
    enum class Of
    {
        Child,
        FosterHome
    };
    Of of = Of::Child;
    QString caseId; // of the child or the foster home
    QString user;
    SourceLine from;
};

struct CaseloadSnapshot
{
    QString municipality; // the gateway's municipality id, e.g. "region-gotland"
    QString municipalityName;
    QList<SnapshotUser> users;
    QList<SnapshotChild> children;
    QList<SnapshotFosterHome> fosterHomes;
    QList<SnapshotPlacement> placements;
    QList<SnapshotAssignment> assignments;
};

struct SnapshotError
{
    SourceLine where; // line 0: the file as a whole
    QString message;  // English, for the operator
    QString toString() const;
};

// A snapshot is refused whole: either all of it reads, or every error found (up to
// MaxSnapshotErrors, in file and line order) comes back.
using SnapshotRead = std::variant<CaseloadSnapshot, QList<SnapshotError>>;
inline constexpr int MaxSnapshotErrors = 100;
// Larger files are refused before they are read (a county's snapshot is about 20 MB).
inline constexpr qint64 MaxSnapshotBytes = 512LL * 1024 * 1024;

// One JSON object per line, each with a "type"; blank lines are skipped.
SnapshotRead readJsonLines(const QByteArray &content, const QString &sourceName);
// A file ending in .jsonl is read as JSON Lines; a folder as CSV files (municipality.csv,
// users.csv, children.csv, foster_homes.csv, placements.csv, assignments.csv).
SnapshotRead readSnapshot(const QString &path);
// The CSV files of a folder, each with a header row naming the same fields as JSON Lines.
SnapshotRead readCsvFolder(const QString &folder);

} // namespace homevisit::integration
