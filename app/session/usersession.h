// One user's unlocked journal on this device: the path from PIN to open store.
//
// Files per user: DATA_DIR/users/<user>/vault.json (wrapped key, KDF parameters, the
// failed-attempt counter) and journal.db (+ -wal, -shm), the SQLCipher store.
#pragma once

#include "crypto/keyvault.h"
#include "devicesecret.h"
#include "store/journalstore.h"

#include <QString>

#include <memory>
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

// Lowercase letters, digits, '.', '_' and '-', 1-64 characters: the name is a folder.
bool isValidUserName(const QString &user);

class UserSession
{
public:
    // Creates the user's vault and empty store. Argon2id is calibrated on this machine
    // unless kdf is given (tests pass cheap parameters to keep hundreds of runs fast).
    // A user whose key was destroyed after too many failures may enrol again; the old
    // (unreadable) journal files are removed first.
    static void enrol(const QString &dataDir, const QString &user, const QString &pin,
                      DeviceSecret &device, std::optional<KdfParams> kdf = std::nullopt);

    // Throws SessionError (wrong PIN, delayed, locked out, ...) or store::StoreError.
    static std::unique_ptr<UserSession> unlock(const QString &dataDir, const QString &user,
                                               const QString &pin, DeviceSecret &device,
                                               KeyVault::Clock clock = &KeyVault::systemClock);

    // Asks for the PIN again without opening the store (signing, leaving child mode),
    // with the same counter, delays and lockout as unlock. Throws SessionError.
    static void verifyPin(const QString &dataDir, const QString &user, const QString &pin,
                          DeviceSecret &device);

    static LockoutState lockoutState(const QString &dataDir, const QString &user);

    // Crypto-erase (a revoked device): destroys the wrapped key, then removes the
    // journal files. Close every JournalStore of this user first.
    static void eraseStore(const QString &dataDir, const QString &user);

    store::JournalStore &journal() { return *m_journal; }
    const QString &user() const { return m_user; }

    // Another connection to the same store, for a worker thread (the sync thread), so a
    // slow network round never holds up an autosave. Thread-safe; every connection must
    // be closed before the session is destroyed.
    std::unique_ptr<store::JournalStore> openConnection() const;

private:
    UserSession(QString user, QString journalPath, SecureBytes dataKey,
                std::unique_ptr<store::JournalStore> journal);
    QString m_user;
    QString m_journalPath;
    // Kept in locked memory while unlocked (SQLCipher holds a copy per connection
    // anyway); destroying the session is what takes the key out of memory.
    SecureBytes m_dataKey;
    std::unique_ptr<store::JournalStore> m_journal;
};

} // namespace homevisit
