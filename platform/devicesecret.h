// The secret that binds a user's store to this tablet: the key-encryption key is
// derived from PIN + device secret, so a copied store and vault are useless elsewhere.
//
// One implementation per platform (see QField's PlatformUtilities): a 0600 file
// today, a TPM-sealed secret later.
#pragma once

#include "securebytes.h"

#include <QString>

#include <memory>
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
};

// The implementation for the platform this build runs on, rooted in dataDir.
std::unique_ptr<DeviceSecret> createDeviceSecret(const QString &dataDir);

} // namespace homevisit
