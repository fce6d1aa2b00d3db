// The secret that binds a user's store to this tablet: the key-encryption key is
// derived from PIN + device secret, so a copied store and vault are useless elsewhere.
//
// It also keeps, per user, the two things a crypto-erase and the PIN lockout rely on:
// an erase key (another input to that user's KEK; destroying it makes every copy of her
// wrapped key useless) and a monotonic generation for her failed-PIN counter.
//
// One implementation per platform: 0600 files today,
// a TPM-sealed secret and NV storage later.
#pragma once

#include "platform/securebytes.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <stdexcept>

namespace homevisit {

class DeviceSecretError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

class DeviceSecret
{
public:
    virtual ~DeviceSecret() = default;
    // 32 bytes; created on first use. Throws DeviceSecretError.
    virtual SecureBytes secret() = 0;
    // A stable, non-secret id of this device, written into every record.
    virtual QString deviceId() = 0;
    // For logs and `verify`: which backend holds the secret (never the secret).
    virtual QString describe() const = 0;

    // A new random 32-byte erase key for `user`, durable before this returns. Destroys
    // any earlier one of hers first. Written once and never rewritten, so the only copy
    // on the disk is the one destroyEraseKey overwrites.
    virtual SecureBytes createEraseKey(const QString &user) = 0;
    // Her erase key, or nullopt if she has none (never made, or destroyed).
    virtual std::optional<SecureBytes> eraseKey(const QString &user) = 0;
    // Overwrites and removes her erase key (and her generation). Idempotent.
    virtual void destroyEraseKey(const QString &user) = 0;

    // The generation of her failed-PIN counter as last recorded here, or nullopt if it
    // is missing or does not verify (edited). recordGeneration never goes backwards in
    // normal use; with a file, restoring an old copy can still take it back (a TPM NV
    // counter cannot be).
    virtual std::optional<quint64> generation(const QString &user) = 0;
    virtual void recordGeneration(const QString &user, quint64 generation) = 0;

    // Every directory and file this backend keeps for the device and for `user`, for
    // `verify`'s ownership and mode checks: {path, isDirectory}.
    struct PrivatePath
    {
        QString path;
        bool directory = false;
        bool required = true;
    };
    virtual QList<PrivatePath> privatePaths(const QString &user) const = 0;
};

// The implementation for the platform this build runs on, rooted in dataDir.
std::unique_ptr<DeviceSecret> createDeviceSecret(const QString &dataDir);

} // namespace homevisit
