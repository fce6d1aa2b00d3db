#pragma once

#include "platform/devicesecret.h"

namespace homevisit {

// The device secret as a 0600 file in the data directory, created once with O_EXCL.
// It protects against a store copied off the tablet without this file; a TPM-backed
// implementation protects against a copy of the whole disk.
//
// Per user, in DATA_DIR/keys (0700): <user>.erase-key (32 bytes, written once with
// O_EXCL, overwritten in place and unlinked at erase) and <user>.generation (the
// counter's generation and a MAC keyed with the device secret, replaced atomically).
class FileDeviceSecret final : public DeviceSecret
{
public:
    explicit FileDeviceSecret(QString dataDir);
    SecureBytes secret() override;
    QString deviceId() override;
    QString describe() const override;

    SecureBytes createEraseKey(const QString &user) override;
    std::optional<SecureBytes> eraseKey(const QString &user) override;
    void destroyEraseKey(const QString &user) override;
    std::optional<quint64> generation(const QString &user) override;
    void recordGeneration(const QString &user, quint64 generation) override;
    QList<PrivatePath> privatePaths(const QString &user) const override;

    static constexpr int SecretSize = 32;
    static constexpr int EraseKeySize = 32;

private:
    QString keysDir() const;
    QString eraseKeyPath(const QString &user) const;
    QString generationPath(const QString &user) const;
    QByteArray generationMac(const QString &user, quint64 generation);

    QString m_dir;
};

} // namespace homevisit
