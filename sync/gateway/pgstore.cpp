#include "pgstore.h"

#include "sync/gateway/auditchain.h"

#include <QJsonDocument>
#include <QUuid>

#include <libpq-fe.h>

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

namespace homevisit::gateway {

namespace {

using sync::Role;

// The schema versions, applied in order inside one transaction; schema_version says how
// many are in. Append a new step for a change, never edit a released one: a database
// shared by gateways of different builds must upgrade exactly once.
// The tables mirror SqliteStore's; "user" is reserved in PostgreSQL, hence user_name.
constexpr const char *SchemaV1 =
    "CREATE TABLE sequence (id INTEGER PRIMARY KEY CHECK (id = 1), last BIGINT NOT NULL);"
    "INSERT INTO sequence(id, last) VALUES (1, 0);"
    "CREATE TABLE municipalities (id TEXT PRIMARY KEY, name TEXT NOT NULL);"
    "CREATE TABLE users (name TEXT PRIMARY KEY,"
    " municipality TEXT NOT NULL REFERENCES municipalities(id), role TEXT NOT NULL,"
    " display_name TEXT NOT NULL, supervisor TEXT NOT NULL DEFAULT '',"
    " revoked INTEGER NOT NULL DEFAULT 0);"
    "CREATE TABLE credentials (hash TEXT PRIMARY KEY, user_name TEXT NOT NULL,"
    " expires_at BIGINT NOT NULL, used INTEGER NOT NULL DEFAULT 0);"
    // One row per (device, user): a tablet holds one store per user.
    "CREATE TABLE devices (id TEXT NOT NULL, user_name TEXT NOT NULL,"
    " name TEXT NOT NULL, refresh_hash TEXT NOT NULL UNIQUE, enrolled_at BIGINT NOT NULL,"
    " last_sync_at BIGINT, revoked INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (id, user_name));"
    "CREATE TABLE access_tokens (hash TEXT PRIMARY KEY, device TEXT NOT NULL,"
    " user_name TEXT NOT NULL, expires_at BIGINT NOT NULL);"
    "CREATE TABLE foster_homes (id TEXT PRIMARY KEY, municipality TEXT NOT NULL,"
    " secretary TEXT NOT NULL, data TEXT NOT NULL, seq BIGINT NOT NULL UNIQUE);"
    "CREATE TABLE children (id TEXT PRIMARY KEY, municipality TEXT NOT NULL,"
    " secretary TEXT NOT NULL, data TEXT NOT NULL, seq BIGINT NOT NULL UNIQUE);"
    "CREATE TABLE placements (id TEXT PRIMARY KEY, municipality TEXT NOT NULL,"
    " child_id TEXT NOT NULL, foster_home_id TEXT NOT NULL, data TEXT NOT NULL,"
    " seq BIGINT NOT NULL UNIQUE);"
    "CREATE TABLE records (id TEXT PRIMARY KEY, municipality TEXT NOT NULL,"
    " author TEXT NOT NULL, kind TEXT NOT NULL, status TEXT NOT NULL, refers_to TEXT,"
    " child_id TEXT, foster_home_id TEXT, data TEXT NOT NULL, seq BIGINT NOT NULL UNIQUE);"
    "CREATE INDEX records_author ON records(author);"
    "CREATE INDEX records_refers ON records(refers_to);"
    // The journal rule, enforced below the gateway too: a signed row never changes.
    "CREATE FUNCTION homevisit_signed_immutable() RETURNS trigger LANGUAGE plpgsql AS"
    " $$BEGIN RAISE EXCEPTION 'signed records are immutable'; END$$;"
    "CREATE TRIGGER records_signed_immutable BEFORE UPDATE OR DELETE ON records"
    " FOR EACH ROW WHEN (OLD.status = 'signed') EXECUTE FUNCTION homevisit_signed_immutable();"
    "CREATE TABLE draft_siblings (id TEXT PRIMARY KEY, record_id TEXT NOT NULL,"
    " author TEXT NOT NULL, data TEXT NOT NULL, received_at BIGINT NOT NULL);"
    "CREATE TABLE mutations (id TEXT PRIMARY KEY, user_name TEXT NOT NULL,"
    " fingerprint TEXT NOT NULL, result TEXT NOT NULL);"
    "CREATE TABLE audit (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
    " at TEXT NOT NULL, user_name TEXT NOT NULL, device TEXT NOT NULL,"
    " municipality TEXT NOT NULL, action TEXT NOT NULL, record_id TEXT NOT NULL,"
    " detail TEXT NOT NULL);"
    "CREATE FUNCTION homevisit_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS"
    " $$BEGIN RAISE EXCEPTION 'the audit log is append-only'; END$$;"
    // TRUNCATE too: PostgreSQL has it, SQLite does not, and it would bypass DELETE.
    "CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit"
    " FOR EACH STATEMENT EXECUTE FUNCTION homevisit_audit_append_only();";

// v2: only the roles this build knows (NOT VALID: a row from before is read as no access
// instead of stopping the upgrade).
constexpr const char *SchemaV2 =
    "ALTER TABLE users ADD CONSTRAINT users_role_known CHECK (role IN"
    " ('caseworker','foster_home_secretary','supervisor','admin')) NOT VALID;";

// v3: an assignment that ended tells the former secretary's tablets to remove the row.
constexpr const char *SchemaV3 =
    "CREATE TABLE removals (seq BIGINT PRIMARY KEY, municipality TEXT NOT NULL,"
    " user_name TEXT NOT NULL, type TEXT NOT NULL, id TEXT NOT NULL);";

// v4: signatures (the device's public key, the key a record verified against) and the
// audit hash chain. migrate() then hashes the rows from before into the chain in id order
// (chainExistingAudit), with the append-only trigger lifted inside that transaction only.
constexpr const char *SchemaV4 =
    "ALTER TABLE devices ADD COLUMN signing_key TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE records ADD COLUMN signing_key TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE audit ADD COLUMN prev_hash TEXT, ADD COLUMN hash TEXT;";
constexpr qint64 AuditChainStep = 3; // the index of SchemaV4

// v5: refresh tokens rotate (docs/security.md). The device row keeps when its current
// token was issued and the previous token (the last one presented); every older one is in
// retired_refresh_tokens so that its reuse is recognized. A device enrolled before has its
// current token counted as issued at the upgrade.
constexpr const char *SchemaV5 =
    "ALTER TABLE devices ADD COLUMN refresh_issued_at BIGINT NOT NULL DEFAULT 0,"
    " ADD COLUMN previous_refresh_hash TEXT NOT NULL DEFAULT '';"
    "UPDATE devices SET refresh_issued_at = (extract(epoch FROM now()) * 1000)::bigint;"
    "CREATE INDEX devices_previous_refresh ON devices(previous_refresh_hash);"
    "CREATE TABLE retired_refresh_tokens (hash TEXT PRIMARY KEY, device TEXT NOT NULL,"
    " user_name TEXT NOT NULL, retired_at BIGINT NOT NULL);"
    "CREATE INDEX retired_refresh_device ON retired_refresh_tokens(device, user_name);";
// v6, device approval (docs/security.md, "Re-enrollment and new devices"): who issued each
// credential, and each device's approval. Devices enrolled before approval existed keep
// the access they had: approved.
constexpr const char *SchemaV6DeviceApproval =
    "ALTER TABLE credentials ADD COLUMN issued_by TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE devices ADD COLUMN issued_by TEXT NOT NULL DEFAULT '',"
    " ADD COLUMN approved_at BIGINT, ADD COLUMN approved_by TEXT NOT NULL DEFAULT '',"
    " ADD COLUMN hold_until BIGINT;"
    "UPDATE devices SET approved_at = enrolled_at, approved_by = 'existing';";

// v7, the case system (docs/integration.md): the connector's role, every signed record as
// a journal entry with its forwarding state, and each connector's acknowledged feed
// cursor. Entries are appended under the write lock, so seq order is commit order.
constexpr const char *SchemaV7CaseSystem =
    "ALTER TABLE users DROP CONSTRAINT users_role_known;"
    "ALTER TABLE users ADD CONSTRAINT users_role_known CHECK (role IN"
    " ('caseworker','foster_home_secretary','supervisor','admin','integration')) NOT VALID;"
    "CREATE TABLE journal_entries (seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
    " entry_id TEXT NOT NULL UNIQUE, municipality TEXT NOT NULL, subject_id TEXT NOT NULL,"
    " created_at BIGINT NOT NULL, data TEXT NOT NULL,"
    " delivered_at BIGINT, attempts INTEGER NOT NULL DEFAULT 0,"
    " next_attempt_at BIGINT NOT NULL DEFAULT 0, last_status INTEGER NOT NULL DEFAULT 0,"
    " last_error TEXT NOT NULL DEFAULT '');"
    "CREATE INDEX journal_entries_feed ON journal_entries(municipality, seq);"
    "CREATE INDEX journal_entries_waiting ON journal_entries(subject_id, seq)"
    " WHERE delivered_at IS NULL;"
    "CREATE TABLE export_cursors (connector TEXT PRIMARY KEY, municipality TEXT NOT NULL,"
    " acknowledged BIGINT NOT NULL, acknowledged_at BIGINT NOT NULL);"
    // When an assignment ended: her draft begun before then may still be signed.
    "ALTER TABLE removals ADD COLUMN at BIGINT NOT NULL DEFAULT 0;"
    // A county's placements: looked up by child and by foster home on every import.
    "CREATE INDEX placements_child ON placements(child_id);"
    "CREATE INDEX placements_home ON placements(foster_home_id);";

constexpr const char *Migrations[] = {
    SchemaV1, SchemaV2, SchemaV3, SchemaV4, SchemaV5, SchemaV6DeviceApproval, SchemaV7CaseSystem};

// Keys of the transaction-level advisory locks. Every write transaction of every gateway
// process takes WriteLock first; see transaction() for why.
constexpr qint64 WriteLock = 0x686f6d6576697369;   // "homevisi"
constexpr qint64 MigrateLock = 0x686f6d657669736d; // "homevism"

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject parseObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

qint64 epochMs(const QDateTime &time)
{
    return time.toMSecsSinceEpoch();
}

QDateTime fromEpochMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// A statement parameter in text format; values never become part of the SQL text.
struct Param
{
    Param(const QString &value) : text(value.toUtf8()) {}
    Param(const char *value) : text(value) {}
    Param(const QByteArray &value) : text(value) {}
    Param(qint64 value) : text(QByteArray::number(value)) {}
    Param(int value) : text(QByteArray::number(value)) {}
    QByteArray text;
};

} // namespace

struct PgStore::Connection
{
    PGconn *conn = nullptr;
    // Prepared statement names by their SQL text; lost when the session is.
    std::unordered_map<std::string, std::string> prepared;
    bool inTransaction = false;
    // The transaction's last seq handed out, written to the sequence row at COMMIT.
    std::optional<qint64> lastSeq;

    ~Connection() { PQfinish(conn); }
};

// Owns a PGresult; rows and columns are 0-based.
class PgStore::Result
{
public:
    explicit Result(PGresult *result) : m_result(result) {}
    Result(const Result &) = delete;
    Result(Result &&other) noexcept : m_result(other.m_result) { other.m_result = nullptr; }
    ~Result() { PQclear(m_result); }

    int rows() const { return PQntuples(m_result); }
    qint64 affected() const { return QByteArray(PQcmdTuples(m_result)).toLongLong(); }
    QString text(int row, int column) const
    {
        return QString::fromUtf8(PQgetvalue(m_result, row, column),
                                 PQgetlength(m_result, row, column));
    }
    QByteArray bytes(int row, int column) const
    {
        return QByteArray(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
    }
    qint64 integer(int row, int column) const
    {
        return QByteArray(PQgetvalue(m_result, row, column)).toLongLong();
    }
    bool isNull(int row, int column) const { return PQgetisnull(m_result, row, column) != 0; }

private:
    PGresult *m_result;
};

namespace {

using Connection = PgStore::Connection;
using Result = PgStore::Result;

std::string errorOf(PGconn *conn)
{
    std::string message = PQerrorMessage(conn);
    while (!message.empty() && (message.back() == '\n' || message.back() == ' '))
        message.pop_back();
    return message;
}

Result checked(PGconn *conn, PGresult *raw, const char *sql)
{
    Result result(raw);
    const ExecStatusType status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        throw CentralStoreError(errorOf(conn) + " in: " + sql);
    return result;
}

// Runs parameterless SQL (schema, BEGIN/COMMIT) as a simple query.
void simple(Connection &c, const char *sql)
{
    checked(c.conn, PQexec(c.conn, sql), sql);
}

// Runs `sql` ($1, $2, ...) as a prepared statement, preparing it on first use on this
// connection.
Result run(Connection &c, const char *sql, std::initializer_list<Param> params = {})
{
    auto found = c.prepared.find(sql);
    if (found == c.prepared.end()) {
        const std::string name = "hv" + std::to_string(c.prepared.size() + 1);
        checked(c.conn, PQprepare(c.conn, name.c_str(), sql, 0, nullptr), sql);
        found = c.prepared.emplace(sql, name).first;
    }
    std::vector<const char *> values;
    std::vector<int> lengths;
    values.reserve(params.size());
    lengths.reserve(params.size());
    for (const Param &param : params) {
        values.push_back(param.text.constData());
        lengths.push_back(int(param.text.size()));
    }
    return checked(c.conn,
                   PQexecPrepared(c.conn, found->second.c_str(), int(values.size()), values.data(),
                                  lengths.data(), nullptr, 0),
                   sql);
}

} // namespace

PgStore::PgStore(const QString &conninfo) : m_conninfo(conninfo.toUtf8())
{
    migrate();
}

PgStore::~PgStore() = default;

PgStore::Connection &PgStore::connection()
{
    Connection *c = nullptr;
    {
        std::lock_guard lock(m_mutex);
        auto &slot = m_connections[std::this_thread::get_id()];
        if (!slot)
            slot = std::make_unique<Connection>();
        c = slot.get();
    }
    // Only this thread uses its connection, so the rest needs no lock.
    if (c->conn && PQstatus(c->conn) == CONNECTION_OK)
        return *c;
    if (c->inTransaction)
        throw CentralStoreError("the database connection was lost inside a transaction");
    // A server restart or a dropped connection: reconnect on the next request, with a
    // fresh session, so its prepared statements are gone too.
    PQfinish(c->conn);
    c->prepared.clear();
    c->conn = PQconnectdb(m_conninfo.constData());
    if (PQstatus(c->conn) != CONNECTION_OK) {
        const std::string message = "cannot connect to PostgreSQL: " + errorOf(c->conn);
        PQfinish(c->conn);
        c->conn = nullptr;
        throw CentralStoreError(message);
    }
    // Parameters and results are QString::toUtf8(), whatever the server's default is.
    if (PQsetClientEncoding(c->conn, "UTF8") != 0) {
        const std::string message = "PostgreSQL refuses client_encoding UTF8: " + errorOf(c->conn);
        PQfinish(c->conn);
        c->conn = nullptr;
        throw CentralStoreError(message);
    }
    // libpq prints notices to stderr; "relation already exists, skipping" on every start
    // would only be noise in the service log.
    simple(*c, "SET client_min_messages = warning");
    return *c;
}

void PgStore::migrate()
{
    Connection &c = connection();
    simple(c, "BEGIN");
    try {
        // Two gateways starting together on an empty database: one creates, the other
        // waits here and then finds the schema in place.
        run(c, "SELECT pg_advisory_xact_lock($1::bigint)", {MigrateLock});
        // And no write of a running gateway in between: hashing the audit rows from
        // before must see the last of them.
        run(c, "SELECT pg_advisory_xact_lock($1::bigint)", {WriteLock});
        simple(c, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        auto current = run(c, "SELECT version FROM schema_version");
        const qint64 version = current.rows() > 0 ? current.integer(0, 0) : 0;
        const qint64 known = qint64(std::size(Migrations));
        if (version > known)
            throw CentralStoreError("the database schema is version " + std::to_string(version) +
                                    ", newer than this gateway's " + std::to_string(known));
        for (qint64 step = version; step < known; ++step) {
            simple(c, Migrations[step]);
            if (step == AuditChainStep)
                chainExistingAudit(c);
        }
        if (current.rows() == 0)
            run(c, "INSERT INTO schema_version(version) VALUES ($1::integer)", {known});
        else
            run(c, "UPDATE schema_version SET version = $1::integer", {known});
        simple(c, "COMMIT");
    } catch (...) {
        PQclear(PQexec(c.conn, "ROLLBACK"));
        throw;
    }
}

// The rows written before the chain existed start it, hashed in id order.
void PgStore::chainExistingAudit(Connection &c)
{
    simple(c, "ALTER TABLE audit DISABLE TRIGGER audit_append_only");
    const auto r = run(c, "SELECT id, at, user_name, device, municipality, action, record_id,"
                          " detail FROM audit ORDER BY id");
    QString prev = auditGenesisHash();
    for (int row = 0; row < r.rows(); ++row) {
        const AuditEvent event{r.text(row, 2), r.text(row, 3), r.text(row, 4),
                               r.text(row, 5), r.text(row, 6), r.text(row, 7)};
        const QString hash = auditHash(prev, r.integer(row, 0), r.text(row, 1), event);
        run(c, "UPDATE audit SET prev_hash = $2, hash = $3 WHERE id = $1::bigint",
            {r.integer(row, 0), prev, hash});
        prev = hash;
    }
    simple(c, "ALTER TABLE audit ENABLE TRIGGER audit_append_only");
}

bool PgStore::transaction(const std::function<bool()> &work)
{
    Connection &c = connection();
    if (c.inTransaction)
        throw CentralStoreError("nested transaction");
    simple(c, "BEGIN");
    c.inTransaction = true;
    try {
        // The same guarantee as SQLite's BEGIN IMMEDIATE, across every gateway process
        // sharing the database: one write transaction at a time. Pulls page by seq
        // cursor, so seq values must become visible in increasing order; were two
        // transactions to interleave, the one holding the lower seq could commit after a
        // client has already pulled past the higher one, and its change would be skipped
        // for ever. The lock is taken before any read, so the checks (is the record
        // signed, was this mutation stored) and the writes see one state under READ
        // COMMITTED, and it is released by COMMIT or ROLLBACK, after the commit is
        // visible. Readers (pull, token checks) never take it.
        run(c, "SELECT pg_advisory_xact_lock($1::bigint)", {WriteLock});
        const bool commit = work();
        if (commit && c.lastSeq)
            run(c, "UPDATE sequence SET last = $1::bigint WHERE id = 1", {*c.lastSeq});
        c.lastSeq.reset();
        simple(c, commit ? "COMMIT" : "ROLLBACK");
        c.inTransaction = false;
        return commit;
    } catch (...) {
        c.inTransaction = false;
        c.lastSeq.reset();
        PQclear(PQexec(c.conn, "ROLLBACK"));
        throw;
    }
}

// A write that takes a seq outside transaction() (the demo seeding) still needs the
// write lock, for the reason given in transaction().
void PgStore::inWriteTransaction(const std::function<void()> &work)
{
    if (connection().inTransaction) {
        work();
        return;
    }
    transaction([&] {
        work();
        return true;
    });
}

bool PgStore::healthy()
{
    try {
        Connection &c = connection();
        return run(c, "SELECT last FROM sequence WHERE id = 1").rows() == 1;
    } catch (const CentralStoreError &) {
        return false;
    }
}

bool PgStore::isEmpty()
{
    return run(connection(), "SELECT COUNT(*) FROM users").integer(0, 0) == 0;
}

// Called under the write lock only. A one-row table rather than a SEQUENCE: a sequence
// hands out values outside the transaction, so a rolled-back push would leave gaps and,
// without the lock, values would not follow commit order. The row is read once and
// written once per transaction: updating it for every seq left one dead row version per
// update for the rest of the transaction to step over (a county's first import, 200,000
// seqs, took 172 s).
qint64 PgStore::nextSeq()
{
    Connection &c = connection();
    if (!c.inTransaction)
        throw CentralStoreError("a seq taken outside a write transaction");
    if (!c.lastSeq)
        c.lastSeq = run(c, "SELECT last FROM sequence WHERE id = 1").integer(0, 0);
    return ++*c.lastSeq;
}

// --- people -------------------------------------------------------------------------------

void PgStore::addMunicipality(const QString &id, const QString &name)
{
    run(connection(),
        "INSERT INTO municipalities(id, name) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING",
        {id, name});
}

void PgStore::addUser(const UserRow &user)
{
    run(connection(),
        "INSERT INTO users(name, municipality, role, display_name, supervisor, revoked)"
        " VALUES ($1, $2, $3, $4, $5, $6::integer)",
        {user.name, user.municipality, sync::roleName(user.role), user.displayName, user.supervisor,
         qint64(user.revoked)});
}

namespace {
constexpr const char *UserColumns =
    "SELECT name, municipality, role, display_name, supervisor, revoked FROM users ";

UserRow userFrom(const Result &r, int row)
{
    UserRow user;
    user.name = r.text(row, 0);
    user.municipality = r.text(row, 1);
    // A role this build does not know gives no access at all (never a default role).
    const auto role = sync::roleFromName(r.text(row, 2));
    user.role = role.value_or(Role::Caseworker);
    user.displayName = r.text(row, 3);
    user.supervisor = r.text(row, 4);
    user.revoked = r.integer(row, 5) != 0;
    user.knownRole = role.has_value();
    return user;
}
} // namespace

std::optional<UserRow> PgStore::user(const QString &name)
{
    static const std::string sql = std::string(UserColumns) + "WHERE name = $1";
    const auto r = run(connection(), sql.c_str(), {name});
    if (r.rows() == 0)
        return std::nullopt;
    return userFrom(r, 0);
}

void PgStore::updateUser(const UserRow &user)
{
    run(connection(),
        "UPDATE users SET role = $2, display_name = $3, supervisor = $4 WHERE name = $1"
        " AND municipality = $5",
        {user.name, sync::roleName(user.role), user.displayName, user.supervisor,
         user.municipality});
}

QList<UserRow> PgStore::users()
{
    // COLLATE "C": byte order, as SQLite's default BINARY collation sorts.
    static const std::string sql =
        std::string(UserColumns) + "ORDER BY municipality COLLATE \"C\", name COLLATE \"C\"";
    const auto r = run(connection(), sql.c_str());
    QList<UserRow> result;
    for (int row = 0; row < r.rows(); ++row)
        result.append(userFrom(r, row));
    return result;
}

bool PgStore::isInTeam(const QString &member, const QString &supervisor)
{
    return run(connection(),
               "SELECT 1 FROM users m JOIN users s ON s.name = m.supervisor"
               " WHERE m.name = $1 AND s.name = $2 AND s.municipality = m.municipality",
               {member, supervisor})
               .rows() > 0;
}

bool PgStore::revokeUser(const QString &name)
{
    Connection &c = connection();
    if (run(c, "UPDATE users SET revoked = 1 WHERE name = $1", {name}).affected() == 0)
        return false;
    run(c, "UPDATE devices SET revoked = 1 WHERE user_name = $1", {name});
    run(c, "UPDATE credentials SET used = 1 WHERE user_name = $1", {name});
    return true;
}

// --- enrollment and tokens ----------------------------------------------------------------

void PgStore::addCredential(const QString &hash, const QString &user, const QDateTime &expiresAt,
                            const QString &issuedBy)
{
    run(connection(),
        "INSERT INTO credentials(hash, user_name, expires_at, issued_by)"
        " VALUES ($1, $2, $3::bigint, $4)",
        {hash, user, epochMs(expiresAt), issuedBy});
}

std::optional<QString> PgStore::credentialIssuer(const QString &hash)
{
    const auto r = run(connection(), "SELECT issued_by FROM credentials WHERE hash = $1", {hash});
    if (r.rows() == 0)
        return std::nullopt;
    return r.text(0, 0);
}

void PgStore::retireCredentials(const QString &user)
{
    run(connection(), "UPDATE credentials SET used = 1 WHERE user_name = $1", {user});
}

std::optional<QString> PgStore::consumeCredential(const QString &hash, const QDateTime &now)
{
    // One statement, so a credential works once even if this ran outside the write lock.
    const auto r = run(connection(),
                       "UPDATE credentials SET used = 1 WHERE hash = $1 AND used = 0"
                       " AND expires_at > $2::bigint RETURNING user_name",
                       {hash, epochMs(now)});
    if (r.rows() == 0)
        return std::nullopt;
    return r.text(0, 0);
}

void PgStore::enrollDevice(const DeviceRow &device, const QString &refreshHash)
{
    // Re-enrolling the same tablet for the same user replaces its refresh token and its
    // signing key (the gateway audits the enrollment with the key).
    run(connection(),
        "INSERT INTO devices(id, user_name, name, refresh_hash, enrolled_at, last_sync_at,"
        " revoked, signing_key) VALUES ($1, $2, $3, $4, $5::bigint, NULL, 0, $6)"
        " ON CONFLICT (id, user_name) DO UPDATE SET name = excluded.name,"
        " refresh_hash = excluded.refresh_hash, enrolled_at = excluded.enrolled_at,"
        " last_sync_at = NULL, revoked = 0, signing_key = excluded.signing_key",
        {device.id, device.user, device.name, refreshHash, epochMs(device.enrolledAt),
         device.signingKey});
}

namespace {
constexpr const char *DeviceColumns =
    "SELECT d.id, d.user_name, d.name, u.municipality, d.enrolled_at, d.last_sync_at,"
    " GREATEST(d.revoked, u.revoked), d.signing_key FROM devices d"
    " JOIN users u ON u.name = d.user_name ";

DeviceRow deviceFrom(const Result &r, int row)
{
    DeviceRow device;
    device.id = r.text(row, 0);
    device.user = r.text(row, 1);
    device.name = r.text(row, 2);
    device.municipality = r.text(row, 3);
    device.enrolledAt = fromEpochMs(r.integer(row, 4));
    if (!r.isNull(row, 5))
        device.lastSyncAt = fromEpochMs(r.integer(row, 5));
    device.revoked = r.integer(row, 6) != 0;
    device.signingKey = r.text(row, 7);
    return device;
}
} // namespace

std::optional<DeviceRow> PgStore::deviceByRefresh(const QString &refreshHash)
{
    static const std::string sql = std::string(DeviceColumns) + "WHERE d.refresh_hash = $1";
    const auto r = run(connection(), sql.c_str(), {refreshHash});
    if (r.rows() == 0)
        return std::nullopt;
    return deviceFrom(r, 0);
}

std::optional<DeviceRow> PgStore::device(const QString &deviceId, const QString &user)
{
    static const std::string sql =
        std::string(DeviceColumns) + "WHERE d.id = $1 AND d.user_name = $2";
    const auto r = run(connection(), sql.c_str(), {deviceId, user});
    if (r.rows() == 0)
        return std::nullopt;
    return deviceFrom(r, 0);
}

bool PgStore::isDeviceRevoked(const QString &deviceId)
{
    return run(connection(), "SELECT 1 FROM devices WHERE id = $1 AND revoked = 1", {deviceId})
               .rows() > 0;
}

void PgStore::addAccessToken(const QString &hash, const AccessGrant &grant)
{
    Connection &c = connection();
    // Expired tokens are useless; drop them as new ones arrive so the table stays small.
    run(c, "DELETE FROM access_tokens WHERE expires_at < $1::bigint",
        {epochMs(QDateTime::currentDateTimeUtc())});
    run(c,
        "INSERT INTO access_tokens(hash, device, user_name, expires_at)"
        " VALUES ($1, $2, $3, $4::bigint)",
        {hash, grant.deviceId, grant.user, epochMs(grant.expiresAt)});
}

std::optional<AccessGrant> PgStore::accessToken(const QString &hash)
{
    const auto r =
        run(connection(), "SELECT device, user_name, expires_at FROM access_tokens WHERE hash = $1",
            {hash});
    if (r.rows() == 0)
        return std::nullopt;
    return AccessGrant{r.text(0, 0), r.text(0, 1), fromEpochMs(r.integer(0, 2))};
}

void PgStore::touchDevice(const QString &deviceId, const QString &user, const QDateTime &now)
{
    run(connection(),
        "UPDATE devices SET last_sync_at = $3::bigint WHERE id = $1 AND user_name = $2",
        {deviceId, user, epochMs(now)});
}

bool PgStore::revokeDevice(const QString &deviceId, const QString &municipality)
{
    // Access tokens stay: a call with one must say device_revoked, not invalid_token, so
    // the tablet knows to erase its store.
    return run(connection(),
               "UPDATE devices SET revoked = 1 WHERE id = $1 AND ($2::text = '' OR user_name IN"
               " (SELECT name FROM users WHERE municipality = $2))",
               {deviceId, municipality})
               .affected() > 0;
}

// --- refresh-token rotation -------------------------------------------------------------

std::optional<RefreshTokenRow> PgStore::refreshToken(const QString &hash)
{
    using Standing = RefreshTokenRow::Standing;
    Connection &c = connection();
    const auto live = run(c,
                          "SELECT id, user_name, refresh_issued_at, refresh_hash = $1 FROM devices"
                          " WHERE refresh_hash = $1 OR previous_refresh_hash = $1",
                          {hash});
    if (live.rows() > 0)
        return RefreshTokenRow{live.text(0, 3) == u"t" ? Standing::Current : Standing::Previous,
                               live.text(0, 0), live.text(0, 1), fromEpochMs(live.integer(0, 2))};
    const auto retired =
        run(c,
            "SELECT r.device, r.user_name, d.refresh_issued_at FROM retired_refresh_tokens r"
            " JOIN devices d ON d.id = r.device AND d.user_name = r.user_name WHERE r.hash = $1",
            {hash});
    if (retired.rows() == 0)
        return std::nullopt;
    return RefreshTokenRow{Standing::Retired, retired.text(0, 0), retired.text(0, 1),
                           fromEpochMs(retired.integer(0, 2))};
}

void PgStore::rotateRefreshToken(const RefreshTokenRow &presented, const QString &newHash,
                                 const QDateTime &now)
{
    Connection &c = connection();
    const bool fromCurrent = presented.standing == RefreshTokenRow::Standing::Current;
    // The token that leaves: the previous one after a normal rotation, the unpresented
    // current one after a rotation from the previous.
    run(c,
        "INSERT INTO retired_refresh_tokens(hash, device, user_name, retired_at)"
        " SELECT CASE WHEN $3::boolean THEN previous_refresh_hash ELSE refresh_hash END, id,"
        " user_name, $4::bigint FROM devices WHERE id = $1 AND user_name = $2"
        " AND (CASE WHEN $3::boolean THEN previous_refresh_hash ELSE refresh_hash END) <> ''"
        " ON CONFLICT (hash) DO NOTHING",
        {presented.deviceId, presented.user, fromCurrent ? "true" : "false", epochMs(now)});
    run(c,
        "UPDATE devices SET previous_refresh_hash = CASE WHEN $3::boolean THEN refresh_hash"
        " ELSE previous_refresh_hash END, refresh_hash = $4, refresh_issued_at = $5::bigint"
        " WHERE id = $1 AND user_name = $2",
        {presented.deviceId, presented.user, fromCurrent ? "true" : "false", newHash,
         epochMs(now)});
    // Past this a retired token would have expired anyway: presenting it is invalid_token.
    run(c,
        "DELETE FROM retired_refresh_tokens WHERE device = $1 AND user_name = $2"
        " AND retired_at < $3::bigint",
        {presented.deviceId, presented.user, epochMs(now.addDays(-sync::RefreshTokenDays))});
}

void PgStore::startRefreshChain(const QString &deviceId, const QString &user,
                                const QDateTime &issuedAt)
{
    Connection &c = connection();
    run(c,
        "UPDATE devices SET refresh_issued_at = $3::bigint, previous_refresh_hash = ''"
        " WHERE id = $1 AND user_name = $2",
        {deviceId, user, epochMs(issuedAt)});
    run(c, "DELETE FROM retired_refresh_tokens WHERE device = $1 AND user_name = $2",
        {deviceId, user});
}

QList<DeviceRow> PgStore::devices(const QString &municipality)
{
    static const std::string sql = std::string(DeviceColumns) +
                                   "WHERE $1::text = '' OR u.municipality = $1"
                                   " ORDER BY d.id COLLATE \"C\", d.user_name COLLATE \"C\"";
    const auto r = run(connection(), sql.c_str(), {municipality});
    QList<DeviceRow> result;
    for (int row = 0; row < r.rows(); ++row)
        result.append(deviceFrom(r, row));
    return result;
}

// --- a user's devices and their approval ---------------------------------------------

void PgStore::setDeviceTrust(const QString &deviceId, const QString &user, const DeviceTrust &trust)
{
    // NULLIF: an invalid time is stored as NULL (parameters travel as text).
    const auto msOrEmpty = [](const QDateTime &time) {
        return time.isValid() ? QByteArray::number(epochMs(time)) : QByteArray();
    };
    run(connection(),
        "UPDATE devices SET issued_by = $3, approved_at = NULLIF($4, '')::bigint,"
        " approved_by = $5, hold_until = NULLIF($6, '')::bigint"
        " WHERE id = $1 AND user_name = $2",
        {deviceId, user, trust.issuedBy, msOrEmpty(trust.approvedAt), trust.approvedBy,
         msOrEmpty(trust.holdUntil)});
}

QList<UserDevice> PgStore::userDevices(const QString &user)
{
    const auto r = run(connection(),
                       "SELECT d.id, d.user_name, d.name, u.municipality, d.enrolled_at,"
                       " d.last_sync_at, GREATEST(d.revoked, u.revoked), d.signing_key,"
                       " d.issued_by, d.approved_at, d.approved_by, d.hold_until"
                       " FROM devices d JOIN users u ON u.name = d.user_name"
                       " WHERE d.user_name = $1 ORDER BY d.enrolled_at, d.id COLLATE \"C\"",
                       {user});
    QList<UserDevice> result;
    for (int row = 0; row < r.rows(); ++row) {
        UserDevice device{deviceFrom(r, row), {}};
        device.trust.issuedBy = r.text(row, 8);
        if (!r.isNull(row, 9))
            device.trust.approvedAt = fromEpochMs(r.integer(row, 9));
        device.trust.approvedBy = r.text(row, 10);
        if (!r.isNull(row, 11))
            device.trust.holdUntil = fromEpochMs(r.integer(row, 11));
        result.append(device);
    }
    return result;
}

bool PgStore::revokeUserDevice(const QString &deviceId, const QString &user)
{
    return run(connection(), "UPDATE devices SET revoked = 1 WHERE id = $1 AND user_name = $2",
               {deviceId, user})
               .affected() > 0;
}

// --- reference data ----------------------------------------------------------------------

void PgStore::putFosterHome(const QString &municipality, const QJsonObject &data)
{
    inWriteTransaction([&] {
        const bool moved = noteReassignment("foster_home", data);
        run(connection(),
            "INSERT INTO foster_homes(id, municipality, secretary, data, seq)"
            " VALUES ($1, $2, $3, $4, $5::bigint) ON CONFLICT (id) DO UPDATE SET"
            " municipality = excluded.municipality, secretary = excluded.secretary,"
            " data = excluded.data, seq = excluded.seq",
            {data.value("id").toString(), municipality, data.value("secretary").toString(),
             compact(data), nextSeq()});
        resequenceAround("foster_home", data.value("id").toString(), moved);
    });
}

void PgStore::putChild(const QString &municipality, const QJsonObject &data)
{
    inWriteTransaction([&] {
        const bool moved = noteReassignment("child", data);
        run(connection(),
            "INSERT INTO children(id, municipality, secretary, data, seq)"
            " VALUES ($1, $2, $3, $4, $5::bigint) ON CONFLICT (id) DO UPDATE SET"
            " municipality = excluded.municipality, secretary = excluded.secretary,"
            " data = excluded.data, seq = excluded.seq",
            {data.value("id").toString(), municipality, data.value("secretary").toString(),
             compact(data), nextSeq()});
        resequenceAround("child", data.value("id").toString(), moved);
    });
}

std::optional<CentralStore::ReferenceRow> PgStore::referenceRow(sync::ChangeType type,
                                                                const QString &id)
{
    if (type != sync::ChangeType::Child && type != sync::ChangeType::FosterHome)
        return std::nullopt;
    const auto r = run(connection(),
                       type == sync::ChangeType::Child
                           ? "SELECT municipality, data FROM children WHERE id = $1"
                           : "SELECT municipality, data FROM foster_homes WHERE id = $1",
                       {id});
    if (r.rows() == 0)
        return std::nullopt;
    return ReferenceRow{r.text(0, 0), parseObject(r.bytes(0, 1))};
}

QList<QJsonObject> PgStore::referenceRows(sync::ChangeType type, const QString &municipality)
{
    const char *sql =
        type == sync::ChangeType::Child
            ? "SELECT data FROM children WHERE municipality = $1 ORDER BY id COLLATE \"C\""
        : type == sync::ChangeType::FosterHome
            ? "SELECT data FROM foster_homes WHERE municipality = $1 ORDER BY id COLLATE \"C\""
            : "SELECT data FROM placements WHERE municipality = $1 ORDER BY id COLLATE \"C\"";
    const auto r = run(connection(), sql, {municipality});
    QList<QJsonObject> rows;
    for (int row = 0; row < r.rows(); ++row)
        rows.append(parseObject(r.bytes(row, 0)));
    return rows;
}

// The placement's child and foster home name who saw it; each of them is told.
void PgStore::removePlacement(const QString &municipality, const QString &id)
{
    inWriteTransaction([&] {
        const auto r = run(connection(),
                           "SELECT c.secretary FROM placements p JOIN children c"
                           " ON c.id = p.child_id WHERE p.id = $1 AND p.municipality = $2 UNION"
                           " SELECT f.secretary FROM placements p JOIN foster_homes f"
                           " ON f.id = p.foster_home_id WHERE p.id = $1 AND p.municipality = $2",
                           {id, municipality});
        for (int row = 0; row < r.rows(); ++row) {
            if (r.text(row, 0).isEmpty())
                continue;
            run(connection(),
                "INSERT INTO removals(seq, municipality, user_name, type, id)"
                " VALUES ($1::bigint, $2, $3, 'placement', $4)",
                {nextSeq(), municipality, r.text(row, 0), id});
        }
        run(connection(), "DELETE FROM placements WHERE id = $1 AND municipality = $2",
            {id, municipality});
    });
}

// Before a child or foster home is written: if it had another secretary, her tablets are
// told to remove it (the records about it stay on them and here).
bool PgStore::noteReassignment(const char *type, const QJsonObject &data)
{
    const QString id = data.value("id").toString();
    const auto r = run(connection(),
                       std::string_view(type) == "child"
                           ? "SELECT secretary, municipality FROM children WHERE id = $1"
                           : "SELECT secretary, municipality FROM foster_homes WHERE id = $1",
                       {id});
    if (r.rows() == 0)
        return false;
    const QString former = r.text(0, 0);
    if (former == data.value("secretary").toString())
        return false;
    if (former.isEmpty())
        return true;
    run(connection(),
        "INSERT INTO removals(seq, municipality, user_name, type, id, at)"
        " VALUES ($1::bigint, $2, $3, $4, $5, $6::bigint)",
        {nextSeq(), r.text(0, 1), former, QString::fromLatin1(type), id,
         QDateTime::currentMSecsSinceEpoch()});
    return true;
}

// A child or foster home with a new secretary: what her tablets receive through it (the
// foster homes or children on the other side of its placements, then the placements) gets
// later seqs than the row itself. Otherwise a placement would reach a tablet before its
// child (a first pull) or never (a cursor already past its seq).
void PgStore::resequenceAround(const char *type, const QString &id, bool moved)
{
    const bool child = std::string_view(type) == "child";
    QStringList bumped{id}; // rows of the other kind sent again, then every placement of both
    if (moved) {
        const auto others =
            run(connection(),
                child ? "SELECT DISTINCT foster_home_id FROM placements WHERE child_id = $1"
                      : "SELECT DISTINCT child_id FROM placements WHERE foster_home_id = $1",
                {id});
        for (int row = 0; row < others.rows(); ++row) {
            run(connection(),
                child ? "UPDATE foster_homes SET seq = $1::bigint WHERE id = $2"
                      : "UPDATE children SET seq = $1::bigint WHERE id = $2",
                {nextSeq(), others.text(row, 0)});
            bumped.append(others.text(row, 0));
        }
    }
    QStringList placements;
    for (const QString &row : bumped) {
        const auto r =
            run(connection(),
                "SELECT id FROM placements WHERE child_id = $1 OR foster_home_id = $1", {row});
        for (int i = 0; i < r.rows(); ++i)
            placements.append(r.text(i, 0));
    }
    placements.removeDuplicates();
    for (const QString &placement : placements)
        run(connection(), "UPDATE placements SET seq = $1::bigint WHERE id = $2",
            {nextSeq(), placement});
}

void PgStore::putPlacement(const QString &municipality, const QJsonObject &data)
{
    inWriteTransaction([&] {
        run(connection(),
            "INSERT INTO placements(id, municipality, child_id, foster_home_id, data, seq)"
            " VALUES ($1, $2, $3, $4, $5, $6::bigint) ON CONFLICT (id) DO UPDATE SET"
            " municipality = excluded.municipality, child_id = excluded.child_id,"
            " foster_home_id = excluded.foster_home_id, data = excluded.data,"
            " seq = excluded.seq",
            {data.value("id").toString(), municipality, data.value("child_id").toString(),
             data.value("foster_home_id").toString(), compact(data), nextSeq()});
    });
}

bool PgStore::wasAssignedAt(sync::ChangeType type, const QString &id, const QString &user,
                            const QString &municipality, const QDateTime &at)
{
    return run(connection(),
               "SELECT 1 FROM removals WHERE user_name = $1 AND type = $2 AND id = $3"
               " AND municipality = $4 AND at > $5::bigint",
               {user, sync::changeTypeName(type), id, municipality, epochMs(at)})
               .rows() > 0;
}

bool PgStore::isChildAssigned(const QString &childId, const QString &secretary,
                              const QString &municipality)
{
    return run(connection(),
               "SELECT 1 FROM children WHERE id = $1 AND secretary = $2 AND municipality = $3",
               {childId, secretary, municipality})
               .rows() > 0;
}

bool PgStore::isFosterHomeAssigned(const QString &fosterHomeId, const QString &secretary,
                                   const QString &municipality)
{
    return run(connection(),
               "SELECT 1 FROM foster_homes WHERE id = $1 AND secretary = $2"
               " AND municipality = $3",
               {fosterHomeId, secretary, municipality})
               .rows() > 0;
}

// --- records -------------------------------------------------------------------------------

std::optional<StoredMutation> PgStore::mutation(const QString &mutationId)
{
    const auto r =
        run(connection(), "SELECT user_name, fingerprint, result FROM mutations WHERE id = $1",
            {mutationId});
    if (r.rows() == 0)
        return std::nullopt;
    const QJsonObject result = parseObject(r.bytes(0, 2));
    StoredMutation stored;
    stored.user = r.text(0, 0);
    stored.fingerprint = r.text(0, 1);
    stored.result.mutationId = mutationId;
    stored.result.outcome = sync::Outcome::Applied;
    stored.result.revision = result.value("revision").toInteger();
    stored.result.seq = result.value("seq").toInteger();
    stored.result.receivedAt =
        sync::parseTimestamp(result.value("received_at").toString()).value_or(QDateTime());
    return stored;
}

void PgStore::putMutation(const QString &mutationId, const StoredMutation &stored)
{
    const QJsonObject result{{"revision", stored.result.revision},
                             {"seq", stored.result.seq},
                             {"received_at", sync::formatTimestamp(stored.result.receivedAt)}};
    run(connection(),
        "INSERT INTO mutations(id, user_name, fingerprint, result) VALUES ($1, $2, $3, $4)",
        {mutationId, stored.user, stored.fingerprint, compact(result)});
}

std::optional<StoredRecord> PgStore::record(const QString &recordId)
{
    const auto r = run(connection(),
                       "SELECT municipality, refers_to, child_id, foster_home_id, data, seq,"
                       " signing_key FROM records WHERE id = $1",
                       {recordId});
    if (r.rows() == 0)
        return std::nullopt;
    auto decoded = sync::decodeRecord(parseObject(r.bytes(0, 4)));
    if (std::holds_alternative<sync::ProtocolError>(decoded))
        throw CentralStoreError("stored record " + recordId.toStdString() + " does not decode");
    StoredRecord stored;
    stored.record = std::get<sync::WireRecord>(decoded);
    stored.municipality = r.text(0, 0);
    stored.refersTo = r.text(0, 1);
    stored.childId = r.text(0, 2);
    stored.fosterHomeId = r.text(0, 3);
    stored.seq = r.integer(0, 5);
    stored.signingKey = r.text(0, 6);
    return stored;
}

qint64 PgStore::putRecord(const StoredRecord &stored)
{
    qint64 seq = 0;
    inWriteTransaction([&] {
        seq = nextSeq();
        const auto &rec = stored.record;
        // An upsert, so the BEFORE UPDATE trigger guards a signed row as in SQLite.
        run(connection(),
            "INSERT INTO records(id, municipality, author, kind, status, refers_to, child_id,"
            " foster_home_id, data, seq, signing_key) VALUES ($1, $2, $3, $4, $5, $6, $7, $8,"
            " $9, $10::bigint, $11) ON CONFLICT (id) DO UPDATE SET status = excluded.status,"
            " kind = excluded.kind, refers_to = excluded.refers_to,"
            " child_id = excluded.child_id, foster_home_id = excluded.foster_home_id,"
            " data = excluded.data, seq = excluded.seq, signing_key = excluded.signing_key",
            {rec.recordId, stored.municipality, rec.author, rec.kind, rec.status, stored.refersTo,
             stored.childId, stored.fosterHomeId, compact(sync::encodeRecord(rec)), seq,
             stored.signingKey});
    });
    return seq;
}

QString PgStore::putDraftSibling(const StoredRecord &stored)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    run(connection(),
        "INSERT INTO draft_siblings(id, record_id, author, data, received_at)"
        " VALUES ($1, $2, $3, $4, $5::bigint)",
        {id, stored.record.recordId, stored.record.author,
         compact(sync::encodeRecord(stored.record)), epochMs(QDateTime::currentDateTimeUtc())});
    return id;
}

QList<CentralStore::DraftSibling> PgStore::draftSiblings(const QString &recordId)
{
    const auto r = run(connection(),
                       "SELECT id, data FROM draft_siblings WHERE record_id = $1"
                       " ORDER BY received_at, id",
                       {recordId});
    QList<DraftSibling> siblings;
    for (int row = 0; row < r.rows(); ++row)
        siblings.append({r.text(row, 0), r.bytes(row, 1)});
    return siblings;
}

// --- pull --------------------------------------------------------------------------------

namespace {
// SqliteStore's ChangesSql with PostgreSQL placeholders: $1 user, $2 municipality,
// $3 after, $4 limit, $5 1 = caseworker, $6 1 = foster-home secretary, $7 1 = supervisor.
constexpr const char *ChangesSql =
    "WITH my_children AS ("
    "   SELECT id FROM children WHERE municipality = $2 AND $5::integer = 1 AND secretary = $1"
    "   UNION SELECT p.child_id FROM placements p JOIN foster_homes f ON f.id = p.foster_home_id"
    "   WHERE $6::integer = 1 AND f.secretary = $1 AND f.municipality = $2"
    "   AND p.municipality = $2),"
    " my_homes AS ("
    "   SELECT id FROM foster_homes WHERE municipality = $2 AND $6::integer = 1"
    "   AND secretary = $1"
    "   UNION SELECT p.foster_home_id FROM placements p JOIN children c ON c.id = p.child_id"
    "   WHERE $5::integer = 1 AND c.secretary = $1 AND c.municipality = $2"
    "   AND p.municipality = $2)"
    " SELECT seq, 'child'::text, data, ''::text FROM children WHERE seq > $3::bigint"
    "   AND municipality = $2 AND id IN (SELECT id FROM my_children)"
    " UNION ALL SELECT seq, 'foster_home'::text, data, ''::text FROM foster_homes"
    "   WHERE seq > $3::bigint"
    "   AND municipality = $2 AND id IN (SELECT id FROM my_homes)"
    " UNION ALL SELECT seq, 'placement'::text, data, ''::text FROM placements"
    "   WHERE seq > $3::bigint"
    "   AND municipality = $2 AND child_id IN (SELECT id FROM my_children)"
    "   AND foster_home_id IN (SELECT id FROM my_homes)"
    " UNION ALL SELECT seq, 'record'::text, data, signing_key FROM records r"
    "   WHERE seq > $3::bigint"
    "   AND municipality = $2"
    "   AND (author = $1"
    "     OR (kind = 'review' AND status = 'signed' AND refers_to IN"
    "         (SELECT id FROM records WHERE author = $1 AND municipality = $2))"
    "     OR ($7::integer = 1 AND status = 'signed' AND author IN"
    "         (SELECT name FROM users WHERE supervisor = $1 AND municipality = $2)))"
    "   AND ($8::text = '' OR (author = $1 AND (data::json) ->> 'device_id' = $8))"
    " UNION ALL SELECT seq, 'remove_' || type, id, ''::text FROM removals"
    "   WHERE seq > $3::bigint"
    "   AND municipality = $2 AND user_name = $1"
    " ORDER BY 1 LIMIT $4::bigint";

} // namespace

QList<sync::Change> PgStore::changes(const Visibility &who, qint64 after, int limit)
{
    QList<sync::Change> result;
    if (!sync::isCaseRole(who.role))
        return result; // administrators and connectors: no case content, ever
    const auto r =
        run(connection(), ChangesSql,
            {who.user, who.municipality, after, qint64(limit), qint64(who.role == Role::Caseworker),
             qint64(who.role == Role::FosterHomeSecretary), qint64(who.role == Role::Supervisor),
             who.onlyDevice});
    for (int row = 0; row < r.rows(); ++row) {
        result.append(
            changeFromRow(r.integer(row, 0), r.text(row, 1), r.bytes(row, 2), r.text(row, 3)));
    }
    return result;
}

// --- audit -----------------------------------------------------------------------------------

void PgStore::audit(const AuditEvent &event)
{
    // Under the write lock (inWriteTransaction), so that reading the chain's end and
    // appending to it is one step for every gateway process on the database.
    inWriteTransaction([&] {
        Connection &c = connection();
        const auto last = run(c, "SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1");
        const qint64 id = last.rows() > 0 ? last.integer(0, 0) + 1 : 1;
        const QString prev = last.rows() > 0 ? last.text(0, 1) : auditGenesisHash();
        const QString at = sync::formatTimestamp(QDateTime::currentDateTimeUtc());
        // The id is part of the hash, so it is chosen here, not by the identity column.
        run(c,
            "INSERT INTO audit(id, at, user_name, device, municipality, action, record_id,"
            " detail, prev_hash, hash) OVERRIDING SYSTEM VALUE"
            " VALUES ($1::bigint, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
            {id, at, event.user, event.deviceId, event.municipality, event.action, event.recordId,
             event.detail, prev, auditHash(prev, id, at, event)});
    });
}

QList<AuditRow> PgStore::auditRows(qint64 after, int limit)
{
    const auto r = run(connection(),
                       "SELECT id, at, user_name, device, municipality, action, record_id,"
                       " detail, prev_hash, hash FROM audit WHERE id > $1::bigint"
                       " ORDER BY id LIMIT $2::bigint",
                       {after, qint64(limit)});
    QList<AuditRow> rows;
    for (int row = 0; row < r.rows(); ++row)
        rows.append({r.integer(row, 0),
                     r.text(row, 1),
                     {r.text(row, 2), r.text(row, 3), r.text(row, 4), r.text(row, 5),
                      r.text(row, 6), r.text(row, 7)},
                     r.text(row, 8),
                     r.text(row, 9)});
    return rows;
}

QList<RecordRow> PgStore::recordRows(qint64 after, int limit)
{
    const auto r = run(connection(),
                       "SELECT seq, id, status, data, signing_key FROM records"
                       " WHERE seq > $1::bigint ORDER BY seq LIMIT $2::bigint",
                       {after, qint64(limit)});
    QList<RecordRow> rows;
    for (int row = 0; row < r.rows(); ++row)
        rows.append(
            {r.integer(row, 0), r.text(row, 1), r.text(row, 2), r.bytes(row, 3), r.text(row, 4)});
    return rows;
}

qint64 PgStore::auditCount()
{
    return run(connection(), "SELECT COUNT(*) FROM audit").integer(0, 0);
}

} // namespace homevisit::gateway

// --- journal entries for the case system ---------------------------------------------------

namespace homevisit::gateway {

namespace {
constexpr const char *PgJournalColumns =
    "SELECT seq, entry_id, municipality, subject_id, created_at, data, delivered_at, attempts,"
    " next_attempt_at, last_status, last_error FROM journal_entries ";

QList<JournalEntryRow> journalRowsOf(const PgStore::Result &r)
{
    QList<JournalEntryRow> rows;
    for (int i = 0; i < r.rows(); ++i) {
        JournalEntryRow row;
        row.seq = r.integer(i, 0);
        row.entryId = r.text(i, 1);
        row.municipality = r.text(i, 2);
        row.subjectId = r.text(i, 3);
        row.createdAt = fromEpochMs(r.integer(i, 4));
        row.data = r.bytes(i, 5);
        if (!r.isNull(i, 6))
            row.deliveredAt = fromEpochMs(r.integer(i, 6));
        row.attempts = int(r.integer(i, 7));
        row.nextAttemptAt = fromEpochMs(r.integer(i, 8));
        row.lastStatus = int(r.integer(i, 9));
        row.lastError = r.text(i, 10);
        rows.append(row);
    }
    return rows;
}
} // namespace

// Under the write lock (see transaction()): the identity seq then follows commit order,
// so a feed reader never passes an entry that commits later with a lower seq.
bool PgStore::appendJournalEntry(const JournalEntryRow &entry)
{
    bool appended = false;
    inWriteTransaction([&] {
        appended = run(connection(),
                       "INSERT INTO journal_entries(entry_id, municipality, subject_id,"
                       " created_at, data, next_attempt_at)"
                       " VALUES ($1, $2, $3, $4::bigint, $5, $4::bigint)"
                       " ON CONFLICT (entry_id) DO NOTHING",
                       {entry.entryId, entry.municipality, entry.subjectId,
                        epochMs(entry.createdAt), entry.data})
                       .affected() > 0;
    });
    return appended;
}

bool PgStore::hasJournalEntry(const QString &entryId)
{
    return run(connection(), "SELECT 1 FROM journal_entries WHERE entry_id = $1", {entryId})
               .rows() > 0;
}

QList<JournalEntryRow> PgStore::journalEntries(const QString &municipality, qint64 after, int limit)
{
    static const std::string sql = std::string(PgJournalColumns) +
                                   "WHERE municipality = $1 AND seq > $2::bigint"
                                   " ORDER BY seq LIMIT $3::bigint";
    return journalRowsOf(run(connection(), sql.c_str(), {municipality, after, qint64(limit)}));
}

std::optional<ExportCursor> PgStore::exportCursor(const QString &connector)
{
    const auto r = run(connection(),
                       "SELECT municipality, acknowledged, acknowledged_at FROM export_cursors"
                       " WHERE connector = $1",
                       {connector});
    if (r.rows() == 0)
        return std::nullopt;
    return ExportCursor{connector, r.text(0, 0), r.integer(0, 1), fromEpochMs(r.integer(0, 2))};
}

void PgStore::setExportCursor(const ExportCursor &cursor)
{
    run(connection(),
        "INSERT INTO export_cursors(connector, municipality, acknowledged, acknowledged_at)"
        " VALUES ($1, $2, $3::bigint, $4::bigint) ON CONFLICT (connector) DO UPDATE SET"
        " municipality = excluded.municipality, acknowledged = excluded.acknowledged,"
        " acknowledged_at = excluded.acknowledged_at",
        {cursor.connector, cursor.municipality, cursor.acknowledged,
         epochMs(cursor.acknowledgedAt)});
}

QList<ExportCursor> PgStore::exportCursors()
{
    const auto r = run(connection(), "SELECT connector, municipality, acknowledged, acknowledged_at"
                                     " FROM export_cursors ORDER BY connector COLLATE \"C\"");
    QList<ExportCursor> cursors;
    for (int i = 0; i < r.rows(); ++i)
        cursors.append({r.text(i, 0), r.text(i, 1), r.integer(i, 2), fromEpochMs(r.integer(i, 3))});
    return cursors;
}

QList<JournalEntryRow> PgStore::dueForForwarding(const QDateTime &now, int limit)
{
    static const std::string sql =
        std::string(PgJournalColumns) +
        "j WHERE delivered_at IS NULL AND next_attempt_at <= $1::bigint AND NOT EXISTS"
        " (SELECT 1 FROM journal_entries e WHERE e.subject_id = j.subject_id"
        "  AND e.delivered_at IS NULL AND e.seq < j.seq)"
        " ORDER BY seq LIMIT $2::bigint";
    return journalRowsOf(run(connection(), sql.c_str(), {epochMs(now), qint64(limit)}));
}

void PgStore::markForwarded(qint64 seq, const QDateTime &at, int status)
{
    run(connection(),
        "UPDATE journal_entries SET delivered_at = $2::bigint, last_status = $3::integer,"
        " last_error = '' WHERE seq = $1::bigint",
        {seq, epochMs(at), status});
}

void PgStore::markForwardFailed(qint64 seq, int attempts, const QDateTime &nextAttemptAt,
                                int status, const QString &error)
{
    run(connection(),
        "UPDATE journal_entries SET attempts = $2::integer, next_attempt_at = $3::bigint,"
        " last_status = $4::integer, last_error = $5 WHERE seq = $1::bigint"
        " AND delivered_at IS NULL",
        {seq, attempts, epochMs(nextAttemptAt), status, error});
}

ForwardingState PgStore::forwardingState(int listLimit)
{
    ForwardingState state;
    const auto counts =
        run(connection(), "SELECT count(delivered_at), count(*) - count(delivered_at),"
                          " count(*) FILTER (WHERE delivered_at IS NULL AND attempts > 0)"
                          " FROM journal_entries");
    state.delivered = counts.integer(0, 0);
    state.waiting = counts.integer(0, 1);
    state.retrying = counts.integer(0, 2);
    static const std::string sql =
        std::string(PgJournalColumns) + "WHERE delivered_at IS NULL ORDER BY seq LIMIT $1::bigint";
    state.oldestWaiting = journalRowsOf(run(connection(), sql.c_str(), {qint64(listLimit)}));
    return state;
}

qint64 PgStore::replayForwarding(qint64 from, qint64 to, const QDateTime &now)
{
    return run(connection(),
               "UPDATE journal_entries SET delivered_at = NULL, attempts = 0,"
               " next_attempt_at = $3::bigint, last_error = '' WHERE seq >= $1::bigint"
               " AND seq <= $2::bigint AND delivered_at IS NOT NULL",
               {from, to, epochMs(now)})
        .affected();
}

QList<StoredRecord> PgStore::signedRecordsWithoutEntry(int limit)
{
    const auto r = run(connection(),
                       "SELECT id FROM records r WHERE status = 'signed' AND NOT EXISTS"
                       " (SELECT 1 FROM journal_entries j WHERE j.entry_id = r.id)"
                       " ORDER BY seq LIMIT $1::bigint",
                       {qint64(limit)});
    QList<StoredRecord> records;
    for (int i = 0; i < r.rows(); ++i) {
        if (auto stored = record(r.text(i, 0)))
            records.append(*stored);
    }
    return records;
}

} // namespace homevisit::gateway
