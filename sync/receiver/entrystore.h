// The receiver's own SQLite file (system libsqlite3: never in a process with
// homevisit_core's SQLCipher). One row per journal entry, in arrival order; a write is on
// disk (WAL, synchronous=FULL) before store() returns.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <mutex>
#include <optional>

struct sqlite3;

namespace homevisit::receiver {

struct StoredEntry
{
    qint64 arrival = 0; // 1, 2, 3, ... in the order entries were stored
    QString entryId;
    QString entryType;
    QString subjectType;
    QString subjectId;
    QString caseId;         // empty when the entry had none
    QString signedAt;       // UTC, "yyyy-MM-ddTHH:mm:ss.zzzZ"
    QString receivedAt;     // when this receiver stored it, same form
    QString signatureState; // valid | legacy
    QString contentHash;
    QByteArray body; // the request body exactly as received
};

enum class StoreOutcome
{
    Stored,    // a new entry
    Duplicate, // this entry_id with the same content: a retry, nothing written
    Conflict,  // this entry_id with other content: nothing written
    Failed     // the database refused; *error says why
};

class EntryStore
{
public:
    ~EntryStore();
    EntryStore(const EntryStore &) = delete;
    EntryStore &operator=(const EntryStore &) = delete;

    // Opens (with `create`, makes) the file and its schema; nullptr and *error if not.
    static std::unique_ptr<EntryStore> open(const QString &path, bool create, QString *error);

    // `entry.arrival` is ignored: the store numbers it. Safe from several threads.
    StoreOutcome store(const StoredEntry &entry, QString *error);

    // Every entry in arrival order; nullopt and *error when the database cannot be read.
    std::optional<QList<StoredEntry>> list(QString *error);
    // nullopt when there is no such entry (or on an error, then *error is set).
    std::optional<StoredEntry> find(const QString &entryId, QString *error);

private:
    explicit EntryStore(sqlite3 *db);
    std::optional<StoredEntry> findLocked(const QString &entryId, QString *error);

    sqlite3 *m_db = nullptr;
    std::mutex m_mutex;
};

} // namespace homevisit::receiver
