#include "sqlitestore.h"

#include "sync/gateway/auditchain.h"

#include <QJsonDocument>
#include <QUuid>

#include <sqlite3.h>

#include <unordered_map>

namespace homevisit::gateway {

namespace {

using sync::Role;

// Version 1: the schema as it was before versioning. IF NOT EXISTS, so a file made before
// user_version was kept (it reads 0) takes the same path as a new one.
constexpr const char *SchemaV1[] = {
    "CREATE TABLE IF NOT EXISTS sequence (id INTEGER PRIMARY KEY CHECK (id = 1),"
    " last INTEGER NOT NULL)",
    "INSERT OR IGNORE INTO sequence(id, last) VALUES (1, 0)",
    "CREATE TABLE IF NOT EXISTS municipalities (id TEXT PRIMARY KEY, name TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS users (name TEXT PRIMARY KEY,"
    " municipality TEXT NOT NULL REFERENCES municipalities(id), role TEXT NOT NULL,"
    " display_name TEXT NOT NULL, supervisor TEXT NOT NULL DEFAULT '',"
    " revoked INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS credentials (hash TEXT PRIMARY KEY, user TEXT NOT NULL,"
    " expires_at INTEGER NOT NULL, used INTEGER NOT NULL DEFAULT 0)",
    // One row per (device, user): a tablet holds one store per user.
    "CREATE TABLE IF NOT EXISTS devices (id TEXT NOT NULL, user TEXT NOT NULL,"
    " name TEXT NOT NULL, refresh_hash TEXT NOT NULL UNIQUE, enrolled_at INTEGER NOT NULL,"
    " last_sync_at INTEGER, revoked INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (id, user))",
    "CREATE TABLE IF NOT EXISTS access_tokens (hash TEXT PRIMARY KEY, device TEXT NOT NULL,"
    " user TEXT NOT NULL, expires_at INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS foster_homes (id TEXT PRIMARY KEY, municipality TEXT NOT NULL,"
    " secretary TEXT NOT NULL, data TEXT NOT NULL, seq INTEGER NOT NULL UNIQUE)",
    "CREATE TABLE IF NOT EXISTS children (id TEXT PRIMARY KEY, municipality TEXT NOT NULL,"
    " secretary TEXT NOT NULL, data TEXT NOT NULL, seq INTEGER NOT NULL UNIQUE)",
    "CREATE TABLE IF NOT EXISTS placements (id TEXT PRIMARY KEY, municipality TEXT NOT NULL,"
    " child_id TEXT NOT NULL, foster_home_id TEXT NOT NULL, data TEXT NOT NULL,"
    " seq INTEGER NOT NULL UNIQUE)",
    "CREATE TABLE IF NOT EXISTS records (id TEXT PRIMARY KEY, municipality TEXT NOT NULL,"
    " author TEXT NOT NULL, kind TEXT NOT NULL, status TEXT NOT NULL, refers_to TEXT,"
    " child_id TEXT, foster_home_id TEXT, data TEXT NOT NULL, seq INTEGER NOT NULL UNIQUE)",
    "CREATE INDEX IF NOT EXISTS records_author ON records(author)",
    "CREATE INDEX IF NOT EXISTS records_refers ON records(refers_to)",
    // The journal rule, enforced below the gateway too: a signed row never changes.
    "CREATE TRIGGER IF NOT EXISTS records_signed_immutable BEFORE UPDATE ON records"
    " WHEN OLD.status = 'signed' BEGIN SELECT RAISE(ABORT, 'signed records are immutable'); END",
    "CREATE TRIGGER IF NOT EXISTS records_signed_undeletable BEFORE DELETE ON records"
    " WHEN OLD.status = 'signed' BEGIN SELECT RAISE(ABORT, 'signed records are immutable'); END",
    "CREATE TABLE IF NOT EXISTS draft_siblings (id TEXT PRIMARY KEY, record_id TEXT NOT NULL,"
    " author TEXT NOT NULL, data TEXT NOT NULL, received_at INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS mutations (id TEXT PRIMARY KEY, user TEXT NOT NULL,"
    " fingerprint TEXT NOT NULL, result TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS audit (id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " at TEXT NOT NULL, user TEXT NOT NULL, device TEXT NOT NULL, municipality TEXT NOT NULL,"
    " action TEXT NOT NULL, record_id TEXT NOT NULL, detail TEXT NOT NULL)",
    "CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit"
    " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit"
    " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
    // An assignment that ended: the former secretary's tablets get a "remove" for the row.
    "CREATE TABLE IF NOT EXISTS removals (seq INTEGER PRIMARY KEY, municipality TEXT NOT NULL,"
    " user TEXT NOT NULL, type TEXT NOT NULL, id TEXT NOT NULL)",
    // Only the roles this build knows (SQLite cannot add a CHECK to a table that exists).
    "CREATE TRIGGER IF NOT EXISTS users_role_known BEFORE INSERT ON users WHEN NEW.role NOT IN"
    " ('caseworker','foster_home_secretary','supervisor','admin')"
    " BEGIN SELECT RAISE(ABORT, 'unknown role'); END",
    "CREATE TRIGGER IF NOT EXISTS users_role_known_update BEFORE UPDATE OF role ON users"
    " WHEN NEW.role NOT IN ('caseworker','foster_home_secretary','supervisor','admin')"
    " BEGIN SELECT RAISE(ABORT, 'unknown role'); END",
};

// Version 2: signatures (the device's public key, the key a record verified against) and
// the audit hash chain. Rows from before are hashed into the chain in id order by
// chainExistingAudit(), with the update trigger lifted for that moment only.
constexpr const char *SchemaV2[] = {
    "ALTER TABLE devices ADD COLUMN signing_key TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE records ADD COLUMN signing_key TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE audit ADD COLUMN prev_hash TEXT",
    "ALTER TABLE audit ADD COLUMN hash TEXT",
};

// Version 3: refresh tokens rotate (docs/security.md). The device row keeps when its
// current token was issued and the previous token (the last one presented); every older
// one is in retired_refresh_tokens so that its reuse is recognized. A device enrolled
// before has its current token counted as issued at the upgrade.
constexpr const char *SchemaV3[] = {
    "ALTER TABLE devices ADD COLUMN refresh_issued_at INTEGER NOT NULL DEFAULT 0",
    "UPDATE devices SET refresh_issued_at = CAST(strftime('%s', 'now') AS INTEGER) * 1000",
    "ALTER TABLE devices ADD COLUMN previous_refresh_hash TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX IF NOT EXISTS devices_previous_refresh ON devices(previous_refresh_hash)",
    "CREATE TABLE IF NOT EXISTS retired_refresh_tokens (hash TEXT PRIMARY KEY,"
    " device TEXT NOT NULL, user TEXT NOT NULL, retired_at INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS retired_refresh_device ON retired_refresh_tokens(device, user)",
};

// Version 4, device approval (docs/security.md, "Re-enrollment and new devices"):
// who issued each credential, and each device's approval. Devices enrolled before
// approval existed keep the access they had: approved.
constexpr const char *SchemaV4DeviceApproval[] = {
    "ALTER TABLE credentials ADD COLUMN issued_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE devices ADD COLUMN issued_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE devices ADD COLUMN approved_at INTEGER",
    "ALTER TABLE devices ADD COLUMN approved_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE devices ADD COLUMN hold_until INTEGER",
    "UPDATE devices SET approved_at = enrolled_at, approved_by = 'existing'",
};
// Version 5, the case system (docs/integration.md): the connector's role, every signed
// record as a journal entry with its forwarding state, and each connector's acknowledged
// feed cursor. An entry's seq is its place in the feed and in forwarding order.
constexpr const char *SchemaV5CaseSystem[] = {
    "DROP TRIGGER users_role_known",
    "DROP TRIGGER users_role_known_update",
    "CREATE TRIGGER users_role_known BEFORE INSERT ON users WHEN NEW.role NOT IN"
    " ('caseworker','foster_home_secretary','supervisor','admin','integration')"
    " BEGIN SELECT RAISE(ABORT, 'unknown role'); END",
    "CREATE TRIGGER users_role_known_update BEFORE UPDATE OF role ON users"
    " WHEN NEW.role NOT IN"
    " ('caseworker','foster_home_secretary','supervisor','admin','integration')"
    " BEGIN SELECT RAISE(ABORT, 'unknown role'); END",
    "CREATE TABLE journal_entries (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    " entry_id TEXT NOT NULL UNIQUE, municipality TEXT NOT NULL, subject_id TEXT NOT NULL,"
    " created_at INTEGER NOT NULL, data TEXT NOT NULL,"
    " delivered_at INTEGER, attempts INTEGER NOT NULL DEFAULT 0,"
    " next_attempt_at INTEGER NOT NULL DEFAULT 0, last_status INTEGER NOT NULL DEFAULT 0,"
    " last_error TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX journal_entries_feed ON journal_entries(municipality, seq)",
    "CREATE INDEX journal_entries_waiting ON journal_entries(subject_id, seq)"
    " WHERE delivered_at IS NULL",
    "CREATE TABLE export_cursors (connector TEXT PRIMARY KEY, municipality TEXT NOT NULL,"
    " acknowledged INTEGER NOT NULL, acknowledged_at INTEGER NOT NULL)",
    // A county's placements: looked up by child and by foster home on every import.
    "CREATE INDEX IF NOT EXISTS placements_child ON placements(child_id)",
    "CREATE INDEX IF NOT EXISTS placements_home ON placements(foster_home_id)",
    // When an assignment ended: her draft begun before then may still be signed.
    "ALTER TABLE removals ADD COLUMN at INTEGER NOT NULL DEFAULT 0",
};
constexpr qint64 SchemaVersion = 5;

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

} // namespace

// A cached prepared statement; reset and unbound when it goes out of scope.
class SqliteStore::Statement
{
public:
    Statement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    Statement(const Statement &) = delete;
    Statement(Statement &&other) noexcept : m_db(other.m_db), m_stmt(other.m_stmt)
    {
        other.m_stmt = nullptr;
    }
    ~Statement()
    {
        if (m_stmt) {
            sqlite3_reset(m_stmt);
            sqlite3_clear_bindings(m_stmt);
        }
    }

    Statement &bind(int index, const QString &value)
    {
        const QByteArray utf8 = value.toUtf8();
        check(
            sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
        return *this;
    }
    Statement &bind(int index, const QByteArray &value)
    {
        check(sqlite3_bind_text(m_stmt, index, value.constData(), int(value.size()),
                                SQLITE_TRANSIENT));
        return *this;
    }
    Statement &bind(int index, qint64 value)
    {
        check(sqlite3_bind_int64(m_stmt, index, value));
        return *this;
    }
    Statement &bindNull(int index)
    {
        check(sqlite3_bind_null(m_stmt, index));
        return *this;
    }

    // true while a row is available
    bool step()
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc == SQLITE_DONE)
            return false;
        throw CentralStoreError(sqlite3_errmsg(m_db));
    }
    void run()
    {
        while (step()) {
        }
    }

    QString text(int column) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
    }
    QByteArray bytes(int column) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
    }
    qint64 integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

private:
    void check(int rc) const
    {
        if (rc != SQLITE_OK)
            throw CentralStoreError(sqlite3_errmsg(m_db));
    }
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt;
};

SqliteStore::SqliteStore(const QString &path)
{
    const int rc =
        sqlite3_open_v2(path.toUtf8().constData(), &m_db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : "out of memory";
        sqlite3_close(m_db);
        m_db = nullptr;
        throw CentralStoreError(("cannot open " + path + ": " + message).toStdString());
    }
    // The admin command and the server share the file: wait for each other's writes.
    sqlite3_busy_timeout(m_db, 10000);
    exec("PRAGMA journal_mode=WAL");
    exec("PRAGMA synchronous=FULL");
    exec("PRAGMA foreign_keys=ON");
    migrate();
}

SqliteStore::~SqliteStore()
{
    for (auto &[sql, stmt] : m_statements)
        sqlite3_finalize(stmt);
    sqlite3_close(m_db);
}

SqliteStore::Statement SqliteStore::prepare(const char *sql)
{
    std::lock_guard lock(m_statementsMutex);
    auto found = m_statements.find(sql);
    if (found != m_statements.end())
        return Statement(m_db, found->second);
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK)
        throw CentralStoreError(std::string(sqlite3_errmsg(m_db)) + " in: " + sql);
    m_statements.emplace(sql, stmt);
    return Statement(m_db, stmt);
}

void SqliteStore::exec(const char *sql)
{
    char *error = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string message = error ? error : "unknown error";
        sqlite3_free(error);
        throw CentralStoreError(message + " in: " + sql);
    }
}

// user_version says which steps are in; each runs once, all in one transaction, so a
// file is either upgraded entirely or left as it was.
void SqliteStore::migrate()
{
    std::lock_guard lock(m_mutex);
    exec("BEGIN IMMEDIATE");
    try {
        auto st = prepare("PRAGMA user_version");
        st.step();
        const qint64 version = st.integer(0);
        st.run();
        if (version > SchemaVersion)
            throw CentralStoreError("the database schema is version " + std::to_string(version) +
                                    ", newer than this gateway's " + std::to_string(SchemaVersion));
        if (version < 1) {
            for (const char *sql : SchemaV1)
                exec(sql);
        }
        if (version < 2) {
            for (const char *sql : SchemaV2)
                exec(sql);
            chainExistingAudit();
        }
        if (version < 3) {
            for (const char *sql : SchemaV3)
                exec(sql);
        }
        if (version < 4) {
            for (const char *sql : SchemaV4DeviceApproval)
                exec(sql);
        }
        if (version < 5) {
            for (const char *sql : SchemaV5CaseSystem)
                exec(sql);
        }
        exec(("PRAGMA user_version = " + std::to_string(SchemaVersion)).c_str());
        exec("COMMIT");
    } catch (...) {
        exec("ROLLBACK");
        throw;
    }
}

// The rows written before the chain existed start it, hashed in id order.
void SqliteStore::chainExistingAudit()
{
    exec("DROP TRIGGER IF EXISTS audit_no_update");
    QString prev = auditGenesisHash();
    QList<AuditRow> rows;
    {
        auto st = prepare("SELECT id, at, user, device, municipality, action, record_id, detail"
                          " FROM audit ORDER BY id");
        while (st.step())
            rows.append({st.integer(0),
                         st.text(1),
                         {st.text(2), st.text(3), st.text(4), st.text(5), st.text(6), st.text(7)},
                         {},
                         {}});
    }
    for (const AuditRow &row : rows) {
        const QString hash = auditHash(prev, row.id, row.at, row.event);
        prepare("UPDATE audit SET prev_hash = ?2, hash = ?3 WHERE id = ?1")
            .bind(1, row.id)
            .bind(2, prev)
            .bind(3, hash)
            .run();
        prev = hash;
    }
    exec("CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit"
         " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END");
}

bool SqliteStore::transaction(const std::function<bool()> &work)
{
    std::lock_guard lock(m_mutex);
    // IMMEDIATE takes the write lock up front, so checks and writes see one state.
    exec("BEGIN IMMEDIATE");
    try {
        if (!work()) {
            exec("ROLLBACK");
            return false;
        }
        exec("COMMIT");
        return true;
    } catch (...) {
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

bool SqliteStore::healthy()
{
    std::lock_guard lock(m_mutex);
    try {
        auto st = prepare("SELECT last FROM sequence WHERE id = 1");
        return st.step();
    } catch (const CentralStoreError &) {
        return false;
    }
}

bool SqliteStore::isEmpty()
{
    std::lock_guard lock(m_mutex);
    auto st = prepare("SELECT COUNT(*) FROM users");
    st.step();
    return st.integer(0) == 0;
}

qint64 SqliteStore::nextSeq()
{
    prepare("UPDATE sequence SET last = last + 1 WHERE id = 1").run();
    auto st = prepare("SELECT last FROM sequence WHERE id = 1");
    st.step();
    return st.integer(0);
}

// --- people -------------------------------------------------------------------------------

void SqliteStore::addMunicipality(const QString &id, const QString &name)
{
    std::lock_guard lock(m_mutex);
    prepare("INSERT OR IGNORE INTO municipalities(id, name) VALUES (?1, ?2)")
        .bind(1, id)
        .bind(2, name)
        .run();
}

void SqliteStore::addUser(const UserRow &user)
{
    std::lock_guard lock(m_mutex);
    prepare("INSERT INTO users(name, municipality, role, display_name, supervisor, revoked)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .bind(1, user.name)
        .bind(2, user.municipality)
        .bind(3, sync::roleName(user.role))
        .bind(4, user.displayName)
        .bind(5, user.supervisor)
        .bind(6, qint64(user.revoked))
        .run();
}

namespace {
template <typename St> UserRow userFrom(const St &st)
{
    UserRow user;
    user.name = st.text(0);
    user.municipality = st.text(1);
    // A role this build does not know gives no access at all (never a default role).
    const auto role = sync::roleFromName(st.text(2));
    user.role = role.value_or(Role::Caseworker);
    user.displayName = st.text(3);
    user.supervisor = st.text(4);
    user.revoked = st.integer(5) != 0;
    user.knownRole = role.has_value();
    return user;
}
} // namespace

std::optional<UserRow> SqliteStore::user(const QString &name)
{
    std::lock_guard lock(m_mutex);
    auto st = prepare("SELECT name, municipality, role, display_name, supervisor, revoked"
                      " FROM users WHERE name = ?1");
    st.bind(1, name);
    if (!st.step())
        return std::nullopt;
    return userFrom(st);
}

QList<UserRow> SqliteStore::users()
{
    std::lock_guard lock(m_mutex);
    auto st = prepare("SELECT name, municipality, role, display_name, supervisor, revoked"
                      " FROM users ORDER BY municipality, name");
    QList<UserRow> result;
    while (st.step())
        result.append(userFrom(st));
    return result;
}

void SqliteStore::updateUser(const UserRow &user)
{
    std::lock_guard lock(m_mutex);
    prepare("UPDATE users SET role = ?2, display_name = ?3, supervisor = ?4 WHERE name = ?1"
            " AND municipality = ?5")
        .bind(1, user.name)
        .bind(2, sync::roleName(user.role))
        .bind(3, user.displayName)
        .bind(4, user.supervisor)
        .bind(5, user.municipality)
        .run();
}

bool SqliteStore::isInTeam(const QString &member, const QString &supervisor)
{
    std::lock_guard lock(m_mutex);
    auto st = prepare("SELECT 1 FROM users m JOIN users s ON s.name = m.supervisor"
                      " WHERE m.name = ?1 AND s.name = ?2 AND s.municipality = m.municipality");
    st.bind(1, member).bind(2, supervisor);
    return st.step();
}

bool SqliteStore::revokeUser(const QString &name)
{
    std::lock_guard lock(m_mutex);
    prepare("UPDATE users SET revoked = 1 WHERE name = ?1").bind(1, name).run();
    if (sqlite3_changes(m_db) == 0)
        return false;
    prepare("UPDATE devices SET revoked = 1 WHERE user = ?1").bind(1, name).run();
    prepare("UPDATE credentials SET used = 1 WHERE user = ?1").bind(1, name).run();
    return true;
}

// --- enrollment and tokens ----------------------------------------------------------------

void SqliteStore::addCredential(const QString &hash, const QString &user,
                                const QDateTime &expiresAt, const QString &issuedBy)
{
    std::lock_guard lock(m_mutex);
    prepare("INSERT INTO credentials(hash, user, expires_at, issued_by) VALUES (?1, ?2, ?3, ?4)")
        .bind(1, hash)
        .bind(2, user)
        .bind(3, epochMs(expiresAt))
        .bind(4, issuedBy)
        .run();
}

std::optional<QString> SqliteStore::credentialIssuer(const QString &hash)
{
    std::lock_guard lock(m_mutex);
    auto st = prepare("SELECT issued_by FROM credentials WHERE hash = ?1");
    st.bind(1, hash);
    if (!st.step())
        return std::nullopt;
    return st.text(0);
}

void SqliteStore::retireCredentials(const QString &user)
{
    std::lock_guard lock(m_mutex);
    prepare("UPDATE credentials SET used = 1 WHERE user = ?1").bind(1, user).run();
}

std::optional<QString> SqliteStore::consumeCredential(const QString &hash, const QDateTime &now)
{
    std::lock_guard lock(m_mutex);
    auto st = prepare("SELECT user FROM credentials WHERE hash = ?1 AND used = 0"
                      " AND expires_at > ?2");
    st.bind(1, hash).bind(2, epochMs(now));
    if (!st.step())
        return std::nullopt;
    const QString user = st.text(0);
    prepare("UPDATE credentials SET used = 1 WHERE hash = ?1").bind(1, hash).run();
    return user;
}

void SqliteStore::enrollDevice(const DeviceRow &device, const QString &refreshHash)
{
    std::lock_guard lock(m_mutex);
    // Re-enrolling the same tablet for the same user replaces its refresh token and its
    // signing key (the gateway audits the enrollment with the key).
    prepare("INSERT OR REPLACE INTO devices(id, user, name, refresh_hash, enrolled_at,"
            " last_sync_at, revoked, signing_key) VALUES (?1, ?2, ?3, ?4, ?5, NULL, 0, ?6)")
        .bind(1, device.id)
        .bind(2, device.user)
        .bind(3, device.name)
        .bind(4, refreshHash)
        .bind(5, epochMs(device.enrolledAt))
        .bind(6, device.signingKey)
        .run();
}

namespace {
constexpr const char *DeviceColumns =
    "SELECT d.id, d.user, d.name, u.municipality, d.enrolled_at, d.last_sync_at,"
    " d.revoked OR u.revoked, d.signing_key FROM devices d JOIN users u ON u.name = d.user ";

template <typename St> DeviceRow deviceFrom(const St &st)
{
    DeviceRow device;
    device.id = st.text(0);
    device.user = st.text(1);
    device.name = st.text(2);
    device.municipality = st.text(3);
    device.enrolledAt = fromEpochMs(st.integer(4));
    if (!st.isNull(5))
        device.lastSyncAt = fromEpochMs(st.integer(5));
    device.revoked = st.integer(6) != 0;
    device.signingKey = st.text(7);
    return device;
}
} // namespace

std::optional<DeviceRow> SqliteStore::deviceByRefresh(const QString &refreshHash)
{
    std::lock_guard lock(m_mutex);
    static const std::string sql = std::string(DeviceColumns) + "WHERE d.refresh_hash = ?1";
    auto st = prepare(sql.c_str());
    st.bind(1, refreshHash);
    if (!st.step())
        return std::nullopt;
    return deviceFrom(st);
}

std::optional<DeviceRow> SqliteStore::device(const QString &deviceId, const QString &user)
{
    std::lock_guard lock(m_mutex);
    static const std::string sql = std::string(DeviceColumns) + "WHERE d.id = ?1 AND d.user = ?2";
    auto st = prepare(sql.c_str());
    st.bind(1, deviceId).bind(2, user);
    if (!st.step())
        return std::nullopt;
    return deviceFrom(st);
}

bool SqliteStore::isDeviceRevoked(const QString &deviceId)
{
    std::lock_guard lock(m_mutex);
    auto st = prepare("SELECT 1 FROM devices WHERE id = ?1 AND revoked = 1");
    st.bind(1, deviceId);
    return st.step();
}

void SqliteStore::addAccessToken(const QString &hash, const AccessGrant &grant)
{
    std::lock_guard lock(m_mutex);
    // Expired tokens are useless; drop them as new ones arrive so the table stays small.
    prepare("DELETE FROM access_tokens WHERE expires_at < ?1")
        .bind(1, epochMs(QDateTime::currentDateTimeUtc()))
        .run();
    prepare("INSERT INTO access_tokens(hash, device, user, expires_at) VALUES (?1, ?2, ?3, ?4)")
        .bind(1, hash)
        .bind(2, grant.deviceId)
        .bind(3, grant.user)
        .bind(4, epochMs(grant.expiresAt))
        .run();
}

std::optional<AccessGrant> SqliteStore::accessToken(const QString &hash)
{
    std::lock_guard lock(m_mutex);
    auto st = prepare("SELECT device, user, expires_at FROM access_tokens WHERE hash = ?1");
    st.bind(1, hash);
    if (!st.step())
        return std::nullopt;
    return AccessGrant{st.text(0), st.text(1), fromEpochMs(st.integer(2))};
}

void SqliteStore::touchDevice(const QString &deviceId, const QString &user, const QDateTime &now)
{
    std::lock_guard lock(m_mutex);
    prepare("UPDATE devices SET last_sync_at = ?3 WHERE id = ?1 AND user = ?2")
        .bind(1, deviceId)
        .bind(2, user)
        .bind(3, epochMs(now))
        .run();
}

bool SqliteStore::revokeDevice(const QString &deviceId, const QString &municipality)
{
    std::lock_guard lock(m_mutex);
    prepare("UPDATE devices SET revoked = 1 WHERE id = ?1 AND (?2 = '' OR user IN"
            " (SELECT name FROM users WHERE municipality = ?2))")
        .bind(1, deviceId)
        .bind(2, municipality)
        .run();
    // Access tokens stay: a call with one must say device_revoked, not invalid_token, so
    // the tablet knows to erase its store.
    return sqlite3_changes(m_db) > 0;
}

QList<DeviceRow> SqliteStore::devices(const QString &municipality)
{
    std::lock_guard lock(m_mutex);
    static const std::string sql =
        std::string(DeviceColumns) + "WHERE ?1 = '' OR u.municipality = ?1 ORDER BY d.id, d.user";
    auto st = prepare(sql.c_str());
    st.bind(1, municipality);
    QList<DeviceRow> result;
    while (st.step())
        result.append(deviceFrom(st));
    return result;
}

// --- refresh-token rotation ----------------------------------------------------------------

std::optional<RefreshTokenRow> SqliteStore::refreshToken(const QString &hash)
{
    std::lock_guard lock(m_mutex);
    using Standing = RefreshTokenRow::Standing;
    {
        auto st = prepare("SELECT id, user, refresh_issued_at, refresh_hash = ?1 FROM devices"
                          " WHERE refresh_hash = ?1 OR previous_refresh_hash = ?1");
        st.bind(1, hash);
        if (st.step())
            return RefreshTokenRow{st.integer(3) ? Standing::Current : Standing::Previous,
                                   st.text(0), st.text(1), fromEpochMs(st.integer(2))};
    }
    auto st = prepare("SELECT r.device, r.user, d.refresh_issued_at FROM retired_refresh_tokens r"
                      " JOIN devices d ON d.id = r.device AND d.user = r.user WHERE r.hash = ?1");
    st.bind(1, hash);
    if (!st.step())
        return std::nullopt;
    return RefreshTokenRow{Standing::Retired, st.text(0), st.text(1), fromEpochMs(st.integer(2))};
}

void SqliteStore::rotateRefreshToken(const RefreshTokenRow &presented, const QString &newHash,
                                     const QDateTime &now)
{
    std::lock_guard lock(m_mutex);
    const bool fromCurrent = presented.standing == RefreshTokenRow::Standing::Current;
    // The token that leaves: the previous one after a normal rotation, the unpresented
    // current one after a rotation from the previous.
    prepare("INSERT OR IGNORE INTO retired_refresh_tokens(hash, device, user, retired_at)"
            " SELECT CASE WHEN ?3 THEN previous_refresh_hash ELSE refresh_hash END, id, user, ?4"
            " FROM devices WHERE id = ?1 AND user = ?2"
            " AND (CASE WHEN ?3 THEN previous_refresh_hash ELSE refresh_hash END) <> ''")
        .bind(1, presented.deviceId)
        .bind(2, presented.user)
        .bind(3, qint64(fromCurrent))
        .bind(4, epochMs(now))
        .run();
    prepare("UPDATE devices SET previous_refresh_hash = CASE WHEN ?3 THEN refresh_hash"
            " ELSE previous_refresh_hash END, refresh_hash = ?4, refresh_issued_at = ?5"
            " WHERE id = ?1 AND user = ?2")
        .bind(1, presented.deviceId)
        .bind(2, presented.user)
        .bind(3, qint64(fromCurrent))
        .bind(4, newHash)
        .bind(5, epochMs(now))
        .run();
    // Past this a retired token would have expired anyway: presenting it is invalid_token.
    prepare("DELETE FROM retired_refresh_tokens WHERE device = ?1 AND user = ?2"
            " AND retired_at < ?3")
        .bind(1, presented.deviceId)
        .bind(2, presented.user)
        .bind(3, epochMs(now.addDays(-sync::RefreshTokenDays)))
        .run();
}

void SqliteStore::startRefreshChain(const QString &deviceId, const QString &user,
                                    const QDateTime &issuedAt)
{
    std::lock_guard lock(m_mutex);
    prepare("UPDATE devices SET refresh_issued_at = ?3, previous_refresh_hash = ''"
            " WHERE id = ?1 AND user = ?2")
        .bind(1, deviceId)
        .bind(2, user)
        .bind(3, epochMs(issuedAt))
        .run();
    prepare("DELETE FROM retired_refresh_tokens WHERE device = ?1 AND user = ?2")
        .bind(1, deviceId)
        .bind(2, user)
        .run();
}

// --- a user's devices and their approval ---------------------------------------------

void SqliteStore::setDeviceTrust(const QString &deviceId, const QString &user,
                                 const DeviceTrust &trust)
{
    std::lock_guard lock(m_mutex);
    auto st = prepare("UPDATE devices SET issued_by = ?3, approved_at = ?4, approved_by = ?5,"
                      " hold_until = ?6 WHERE id = ?1 AND user = ?2");
    st.bind(1, deviceId).bind(2, user).bind(3, trust.issuedBy).bind(5, trust.approvedBy);
    if (trust.approvedAt.isValid())
        st.bind(4, epochMs(trust.approvedAt));
    else
        st.bindNull(4);
    if (trust.holdUntil.isValid())
        st.bind(6, epochMs(trust.holdUntil));
    else
        st.bindNull(6);
    st.run();
}

QList<UserDevice> SqliteStore::userDevices(const QString &user)
{
    std::lock_guard lock(m_mutex);
    auto st = prepare("SELECT d.id, d.user, d.name, u.municipality, d.enrolled_at, d.last_sync_at,"
                      " d.revoked OR u.revoked, d.signing_key, d.issued_by, d.approved_at,"
                      " d.approved_by, d.hold_until FROM devices d JOIN users u ON u.name = d.user"
                      " WHERE d.user = ?1 ORDER BY d.enrolled_at, d.id");
    st.bind(1, user);
    QList<UserDevice> result;
    while (st.step()) {
        UserDevice device{deviceFrom(st), {}};
        device.trust.issuedBy = st.text(8);
        if (!st.isNull(9))
            device.trust.approvedAt = fromEpochMs(st.integer(9));
        device.trust.approvedBy = st.text(10);
        if (!st.isNull(11))
            device.trust.holdUntil = fromEpochMs(st.integer(11));
        result.append(device);
    }
    return result;
}

bool SqliteStore::revokeUserDevice(const QString &deviceId, const QString &user)
{
    std::lock_guard lock(m_mutex);
    prepare("UPDATE devices SET revoked = 1 WHERE id = ?1 AND user = ?2")
        .bind(1, deviceId)
        .bind(2, user)
        .run();
    return sqlite3_changes(m_db) > 0;
}

// --- reference data ----------------------------------------------------------------------

void SqliteStore::putFosterHome(const QString &municipality, const QJsonObject &data)
{
    std::lock_guard lock(m_mutex);
    const bool moved = noteReassignment("foster_home", data);
    const qint64 seq = nextSeq();
    prepare("INSERT OR REPLACE INTO foster_homes(id, municipality, secretary, data, seq)"
            " VALUES (?1, ?2, ?3, ?4, ?5)")
        .bind(1, data.value("id").toString())
        .bind(2, municipality)
        .bind(3, data.value("secretary").toString())
        .bind(4, compact(data))
        .bind(5, seq)
        .run();
    resequenceAround("foster_home", data.value("id").toString(), moved);
}

void SqliteStore::putChild(const QString &municipality, const QJsonObject &data)
{
    std::lock_guard lock(m_mutex);
    const bool moved = noteReassignment("child", data);
    const qint64 seq = nextSeq();
    prepare("INSERT OR REPLACE INTO children(id, municipality, secretary, data, seq)"
            " VALUES (?1, ?2, ?3, ?4, ?5)")
        .bind(1, data.value("id").toString())
        .bind(2, municipality)
        .bind(3, data.value("secretary").toString())
        .bind(4, compact(data))
        .bind(5, seq)
        .run();
    resequenceAround("child", data.value("id").toString(), moved);
}

void SqliteStore::putPlacement(const QString &municipality, const QJsonObject &data)
{
    std::lock_guard lock(m_mutex);
    const qint64 seq = nextSeq();
    prepare("INSERT OR REPLACE INTO placements(id, municipality, child_id, foster_home_id,"
            " data, seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .bind(1, data.value("id").toString())
        .bind(2, municipality)
        .bind(3, data.value("child_id").toString())
        .bind(4, data.value("foster_home_id").toString())
        .bind(5, compact(data))
        .bind(6, seq)
        .run();
}

std::optional<CentralStore::ReferenceRow> SqliteStore::referenceRow(sync::ChangeType type,
                                                                    const QString &id)
{
    std::lock_guard lock(m_mutex);
    auto st = prepare(type == sync::ChangeType::Child
                          ? "SELECT municipality, data FROM children WHERE id = ?1"
                          : "SELECT municipality, data FROM foster_homes WHERE id = ?1");
    st.bind(1, id);
    if (type != sync::ChangeType::Child && type != sync::ChangeType::FosterHome)
        return std::nullopt;
    if (!st.step())
        return std::nullopt;
    return ReferenceRow{st.text(0), parseObject(st.bytes(1))};
}

QList<QJsonObject> SqliteStore::referenceRows(sync::ChangeType type, const QString &municipality)
{
    std::lock_guard lock(m_mutex);
    QList<QJsonObject> rows;
    const char *sql = type == sync::ChangeType::Child
                          ? "SELECT data FROM children WHERE municipality = ?1 ORDER BY id"
                      : type == sync::ChangeType::FosterHome
                          ? "SELECT data FROM foster_homes WHERE municipality = ?1 ORDER BY id"
                          : "SELECT data FROM placements WHERE municipality = ?1 ORDER BY id";
    auto st = prepare(sql);
    st.bind(1, municipality);
    while (st.step())
        rows.append(parseObject(st.bytes(0)));
    return rows;
}

// The placement's child and foster home name who saw it; each of them is told.
void SqliteStore::removePlacement(const QString &municipality, const QString &id)
{
    std::lock_guard lock(m_mutex);
    QStringList users;
    {
        auto st = prepare("SELECT c.secretary FROM placements p JOIN children c"
                          " ON c.id = p.child_id WHERE p.id = ?1 AND p.municipality = ?2 UNION"
                          " SELECT f.secretary FROM placements p JOIN foster_homes f"
                          " ON f.id = p.foster_home_id WHERE p.id = ?1 AND p.municipality = ?2");
        st.bind(1, id).bind(2, municipality);
        while (st.step())
            users.append(st.text(0));
    }
    for (const QString &user : users) {
        if (user.isEmpty())
            continue;
        const qint64 seq = nextSeq();
        prepare("INSERT INTO removals(seq, municipality, user, type, id)"
                " VALUES (?1, ?2, ?3, 'placement', ?4)")
            .bind(1, seq)
            .bind(2, municipality)
            .bind(3, user)
            .bind(4, id)
            .run();
    }
    prepare("DELETE FROM placements WHERE id = ?1 AND municipality = ?2")
        .bind(1, id)
        .bind(2, municipality)
        .run();
}

// Before a child or foster home is written: if it had another secretary, her tablets are
// told to remove it (the records about it stay on them and here). True when the row
// exists and gets another secretary (also from none).
bool SqliteStore::noteReassignment(const char *type, const QJsonObject &data)
{
    const QString id = data.value("id").toString();
    auto st = prepare(std::string_view(type) == "child"
                          ? "SELECT secretary, municipality FROM children WHERE id = ?1"
                          : "SELECT secretary, municipality FROM foster_homes WHERE id = ?1");
    st.bind(1, id);
    if (!st.step())
        return false;
    const QString former = st.text(0);
    const QString municipality = st.text(1);
    if (former == data.value("secretary").toString())
        return false;
    if (former.isEmpty())
        return true;
    const qint64 seq = nextSeq();
    prepare("INSERT INTO removals(seq, municipality, user, type, id, at)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .bind(1, seq)
        .bind(2, municipality)
        .bind(3, former)
        .bind(4, QString::fromLatin1(type))
        .bind(5, id)
        .bind(6, QDateTime::currentMSecsSinceEpoch())
        .run();
    return true;
}

// A child or foster home with a new secretary: what her tablets receive through it (the
// foster homes or children on the other side of its placements, then the placements) gets
// later seqs than the row itself. Otherwise a placement would reach a tablet before its
// child (a first pull) or never (a cursor already past its seq).
void SqliteStore::resequenceAround(const char *type, const QString &id, bool moved)
{
    const bool child = std::string_view(type) == "child";
    QStringList bumped{id}; // rows of the other kind sent again, then every placement of both
    if (moved) {
        auto st = prepare(child ? "SELECT DISTINCT foster_home_id FROM placements"
                                  " WHERE child_id = ?1"
                                : "SELECT DISTINCT child_id FROM placements"
                                  " WHERE foster_home_id = ?1");
        st.bind(1, id);
        while (st.step())
            bumped.append(st.text(0));
    }
    for (const QString &other : bumped.mid(1))
        prepare(child ? "UPDATE foster_homes SET seq = ?1 WHERE id = ?2"
                      : "UPDATE children SET seq = ?1 WHERE id = ?2")
            .bind(1, nextSeq())
            .bind(2, other)
            .run();
    QStringList placements;
    for (const QString &row : bumped) {
        auto st = prepare("SELECT id FROM placements WHERE child_id = ?1 OR foster_home_id = ?1");
        st.bind(1, row);
        while (st.step())
            placements.append(st.text(0));
    }
    placements.removeDuplicates();
    for (const QString &placement : placements)
        prepare("UPDATE placements SET seq = ?1 WHERE id = ?2")
            .bind(1, nextSeq())
            .bind(2, placement)
            .run();
}

bool SqliteStore::wasAssignedAt(sync::ChangeType type, const QString &id, const QString &user,
                                const QString &municipality, const QDateTime &at)
{
    std::lock_guard lock(m_mutex);
    auto st = prepare("SELECT 1 FROM removals WHERE user = ?1 AND type = ?2 AND id = ?3"
                      " AND municipality = ?4 AND at > ?5");
    st.bind(1, user)
        .bind(2, sync::changeTypeName(type))
        .bind(3, id)
        .bind(4, municipality)
        .bind(5, epochMs(at));
    return st.step();
}

bool SqliteStore::isChildAssigned(const QString &childId, const QString &secretary,
                                  const QString &municipality)
{
    std::lock_guard lock(m_mutex);
    auto st = prepare("SELECT 1 FROM children WHERE id = ?1 AND secretary = ?2"
                      " AND municipality = ?3");
    st.bind(1, childId).bind(2, secretary).bind(3, municipality);
    return st.step();
}

bool SqliteStore::isFosterHomeAssigned(const QString &fosterHomeId, const QString &secretary,
                                       const QString &municipality)
{
    std::lock_guard lock(m_mutex);
    auto st = prepare("SELECT 1 FROM foster_homes WHERE id = ?1 AND secretary = ?2"
                      " AND municipality = ?3");
    st.bind(1, fosterHomeId).bind(2, secretary).bind(3, municipality);
    return st.step();
}

// --- records -------------------------------------------------------------------------------

std::optional<StoredMutation> SqliteStore::mutation(const QString &mutationId)
{
    std::lock_guard lock(m_mutex);
    auto st = prepare("SELECT user, fingerprint, result FROM mutations WHERE id = ?1");
    st.bind(1, mutationId);
    if (!st.step())
        return std::nullopt;
    const QJsonObject result = parseObject(st.bytes(2));
    StoredMutation stored;
    stored.user = st.text(0);
    stored.fingerprint = st.text(1);
    stored.result.mutationId = mutationId;
    stored.result.outcome = sync::Outcome::Applied;
    stored.result.revision = result.value("revision").toInteger();
    stored.result.seq = result.value("seq").toInteger();
    stored.result.receivedAt =
        sync::parseTimestamp(result.value("received_at").toString()).value_or(QDateTime());
    return stored;
}

void SqliteStore::putMutation(const QString &mutationId, const StoredMutation &stored)
{
    std::lock_guard lock(m_mutex);
    const QJsonObject result{{"revision", stored.result.revision},
                             {"seq", stored.result.seq},
                             {"received_at", sync::formatTimestamp(stored.result.receivedAt)}};
    prepare("INSERT INTO mutations(id, user, fingerprint, result) VALUES (?1, ?2, ?3, ?4)")
        .bind(1, mutationId)
        .bind(2, stored.user)
        .bind(3, stored.fingerprint)
        .bind(4, compact(result))
        .run();
}

std::optional<StoredRecord> SqliteStore::record(const QString &recordId)
{
    std::lock_guard lock(m_mutex);
    auto st = prepare("SELECT municipality, refers_to, child_id, foster_home_id, data, seq,"
                      " signing_key FROM records WHERE id = ?1");
    st.bind(1, recordId);
    if (!st.step())
        return std::nullopt;
    auto decoded = sync::decodeRecord(parseObject(st.bytes(4)));
    if (std::holds_alternative<sync::ProtocolError>(decoded))
        throw CentralStoreError("stored record " + recordId.toStdString() + " does not decode");
    StoredRecord stored;
    stored.record = std::get<sync::WireRecord>(decoded);
    stored.municipality = st.text(0);
    stored.refersTo = st.text(1);
    stored.childId = st.text(2);
    stored.fosterHomeId = st.text(3);
    stored.seq = st.integer(5);
    stored.signingKey = st.text(6);
    return stored;
}

qint64 SqliteStore::putRecord(const StoredRecord &stored)
{
    std::lock_guard lock(m_mutex);
    const qint64 seq = nextSeq();
    const auto &r = stored.record;
    // Not INSERT OR REPLACE: its implicit DELETE would bypass the update trigger.
    prepare("INSERT INTO records(id, municipality, author, kind, status, refers_to, child_id,"
            " foster_home_id, data, seq, signing_key)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"
            " ON CONFLICT(id) DO UPDATE SET status = excluded.status, kind = excluded.kind,"
            " refers_to = excluded.refers_to, child_id = excluded.child_id,"
            " foster_home_id = excluded.foster_home_id, data = excluded.data, seq = excluded.seq,"
            " signing_key = excluded.signing_key")
        .bind(1, r.recordId)
        .bind(2, stored.municipality)
        .bind(3, r.author)
        .bind(4, r.kind)
        .bind(5, r.status)
        .bind(6, stored.refersTo)
        .bind(7, stored.childId)
        .bind(8, stored.fosterHomeId)
        .bind(9, compact(sync::encodeRecord(r)))
        .bind(10, seq)
        .bind(11, stored.signingKey)
        .run();
    return seq;
}

QString SqliteStore::putDraftSibling(const StoredRecord &stored)
{
    std::lock_guard lock(m_mutex);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    prepare("INSERT INTO draft_siblings(id, record_id, author, data, received_at)"
            " VALUES (?1, ?2, ?3, ?4, ?5)")
        .bind(1, id)
        .bind(2, stored.record.recordId)
        .bind(3, stored.record.author)
        .bind(4, compact(sync::encodeRecord(stored.record)))
        .bind(5, epochMs(QDateTime::currentDateTimeUtc()))
        .run();
    return id;
}

QList<CentralStore::DraftSibling> SqliteStore::draftSiblings(const QString &recordId)
{
    std::lock_guard lock(m_mutex);
    auto st = prepare("SELECT id, data FROM draft_siblings WHERE record_id = ?1"
                      " ORDER BY received_at, id");
    st.bind(1, recordId);
    QList<DraftSibling> siblings;
    while (st.step())
        siblings.append({st.text(0), st.bytes(1)});
    return siblings;
}

// --- pull --------------------------------------------------------------------------------

namespace {
// ?1 user, ?2 municipality, ?3 after, ?4 limit, ?5 1 = caseworker, ?6 1 = foster-home
// secretary, ?7 1 = supervisor. A caseworker sees her children and, through their
// placements, their foster homes; a foster-home secretary her homes and the children
// placed there. Records: her own (drafts too), signed reviews of them, and for a
// supervisor her team's signed records.
constexpr const char *ChangesSql =
    "WITH my_children AS ("
    "   SELECT id FROM children WHERE municipality = ?2 AND ?5 = 1 AND secretary = ?1"
    "   UNION SELECT p.child_id FROM placements p JOIN foster_homes f ON f.id = p.foster_home_id"
    "   WHERE ?6 = 1 AND f.secretary = ?1 AND f.municipality = ?2 AND p.municipality = ?2),"
    " my_homes AS ("
    "   SELECT id FROM foster_homes WHERE municipality = ?2 AND ?6 = 1 AND secretary = ?1"
    "   UNION SELECT p.foster_home_id FROM placements p JOIN children c ON c.id = p.child_id"
    "   WHERE ?5 = 1 AND c.secretary = ?1 AND c.municipality = ?2 AND p.municipality = ?2)"
    " SELECT seq, 'child', data, '' FROM children WHERE seq > ?3 AND municipality = ?2"
    "   AND id IN my_children"
    " UNION ALL SELECT seq, 'foster_home', data, '' FROM foster_homes WHERE seq > ?3"
    "   AND municipality = ?2 AND id IN my_homes"
    " UNION ALL SELECT seq, 'placement', data, '' FROM placements WHERE seq > ?3"
    "   AND municipality = ?2 AND (child_id IN my_children AND foster_home_id IN my_homes)"
    " UNION ALL SELECT seq, 'record', data, signing_key FROM records r WHERE seq > ?3"
    "   AND municipality = ?2"
    "   AND (author = ?1"
    "     OR (kind = 'review' AND status = 'signed' AND refers_to IN"
    "         (SELECT id FROM records WHERE author = ?1 AND municipality = ?2))"
    "     OR (?7 = 1 AND status = 'signed' AND author IN"
    "         (SELECT name FROM users WHERE supervisor = ?1 AND municipality = ?2)))"
    "   AND (?8 = '' OR (author = ?1 AND json_extract(data, '$.device_id') = ?8))"
    " UNION ALL SELECT seq, 'remove_' || type, id, '' FROM removals WHERE seq > ?3"
    "   AND municipality = ?2 AND user = ?1"
    " ORDER BY 1 LIMIT ?4";

} // namespace

QList<sync::Change> SqliteStore::changes(const Visibility &who, qint64 after, int limit)
{
    std::lock_guard lock(m_mutex);
    QList<sync::Change> result;
    if (!sync::isCaseRole(who.role))
        return result; // administrators and connectors: no case content, ever
    auto st = prepare(ChangesSql);
    st.bind(1, who.user)
        .bind(2, who.municipality)
        .bind(3, after)
        .bind(4, qint64(limit))
        .bind(5, qint64(who.role == Role::Caseworker))
        .bind(6, qint64(who.role == Role::FosterHomeSecretary))
        .bind(7, qint64(who.role == Role::Supervisor))
        .bind(8, who.onlyDevice);
    while (st.step()) {
        sync::Change change;
        result.append(changeFromRow(st.integer(0), st.text(1), st.bytes(2), st.text(3)));
    }
    return result;
}

// --- audit -----------------------------------------------------------------------------------

void SqliteStore::audit(const AuditEvent &event)
{
    std::lock_guard lock(m_mutex);
    // Reading the chain's end and appending to it must be one step, also against the
    // admin command's process on the same file: outside transaction() take the write lock.
    const bool own = sqlite3_get_autocommit(m_db) != 0;
    if (own)
        exec("BEGIN IMMEDIATE");
    try {
        appendAudit(event);
        if (own)
            exec("COMMIT");
    } catch (...) {
        if (own)
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

void SqliteStore::appendAudit(const AuditEvent &event)
{
    qint64 id = 1;
    QString prev = auditGenesisHash();
    {
        auto st = prepare("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1");
        if (st.step()) {
            id = st.integer(0) + 1;
            prev = st.text(1);
        }
    }
    const QString at = sync::formatTimestamp(QDateTime::currentDateTimeUtc());
    prepare("INSERT INTO audit(id, at, user, device, municipality, action, record_id, detail,"
            " prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
        .bind(1, id)
        .bind(2, at)
        .bind(3, event.user)
        .bind(4, event.deviceId)
        .bind(5, event.municipality)
        .bind(6, event.action)
        .bind(7, event.recordId)
        .bind(8, event.detail)
        .bind(9, prev)
        .bind(10, auditHash(prev, id, at, event))
        .run();
}

QList<AuditRow> SqliteStore::auditRows(qint64 after, int limit)
{
    std::lock_guard lock(m_mutex);
    auto st = prepare("SELECT id, at, user, device, municipality, action, record_id, detail,"
                      " prev_hash, hash FROM audit WHERE id > ?1 ORDER BY id LIMIT ?2");
    st.bind(1, after).bind(2, qint64(limit));
    QList<AuditRow> rows;
    while (st.step())
        rows.append({st.integer(0),
                     st.text(1),
                     {st.text(2), st.text(3), st.text(4), st.text(5), st.text(6), st.text(7)},
                     st.text(8),
                     st.text(9)});
    return rows;
}

QList<RecordRow> SqliteStore::recordRows(qint64 after, int limit)
{
    std::lock_guard lock(m_mutex);
    auto st = prepare("SELECT seq, id, status, data, signing_key FROM records WHERE seq > ?1"
                      " ORDER BY seq LIMIT ?2");
    st.bind(1, after).bind(2, qint64(limit));
    QList<RecordRow> rows;
    while (st.step())
        rows.append({st.integer(0), st.text(1), st.text(2), st.bytes(3), st.text(4)});
    return rows;
}

qint64 SqliteStore::auditCount()
{
    std::lock_guard lock(m_mutex);
    auto st = prepare("SELECT COUNT(*) FROM audit");
    st.step();
    return st.integer(0);
}

} // namespace homevisit::gateway

// --- journal entries for the case system ---------------------------------------------------

namespace homevisit::gateway {

namespace {
constexpr const char *JournalColumns =
    "SELECT seq, entry_id, municipality, subject_id, created_at, data, delivered_at, attempts,"
    " next_attempt_at, last_status, last_error FROM journal_entries ";
} // namespace

JournalEntryRow SqliteStore::journalEntryFrom(const Statement &st)
{
    JournalEntryRow row;
    row.seq = st.integer(0);
    row.entryId = st.text(1);
    row.municipality = st.text(2);
    row.subjectId = st.text(3);
    row.createdAt = fromEpochMs(st.integer(4));
    row.data = st.bytes(5);
    if (!st.isNull(6))
        row.deliveredAt = fromEpochMs(st.integer(6));
    row.attempts = int(st.integer(7));
    row.nextAttemptAt = fromEpochMs(st.integer(8));
    row.lastStatus = int(st.integer(9));
    row.lastError = st.text(10);
    return row;
}

bool SqliteStore::appendJournalEntry(const JournalEntryRow &entry)
{
    std::lock_guard lock(m_mutex);
    prepare("INSERT OR IGNORE INTO journal_entries(entry_id, municipality, subject_id, created_at,"
            " data, next_attempt_at) VALUES (?1, ?2, ?3, ?4, ?5, ?4)")
        .bind(1, entry.entryId)
        .bind(2, entry.municipality)
        .bind(3, entry.subjectId)
        .bind(4, epochMs(entry.createdAt))
        .bind(5, entry.data)
        .run();
    return sqlite3_changes(m_db) > 0;
}

bool SqliteStore::hasJournalEntry(const QString &entryId)
{
    std::lock_guard lock(m_mutex);
    auto st = prepare("SELECT 1 FROM journal_entries WHERE entry_id = ?1");
    st.bind(1, entryId);
    return st.step();
}

QList<JournalEntryRow> SqliteStore::journalEntries(const QString &municipality, qint64 after,
                                                   int limit)
{
    std::lock_guard lock(m_mutex);
    static const std::string sql =
        std::string(JournalColumns) + "WHERE municipality = ?1 AND seq > ?2 ORDER BY seq LIMIT ?3";
    auto st = prepare(sql.c_str());
    st.bind(1, municipality).bind(2, after).bind(3, qint64(limit));
    QList<JournalEntryRow> rows;
    while (st.step())
        rows.append(journalEntryFrom(st));
    return rows;
}

std::optional<ExportCursor> SqliteStore::exportCursor(const QString &connector)
{
    std::lock_guard lock(m_mutex);
    auto st = prepare("SELECT municipality, acknowledged, acknowledged_at FROM export_cursors"
                      " WHERE connector = ?1");
    st.bind(1, connector);
    if (!st.step())
        return std::nullopt;
    return ExportCursor{connector, st.text(0), st.integer(1), fromEpochMs(st.integer(2))};
}

void SqliteStore::setExportCursor(const ExportCursor &cursor)
{
    std::lock_guard lock(m_mutex);
    prepare("INSERT INTO export_cursors(connector, municipality, acknowledged, acknowledged_at)"
            " VALUES (?1, ?2, ?3, ?4) ON CONFLICT(connector) DO UPDATE SET"
            " municipality = excluded.municipality, acknowledged = excluded.acknowledged,"
            " acknowledged_at = excluded.acknowledged_at")
        .bind(1, cursor.connector)
        .bind(2, cursor.municipality)
        .bind(3, cursor.acknowledged)
        .bind(4, epochMs(cursor.acknowledgedAt))
        .run();
}

QList<ExportCursor> SqliteStore::exportCursors()
{
    std::lock_guard lock(m_mutex);
    auto st = prepare("SELECT connector, municipality, acknowledged, acknowledged_at"
                      " FROM export_cursors ORDER BY connector");
    QList<ExportCursor> cursors;
    while (st.step())
        cursors.append({st.text(0), st.text(1), st.integer(2), fromEpochMs(st.integer(3))});
    return cursors;
}

QList<JournalEntryRow> SqliteStore::dueForForwarding(const QDateTime &now, int limit)
{
    std::lock_guard lock(m_mutex);
    static const std::string sql =
        std::string(JournalColumns) +
        "j WHERE delivered_at IS NULL AND next_attempt_at <= ?1 AND NOT EXISTS"
        " (SELECT 1 FROM journal_entries e WHERE e.subject_id = j.subject_id"
        "  AND e.delivered_at IS NULL AND e.seq < j.seq)"
        " ORDER BY seq LIMIT ?2";
    auto st = prepare(sql.c_str());
    st.bind(1, epochMs(now)).bind(2, qint64(limit));
    QList<JournalEntryRow> rows;
    while (st.step())
        rows.append(journalEntryFrom(st));
    return rows;
}

void SqliteStore::markForwarded(qint64 seq, const QDateTime &at, int status)
{
    std::lock_guard lock(m_mutex);
    prepare("UPDATE journal_entries SET delivered_at = ?2, last_status = ?3, last_error = ''"
            " WHERE seq = ?1")
        .bind(1, seq)
        .bind(2, epochMs(at))
        .bind(3, qint64(status))
        .run();
}

void SqliteStore::markForwardFailed(qint64 seq, int attempts, const QDateTime &nextAttemptAt,
                                    int status, const QString &error)
{
    std::lock_guard lock(m_mutex);
    prepare("UPDATE journal_entries SET attempts = ?2, next_attempt_at = ?3, last_status = ?4,"
            " last_error = ?5 WHERE seq = ?1 AND delivered_at IS NULL")
        .bind(1, seq)
        .bind(2, qint64(attempts))
        .bind(3, epochMs(nextAttemptAt))
        .bind(4, qint64(status))
        .bind(5, error)
        .run();
}

ForwardingState SqliteStore::forwardingState(int listLimit)
{
    std::lock_guard lock(m_mutex);
    ForwardingState state;
    {
        auto st = prepare("SELECT count(delivered_at), count(*) - count(delivered_at),"
                          " coalesce(sum(delivered_at IS NULL AND attempts > 0), 0)"
                          " FROM journal_entries");
        st.step();
        state.delivered = st.integer(0);
        state.waiting = st.integer(1);
        state.retrying = st.integer(2);
    }
    static const std::string sql =
        std::string(JournalColumns) + "WHERE delivered_at IS NULL ORDER BY seq LIMIT ?1";
    auto st = prepare(sql.c_str());
    st.bind(1, qint64(listLimit));
    while (st.step())
        state.oldestWaiting.append(journalEntryFrom(st));
    return state;
}

qint64 SqliteStore::replayForwarding(qint64 from, qint64 to, const QDateTime &now)
{
    std::lock_guard lock(m_mutex);
    prepare("UPDATE journal_entries SET delivered_at = NULL, attempts = 0, next_attempt_at = ?3,"
            " last_error = '' WHERE seq >= ?1 AND seq <= ?2 AND delivered_at IS NOT NULL")
        .bind(1, from)
        .bind(2, to)
        .bind(3, epochMs(now))
        .run();
    return sqlite3_changes(m_db);
}

QList<StoredRecord> SqliteStore::signedRecordsWithoutEntry(int limit)
{
    QList<QString> ids;
    {
        std::lock_guard lock(m_mutex);
        auto st = prepare("SELECT id FROM records r WHERE status = 'signed' AND NOT EXISTS"
                          " (SELECT 1 FROM journal_entries j WHERE j.entry_id = r.id)"
                          " ORDER BY seq LIMIT ?1");
        st.bind(1, qint64(limit));
        while (st.step())
            ids.append(st.text(0));
    }
    QList<StoredRecord> records;
    for (const QString &id : ids) {
        if (auto stored = record(id))
            records.append(*stored);
    }
    return records;
}

} // namespace homevisit::gateway
