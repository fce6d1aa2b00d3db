// Argon2id key derivation for the key-encryption key (KEK).
#pragma once

#include "platform/securebytes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <optional>

namespace homevisit {

struct KdfParams
{
    uint32_t timeCost = 3;
    uint32_t memoryKiB = 64 * 1024;
    uint32_t parallelism = 2;
    QByteArray salt; // 16 random bytes, per vault

    QJsonObject toJson() const;
    static std::optional<KdfParams> fromJson(const QJsonObject &json);
    // Parameters outside these bounds are refused when a vault is read (as damaged): a
    // tampered file must not make the PIN cheap to guess (t >= 1, m >= 8 MiB), nor make
    // every unlock take minutes or exhaust the tablet's memory (m <= 256 MiB, p <= 8,
    // t <= 64 and t * m <= 64 passes over 64 MiB). calibrateKdf stays inside them.
    bool isWithinBounds() const;

    static constexpr uint32_t MinTimeCost = 1;
    static constexpr uint32_t MaxTimeCost = 64;
    static constexpr uint32_t MinMemoryKiB = 8 * 1024;
    static constexpr uint32_t MaxMemoryKiB = 256 * 1024;
    static constexpr uint32_t MaxParallelism = 8;
    static constexpr uint64_t MaxWorkKiB = uint64_t(64) * 64 * 1024; // t * m_kib
};

// A new random salt with the given costs.
KdfParams makeKdfParams(uint32_t timeCost, uint32_t memoryKiB, uint32_t parallelism);

// KEK = Argon2id(password = PIN, salt, secret = device secret). libargon2's keyed mode
// ("secret") binds the derivation to the device without concatenating buffers.
SecureBytes deriveKek(const KdfParams &params, QByteArrayView pinUtf8,
                      const SecureBytes &deviceSecret);

// Finds costs that take between minMs and maxMs on this machine (aiming at the middle),
// keeping memory at 64 MiB where possible. Runs a few derivations: about a second.
KdfParams calibrateKdf(int minMs = 250, int maxMs = 400);

// Milliseconds one derivation with these costs takes here.
double measureKdfMs(const KdfParams &params);

} // namespace homevisit
