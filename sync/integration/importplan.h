#pragma once
// What importing a caseload snapshot changes: the difference between the rows the
// gateway holds for one municipality and the rows of the snapshot (gatewayrows.h).
// Computing it reads nothing and writes nothing, so `import --dry-run` prints exactly
// what applying would do, and a snapshot imported twice gives an empty plan.

#include "sync/integration/gatewayrows.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace homevisit::integration {

struct RowChange
{
    enum class Op
    {
        Add,
        Update,
        Remove // the row leaves every tablet; the gateway keeps it for the records about it
    };
    Op op = Op::Add;
    QString caseId;        // the case system's id ("" for users)
    QString id;            // the gateway's id; for users the user name
    QJsonObject row;       // the snapshot's row (Add, Update) or the held one (Remove)
    QStringList fields;    // Update: the fields that change, in name order
    QStringList oldValues; // Update: their values before, for the dry run
};

struct ImportPlan
{
    QString municipality;
    QList<RowChange> users; // rows {user, display_name, role, supervisor}
    QList<RowChange> children;
    QList<RowChange> fosterHomes;
    QList<RowChange> placements;
    int childrenHeld = 0; // the municipality's children before the import

    bool isEmpty() const;
    int count(const QList<RowChange> &changes, RowChange::Op op) const;
    int childrenRemoved() const { return count(children, RowChange::Op::Remove); }
};

// A user as a plan row: {user, display_name, role, supervisor}.
QJsonObject userRow(const SnapshotUser &user);

// `held` is what the gateway has now (its users of the municipality as SnapshotUser,
// administrators left out; its rows as stored), `incoming` the snapshot's rows.
ImportPlan planImport(const GatewayRows &held, const GatewayRows &incoming);

// A truncated export must not wipe tablets: a plan that removes more than this share of
// the children held (and more than MassRemovalFloor of them) needs --allow-mass-removal.
inline constexpr int MassRemovalPercent = 10;
inline constexpr int MassRemovalFloor = 5;
// The English sentence that refuses it, or nullopt when the plan may be applied.
std::optional<QString> massRemovalRefusal(const ImportPlan &plan);

// For `--dry-run` and the admin endpoint: one count line per kind, then one line per
// change ("+ child P-1004 Noah …", "~ child P-1001: secretary anna.lind -> erik.sand",
// "- foster_home FH-202").
QStringList describe(const ImportPlan &plan);

} // namespace homevisit::integration
