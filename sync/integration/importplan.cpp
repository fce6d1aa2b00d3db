#include "importplan.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace homevisit::integration {

namespace {

using Op = RowChange::Op;

QString valueText(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("(none)");
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

// The fields whose values differ, in name order; a field missing on one side and null
// on the other is the same value.
RowChange updateOf(const QJsonObject &held, const QJsonObject &incoming)
{
    QStringList keys = held.keys() + incoming.keys();
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    RowChange change{Op::Update, incoming.value("case_id").toString(), {}, incoming, {}, {}};
    for (const QString &key : keys) {
        const QJsonValue before = held.value(key);
        const QJsonValue after = incoming.value(key);
        const bool bothEmpty =
            (before.isNull() || before.isUndefined()) && (after.isNull() || after.isUndefined());
        if (before == after || bothEmpty)
            continue;
        change.fields.append(key);
        change.oldValues.append(valueText(before));
    }
    return change;
}

// Rows keyed by `key`; held rows missing from the snapshot are removed, unless
// `alreadyGone` says a held row has already left every tablet (nothing to remove).
QList<RowChange> diff(const QList<QJsonObject> &held, const QList<QJsonObject> &incoming,
                      const QString &key, bool (*alreadyGone)(const QJsonObject &) = nullptr)
{
    QHash<QString, const QJsonObject *> byKey;
    for (const QJsonObject &row : held)
        byKey.insert(row.value(key).toString(), &row);
    QList<RowChange> changes;
    for (const QJsonObject &row : incoming) {
        const QString id = row.value(key).toString();
        const QJsonObject *before = byKey.take(id);
        if (!before) {
            changes.append({Op::Add, row.value("case_id").toString(), id, row, {}, {}});
            continue;
        }
        RowChange update = updateOf(*before, row);
        update.id = id;
        if (!update.fields.isEmpty())
            changes.append(update);
    }
    // The rest were held and are not in the snapshot, listed in the held order.
    for (const QJsonObject &row : held) {
        const QString id = row.value(key).toString();
        if (byKey.contains(id) && !(alreadyGone && alreadyGone(row)))
            changes.append({Op::Remove, row.value("case_id").toString(), id, row, {}, {}});
    }
    return changes;
}

// A child or foster home removed by an earlier import is held unassigned: it is on no
// tablet, so its absence from a later snapshot changes nothing.
bool isUnassigned(const QJsonObject &row)
{
    return row.value("secretary").toString().isEmpty();
}

QList<QJsonObject> userRows(const QList<SnapshotUser> &users)
{
    QList<QJsonObject> rows;
    for (const SnapshotUser &user : users)
        rows.append(userRow(user));
    return rows;
}

QString opSign(Op op)
{
    return op == Op::Add ? QStringLiteral("+") : op == Op::Update ? QStringLiteral("~") : "-";
}

void describeKind(QStringList &lines, const QString &kind, const QList<RowChange> &changes)
{
    for (const RowChange &c : changes) {
        QString line = opSign(c.op) + u' ' + kind + u' ' + (c.caseId.isEmpty() ? c.id : c.caseId);
        if (c.op == Op::Update) {
            QStringList parts;
            for (qsizetype i = 0; i < c.fields.size(); ++i)
                parts.append(c.fields[i] + u' ' + c.oldValues[i] + " -> " +
                             valueText(c.row.value(c.fields[i])));
            line += ": " + parts.join(QStringLiteral("; "));
        }
        lines.append(line);
    }
}

} // namespace

QJsonObject userRow(const SnapshotUser &user)
{
    return {{"user", user.user},
            {"display_name", user.displayName},
            {"role", sync::roleName(user.role)},
            {"supervisor", user.supervisor}};
}

bool ImportPlan::isEmpty() const
{
    return users.isEmpty() && children.isEmpty() && fosterHomes.isEmpty() && placements.isEmpty();
}

int ImportPlan::count(const QList<RowChange> &changes, RowChange::Op op) const
{
    return int(std::count_if(changes.cbegin(), changes.cend(),
                             [op](const RowChange &c) { return c.op == op; }));
}

ImportPlan planImport(const GatewayRows &held, const GatewayRows &incoming)
{
    ImportPlan plan;
    plan.municipality = incoming.municipality;
    plan.users = diff(userRows(held.users), userRows(incoming.users), QStringLiteral("user"));
    plan.children = diff(held.children, incoming.children, "id", isUnassigned);
    plan.fosterHomes = diff(held.fosterHomes, incoming.fosterHomes, "id", isUnassigned);
    plan.placements = diff(held.placements, incoming.placements, "id");
    plan.childrenHeld = int(std::count_if(held.children.cbegin(), held.children.cend(),
                                          [](const QJsonObject &c) { return !isUnassigned(c); }));
    return plan;
}

std::optional<QString> massRemovalRefusal(const ImportPlan &plan)
{
    const int removed = plan.childrenRemoved();
    if (removed <= MassRemovalFloor || removed * 100 <= plan.childrenHeld * MassRemovalPercent)
        return std::nullopt;
    return QStringLiteral("the snapshot would remove %1 of the %2 children %3 holds (more than "
                          "%4 %): a truncated export? Check it, or import with "
                          "--allow-mass-removal")
        .arg(removed)
        .arg(plan.childrenHeld)
        .arg(plan.municipality)
        .arg(MassRemovalPercent);
}

QStringList describe(const ImportPlan &plan)
{
    QStringList lines;
    const auto counts = [&](const QString &kind, const QList<RowChange> &changes) {
        lines.append(QStringLiteral("%1: %2 added, %3 changed, %4 removed")
                         .arg(kind)
                         .arg(plan.count(changes, Op::Add))
                         .arg(plan.count(changes, Op::Update))
                         .arg(plan.count(changes, Op::Remove)));
    };
    counts(QStringLiteral("users"), plan.users);
    counts(QStringLiteral("children"), plan.children);
    counts(QStringLiteral("foster homes"), plan.fosterHomes);
    counts(QStringLiteral("placements"), plan.placements);
    describeKind(lines, QStringLiteral("user"), plan.users);
    describeKind(lines, QStringLiteral("child"), plan.children);
    describeKind(lines, QStringLiteral("foster_home"), plan.fosterHomes);
    describeKind(lines, QStringLiteral("placement"), plan.placements);
    return lines;
}

} // namespace homevisit::integration
