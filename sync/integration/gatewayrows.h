#pragma once
// A caseload snapshot in the gateway's terms: the child, foster-home and placement rows
// as tablets receive them (docs/integration.md, "How the rows reach tablets"), and each user with
// her team. The case system's ids become UUIDs the same way on every import (a UUID
// version 5 of the municipality, the kind of row and the case id), so the same snapshot
// twice gives the same rows, on SQLite and PostgreSQL alike, without a table of ids.
// Each row keeps the case system's id as `case_id`, for the journal entries sent back.

#include "sync/integration/caseloadsnapshot.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace homevisit::integration {

enum class ReferenceKind
{
    Child,
    FosterHome,
    Placement
};

// The gateway's id of a case-system row: a lowercase UUID, stable for these three values.
QString referenceId(const QString &municipality, ReferenceKind kind, const QString &caseId);

struct GatewayRows
{
    QString municipality;
    QString municipalityName;
    QList<SnapshotUser> users;
    // As stored and sent: child {id, case_id, name, birth_year, legal_basis, secretary,
    // visit_interval_days}; foster home {id, case_id, family_name, home_type, address,
    // phone, secretary}; placement {id, case_id, child_id, foster_home_id, form,
    // legal_basis (the child's), start_date, end_date}. An unassigned row has secretary "".
    QList<QJsonObject> children;
    QList<QJsonObject> fosterHomes;
    QList<QJsonObject> placements;
};

// The snapshot must have read without errors (readSnapshot): references hold.
GatewayRows toGatewayRows(const CaseloadSnapshot &snapshot);

} // namespace homevisit::integration
