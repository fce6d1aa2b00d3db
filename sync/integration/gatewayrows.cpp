#include "gatewayrows.h"

#include <QHash>
#include <QJsonValue>
#include <QUuid>

namespace homevisit::integration {

namespace {

// The namespace of every homevisit reference id (a random UUID fixed once; changing it
// would give every child and foster home a new id on the next import).
const QUuid ReferenceNamespace(QStringLiteral("{6f1d4c2e-93a8-4b57-a0e1-2c8d5b7f3e91}"));

QString kindName(ReferenceKind kind)
{
    switch (kind) {
    case ReferenceKind::Child:
        return QStringLiteral("child");
    case ReferenceKind::FosterHome:
        return QStringLiteral("foster_home");
    case ReferenceKind::Placement:
        return QStringLiteral("placement");
    }
    return {};
}

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QHash<QString, QString> assignedUsers(const CaseloadSnapshot &snapshot, SnapshotAssignment::Of of)
{
    QHash<QString, QString> users;
    for (const SnapshotAssignment &assignment : snapshot.assignments)
        if (assignment.of == of)
            users.insert(assignment.caseId, assignment.user);
    return users;
}

} // namespace

QString referenceId(const QString &municipality, ReferenceKind kind, const QString &caseId)
{
    // The parts cannot contain '\n' (user names and case ids exclude it), so the joined
    // name is unambiguous.
    const QString name = municipality + u'\n' + kindName(kind) + u'\n' + caseId;
    return QUuid::createUuidV5(ReferenceNamespace, name).toString(QUuid::WithoutBraces);
}

GatewayRows toGatewayRows(const CaseloadSnapshot &snapshot)
{
    const QString &m = snapshot.municipality;
    GatewayRows rows{m, snapshot.municipalityName, snapshot.users, {}, {}, {}};
    const auto childUsers = assignedUsers(snapshot, SnapshotAssignment::Of::Child);
    const auto homeUsers = assignedUsers(snapshot, SnapshotAssignment::Of::FosterHome);
    QHash<QString, QString> legalBasis;
    for (const SnapshotChild &child : snapshot.children) {
        legalBasis.insert(child.caseId, child.legalBasis);
        rows.children.append({{"id", referenceId(m, ReferenceKind::Child, child.caseId)},
                              {"case_id", child.caseId},
                              {"name", child.name},
                              {"birth_year", child.birthYear},
                              {"legal_basis", child.legalBasis},
                              {"secretary", childUsers.value(child.caseId)},
                              {"visit_interval_days", child.visitIntervalDays}});
    }
    for (const SnapshotFosterHome &home : snapshot.fosterHomes)
        rows.fosterHomes.append({{"id", referenceId(m, ReferenceKind::FosterHome, home.caseId)},
                                 {"case_id", home.caseId},
                                 {"family_name", home.name},
                                 {"home_type", home.homeType},
                                 {"address", home.address},
                                 {"phone", home.phone},
                                 {"secretary", homeUsers.value(home.caseId)}});
    for (const SnapshotPlacement &p : snapshot.placements)
        rows.placements.append(
            {{"id", referenceId(m, ReferenceKind::Placement, p.caseId)},
             {"case_id", p.caseId},
             {"child_id", referenceId(m, ReferenceKind::Child, p.childCaseId)},
             {"foster_home_id", referenceId(m, ReferenceKind::FosterHome, p.fosterHomeCaseId)},
             {"form", p.form},
             {"legal_basis", legalBasis.value(p.childCaseId)},
             {"start_date", dateValue(p.start)},
             {"end_date", dateValue(p.end)}});
    return rows;
}

} // namespace homevisit::integration
