// Caseload snapshots as the gateway reads them from the case system (docs/integration.md):
// the bytes as a JSON Lines snapshot and as one CSV file. Beyond not crashing: a refused
// snapshot says why, with at most 100 problems, each at a line of the input; an accepted
// one turns into the gateway's rows, one per child, foster home and placement.
#include "fuzzsupport.h"

#include "sync/integration/caseloadsnapshot.h"
#include "sync/integration/csvreader.h"
#include "sync/integration/gatewayrows.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace homevisit;
    const QByteArray input = fuzz::bytesOf(data, size);
    const integration::SnapshotRead read = integration::readJsonLines(input, "fuzz.jsonl");
    if (const auto *errors = std::get_if<QList<integration::SnapshotError>>(&read)) {
        FUZZ_CHECK(!errors->isEmpty() && errors->size() <= 100);
        const int lines = int(input.count('\n')) + 1;
        for (const integration::SnapshotError &error : *errors)
            FUZZ_CHECK(error.where.line >= 0 && error.where.line <= lines);
    } else {
        const auto &snapshot = std::get<integration::CaseloadSnapshot>(read);
        const integration::GatewayRows rows = integration::toGatewayRows(snapshot);
        FUZZ_CHECK(rows.children.size() == snapshot.children.size());
        FUZZ_CHECK(rows.fosterHomes.size() == snapshot.fosterHomes.size());
        FUZZ_CHECK(rows.placements.size() == snapshot.placements.size());
    }
    const integration::CsvTable table = integration::readCsv(input);
    FUZZ_CHECK(table.error.isEmpty() == (table.errorLine == 0));
    return 0;
}
