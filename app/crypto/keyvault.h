// The wrapped data key of one user's store, and the failed-PIN counter that guards it.
//
// vault.json holds: the Argon2id parameters and salt, an XChaCha20-Poly1305 nonce and
// the data key encrypted under KEK = Argon2id(PIN, salt, device secret). A wrong PIN is
// detected by the AEAD tag failing, so no hash of the PIN exists anywhere.
#pragma once

#include "kdf.h"
#include "securebytes.h"

#include <QString>

#include <functional>

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
    LockedOut, // the wrapped key is destroyed: the user must enrol again
    NoVault,   // this user has no store on this device
    Damaged,   // vault.json cannot be read
};

struct UnlockResult
{
    UnlockStatus status = UnlockStatus::Damaged;
    SecureBytes dataKey;  // only when Unlocked
    int attemptsLeft = 0; // failures left before destruction
    qint64 retryAfterMs = 0;
};

struct LockoutState
{
    int failures = 0;
    int attemptsLeft = LockoutPolicy::MaxFailures;
    qint64 retryAfterMs = 0; // from now; 0 = may try now
    bool destroyed = false;
};

class KeyVault
{
public:
    using Clock = std::function<qint64()>; // milliseconds since the epoch
    static qint64 systemClock();

    KeyVault(QString path, QString user, Clock clock = &KeyVault::systemClock);

    bool exists() const;
    // Makes a new random 256-bit data key, wraps it and writes the vault. Throws
    // std::runtime_error if a vault already exists.
    SecureBytes create(QByteArrayView pinUtf8, const SecureBytes &deviceSecret,
                       const KdfParams &kdf);
    // Counts the attempt on disk (fsync) before checking the PIN.
    UnlockResult unlock(QByteArrayView pinUtf8, const SecureBytes &deviceSecret);
    LockoutState lockoutState() const;
    // Crypto-erase: overwrites the wrapped key; the store can never be opened again.
    void destroy();
    KdfParams kdfParams() const;

    static constexpr int DataKeySize = 32;

private:
    QString m_path;
    QString m_user;
    Clock m_clock;
};

} // namespace homevisit
