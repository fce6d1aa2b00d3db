#include "caseloadimport.h"

#include "sync/integration/gatewayrows.h"

#include <cstdio>

namespace homevisit::gateway {

namespace {

using integration::RowChange;
using Op = RowChange::Op;

// A user name the snapshot uses may not belong to another municipality, nor be one of
// this municipality's administrators (they are not the case system's to change).
QStringList userRefusals(CentralStore &store, const integration::CaseloadSnapshot &snapshot)
{
    QStringList refusals;
    for (const integration::SnapshotUser &user : snapshot.users) {
        const auto held = store.user(user.user);
        if (!held)
            continue;
        if (held->municipality != snapshot.municipality)
            refusals.append(QStringLiteral("%1: user '%2' belongs to municipality '%3'")
                                .arg(user.from.toString(), user.user, held->municipality));
        else if (!sync::isCaseRole(held->role))
            refusals.append(QStringLiteral("%1: user '%2' is the gateway's own %3 account")
                                .arg(user.from.toString(), user.user, sync::roleName(held->role)));
    }
    return refusals;
}

// What the gateway holds for the municipality, in the snapshot's terms.
integration::GatewayRows heldRows(CentralStore &store, const QString &municipality)
{
    integration::GatewayRows held;
    held.municipality = municipality;
    for (const UserRow &user : store.users())
        if (user.municipality == municipality && sync::isCaseRole(user.role) && user.knownRole)
            held.users.append({user.name, user.displayName, user.role, user.supervisor, {}});
    held.children = store.referenceRows(sync::ChangeType::Child, municipality);
    held.fosterHomes = store.referenceRows(sync::ChangeType::FosterHome, municipality);
    held.placements = store.referenceRows(sync::ChangeType::Placement, municipality);
    return held;
}

void applyUsers(CentralStore &store, const QString &municipality, const QList<RowChange> &changes)
{
    for (const RowChange &change : changes) {
        // A user the case system no longer lists keeps her account (revoking it would
        // erase her tablets before they synced); she simply has no caseload any more.
        if (change.op == Op::Remove)
            continue;
        const UserRow row{change.id,
                          municipality,
                          *sync::roleFromName(change.row.value("role").toString()),
                          change.row.value("display_name").toString(),
                          change.row.value("supervisor").toString(),
                          false};
        if (change.op == Op::Add)
            store.addUser(row);
        else
            store.updateUser(row);
    }
}

// A child or foster home that is removed stays, unassigned: the records refer to it,
// and its secretary's tablets are told to drop it.
void applyReference(CentralStore &store, const QString &municipality,
                    const QList<RowChange> &changes, bool child)
{
    for (const RowChange &change : changes) {
        QJsonObject row = change.row;
        if (change.op == Op::Remove)
            row.insert("secretary", QString());
        if (child)
            store.putChild(municipality, row);
        else
            store.putFosterHome(municipality, row);
    }
}

void applyPlacements(CentralStore &store, const QString &municipality,
                     const QList<RowChange> &changes)
{
    for (const RowChange &change : changes) {
        if (change.op == Op::Remove)
            store.removePlacement(municipality, change.id);
        else
            store.putPlacement(municipality, change.row);
    }
}

QString summary(const integration::ImportPlan &plan)
{
    const QStringList lines = integration::describe(plan);
    return lines.mid(0, 4).join(QStringLiteral("; "));
}

} // namespace

ImportOutcome importSnapshot(CentralStore &store, const integration::CaseloadSnapshot &snapshot,
                             const ImportOptions &options)
{
    ImportOutcome outcome;
    const QString &municipality = snapshot.municipality;
    store.transaction([&] {
        outcome.refusals = userRefusals(store, snapshot);
        if (!outcome.refusals.isEmpty())
            return false;
        outcome.plan =
            integration::planImport(heldRows(store, municipality), toGatewayRows(snapshot));
        if (const auto refusal = integration::massRemovalRefusal(outcome.plan);
            refusal && !options.allowMassRemoval)
            outcome.refusals.append(*refusal);
        if (!outcome.refusals.isEmpty() || options.dryRun)
            return false;
        store.addMunicipality(municipality, snapshot.municipalityName);
        applyUsers(store, municipality, outcome.plan.users);
        // Homes and children before placements: a tablet applies a placement after the
        // rows it refers to (pulls come in sequence order).
        applyReference(store, municipality, outcome.plan.fosterHomes, false);
        applyReference(store, municipality, outcome.plan.children, true);
        applyPlacements(store, municipality, outcome.plan.placements);
        store.audit({options.actor,
                     {},
                     municipality,
                     QStringLiteral("caseload_import"),
                     {},
                     summary(outcome.plan)});
        outcome.applied = true;
        return true;
    });
    return outcome;
}

namespace {

int refuse(const QStringList &reasons)
{
    for (const QString &reason : reasons)
        std::fprintf(stderr, "homevisit-central: %s\n", qPrintable(reason));
    std::fprintf(stderr, "homevisit-central: import refused, nothing changed\n");
    return 1;
}

} // namespace

int runImport(CentralStore &store, const QStringList &arguments)
{
    ImportOptions options{false, false, QStringLiteral("server-admin")};
    QStringList paths;
    for (const QString &argument : arguments) {
        if (argument == u"--dry-run")
            options.dryRun = true;
        else if (argument == u"--allow-mass-removal")
            options.allowMassRemoval = true;
        else if (argument.startsWith(u"--")) {
            std::fprintf(stderr, "homevisit-central: unknown import option: %s\n",
                         qPrintable(argument));
            return 2;
        } else
            paths.append(argument);
    }
    if (paths.size() != 1) {
        std::fprintf(stderr, "homevisit-central: import needs one FILE (.jsonl) or folder\n");
        return 2;
    }
    const integration::SnapshotRead read = integration::readSnapshot(paths.first());
    if (const auto *errors = std::get_if<QList<integration::SnapshotError>>(&read)) {
        QStringList reasons;
        for (const integration::SnapshotError &error : *errors)
            reasons.append(error.toString());
        return refuse(reasons);
    }
    const ImportOutcome outcome =
        importSnapshot(store, std::get<integration::CaseloadSnapshot>(read), options);
    if (!outcome.refusals.isEmpty())
        return refuse(outcome.refusals);
    for (const QString &line : integration::describe(outcome.plan))
        std::printf("%s\n", qPrintable(line));
    std::printf("%s\n", options.dryRun ? "dry run: nothing changed" : "applied");
    return 0;
}

} // namespace homevisit::gateway
