#pragma once

#include "devicesecret.h"

namespace homevisit {

// The device secret as a 0600 file in the data directory, created once with O_EXCL.
// It protects against a store copied off the tablet without this file; a TPM-backed
// implementation protects against a copy of the whole disk.
class FileDeviceSecret final : public DeviceSecret
{
public:
    explicit FileDeviceSecret(QString dataDir);
    SecureBytes secret() override;
    QString deviceId() override;
    QString describe() const override;

    static constexpr int SecretSize = 32;

private:
    QString m_dir;
};

} // namespace homevisit
