// The wrapped data key of one user's store, and the failed-PIN counter that guards it.
//
// Files in the user's directory:
// - vault.json: the Argon2id parameters and salt, an XChaCha20-Poly1305 nonce and the
//   data key encrypted under KEK = Argon2id(PIN, salt, device secret || erase key).
//   Written once when the store is made and never rewritten; a wrong PIN is detected by
//   the AEAD tag failing, so no hash of the PIN exists anywhere.
// - attempts.json: the failed-attempt counter, the time of the next allowed attempt and
//   a generation, MACed with a key derived from the device secret, the user and her
//   erase key. The generation is also recorded by the platform (DeviceSecret), so an
//   edited, deleted or restored counter file is detected.
// - attempts.lock: flock()ed for every attempt, so the app and homevisitctl never both
//   spend one count.
// The erase key is the platform's (DeviceSecret::eraseKey): destroying it is the
// crypto-erase, and leaves no copy of vault.json on the disk unwrappable.
#pragma once

#include "crypto/kdf.h"
#include "platform/devicesecret.h"
#include "platform/securebytes.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace homevisit {

// Delays grow after 3 failures; the 10th failure destroys the wrapped key.
struct LockoutPolicy
{
    static constexpr int MaxFailures = 10;
    static constexpr int FreeFailures = 3;
    static constexpr int WarnWhenAttemptsLeft = 3;
    // Seconds to wait before the next attempt after `failures` consecutive failures.
    static int delaySeconds(int failures);
};

enum class UnlockStatus
{
    Unlocked,
    WrongPin,  // attemptsLeft says how many remain before the key is destroyed
    Delayed,   // retryAfterMs: too soon after a failure; the attempt was not counted
    LockedOut, // the wrapped key is destroyed: the user must enroll again
    NoVault,   // this user has no store on this device
    Damaged,   // vault.json cannot be read, or its parameters are out of bounds
};

struct UnlockResult
{
    UnlockStatus status = UnlockStatus::Damaged;
    SecureBytes dataKey;  // only when Unlocked
    int attemptsLeft = 0; // failures left before destruction
    qint64 retryAfterMs = 0;
    // The counter file was edited, removed or restored from an older copy: it was reset
    // to one attempt left after the longest delay (status Delayed).
    bool counterTampered = false;
};

struct LockoutState
{
    int failures = 0;
    int attemptsLeft = LockoutPolicy::MaxFailures;
    qint64 retryAfterMs = 0; // from now; 0 = may try now
    bool destroyed = false;
    bool counterTampered = false; // see UnlockResult
};

class KeyVault
{
public:
    using Clock = std::function<qint64()>; // milliseconds since the epoch
    static qint64 systemClock();

    // `directory` is the user's directory (it must exist for create).
    KeyVault(QString directory, QString user, DeviceSecret &device,
             Clock clock = &KeyVault::systemClock);

    static QString vaultPath(const QString &directory);
    // The files this class keeps in the user's directory (for `verify`).
    static QStringList files(const QString &directory);

    bool exists() const;
    // Makes a new random 256-bit data key and a new erase key, wraps the data key and
    // writes the vault and a zero counter. Throws std::runtime_error if a vault already
    // exists or the parameters are out of bounds.
    SecureBytes create(QByteArrayView pinUtf8, const KdfParams &kdf);
    // Counts the attempt on disk (fsync) before checking the PIN, under the lock. A vault
    // of the first format (counter inside vault.json) is upgraded on the first unlock.
    UnlockResult unlock(QByteArrayView pinUtf8);
    // Also records a tampered counter (reset to one attempt left, longest delay).
    LockoutState lockoutState();
    // Crypto-erase: destroys the erase key first, then overwrites the vault and leaves a
    // tombstone; the store can never be opened again.
    void destroy();
    KdfParams kdfParams() const;

    static constexpr int DataKeySize = 32;

private:
    struct Counter
    {
        quint64 generation = 0;
        int failures = 0;
        qint64 nextAttemptAt = 0;
    };
    struct CounterRead
    {
        std::optional<Counter> counter; // null: edited, removed or rolled back
        quint64 highestGeneration = 0;  // of the file (if its MAC holds) and the platform
    };

    UnlockResult unlockCurrent(const QJsonObject &vault, QByteArrayView pinUtf8);
    UnlockResult attemptResult(SecureBytes key, int counted);
    UnlockResult unlockLegacy(QJsonObject vault, QByteArrayView pinUtf8);
    void upgradeLegacy(QByteArrayView pinUtf8, const SecureBytes &dataKey, const KdfParams &old);
    void finishInterruptedUpgrade();
    CounterRead readCounter(const SecureBytes &macKey);
    void writeCounter(const SecureBytes &macKey, quint64 afterGeneration, int failures,
                      qint64 nextAttemptAt);
    Counter recordTampering(const SecureBytes &macKey, const CounterRead &read);
    SecureBytes counterKey(const SecureBytes &eraseKey);
    void destroyLocked();

    QString m_dir;
    QString m_user;
    DeviceSecret &m_device;
    Clock m_clock;
};

} // namespace homevisit
