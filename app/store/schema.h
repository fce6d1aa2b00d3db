// The journal's schema, version by version: the SQL of each migration (store/migrations.cpp
// runs it, with the data steps some versions need). A header of plain strings, so a
// benchmark that cannot link the store (bench/store_workload.cpp: SQLCipher or SQLite)
// builds the same tables, indexes and triggers.
#pragma once

#include <iterator>

namespace homevisit::store::schema {

// Journal rules live in the schema too: a signed record cannot be updated or deleted
// whatever code path tries, and the audit log is append-only.
inline constexpr const char *ImmutabilityTriggers[] = {
    "CREATE TRIGGER records_signed_immutable BEFORE UPDATE ON records WHEN OLD.status = 'signed' "
    "BEGIN SELECT RAISE(ABORT, 'signed records are immutable'); END",
    "CREATE TRIGGER records_signed_undeletable BEFORE DELETE ON records WHEN OLD.status = 'signed' "
    "BEGIN SELECT RAISE(ABORT, 'signed records cannot be deleted'); END",
};

inline constexpr const char *V1[] = {
    "CREATE TABLE foster_homes ("
    " id TEXT PRIMARY KEY, family_name TEXT NOT NULL, address TEXT NOT NULL DEFAULT '',"
    " home_type TEXT NOT NULL CHECK (home_type IN"
    "  ('own_recruited','kinship','emergency','agency_supported','residential')),"
    " secretary TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '',"
    " updated_at INTEGER NOT NULL)",
    "CREATE TABLE children ("
    " id TEXT PRIMARY KEY, name TEXT NOT NULL, birth_year INTEGER NOT NULL,"
    " secretary TEXT NOT NULL DEFAULT '', visit_interval_days INTEGER NOT NULL DEFAULT 42"
    "  CHECK (visit_interval_days BETWEEN 1 AND 366),"
    " updated_at INTEGER NOT NULL)",
    "CREATE TABLE placements ("
    " id TEXT PRIMARY KEY, child_id TEXT NOT NULL REFERENCES children(id),"
    " foster_home_id TEXT NOT NULL REFERENCES foster_homes(id),"
    " legal_basis TEXT NOT NULL CHECK (legal_basis IN ('SoL','LVU')),"
    " start_date TEXT NOT NULL, end_date TEXT, updated_at INTEGER NOT NULL)",
    "CREATE INDEX placements_child ON placements(child_id)",
    "CREATE INDEX placements_home ON placements(foster_home_id)",
    "CREATE TABLE records ("
    " id TEXT PRIMARY KEY,"
    " kind TEXT NOT NULL CHECK (kind IN"
    "  ('child_visit','supervision_session','amendment','review')),"
    " status TEXT NOT NULL CHECK (status IN ('draft','signed')),"
    " author TEXT NOT NULL, device TEXT NOT NULL, hlc TEXT NOT NULL,"
    " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, signed_at INTEGER,"
    " revision INTEGER NOT NULL DEFAULT 1,"
    " child_id TEXT, foster_home_id TEXT, refers_to TEXT REFERENCES records(id),"
    " event_date TEXT, body TEXT NOT NULL)",
    "CREATE INDEX records_child ON records(child_id, event_date)",
    "CREATE INDEX records_home ON records(foster_home_id, event_date)",
    "CREATE INDEX records_refers ON records(refers_to)",
    "CREATE INDEX records_kind ON records(kind, hlc)",
    ImmutabilityTriggers[0],
    ImmutabilityTriggers[1],
    "CREATE TABLE audit_events ("
    " seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, at INTEGER NOT NULL,"
    " hlc TEXT NOT NULL, actor TEXT NOT NULL, device TEXT NOT NULL, action TEXT NOT NULL,"
    " record_id TEXT, detail TEXT NOT NULL DEFAULT '')",
    "CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit_events "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
    "CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit_events "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
};

// v2: what sync needs. Signed records from v1 are queued so nothing stays behind.
inline constexpr const char *V2[] = {
    "CREATE TABLE outbox ("
    " seq INTEGER PRIMARY KEY AUTOINCREMENT, mutation_id TEXT NOT NULL UNIQUE,"
    " record_id TEXT NOT NULL REFERENCES records(id), revision INTEGER NOT NULL,"
    " created_at INTEGER NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"
    " next_attempt_at INTEGER NOT NULL DEFAULT 0, last_error TEXT)",
    "CREATE INDEX outbox_record ON outbox(record_id)",
    "CREATE TABLE record_sync ("
    " record_id TEXT PRIMARY KEY REFERENCES records(id),"
    " state TEXT NOT NULL CHECK (state IN ('local','sending','synced','refused')),"
    " reason TEXT, updated_at INTEGER NOT NULL)",
    "INSERT INTO record_sync(record_id, state, updated_at) SELECT id, 'local', updated_at FROM "
    "records",
};

// v3: settings, and the concern flag as a column so the supervisor's "open concerns"
// query is indexed. Existing bodies are read to fill it.
inline constexpr const char *V3[] = {
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "ALTER TABLE records ADD COLUMN concern INTEGER NOT NULL DEFAULT 0",
    "CREATE INDEX records_concern ON records(concern) WHERE concern = 1",
};

// v4: sync. An outbox row freezes the wire form of the record when it is queued, so a
// resend after a crash is byte-identical and the server answers "duplicate"; rows taken
// into a request are marked in flight. record_sync remembers what the server confirmed.
// Rows queued by older versions are signed records (immutable): their payload is
// filled from the record when first sent.
inline constexpr const char *V4[] = {
    "ALTER TABLE outbox ADD COLUMN payload TEXT",
    "ALTER TABLE outbox ADD COLUMN in_flight INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE record_sync ADD COLUMN server_revision INTEGER",
    "ALTER TABLE record_sync ADD COLUMN server_seq INTEGER",
    "ALTER TABLE record_sync ADD COLUMN received_at TEXT",
    "CREATE INDEX outbox_due ON outbox(in_flight, next_attempt_at, seq)",
};

// v5: a stamp is ordering, not content. A tablet whose clock the server finds ahead
// re-stamps its unsent records (JournalStore::rebaseClock), signed ones too, so the
// immutability trigger now names the columns a journal shows instead of the whole row.
// Repairs what the seven-digit clock bug left (issue: a far-future stamp stopped sync):
// the tablet's own unparseable stamps get new ones in their old order. The records the
// server refused with their whole batch are queued again by JournalStore::open, which
// freezes their wire form as any queued change.
inline constexpr const char *V5[] = {
    "DROP TRIGGER records_signed_immutable",
    "CREATE TRIGGER records_signed_immutable BEFORE UPDATE OF id, kind, status, author, device,"
    " created_at, signed_at, revision, child_id, foster_home_id, refers_to, event_date, body"
    " ON records WHEN OLD.status = 'signed' "
    "BEGIN SELECT RAISE(ABORT, 'signed records are immutable'); END",
};

// v6: signatures (docs/records.md, "Signatures"). The tablet's Ed25519 key pair lives
// only in this encrypted file; device_keys pins the first key seen for another device
// (trust on first use). Every signed record carries its signature and whether it holds:
// records signed before this version have none ('legacy'); the ones still queued are
// signed by JournalStore::open right after, with the store's own key.
inline constexpr const char *V6[] = {
    "CREATE TABLE signing_keys ("
    " id INTEGER PRIMARY KEY CHECK (id = 1), public_key TEXT NOT NULL,"
    " secret_key TEXT NOT NULL, created_at INTEGER NOT NULL)",
    "CREATE TABLE device_keys ("
    " device_id TEXT PRIMARY KEY, public_key TEXT NOT NULL, first_seen_at INTEGER NOT NULL)",
    "ALTER TABLE records ADD COLUMN signature TEXT",
    "ALTER TABLE records ADD COLUMN signature_state TEXT"
    " CHECK (signature_state IN ('valid','invalid','legacy','unverified'))",
    "UPDATE records SET signature_state = 'legacy' WHERE status = 'signed'",
};

// v7: a child or foster home the server removed while she has an unsigned draft about
// it stays, marked, until the draft is signed (docs/domain.md, "Caseloads move").
// A pulled record keeps the names the gateway sends with it, outside its signature
// (docs/sync-protocol.md, "Names in pulls"): the author's display name and the child's
// or foster home's name. Not columns the immutability trigger names (v5), so a later
// pull refreshes them on a signed record too.
inline constexpr const char *V7[] = {
    "ALTER TABLE children ADD COLUMN kept_for_draft INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE foster_homes ADD COLUMN kept_for_draft INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE records ADD COLUMN author_name TEXT",
    "ALTER TABLE records ADD COLUMN subject_name TEXT",
};

// Each version's statements, in order: Versions[0] is V1.
struct Version
{
    const char *const *begin;
    const char *const *end;
};

inline constexpr Version Versions[] = {
    {std::begin(V1), std::end(V1)}, {std::begin(V2), std::end(V2)}, {std::begin(V3), std::end(V3)},
    {std::begin(V4), std::end(V4)}, {std::begin(V5), std::end(V5)}, {std::begin(V6), std::end(V6)},
    {std::begin(V7), std::end(V7)},
};

} // namespace homevisit::store::schema
