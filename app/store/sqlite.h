// A thin RAII layer over the SQLCipher C API: one connection, cached prepared
// statements, errors mapped to what a user can act on.
#pragma once

#include "platform/securebytes.h"

#include <QByteArrayView>
#include <QString>

#include <memory>
#include <stdexcept>
#include <string>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace homevisit::store {

class JournalStoreError : public std::runtime_error
{
public:
    enum class Code
    {
        Damaged,        // the file fails its integrity (HMAC) checks or is not a database
        CipherMismatch, // SQLCipher's version or settings are not the ones the store was made with
        NotFound,
        Forbidden, // e.g. editing a signed record or another author's draft
        Invalid,   // bad input: the record or argument was refused
        Busy,
        Io,
        Other,
    };
    JournalStoreError(Code code, const std::string &message)
        : std::runtime_error(message), m_code(code)
    {}
    Code code() const { return m_code; }

private:
    Code m_code;
};

class Database;

// A prepared statement borrowed from the connection's cache; reset on destruction.
class Statement
{
public:
    Statement(Database &db, sqlite3_stmt *stmt) : m_db(&db), m_stmt(stmt) {}
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, const QString &value); // null QString binds NULL
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bindNull(int index);

    // true while a row is available; throws JournalStoreError on failure.
    bool step();
    // Runs a statement that returns no rows.
    void run();

    QString text(int column) const;
    qint64 int64(int column) const;
    bool isNull(int column) const;

private:
    Database *m_db;
    sqlite3_stmt *m_stmt;
};

class Database
{
public:
    // Opens (creating if absent) an SQLCipher file keyed with a raw 256-bit key, checks
    // the cipher and sets WAL, synchronous=FULL and temp_store=MEMORY.
    static std::unique_ptr<Database> open(const QString &path, const SecureBytes &rawKey);
    ~Database();

    Statement prepare(const char *sql); // cached by its text
    void exec(const char *sql);         // for fixed DDL and pragmas only: nothing bound
    QString pragma(const char *name);   // first column of the first row
    qint64 changes() const;
    sqlite3 *handle() const { return m_db; }

    [[noreturn]] void fail(int rc, const char *what) const;

private:
    explicit Database(sqlite3 *db) : m_db(db) {}
    void checkCipher();
    void configure();

    sqlite3 *m_db;
    std::unordered_map<std::string, sqlite3_stmt *> m_cache;
};

// BEGIN IMMEDIATE ... COMMIT; rolls back if destroyed before commit().
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    void commit();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace homevisit::store
