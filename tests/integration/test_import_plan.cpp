// What importing a snapshot would change, computed against what the gateway holds: the
// same snapshot twice is no change; a handed-over child is one changed field; a child
// left out is a removal, once; a snapshot that drops too many children is refused.
#include "sync/integration/caseloadsnapshot.h"
#include "sync/integration/gatewayrows.h"
#include "sync/integration/importplan.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace homevisit;
using namespace homevisit::integration;

namespace {

GatewayRows exampleRows()
{
    QFile file(QStringLiteral(HOMEVISIT_SOURCE_DIR "/docs/examples/caseload-snapshot.jsonl"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const SnapshotRead read = readJsonLines(file.readAll(), "s.jsonl");
    REQUIRE(std::holds_alternative<CaseloadSnapshot>(read));
    return toGatewayRows(std::get<CaseloadSnapshot>(read));
}

// A municipality with `count` children, all assigned to anna.
GatewayRows rowsWithChildren(int count)
{
    CaseloadSnapshot snapshot;
    snapshot.municipality = "region-gotland";
    snapshot.users.append({"anna", "Anna Lind", sync::Role::Caseworker, {}, {}});
    for (int i = 0; i < count; ++i) {
        const QString id = QStringLiteral("P-%1").arg(i);
        snapshot.children.append({id, "Barn " + id, 2015, "SoL", 42, {}});
        snapshot.assignments.append({SnapshotAssignment::Of::Child, id, "anna", {}});
    }
    return toGatewayRows(snapshot);
}

} // namespace

TEST_CASE("everything is added on the first import, and nothing on the second", "[import][plan]")
{
    const GatewayRows rows = exampleRows();
    const ImportPlan first = planImport({}, rows);
    CHECK(first.count(first.users, RowChange::Op::Add) == 4);
    CHECK(first.count(first.children, RowChange::Op::Add) == 3);
    CHECK(first.count(first.fosterHomes, RowChange::Op::Add) == 2);
    CHECK(first.count(first.placements, RowChange::Op::Add) == 3);
    CHECK(describe(first).first() == "users: 4 added, 0 changed, 0 removed");
    CHECK_FALSE(massRemovalRefusal(first));

    const ImportPlan again = planImport(rows, rows);
    CHECK(again.isEmpty());
    CHECK(describe(again).size() == 4); // the four count lines, all zero
}

TEST_CASE("a child handed to another secretary is one changed field", "[import][plan]")
{
    const GatewayRows held = exampleRows();
    GatewayRows incoming = held;
    incoming.children[0]["secretary"] = "erik.sand";
    incoming.placements[0]["end_date"] = "2026-11-30";
    const ImportPlan plan = planImport(held, incoming);
    REQUIRE(plan.children.size() == 1);
    CHECK(plan.children[0].op == RowChange::Op::Update);
    CHECK(plan.children[0].fields == QStringList{"secretary"});
    CHECK(plan.children[0].id == held.children[0].value("id").toString());
    const QStringList lines = describe(plan);
    CHECK(lines.contains("~ child P-1001: secretary anna.lind -> erik.sand"));
    CHECK(lines.contains("~ placement PL-5001: end_date (none) -> 2026-11-30"));
    CHECK(plan.fosterHomes.isEmpty());
    CHECK(plan.users.isEmpty());
}

TEST_CASE("a child left out of the snapshot is removed once", "[import][plan]")
{
    const GatewayRows held = exampleRows();
    GatewayRows incoming = held;
    incoming.children.removeAt(2); // P-1003
    incoming.placements.removeAt(2);
    const ImportPlan plan = planImport(held, incoming);
    REQUIRE(plan.children.size() == 1);
    CHECK(plan.children[0].op == RowChange::Op::Remove);
    CHECK(plan.children[0].caseId == "P-1003");
    CHECK(plan.placements.size() == 1);
    CHECK(describe(plan).contains("- child P-1003"));

    // Once removed it is held unassigned; left out again, it is no change.
    GatewayRows afterwards = held;
    afterwards.children[2]["secretary"] = "";
    afterwards.placements.removeAt(2);
    CHECK(planImport(afterwards, incoming).isEmpty());
}

TEST_CASE("a snapshot that drops more than a tenth of the children is refused",
          "[import][plan][mass]")
{
    const GatewayRows held = rowsWithChildren(100);
    const auto keep = [&](int count) {
        GatewayRows incoming = held;
        incoming.children = held.children.mid(0, count);
        return planImport(held, incoming);
    };
    CHECK_FALSE(massRemovalRefusal(keep(90))); // 10 of 100: allowed
    const auto refusal = massRemovalRefusal(keep(89));
    REQUIRE(refusal);
    CHECK(refusal->contains("11 of the 100 children"));
    CHECK(refusal->contains("--allow-mass-removal"));
    // A truncated file: almost everything gone.
    CHECK(massRemovalRefusal(keep(3)));

    // A small municipality may lose up to five children at once.
    const GatewayRows small = rowsWithChildren(8);
    GatewayRows fewer = small;
    fewer.children = small.children.mid(0, 3);
    CHECK_FALSE(massRemovalRefusal(planImport(small, fewer)));
    fewer.children = small.children.mid(0, 2);
    CHECK(massRemovalRefusal(planImport(small, fewer)));
}
