#include "entrystore.h"

#include <sqlite3.h>

namespace homevisit::receiver {

namespace {

constexpr int SchemaVersion = 1;

// AUTOINCREMENT: an arrival number is never given out twice, also not after the last row
// is deleted by hand.
constexpr const char *Schema[] = {
    "CREATE TABLE IF NOT EXISTS entries ("
    " arrival INTEGER PRIMARY KEY AUTOINCREMENT,"
    " entry_id TEXT NOT NULL UNIQUE,"
    " entry_type TEXT NOT NULL,"
    " subject_type TEXT NOT NULL,"
    " subject_id TEXT NOT NULL,"
    " case_id TEXT,"
    " signed_at TEXT NOT NULL,"
    " received_at TEXT NOT NULL,"
    " signature_state TEXT NOT NULL CHECK (signature_state IN ('valid', 'legacy')),"
    " content_hash TEXT NOT NULL,"
    " body BLOB NOT NULL)",
    "CREATE INDEX IF NOT EXISTS entries_subject ON entries(subject_id)",
};

QString lastError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

bool exec(sqlite3 *db, const char *sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    if (error)
        *error = QString::fromUtf8(message ? message : "unknown SQLite error");
    sqlite3_free(message);
    return false;
}

// A prepared statement, finalized on every path.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql) : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK)
            m_statement = nullptr;
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool valid() const { return m_statement; }
    void bind(int index, const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void bindOptional(int index, const QString &text)
    {
        if (text.isEmpty())
            sqlite3_bind_null(m_statement, index);
        else
            bind(index, text);
    }
    void bindBlob(int index, const QByteArray &bytes)
    {
        sqlite3_bind_blob(m_statement, index, bytes.constData(), int(bytes.size()),
                          SQLITE_TRANSIENT);
    }
    int step() { return sqlite3_step(m_statement); }
    QString text(int column) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column))
                    : QString();
    }
    QByteArray blob(int column) const
    {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
        return data ? QByteArray(data, sqlite3_column_bytes(m_statement, column)) : QByteArray();
    }
    qint64 integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    QString error() const { return lastError(m_db); }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
};

constexpr char SelectColumns[] =
    "SELECT arrival, entry_id, entry_type, subject_type, subject_id, case_id, signed_at,"
    " received_at, signature_state, content_hash, body FROM entries";

StoredEntry readRow(const Statement &row)
{
    StoredEntry entry;
    entry.arrival = row.integer(0);
    entry.entryId = row.text(1);
    entry.entryType = row.text(2);
    entry.subjectType = row.text(3);
    entry.subjectId = row.text(4);
    entry.caseId = row.text(5);
    entry.signedAt = row.text(6);
    entry.receivedAt = row.text(7);
    entry.signatureState = row.text(8);
    entry.contentHash = row.text(9);
    entry.body = row.blob(10);
    return entry;
}

} // namespace

EntryStore::EntryStore(sqlite3 *db) : m_db(db) {}

EntryStore::~EntryStore()
{
    sqlite3_close(m_db);
}

std::unique_ptr<EntryStore> EntryStore::open(const QString &path, bool create, QString *error)
{
    sqlite3 *db = nullptr;
    const int flags =
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr) != SQLITE_OK) {
        if (error)
            *error = QStringLiteral("cannot open %1: %2")
                         .arg(path, db ? lastError(db) : QStringLiteral("out of memory"));
        sqlite3_close(db);
        return nullptr;
    }
    std::unique_ptr<EntryStore> store(new EntryStore(db));
    sqlite3_busy_timeout(db, 5000);
    QString problem;
    // WAL lets `list` read while `serve` writes; FULL syncs the WAL on every commit, so an
    // entry answered 2xx survives a power cut, not only a killed process.
    bool ok = exec(db, "PRAGMA journal_mode=WAL", &problem) &&
              exec(db, "PRAGMA synchronous=FULL", &problem);
    qint64 version = 0;
    if (ok) {
        Statement statement(db, "PRAGMA user_version");
        ok = statement.valid() && statement.step() == SQLITE_ROW;
        version = ok ? statement.integer(0) : 0;
        if (!ok)
            problem = lastError(db);
    }
    if (ok && version > SchemaVersion) {
        ok = false;
        problem = QStringLiteral("schema version %1 is newer than this build's %2")
                      .arg(version)
                      .arg(SchemaVersion);
    }
    if (ok && version < SchemaVersion) {
        // A file that is not empty and not ours (no user_version, other tables) is left
        // alone rather than given a table of ours.
        Statement tables(db, "SELECT count(*) FROM sqlite_master");
        ok = tables.valid() && tables.step() == SQLITE_ROW;
        if (ok && tables.integer(0) != 0) {
            ok = false;
            problem = QStringLiteral("not a homevisit-receiver database");
        }
        ok = ok && exec(db, "BEGIN IMMEDIATE", &problem);
        for (const char *sql : Schema)
            ok = ok && exec(db, sql, &problem);
        ok = ok && exec(db, "PRAGMA user_version = 1", &problem) && exec(db, "COMMIT", &problem);
    }
    if (ok) {
        Statement check(db, "SELECT count(*) FROM entries");
        ok = check.valid() && check.step() == SQLITE_ROW;
        if (!ok)
            problem = lastError(db);
    }
    if (!ok) {
        if (error)
            *error = QStringLiteral("cannot open %1: %2").arg(path, problem);
        return nullptr;
    }
    return store;
}

std::optional<StoredEntry> EntryStore::findLocked(const QString &entryId, QString *error)
{
    Statement select(m_db, (QByteArray(SelectColumns) + " WHERE entry_id = ?1").constData());
    if (!select.valid()) {
        if (error)
            *error = lastError(m_db);
        return std::nullopt;
    }
    select.bind(1, entryId);
    const int step = select.step();
    if (step == SQLITE_ROW)
        return readRow(select);
    if (step != SQLITE_DONE && error)
        *error = select.error();
    return std::nullopt;
}

StoreOutcome EntryStore::store(const StoredEntry &entry, QString *error)
{
    std::lock_guard lock(m_mutex);
    QString problem;
    // One transaction: the look-up and the insert see the same file, also with another
    // process (a second serve by mistake) writing to it.
    if (!exec(m_db, "BEGIN IMMEDIATE", &problem)) {
        if (error)
            *error = problem;
        return StoreOutcome::Failed;
    }
    const auto fail = [&](const QString &why) {
        exec(m_db, "ROLLBACK", nullptr);
        if (error)
            *error = why;
        return StoreOutcome::Failed;
    };
    QString findError;
    if (const auto existing = findLocked(entry.entryId, &findError)) {
        exec(m_db, "ROLLBACK", nullptr);
        return existing->contentHash == entry.contentHash ? StoreOutcome::Duplicate
                                                          : StoreOutcome::Conflict;
    }
    if (!findError.isEmpty())
        return fail(findError);
    Statement insert(m_db, "INSERT INTO entries (entry_id, entry_type, subject_type, subject_id,"
                           " case_id, signed_at, received_at, signature_state, content_hash, body)"
                           " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    if (!insert.valid())
        return fail(lastError(m_db));
    insert.bind(1, entry.entryId);
    insert.bind(2, entry.entryType);
    insert.bind(3, entry.subjectType);
    insert.bind(4, entry.subjectId);
    insert.bindOptional(5, entry.caseId);
    insert.bind(6, entry.signedAt);
    insert.bind(7, entry.receivedAt);
    insert.bind(8, entry.signatureState);
    insert.bind(9, entry.contentHash);
    insert.bindBlob(10, entry.body);
    if (insert.step() != SQLITE_DONE)
        return fail(insert.error());
    if (!exec(m_db, "COMMIT", &problem))
        return fail(problem);
    return StoreOutcome::Stored;
}

std::optional<QList<StoredEntry>> EntryStore::list(QString *error)
{
    std::lock_guard lock(m_mutex);
    Statement select(m_db, (QByteArray(SelectColumns) + " ORDER BY arrival").constData());
    if (!select.valid()) {
        if (error)
            *error = lastError(m_db);
        return std::nullopt;
    }
    QList<StoredEntry> entries;
    int step = SQLITE_ROW;
    while ((step = select.step()) == SQLITE_ROW)
        entries.append(readRow(select));
    if (step != SQLITE_DONE) {
        if (error)
            *error = select.error();
        return std::nullopt;
    }
    return entries;
}

std::optional<StoredEntry> EntryStore::find(const QString &entryId, QString *error)
{
    std::lock_guard lock(m_mutex);
    return findLocked(entryId, error);
}

} // namespace homevisit::receiver
