#include "sqlite.h"

#include <sqlcipher/sqlite3.h>

#include <QFile>

#include <fcntl.h>
#include <unistd.h>

namespace homevisit::store {

namespace {

JournalStoreError::Code codeFor(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return JournalStoreError::Code::Damaged;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return JournalStoreError::Code::Busy;
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return JournalStoreError::Code::Io;
    case SQLITE_CONSTRAINT:
        return JournalStoreError::Code::Forbidden;
    case SQLITE_TOOBIG:
        return JournalStoreError::Code::Invalid;
    default:
        return JournalStoreError::Code::Other;
    }
}

// The settings that define SQLCipher 3's file format. A library built or configured
// differently would either fail to read the file or, worse, write pages another build
// cannot read; refuse to run instead.
struct CipherExpectation
{
    const char *pragma;
    const char *value;
};
constexpr CipherExpectation ExpectedCipher[] = {
    {"cipher", "AES-256-CBC"},  {"cipher_page_size", "1024"},    {"cipher_use_hmac", "1"},
    {"cipher_hmac_pgno", "le"}, {"cipher_hmac_salt_mask", "3a"},
};
constexpr const char *ExpectedCipherSeries = "3.4.";

} // namespace

Statement::~Statement()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db), m_stmt(std::exchange(other.m_stmt, nullptr))
{}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    const int rc =
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        m_db->fail(rc, "bind");
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK)
        m_db->fail(rc, "bind");
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_db->fail(rc, "step");
}

void Statement::run()
{
    while (step()) {
    }
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::unique_ptr<Database> Database::open(const QString &path, const SecureBytes &rawKey)
{
    if (rawKey.size() != 32)
        throw JournalStoreError(JournalStoreError::Code::Other, "the store key must be 256 bits");
    sqlite3 *handle = nullptr;
    const QByteArray native = QFile::encodeName(path);
    // SQLite creates files with the umask's mode and gives -wal/-shm the mode of the
    // main file: create it owner-only first so all three stay private.
    const int fd = ::open(native.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        throw JournalStoreError(JournalStoreError::Code::Io,
                                "cannot create " + native.toStdString());
    ::close(fd);
    const int rc =
        sqlite3_open_v2(native.constData(), &handle,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    std::unique_ptr<Database> db(new Database(handle));
    if (rc != SQLITE_OK)
        db->fail(rc, "open");

    // SQLCipher's raw-key form x'<64 hex>' skips its PBKDF2: the key is already the
    // output of Argon2id + unwrap. Built in locked memory, never in a PRAGMA string.
    static constexpr char hex[] = "0123456789abcdef";
    SecureBytes keySpec(2 + 64 + 1);
    unsigned char *out = keySpec.data();
    *out++ = 'x';
    *out++ = '\'';
    for (std::size_t i = 0; i < rawKey.size(); ++i) {
        *out++ = hex[rawKey.data()[i] >> 4];
        *out++ = hex[rawKey.data()[i] & 0xf];
    }
    *out = '\'';
    if (sqlite3_key(handle, keySpec.data(), int(keySpec.size())) != SQLITE_OK)
        db->fail(SQLITE_ERROR, "key");
    keySpec.reset();

    db->checkCipher();
    db->configure();
    return db;
}

Database::~Database()
{
    for (auto &[sql, stmt] : m_cache)
        sqlite3_finalize(stmt);
    if (m_db)
        sqlite3_close_v2(m_db);
}

void Database::checkCipher()
{
    // The first read decrypts page 1: a wrong key or a damaged header fails here.
    exec("SELECT count(*) FROM sqlite_master");
    const QString version = pragma("cipher_version");
    if (!version.startsWith(QLatin1String(ExpectedCipherSeries)))
        throw JournalStoreError(JournalStoreError::Code::CipherMismatch,
                                "SQLCipher " + version.toStdString() +
                                    " is not the expected 3.4 series");
    for (const auto &expected : ExpectedCipher) {
        const QString actual = pragma(expected.pragma);
        if (actual.compare(QLatin1String(expected.value), Qt::CaseInsensitive) != 0)
            throw JournalStoreError(JournalStoreError::Code::CipherMismatch,
                                    std::string("SQLCipher setting ") + expected.pragma + " is '" +
                                        actual.toStdString() + "', expected '" + expected.value +
                                        "'");
    }
}

void Database::configure()
{
    if (pragma("journal_mode=WAL").compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        throw JournalStoreError(JournalStoreError::Code::Io,
                                "the store cannot use write-ahead logging");
    exec("PRAGMA synchronous=FULL");
    exec("PRAGMA temp_store=MEMORY");
    exec("PRAGMA foreign_keys=ON");
    exec("PRAGMA secure_delete=ON");
    sqlite3_busy_timeout(m_db, 5000);
}

Statement Database::prepare(const char *sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end()) {
        sqlite3_stmt *stmt = nullptr;
        const int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
        if (rc != SQLITE_OK)
            fail(rc, "prepare");
        it = m_cache.emplace(sql, stmt).first;
    }
    return Statement(*this, it->second);
}

void Database::exec(const char *sql)
{
    prepare(sql).run();
}

QString Database::pragma(const char *name)
{
    const std::string sql = std::string("PRAGMA ") + name;
    Statement st = prepare(sql.c_str());
    return st.step() ? st.text(0) : QString();
}

qint64 Database::changes() const
{
    return sqlite3_changes(m_db);
}

void Database::fail(int rc, const char *what) const
{
    const JournalStoreError::Code code = codeFor(rc);
    if (code == JournalStoreError::Code::Damaged)
        throw JournalStoreError(code,
                                "the journal file is damaged (it failed its integrity check)");
    const char *detail = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
    throw JournalStoreError(code, std::string(what) + ": " + detail);
}

Transaction::Transaction(Database &db) : m_db(db)
{
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK");
        } catch (...) {
            // The connection reports the original error; a failed rollback adds nothing.
        }
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace homevisit::store
