#include "migrations.h"

#include "domain/records.h"
#include "store/hybridclock.h"
#include "store/schema.h"
#include "store/sqlite.h"
#include "store/uuid.h"

#include <QDateTime>
#include <QJsonDocument>

#include <iterator>
#include <string>
#include <vector>

namespace homevisit::store {

namespace {

using namespace schema;

void queueSignedRecords(Database &db)
{
    std::vector<std::pair<QString, qint64>> signedIds;
    {
        Statement st = db.prepare("SELECT id, revision FROM records WHERE status = 'signed'");
        while (st.step())
            signedIds.emplace_back(st.text(0), st.int64(1));
    }
    for (const auto &[id, revision] : signedIds)
        db.prepare("INSERT INTO outbox(mutation_id, record_id, revision, created_at) "
                   "VALUES (?1, ?2, ?3, strftime('%s','now') * 1000)")
            .bind(1, makeUuidV7())
            .bind(2, id)
            .bind(3, revision)
            .run();
}

void backfillConcern(Database &db)
{
    std::vector<QString> concerned;
    {
        Statement st = db.prepare("SELECT id, body FROM records WHERE kind = 'child_visit'");
        while (st.step()) {
            const QJsonObject body = QJsonDocument::fromJson(st.text(1).toUtf8()).object();
            if (domain::factsOf(domain::RecordKind::ChildVisit, body).concern)
                concerned.push_back(st.text(0));
        }
    }
    // Deriving a column is not a change of the record: lift the guard for this step only.
    db.exec("DROP TRIGGER records_signed_immutable");
    for (const QString &id : concerned)
        db.prepare("UPDATE records SET concern = 1 WHERE id = ?1").bind(1, id).run();
    db.exec(ImmutabilityTriggers[0]);
}

void repairClockBug(Database &db)
{
    // Stamps of the bug have a counter of seven or more digits; they sort by length first.
    std::vector<QString> malformed;
    {
        Statement st = db.prepare("SELECT id FROM records WHERE length(hlc) <> 23"
                                  " ORDER BY length(hlc), hlc, rowid");
        while (st.step())
            malformed.push_back(st.text(0));
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    HlcStamp stamp{now, 0};
    {
        Statement last = db.prepare("SELECT max(hlc) FROM records WHERE length(hlc) = 23"
                                    " AND hlc <= ?1");
        last.bind(1, HlcStamp{now + HybridClock::MaxAheadMs, 0}.toString());
        if (last.step())
            if (const auto found = HlcStamp::fromString(last.text(0)))
                stamp = std::max(stamp, *found);
    }
    for (const QString &id : malformed) {
        stamp = stamp.logical < HlcStamp::MaxLogical ? HlcStamp{stamp.physicalMs, stamp.logical + 1}
                                                     : HlcStamp{stamp.physicalMs + 1, 0};
        db.prepare("UPDATE records SET hlc = ?2 WHERE id = ?1")
            .bind(1, id)
            .bind(2, stamp.toString())
            .run();
    }
}

// The data step that follows a version's SQL, where it has one (index 0: V1).
using DataStep = void (*)(Database &);
constexpr DataStep DataSteps[] = {
    nullptr, queueSignedRecords, backfillConcern, nullptr, repairClockBug, nullptr, nullptr,
};
static_assert(std::size(DataSteps) == std::size(Versions));

} // namespace

int schemaVersion(Database &db)
{
    return db.pragma("user_version").toInt();
}

void migrate(Database &db, int targetVersion)
{
    static_assert(CurrentSchemaVersion == int(std::size(Versions)));
    const int current = schemaVersion(db);
    if (current > CurrentSchemaVersion)
        throw JournalStoreError(JournalStoreError::Code::Other,
                                "the journal was written by a newer version of homevisit (schema " +
                                    std::to_string(current) + "); update the app");
    for (int version = current + 1; version <= targetVersion; ++version) {
        const Version &step = Versions[version - 1];
        Transaction tx(db);
        for (auto sql = step.begin; sql != step.end; ++sql)
            db.exec(*sql);
        if (const DataStep after = DataSteps[version - 1])
            after(db);
        // user_version cannot take a bound parameter; the number comes from this table.
        const std::string setVersion = "PRAGMA user_version = " + std::to_string(version);
        db.exec(setVersion.c_str());
        tx.commit();
    }
}

} // namespace homevisit::store
