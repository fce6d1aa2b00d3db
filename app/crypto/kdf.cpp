#include "kdf.h"

#include <argon2.h>

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace homevisit {

namespace {
constexpr int SaltSize = 16;
constexpr int KekSize = 32;
} // namespace

QJsonObject KdfParams::toJson() const
{
    return {{"alg", "argon2id"},        {"version", ARGON2_VERSION_13},
            {"t", qint64(timeCost)},    {"m_kib", qint64(memoryKiB)},
            {"p", qint64(parallelism)}, {"salt", QString::fromLatin1(salt.toBase64())}};
}

std::optional<KdfParams> KdfParams::fromJson(const QJsonObject &json)
{
    if (json.value("alg").toString() != "argon2id" ||
        json.value("version").toInt() != ARGON2_VERSION_13)
        return std::nullopt;
    // Read as 64-bit first: a huge value must not wrap into a harmless-looking one.
    const qint64 t = json.value("t").toInteger(-1);
    const qint64 m = json.value("m_kib").toInteger(-1);
    const qint64 par = json.value("p").toInteger(-1);
    if (t < MinTimeCost || t > MaxTimeCost || m < MinMemoryKiB || m > MaxMemoryKiB || par < 1 ||
        par > MaxParallelism)
        return std::nullopt;
    KdfParams p;
    p.timeCost = uint32_t(t);
    p.memoryKiB = uint32_t(m);
    p.parallelism = uint32_t(par);
    p.salt = QByteArray::fromBase64(json.value("salt").toString().toLatin1());
    if (!p.isWithinBounds())
        return std::nullopt;
    return p;
}

bool KdfParams::isWithinBounds() const
{
    return timeCost >= MinTimeCost && timeCost <= MaxTimeCost && memoryKiB >= MinMemoryKiB &&
           memoryKiB <= MaxMemoryKiB && parallelism >= 1 && parallelism <= MaxParallelism &&
           uint64_t(timeCost) * memoryKiB <= MaxWorkKiB && salt.size() == SaltSize;
}

KdfParams makeKdfParams(uint32_t timeCost, uint32_t memoryKiB, uint32_t parallelism)
{
    KdfParams p{timeCost, memoryKiB, parallelism, QByteArray(SaltSize, Qt::Uninitialized)};
    randombytes_buf(p.salt.data(), size_t(p.salt.size()));
    return p;
}

SecureBytes deriveKek(const KdfParams &params, QByteArrayView pinUtf8,
                      const SecureBytes &deviceSecret)
{
    SecureBytes kek(KekSize);
    // libargon2 wants non-const buffers but only reads them; the PIN is copied into
    // locked memory so no extra plaintext copy is left behind.
    SecureBytes pin = SecureBytes::copyOf(pinUtf8);
    SecureBytes secret = SecureBytes::copyOf(deviceSecret.view());
    QByteArray salt = params.salt;
    argon2_context ctx{};
    ctx.out = kek.data();
    ctx.outlen = KekSize;
    ctx.pwd = pin.data();
    ctx.pwdlen = uint32_t(pin.size());
    ctx.salt = reinterpret_cast<uint8_t *>(salt.data());
    ctx.saltlen = uint32_t(salt.size());
    ctx.secret = secret.data();
    ctx.secretlen = uint32_t(secret.size());
    ctx.t_cost = params.timeCost;
    ctx.m_cost = params.memoryKiB;
    ctx.lanes = params.parallelism;
    ctx.threads = params.parallelism;
    ctx.version = ARGON2_VERSION_13;
    ctx.flags = ARGON2_DEFAULT_FLAGS;
    const int rc = argon2_ctx(&ctx, Argon2_id);
    if (rc != ARGON2_OK)
        throw std::runtime_error(std::string("Argon2id failed: ") + argon2_error_message(rc));
    return kek;
}

double measureKdfMs(const KdfParams &params)
{
    const QByteArray pin("000000-calibration");
    SecureBytes secret(32);
    randombytes_buf(secret.data(), secret.size());
    QElapsedTimer timer;
    timer.start();
    deriveKek(params, pin, secret);
    return double(timer.nsecsElapsed()) / 1e6;
}

namespace {
// The faster of two runs: the first touch of Argon2's memory and other processes on a
// busy tablet only ever add time.
double steadyKdfMs(const KdfParams &params)
{
    return std::min(measureKdfMs(params), measureKdfMs(params));
}
} // namespace

KdfParams calibrateKdf(int minMs, int maxMs)
{
    const double target = (minMs + maxMs) / 2.0;
    KdfParams p = makeKdfParams(1, 64 * 1024, 2);
    double ms = steadyKdfMs(p);
    // Too slow even at t=1 (a weak tablet): trade memory for time, never below 8 MiB.
    while (ms > maxMs && p.memoryKiB > KdfParams::MinMemoryKiB) {
        p.memoryKiB /= 2;
        ms = steadyKdfMs(p);
    }
    // Time = fixed cost (allocating and touching m) + t passes: fit both from two
    // points, then solve for the t that lands in the middle of the window.
    if (ms < minMs) {
        KdfParams three = p;
        three.timeCost = 3;
        const double perPass = std::max((steadyKdfMs(three) - ms) / 2.0, 1.0);
        const double fixed = std::max(ms - perPass, 0.0);
        p.timeCost = std::max<uint32_t>(1, uint32_t((target - fixed) / perPass + 0.5));
    }
    for (int round = 0; round < 6; ++round) {
        ms = steadyKdfMs(p);
        const double perPass = ms / p.timeCost;
        const auto step = std::max<uint32_t>(1, uint32_t(std::abs(ms - target) / perPass / 2));
        if (ms < minMs)
            p.timeCost += step;
        else if (ms > maxMs && p.timeCost > step)
            p.timeCost -= step;
        else
            break;
    }
    // A very fast machine must not make a vault that the bounds then refuse.
    p.timeCost = std::min<uint32_t>(
        p.timeCost,
        uint32_t(std::min<uint64_t>(KdfParams::MaxTimeCost, KdfParams::MaxWorkKiB / p.memoryKiB)));
    return p;
}

} // namespace homevisit
