// One user's unlocked journal on this device: the path from PIN to open store.
//
// Files per user: DATA_DIR/users/<user>/vault.json (wrapped key, KDF parameters),
// attempts.json and attempts.lock (the failed-attempt counter, see KeyVault) and
// journal.db (+ -wal, -shm), the SQLCipher store. DATA_DIR, users/ and users/<user>/ are
// 0700; the files 0600.
#pragma once

#include "crypto/keyvault.h"
#include "platform/devicesecret.h"
#include "store/journalstore.h"

#include <QString>

#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>

namespace homevisit {

class SessionError : public std::runtime_error
{
public:
    enum class Code
    {
        BadUserName,
        BadPin,
        UserExists,
        NoSuchUser,
        WrongPin,
        Delayed,
        LockedOut,
        Damaged
    };
    SessionError(Code code, const std::string &message, int attemptsLeft = 0,
                 qint64 retryAfterMs = 0)
        : std::runtime_error(message), m_code(code), m_attemptsLeft(attemptsLeft),
          m_retryAfterMs(retryAfterMs)
    {}
    Code code() const { return m_code; }
    int attemptsLeft() const { return m_attemptsLeft; }
    qint64 retryAfterMs() const { return m_retryAfterMs; }

private:
    Code m_code;
    int m_attemptsLeft;
    qint64 m_retryAfterMs;
};

struct UserPaths
{
    QString directory;
    QString vault;
    QString journal;
    static UserPaths of(const QString &dataDir, const QString &user);
};

// Whether the session opens a second connection for a worker thread (the sync thread)
// while it still has the data key; see UserSession::openConnection.
enum class WorkerConnection
{
    None,
    Open
};

// Lowercase letters, digits, '.', '_' and '-', 1-64 characters: the name is a folder.
bool isValidUserName(const QString &user);

class UserSession
{
public:
    // Creates the user's vault and empty store. Argon2id is calibrated on this machine
    // unless kdf is given (tests pass cheap parameters to keep hundreds of runs fast).
    // A user whose key was destroyed after too many failures may enroll again; the old
    // (unreadable) journal files are removed first.
    static void enroll(const QString &dataDir, const QString &user, const QString &pin,
                       DeviceSecret &device, std::optional<KdfParams> kdf = std::nullopt);

    // Throws SessionError (wrong PIN, delayed, locked out, ...) or store::JournalStoreError.
    // The data key is wiped from this process's memory before this returns: only the
    // open SQLCipher connections (this one, and the worker's if asked) keep a copy.
    static std::unique_ptr<UserSession> unlock(const QString &dataDir, const QString &user,
                                               const QString &pin, DeviceSecret &device,
                                               KeyVault::Clock clock = &KeyVault::systemClock,
                                               WorkerConnection worker = WorkerConnection::None);
    static std::unique_ptr<UserSession> unlock(const QString &dataDir, const QString &user,
                                               const QString &pin, DeviceSecret &device,
                                               WorkerConnection worker);

    // Asks for the PIN again without opening the store (signing, leaving child mode),
    // with the same counter, delays and lockout as unlock. Throws SessionError.
    static void verifyPin(const QString &dataDir, const QString &user, const QString &pin,
                          DeviceSecret &device);

    // Uses the platform's device secret for dataDir (createDeviceSecret).
    static LockoutState lockoutState(const QString &dataDir, const QString &user,
                                     KeyVault::Clock clock = &KeyVault::systemClock);

    // Whether this user has a key vault (possibly a destroyed one) on this device.
    static bool hasStore(const QString &dataDir, const QString &user);

    // Crypto-erase (a revoked device): destroys the user's erase key (so no copy of her
    // wrapped key can be unwrapped any more), overwrites the vault, then removes the
    // journal files. Close every JournalStore of this user first.
    static void eraseStore(const QString &dataDir, const QString &user);

    store::JournalStore &journal() { return *m_journal; }
    const QString &user() const { return m_user; }

    // The second connection to the same store, for a worker thread (the sync thread), so
    // a slow network round never holds up an autosave. It was opened at unlock (with
    // WorkerConnection::Open), while the data key was still in memory; this hands it
    // over once. The session keeps no key, so it cannot open another: a second call, or
    // a session unlocked without it, throws store::JournalStoreError. Thread-safe; the
    // connection must be closed before the session is destroyed.
    std::unique_ptr<store::JournalStore> openConnection();

private:
    UserSession(QString user, std::unique_ptr<store::JournalStore> journal,
                std::unique_ptr<store::JournalStore> worker);
    QString m_user;
    std::unique_ptr<store::JournalStore> m_journal;
    std::mutex m_workerMutex;
    std::unique_ptr<store::JournalStore> m_worker; // until handed over
};

} // namespace homevisit
