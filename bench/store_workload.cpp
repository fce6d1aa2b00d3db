// The same journal-shaped workload against SQLCipher (the app's store) and against
// plain SQLite, to show what encryption costs. This file is compiled twice:
//
//   workload_sqlcipher  SQLITE_HAS_CODEC=1, links libsqlcipher, keys the file with a
//                       random raw key exactly as app/store/sqlite.cpp does
//   workload_sqlite     links the system libsqlite3, no key
//
// It cannot link homevisit_core: SQLCipher and SQLite export the same sqlite3_*
// symbols, so each binary talks to exactly one of them through the C API.
//
// Prints human text and one machine-readable line for bench_workload_compare:
//   RESULT library=... insert_ms=... query_ms=... file_bytes=...
#include "benchsupport.h"
#include "store/schema.h"

#ifdef SQLITE_HAS_CODEC
#include <sqlcipher/sqlite3.h>
#else
#include <sqlite3.h>
#endif

#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <cinttypes>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using namespace homevisit::bench;

constexpr int Transactions = 100;
constexpr int RowsPerTransaction = 100;
constexpr int Rows = Transactions * RowsPerTransaction;
constexpr int ChildCount = 200;
constexpr int Queries = 1000;
constexpr std::size_t BodyBytes = 1024;

#ifdef SQLITE_HAS_CODEC
constexpr const char *LibraryName = "sqlcipher";
#else
constexpr const char *LibraryName = "sqlite";
#endif

[[noreturn]] void die(sqlite3 *db, const char *what)
{
    std::fprintf(stderr, "workload_%s: %s: %s\n", LibraryName, what,
                 db ? sqlite3_errmsg(db) : "no connection");
    std::exit(1);
}

void exec(sqlite3 *db, const char *sql)
{
    if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        die(db, sql);
}

std::string textOf(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK)
        die(db, sql);
    std::string out;
    if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
        out = reinterpret_cast<const char *>(sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    return out;
}

#ifdef SQLITE_HAS_CODEC
std::string hex(const unsigned char *bytes, std::size_t n)
{
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    for (std::size_t i = 0; i < n; ++i) {
        out += digits[bytes[i] >> 4];
        out += digits[bytes[i] & 0xf];
    }
    return out;
}
#endif

sqlite3_stmt *prepare(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK)
        die(db, sql);
    return st;
}

// A UUIDv7-shaped id: time-ordered like the app's makeUuidV7, so inserts append to the
// primary key index instead of scattering over it.
std::string uuidV7(uint64_t ms, std::mt19937_64 &rng)
{
    const uint64_t r1 = rng(), r2 = rng();
    char buf[40];
    std::snprintf(buf, sizeof buf,
                  "%08" PRIx64 "-%04" PRIx64 "-7%03" PRIx64 "-%04" PRIx64 "-%012" PRIx64, ms >> 16,
                  ms & 0xffff, r1 & 0xfff, 0x8000 | ((r1 >> 12) & 0x3fff),
                  r2 & uint64_t(0xffffffffffff));
    return buf;
}

// Journal-like Swedish prose picked at random: text that neither library could
// compress (neither does), of the size of a short visit record.
std::string bodyOf(std::mt19937_64 &rng, const std::string &childId, const std::string &date)
{
    static constexpr std::array<const char *, 24> words = {
        "flickan", "pojken",   "familjehemmet", "samtal", "skolan",  "fotboll",
        "umgänge", "mamma",    "pappa",         "syskon", "trivs",   "oro",
        "sover",   "bra",      "ledsen",        "glad",   "besöket", "rummet",
        "läxor",   "kompisar", "träning",       "helgen", "önskar",  "berättar",
    };
    std::string text;
    while (text.size() < BodyBytes - 120)
        (text += words[rng() % words.size()]) += (rng() % 9 == 0) ? ". " : " ";
    return R"({"kind":"child_visit","child_id":")" + childId + R"(","date":")" + date +
           R"(","observations":")" + text + "\"}";
}

struct Row
{
    std::string id, hlc, childId, eventDate, body;
    int64_t createdAt = 0;
};

std::string dateText(std::chrono::sys_days day)
{
    const std::chrono::year_month_day ymd(day);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()),
                  unsigned(ymd.day()));
    return buf;
}

int64_t fileSize(const std::string &path)
{
    struct stat st
    {
    };
    return ::stat(path.c_str(), &st) == 0 ? int64_t(st.st_size) : 0;
}

} // namespace

int main(int argc, char **argv)
{
    std::string base = baseDirectory();
    int pageSize = 0; // 0: the library's default
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--dir") == 0 && i + 1 < argc) {
            base = argv[++i];
#ifndef SQLITE_HAS_CODEC
        } else if (std::strcmp(argv[i], "--page-size") == 0 && i + 1 < argc) {
            // SQLCipher 3 uses 1 KiB pages, SQLite 3.40 4 KiB: plain SQLite with 1 KiB
            // pages separates the cost of encryption from the cost of smaller pages.
            pageSize = std::atoi(argv[++i]);
#endif
        } else {
            std::fprintf(stderr, "usage: workload_%s [--dir DIRECTORY]%s\n", LibraryName,
#ifdef SQLITE_HAS_CODEC
                         ""
#else
                         " [--page-size BYTES]"
#endif
            );
            return 2;
        }
    }

    // A header from one library with the binary of the other would measure nonsense.
    if (sqlite3_libversion_number() != SQLITE_VERSION_NUMBER) {
        std::fprintf(stderr, "workload_%s: built against SQLite %s but running %s\n", LibraryName,
                     SQLITE_VERSION, sqlite3_libversion());
        return 1;
    }

    std::string dir = base + "/homevisit-workload-XXXXXX";
    if (!::mkdtemp(dir.data())) {
        std::perror(dir.c_str());
        return 1;
    }
    const std::string path = dir + "/journal.db";

    // Generate every row before the clock starts: only the library is timed. The seed is
    // fixed so both binaries write identical rows and run identical queries.
    std::mt19937_64 rng(20240601);
    std::vector<std::string> children;
    for (int c = 0; c < ChildCount; ++c)
        children.push_back(uuidV7(1'600'000'000'000ULL + uint64_t(c), rng));
    const auto firstDay = std::chrono::sys_days(std::chrono::year(2023) / 1 / 1);
    const int64_t epochMs = 1'717'200'000'000LL;
    std::vector<Row> rows(Rows);
    std::size_t bodyTotal = 0;
    for (int i = 0; i < Rows; ++i) {
        Row &r = rows[size_t(i)];
        r.createdAt = epochMs + i * 1000LL;
        r.id = uuidV7(uint64_t(r.createdAt), rng);
        char hlc[40];
        std::snprintf(hlc, sizeof hlc, "%013" PRId64 "-%04d", r.createdAt, i % 7);
        r.hlc = hlc;
        r.childId = children[rng() % children.size()];
        r.eventDate = dateText(firstDay + std::chrono::days(rng() % 730));
        r.body = bodyOf(rng, r.childId, r.eventDate);
        bodyTotal += r.body.size();
    }
    std::vector<int> queryChild(Queries);
    for (int &c : queryChild)
        c = int(rng() % children.size());

    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK)
        die(db, "open");

    std::string cipher = "no encryption";
#ifdef SQLITE_HAS_CODEC
    // The app's raw-key form x'<64 hex>': no PBKDF2, the key is used as is. A throwaway
    // key for throwaway data, so none of the app's locked-memory care is needed here.
    std::random_device random;
    std::array<unsigned char, 32> key{};
    for (unsigned char &b : key)
        b = static_cast<unsigned char>(random());
    const std::string keySpec = "x'" + hex(key.data(), key.size()) + "'";
    if (sqlite3_key(db, keySpec.data(), int(keySpec.size())) != SQLITE_OK)
        die(db, "key");
    exec(db, "SELECT count(*) FROM sqlite_master"); // decrypts page 1, like the app's check
    cipher = "SQLCipher " + textOf(db, "PRAGMA cipher_version") + " " +
             textOf(db, "PRAGMA cipher") + ", " + textOf(db, "PRAGMA cipher_page_size") +
             " B cipher pages";
#endif

    if (pageSize > 0) {
        // Before WAL mode: the page size of a WAL database cannot change any more.
        const std::string pragma = "PRAGMA page_size=" + std::to_string(pageSize);
        exec(db, pragma.c_str());
    }
    // The app's pragmas (app/store/sqlite.cpp Database::configure), all of them.
    if (textOf(db, "PRAGMA journal_mode=WAL") != "wal")
        die(db, "journal_mode=WAL");
    exec(db, "PRAGMA synchronous=FULL");
    exec(db, "PRAGMA temp_store=MEMORY");
    exec(db, "PRAGMA foreign_keys=ON");
    exec(db, "PRAGMA secure_delete=ON");
    // The journal's whole schema (app/store/schema.h), so each insert maintains the same
    // B-trees and checks the same triggers as the app's. An empty store: the data steps
    // some versions run after their SQL have nothing to do.
    for (const auto &version : homevisit::store::schema::Versions)
        for (auto sql = version.begin; sql != version.end; ++sql)
            exec(db, *sql);
    const std::string pageBytes = textOf(db, "PRAGMA page_size");
    if (pageSize > 0 && pageBytes != std::to_string(pageSize)) {
        std::fprintf(stderr, "workload_%s: page_size %d was not applied\n", LibraryName, pageSize);
        return 1;
    }

    sqlite3_stmt *insert = prepare(
        db, "INSERT INTO records(id, kind, status, author, device, hlc, created_at, updated_at,"
            " signed_at, revision, child_id, foster_home_id, refers_to, event_date, body)"
            " VALUES (?1, 'child_visit', 'signed', 'anna', 'tablet-7', ?2, ?3, ?3, ?3, 1, ?4,"
            " NULL, NULL, ?5, ?6)");
    std::vector<double> commitMs;
    const auto insertStart = Clock::now();
    for (int t = 0; t < Transactions; ++t) {
        exec(db, "BEGIN IMMEDIATE");
        for (int k = 0; k < RowsPerTransaction; ++k) {
            const Row &r = rows[size_t(t * RowsPerTransaction + k)];
            sqlite3_bind_text(insert, 1, r.id.data(), int(r.id.size()), SQLITE_STATIC);
            sqlite3_bind_text(insert, 2, r.hlc.data(), int(r.hlc.size()), SQLITE_STATIC);
            sqlite3_bind_int64(insert, 3, r.createdAt);
            sqlite3_bind_text(insert, 4, r.childId.data(), int(r.childId.size()), SQLITE_STATIC);
            sqlite3_bind_text(insert, 5, r.eventDate.data(), int(r.eventDate.size()),
                              SQLITE_STATIC);
            sqlite3_bind_text(insert, 6, r.body.data(), int(r.body.size()), SQLITE_STATIC);
            if (sqlite3_step(insert) != SQLITE_DONE)
                die(db, "insert");
            sqlite3_reset(insert);
        }
        const auto commitStart = Clock::now();
        exec(db, "COMMIT");
        commitMs.push_back(msSince(commitStart));
    }
    const double insertMs = msSince(insertStart);
    sqlite3_finalize(insert);

    // The list a secretary opens for one child: the 20 latest records, newest first.
    sqlite3_stmt *list = prepare(
        db, "SELECT id, body FROM records WHERE child_id = ?1 ORDER BY event_date DESC LIMIT 20");
    int64_t rowsRead = 0, bytesRead = 0;
    const auto queryStart = Clock::now();
    for (int c : queryChild) {
        const std::string &child = children[size_t(c)];
        sqlite3_bind_text(list, 1, child.data(), int(child.size()), SQLITE_STATIC);
        int rc;
        while ((rc = sqlite3_step(list)) == SQLITE_ROW) {
            ++rowsRead;
            bytesRead += sqlite3_column_bytes(list, 1); // forces the body to be read
        }
        if (rc != SQLITE_DONE)
            die(db, "query");
        sqlite3_reset(list);
    }
    const double queryMs = msSince(queryStart);
    sqlite3_finalize(list);

    // Size at rest: fold the WAL back into the file first, as the app's checkpoints do.
    exec(db, "PRAGMA wal_checkpoint(TRUNCATE)");
    const int64_t fileBytes = fileSize(path);
    if (sqlite3_close(db) != SQLITE_OK)
        die(db, "close");
    for (const char *suffix : {"", "-wal", "-shm"})
        ::unlink((path + suffix).c_str());
    ::rmdir(dir.c_str());

    std::printf("store workload on %s (SQLite %s; %s)\n", LibraryName, sqlite3_libversion(),
                cipher.c_str());
    std::printf("  storage: %s (%s), page_size %s B, WAL, synchronous=FULL\n", base.c_str(),
                fileSystemOf(base).c_str(), pageBytes.c_str());
    std::printf("  insert: %d rows (%.0f B body on average) in %d transactions: %.1f ms, "
                "%.0f inserts/s; COMMIT median %.2f ms, max %.2f ms\n",
                Rows, double(bodyTotal) / Rows, Transactions, insertMs, Rows / (insertMs / 1000),
                median(commitMs), maxOf(commitMs));
    std::printf("  query: %d lists of a random child's 20 latest records (%" PRId64
                " rows, %.1f MB read): %.1f ms, %.1f us per query\n",
                Queries, rowsRead, double(bytesRead) / 1e6, queryMs, queryMs * 1000 / Queries);
    std::printf("  file: %" PRId64 " bytes after checkpoint (%.2f x the body bytes)\n", fileBytes,
                double(fileBytes) / double(bodyTotal));
    std::printf("RESULT library=%s sqlite_version=%s page_size=%s insert_ms=%.3f query_ms=%.3f "
                "file_bytes=%" PRId64 " rows=%d queries=%d rows_read=%" PRId64 "\n",
                LibraryName, sqlite3_libversion(), pageBytes.c_str(), insertMs, queryMs, fileBytes,
                Rows, Queries, rowsRead);
    return 0;
}
