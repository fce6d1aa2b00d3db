// Reading a caseload snapshot from the case system (docs/integration.md): the example
// files in docs/examples read as they are, in both formats, to the same snapshot; every
// kind of bad input is refused with its file and line, and nothing of it is returned.
#include "sync/integration/caseloadsnapshot.h"
#include "sync/integration/csvreader.h"
#include "sync/integration/gatewayrows.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace homevisit;
using namespace homevisit::integration;

namespace {

const QString Examples = QStringLiteral(HOMEVISIT_SOURCE_DIR "/docs/examples");

QByteArray exampleJsonLines()
{
    QFile file(Examples + "/caseload-snapshot.jsonl");
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

CaseloadSnapshot accepted(const SnapshotRead &read)
{
    if (const auto *errors = std::get_if<QList<SnapshotError>>(&read)) {
        for (const SnapshotError &e : *errors)
            UNSCOPED_INFO(e.toString().toStdString());
        FAIL("the snapshot was refused");
    }
    return std::get<CaseloadSnapshot>(read);
}

QStringList refused(const SnapshotRead &read)
{
    REQUIRE(std::holds_alternative<QList<SnapshotError>>(read));
    QStringList lines;
    for (const SnapshotError &e : std::get<QList<SnapshotError>>(read))
        lines << e.toString();
    return lines;
}

// The example with one line replaced (1-based), or appended when line is 0.
QByteArray exampleWith(int line, const QByteArray &text)
{
    QList<QByteArray> lines = exampleJsonLines().trimmed().split('\n');
    if (line == 0)
        lines.append(text);
    else
        lines[line - 1] = text;
    return lines.join('\n');
}

bool anyContains(const QStringList &lines, const QString &text)
{
    INFO(lines.join('\n').toStdString());
    return std::any_of(lines.cbegin(), lines.cend(),
                       [&](const QString &l) { return l.contains(text); });
}

} // namespace

TEST_CASE("the example snapshot reads as it is", "[snapshot]")
{
    const CaseloadSnapshot s = accepted(readSnapshot(Examples + "/caseload-snapshot.jsonl"));
    CHECK(s.municipality == "region-gotland");
    CHECK(s.municipalityName == "Region Gotland");
    REQUIRE(s.users.size() == 4);
    CHECK(s.users[1].user == "anna.lind");
    CHECK(s.users[1].displayName == "Anna Lind");
    CHECK(s.users[1].role == sync::Role::Caseworker);
    CHECK(s.users[1].supervisor == "bodil.ek");
    REQUIRE(s.children.size() == 3);
    CHECK(s.children[0].caseId == "P-1001");
    CHECK(s.children[0].name == "Noah Hägg Karlsson");
    CHECK(s.children[0].birthYear == 2013);
    CHECK(s.children[0].legalBasis == "LVU");
    CHECK(s.children[0].visitIntervalDays == 42);
    CHECK(s.children[0].from.toString() == "caseload-snapshot.jsonl:6");
    REQUIRE(s.fosterHomes.size() == 2);
    CHECK(s.fosterHomes[0].address == "Hemsegatan 7, 623 30 Hemse");
    CHECK(s.fosterHomes[1].phone.isEmpty());
    REQUIRE(s.placements.size() == 3);
    CHECK(s.placements[0].start == QDate(2023, 3, 1));
    CHECK_FALSE(s.placements[0].end.isValid());
    CHECK(s.placements[2].end == QDate(2025, 3, 31));
    REQUIRE(s.assignments.size() == 5);
    CHECK(s.assignments[3].of == SnapshotAssignment::Of::FosterHome);
    CHECK(s.assignments[3].caseId == "FH-201");
    CHECK(s.assignments[3].user == "karin.holm");
}

TEST_CASE("the CSV folder reads to the same snapshot as JSON Lines", "[snapshot][csv]")
{
    const CaseloadSnapshot lines = accepted(readSnapshot(Examples + "/caseload-snapshot.jsonl"));
    const CaseloadSnapshot csv = accepted(readSnapshot(Examples + "/caseload-snapshot"));
    CHECK(csv.municipality == lines.municipality);
    REQUIRE(csv.users.size() == lines.users.size());
    for (qsizetype i = 0; i < csv.users.size(); ++i) {
        CHECK(csv.users[i].user == lines.users[i].user);
        CHECK(csv.users[i].displayName == lines.users[i].displayName);
        CHECK(csv.users[i].role == lines.users[i].role);
        CHECK(csv.users[i].supervisor == lines.users[i].supervisor);
    }
    REQUIRE(csv.children.size() == lines.children.size());
    for (qsizetype i = 0; i < csv.children.size(); ++i) {
        CHECK(csv.children[i].caseId == lines.children[i].caseId);
        CHECK(csv.children[i].name == lines.children[i].name);
        CHECK(csv.children[i].birthYear == lines.children[i].birthYear);
        CHECK(csv.children[i].visitIntervalDays == lines.children[i].visitIntervalDays);
    }
    REQUIRE(csv.fosterHomes.size() == lines.fosterHomes.size());
    CHECK(csv.fosterHomes[0].address == lines.fosterHomes[0].address); // a quoted comma
    REQUIRE(csv.placements.size() == lines.placements.size());
    for (qsizetype i = 0; i < csv.placements.size(); ++i) {
        CHECK(csv.placements[i].start == lines.placements[i].start);
        CHECK(csv.placements[i].end == lines.placements[i].end);
    }
    REQUIRE(csv.assignments.size() == lines.assignments.size());
    CHECK(csv.assignments[4].of == SnapshotAssignment::Of::FosterHome);
    CHECK(csv.children[2].from.toString() == "children.csv:4");
}

TEST_CASE("a bad row is refused with its line, and the snapshot with it", "[snapshot][bad]")
{
    SECTION("not JSON")
    {
        CHECK(anyContains(refused(readJsonLines(exampleWith(6, "{\"type\":\"child\","), "s.jsonl")),
                          "s.jsonl:6: not JSON"));
    }
    SECTION("no type, or an unknown one")
    {
        CHECK(anyContains(refused(readJsonLines(exampleWith(0, "{\"id\":\"x\"}"), "s.jsonl")),
                          "s.jsonl:19: the row has no 'type'"));
        CHECK(anyContains(refused(readJsonLines(exampleWith(0, "{\"type\":\"kid\"}"), "s.jsonl")),
                          "s.jsonl:19: unknown type 'kid'"));
    }
    SECTION("a missing field, an unknown field, a wrong value")
    {
        const QStringList errors = refused(readJsonLines(
            exampleWith(7, R"({"type":"child","id":"P-1002","name":"","birth_year":1890,)"
                           R"("legal_basis":"LVM","visit_intervall_days":42})"),
            "s.jsonl"));
        CHECK(anyContains(errors, "s.jsonl:7: child: unknown field 'visit_intervall_days'"));
        CHECK(anyContains(errors, "s.jsonl:7: child: 'name' must not be empty"));
        CHECK(anyContains(errors, "s.jsonl:7: child: 'birth_year' must be an integer from 1990"));
        CHECK(anyContains(errors, "s.jsonl:7: child: 'legal_basis' must be one of: SoL, LVU"));
        CHECK(anyContains(errors, "s.jsonl:7: child: 'visit_interval_days' is missing"));
    }
    SECTION("a number beyond any 64-bit integer is out of range, not undefined")
    {
        const QStringList errors = refused(readJsonLines(
            exampleWith(7, R"({"type":"child","id":"P-1002","name":"E","birth_year":2e39,)"
                           R"("legal_basis":"SoL","visit_interval_days":-1e300})"),
            "s.jsonl"));
        CHECK(anyContains(errors, "s.jsonl:7: child: 'birth_year' must be an integer from 1990"));
        CHECK(anyContains(
            errors, "s.jsonl:7: child: 'visit_interval_days' must be an integer from 1 to 365"));
    }
    SECTION("a year as text, an id with a space, a date that does not exist")
    {
        CHECK(anyContains(
            refused(readJsonLines(
                exampleWith(8, R"({"type":"child","id":"P 1003","name":"E","birth_year":"2010",)"
                               R"("legal_basis":"SoL","visit_interval_days":90})"),
                "s.jsonl")),
            "s.jsonl:8: child: 'birth_year' must be an integer"));
        CHECK(anyContains(
            refused(readJsonLines(
                exampleWith(8, R"({"type":"child","id":"P 1003","name":"E","birth_year":2010,)"
                               R"("legal_basis":"SoL","visit_interval_days":90})"),
                "s.jsonl")),
            "s.jsonl:8: child: 'id' must be 1 to 64"));
        CHECK(anyContains(
            refused(readJsonLines(
                exampleWith(12, R"({"type":"placement","id":"PL-5002","child":"P-1002",)"
                                R"("foster_home":"FH-202","form":"foster_home",)"
                                R"("start_date":"2024-02-30"})"),
                "s.jsonl")),
            "s.jsonl:12: placement: 'start_date' must be a date YYYY-MM-DD"));
    }
    SECTION("an end before the start")
    {
        CHECK(anyContains(
            refused(readJsonLines(
                exampleWith(13, R"({"type":"placement","id":"PL-5003","child":"P-1003",)"
                                R"("foster_home":"FH-202","form":"emergency_home",)"
                                R"("start_date":"2025-01-10","end_date":"2024-12-31"})"),
                "s.jsonl")),
            "s.jsonl:13: placement: 'end_date' is before 'start_date'"));
    }
}

TEST_CASE("duplicates and references to unknown ids are refused", "[snapshot][bad]")
{
    SECTION("a duplicate child id names both lines")
    {
        CHECK(anyContains(
            refused(readJsonLines(
                exampleWith(0, R"({"type":"child","id":"P-1001","name":"N","birth_year":2014,)"
                               R"("legal_basis":"SoL","visit_interval_days":42})"),
                "s.jsonl")),
            "s.jsonl:19: duplicate child id 'P-1001' (first at s.jsonl:6)"));
    }
    SECTION("a child given to two secretaries")
    {
        CHECK(anyContains(
            refused(readJsonLines(
                exampleWith(0, R"({"type":"assignment","child":"P-1001","user":"erik.sand"})"),
                "s.jsonl")),
            "s.jsonl:19: duplicate assignment of 'child P-1001' (first at s.jsonl:14)"));
    }
    SECTION("a placement of an unknown child in an unknown foster home")
    {
        const QStringList errors = refused(readJsonLines(
            exampleWith(0, R"({"type":"placement","id":"PL-9","child":"P-9","foster_home":"FH-9",)"
                           R"("form":"foster_home","start_date":"2025-01-01"})"),
            "s.jsonl"));
        CHECK(anyContains(errors, "s.jsonl:19: placement 'PL-9': unknown child 'P-9'"));
        CHECK(anyContains(errors, "s.jsonl:19: placement 'PL-9': unknown foster home 'FH-9'"));
    }
    SECTION("an assignment to an unknown user, or to a user of the wrong role")
    {
        CHECK(anyContains(
            refused(readJsonLines(
                exampleWith(14, R"({"type":"assignment","child":"P-1001","user":"nobody"})"),
                "s.jsonl")),
            "s.jsonl:14: assignment: unknown user 'nobody'"));
        CHECK(anyContains(
            refused(readJsonLines(
                exampleWith(14, R"({"type":"assignment","child":"P-1001","user":"karin.holm"})"),
                "s.jsonl")),
            "s.jsonl:14: assignment: a child goes to a user of role caseworker, 'karin.holm' is "
            "foster_home_secretary"));
        CHECK(anyContains(
            refused(readJsonLines(
                exampleWith(
                    14,
                    R"({"type":"assignment","child":"P-1001","foster_home":"FH-201","user":"anna.lind"})"),
                "s.jsonl")),
            "s.jsonl:14: assignment: name exactly one of 'child' and 'foster_home'"));
    }
    SECTION("an unknown role, and a supervisor who is not one")
    {
        CHECK(anyContains(
            refused(readJsonLines(
                exampleWith(
                    2, R"({"type":"user","user":"bodil.ek","display_name":"B","role":"admin"})"),
                "s.jsonl")),
            "s.jsonl:2: user: 'role' must be one of: caseworker, foster_home_secretary, "
            "supervisor"));
        CHECK(anyContains(
            refused(readJsonLines(
                exampleWith(
                    5,
                    R"({"type":"user","user":"karin.holm","display_name":"K","role":"foster_home_secretary","supervisor":"anna.lind"})"),
                "s.jsonl")),
            "s.jsonl:5: user 'karin.holm': supervisor 'anna.lind' is not a user of role "
            "supervisor"));
    }
    SECTION("no municipality, or two")
    {
        CHECK(anyContains(refused(readJsonLines(exampleWith(1, ""), "s.jsonl")),
                          "s.jsonl: no 'municipality' row"));
        CHECK(
            anyContains(refused(readJsonLines(
                            exampleWith(0, R"({"type":"municipality","id":"vetlanda","name":"V"})"),
                            "s.jsonl")),
                        "s.jsonl:19: a second 'municipality' row"));
    }
}

TEST_CASE("bad CSV is refused with its file and line", "[snapshot][csv][bad]")
{
    QTemporaryDir dir;
    for (const QString &name : QDir(Examples + "/caseload-snapshot").entryList(QDir::Files))
        REQUIRE(QFile::copy(Examples + "/caseload-snapshot/" + name, dir.filePath(name)));
    const auto write = [&](const QString &name, const QByteArray &content) {
        QFile file(dir.filePath(name));
        QFile::setPermissions(dir.filePath(name), QFile::ReadOwner | QFile::WriteOwner);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    };

    SECTION("a row with a cell too many")
    {
        write("children.csv",
              "id,name,birth_year,legal_basis,visit_interval_days\n"
              "P-1001,Noah,2013,LVU,42\nP-1002,Alva,2017,SoL,42,extra\nP-1003,E,2010,SoL,90\n");
        CHECK(anyContains(refused(readSnapshot(dir.path())),
                          "children.csv:3: 6 cells where the header has 5"));
    }
    SECTION("a quoted cell never closed")
    {
        write("foster_homes.csv",
              "id,name,home_type,address,phone\nFH-201,Familjen Hägg,kinship,\"Hemsegatan 7\n");
        CHECK(anyContains(refused(readSnapshot(dir.path())),
                          "foster_homes.csv:2: a quoted cell is never closed"));
    }
    SECTION("an unknown column and a number that is not one")
    {
        write(
            "children.csv",
            "id,name,birth_year,legal_basis,visit_interval_days,shoe_size\n"
            "P-1001,Noah,twenty,LVU,42,38\nP-1002,Alva,2017,SoL,42,30\nP-1003,E,2010,SoL,90,40\n");
        const QStringList errors = refused(readSnapshot(dir.path()));
        CHECK(anyContains(errors, "children.csv:2: child: unknown field 'shoe_size'"));
        CHECK(anyContains(errors, "children.csv:2: child: 'birth_year' must be an integer"));
    }
    SECTION("no municipality file")
    {
        REQUIRE(QFile::remove(dir.filePath("municipality.csv")));
        CHECK(anyContains(refused(readSnapshot(dir.path())), "municipality.csv: missing in"));
    }
}

TEST_CASE("CSV cells read back exactly as written", "[csv]")
{
    const CsvTable t = readCsv("a,\"b, c\",\"say \"\"hi\"\"\"\r\n\r\n1,\"two\nlines\",3\n");
    REQUIRE(t.error.isEmpty());
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0].cells == QStringList{"a", "b, c", "say \"hi\""});
    CHECK(t.rows[1].line == 3);
    CHECK(t.rows[1].cells == QStringList{"1", "two\nlines", "3"});
    CHECK(readCsv("a,b\"c\n").error == "a quote inside an unquoted cell");
    CHECK(readCsv("\"a\"b\n").error == "text after a closing quote");
}

// --- the snapshot in the gateway's terms ----------------------------------------------------

namespace {

const QJsonObject *rowWithCaseId(const QList<QJsonObject> &rows, const QString &caseId)
{
    for (const QJsonObject &row : rows)
        if (row.value("case_id").toString() == caseId)
            return &row;
    return nullptr;
}

} // namespace

TEST_CASE("a snapshot becomes the rows tablets receive, with the same ids on every import",
          "[snapshot][rows]")
{
    const CaseloadSnapshot snapshot = accepted(readJsonLines(exampleJsonLines(), "s.jsonl"));
    const GatewayRows rows = toGatewayRows(snapshot);
    REQUIRE(rows.children.size() == 3);
    REQUIRE(rows.fosterHomes.size() == 2);
    REQUIRE(rows.placements.size() == 3);

    const QJsonObject *noah = rowWithCaseId(rows.children, "P-1001");
    const QJsonObject *elias = rowWithCaseId(rows.children, "P-1003");
    const QJsonObject *hagg = rowWithCaseId(rows.fosterHomes, "FH-201");
    const QJsonObject *ended = rowWithCaseId(rows.placements, "PL-5003");
    REQUIRE((noah && elias && hagg && ended));
    CHECK(sync::isUuid(noah->value("id").toString()));
    CHECK(noah->value("name").toString() == QString::fromUtf8("Noah Hägg Karlsson"));
    CHECK(noah->value("secretary").toString() == "anna.lind");
    CHECK(elias->value("secretary").toString() == "erik.sand");
    CHECK(hagg->value("family_name").toString() == QString::fromUtf8("Familjen Hägg"));
    CHECK(hagg->value("secretary").toString() == "karin.holm");
    // The placement points at the gateway's ids, and carries the child's legal basis
    // (the tablet keeps it on the placement).
    CHECK(ended->value("child_id") == elias->value("id"));
    CHECK(ended->value("legal_basis").toString() == "SoL");
    CHECK(ended->value("end_date").toString() == "2025-03-31");
    CHECK(rowWithCaseId(rows.placements, "PL-5001")->value("end_date").isNull());

    // The same snapshot again, read from CSV, gives exactly the same rows.
    const GatewayRows again =
        toGatewayRows(accepted(readCsvFolder(Examples + "/caseload-snapshot")));
    CHECK(again.children == rows.children);
    CHECK(again.fosterHomes == rows.fosterHomes);
    CHECK(again.placements == rows.placements);
}

TEST_CASE("an unassigned child reaches no tablet, and ids never collide across kinds or "
          "municipalities",
          "[snapshot][rows]")
{
    CaseloadSnapshot snapshot = accepted(readJsonLines(exampleJsonLines(), "s.jsonl"));
    snapshot.assignments.removeIf([](const SnapshotAssignment &a) { return a.caseId == "P-1003"; });
    const GatewayRows rows = toGatewayRows(snapshot);
    CHECK(rowWithCaseId(rows.children, "P-1003")->value("secretary").toString().isEmpty());

    const QString id = referenceId("region-gotland", ReferenceKind::Child, "1001");
    CHECK(id == referenceId("region-gotland", ReferenceKind::Child, "1001"));
    CHECK(id != referenceId("vetlanda", ReferenceKind::Child, "1001"));
    CHECK(id != referenceId("region-gotland", ReferenceKind::FosterHome, "1001"));
    CHECK(id != referenceId("region-gotland", ReferenceKind::Child, "1002"));
}

TEST_CASE("the rows read on a tablet as pulled changes", "[snapshot][rows]")
{
    const GatewayRows rows = toGatewayRows(accepted(readJsonLines(exampleJsonLines(), "s.jsonl")));
    sync::PullResponse response{{}, sync::makeCursor(100), false};
    qint64 seq = 0;
    const auto add = [&](sync::ChangeType type, const QList<QJsonObject> &list) {
        for (const QJsonObject &row : list)
            response.changes.append({++seq, type, sync::ChangeOp::Upsert, row});
    };
    add(sync::ChangeType::FosterHome, rows.fosterHomes);
    add(sync::ChangeType::Child, rows.children);
    add(sync::ChangeType::Placement, rows.placements);
    const auto decoded = sync::decodePullResponse(sync::encode(response));
    REQUIRE(std::holds_alternative<sync::PullResponse>(decoded));
    CHECK(std::get<sync::PullResponse>(decoded).changes.size() == 8);
}
