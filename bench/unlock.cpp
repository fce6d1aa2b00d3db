// How long the secretary waits between typing the PIN at the foster home's door and
// seeing her caseload, and where that time goes. The user is enrolled as
// `homevisitctl init` does it, with Argon2id calibrated on this machine, and holds the
// demo caseload. The claim to check: Argon2id is (by design) almost all of the wait;
// opening the SQLCipher store with the raw key costs milliseconds.
#include "benchsupport.h"

#include "crypto/kdf.h"
#include "crypto/keyvault.h"
#include "demo/democaseload.h"
#include "platform/filedevicesecret.h"
#include "session/usersession.h"

#include <QDate>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <sodium.h>

#include <cstdio>
#include <exception>
#include <vector>

using namespace homevisit;
using namespace homevisit::bench;

namespace {

constexpr int Rounds = 10;

struct Series
{
    const char *label;
    std::vector<double> ms;
};

// The wrapped data key as vault.json stores it (see app/crypto/keyvault.cpp). Read here
// so the unwrap can be timed on its own: inside KeyVault::unlock it is hidden behind a
// full Argon2id run whose jitter alone is larger than the unwrap.
struct WrappedKey
{
    QByteArray nonce, wrapped, associatedData;
};

WrappedKey readWrappedKey(const QString &vaultPath, const QString &user, const KdfParams &kdf)
{
    QFile file(vaultPath);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read the vault");
    const QJsonObject vault = QJsonDocument::fromJson(file.readAll()).object();
    return {
        QByteArray::fromBase64(vault.value(QStringLiteral("nonce")).toString().toLatin1()),
        QByteArray::fromBase64(vault.value(QStringLiteral("wrapped_key")).toString().toLatin1()),
        "homevisit/vault/2/" + user.toUtf8() + "/t=" + QByteArray::number(kdf.timeCost) +
            ";m=" + QByteArray::number(kdf.memoryKiB) +
            ";p=" + QByteArray::number(kdf.parallelism) + ";salt=" + kdf.salt.toBase64()};
}

// Empty if the KEK does not open the wrapped key.
SecureBytes unwrap(const WrappedKey &w, const SecureBytes &kek)
{
    SecureBytes key(KeyVault::DataKeySize);
    unsigned long long keyLen = 0;
    const auto bytes = [](const QByteArray &a) {
        return reinterpret_cast<const unsigned char *>(a.constData());
    };
    if (w.nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES ||
        crypto_aead_xchacha20poly1305_ietf_decrypt(
            key.data(), &keyLen, nullptr, bytes(w.wrapped), size_t(w.wrapped.size()),
            bytes(w.associatedData), size_t(w.associatedData.size()), bytes(w.nonce),
            kek.data()) != 0 ||
        keyLen != KeyVault::DataKeySize)
        return {};
    return key;
}

int run()
{
    const std::string base = baseDirectory();
    QTemporaryDir dir(QString::fromStdString(base) + QStringLiteral("/homevisit-unlock-XXXXXX"));
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_unlock: cannot create a directory in %s\n", base.c_str());
        return 1;
    }
    const QString user = QStringLiteral("anna");
    const QString pin = QStringLiteral("482915");
    const QByteArray pinUtf8 = pin.toUtf8();
    FileDeviceSecret device(dir.path());
    const UserPaths paths = UserPaths::of(dir.path(), user);

    // No KdfParams given: enroll calibrates, exactly as `homevisitctl init` does.
    const auto enrollStart = Clock::now();
    UserSession::enroll(dir.path(), user, pin, device);
    const double enrollMs = msSince(enrollStart);
    const KdfParams kdf = KeyVault(paths.directory, user, device).kdfParams();

    const QDate today = QDate::currentDate();
    demo::DemoSummary demo;
    {
        std::unique_ptr<UserSession> session = UserSession::unlock(dir.path(), user, pin, device);
        demo = demo::seedDemoCaseload(session->journal(), today);
    }
    // The Argon2id secret: device secret || the user's erase key.
    const SecureBytes deviceSecret = device.secret();
    const SecureBytes eraseKey = device.eraseKey(user).value();
    SecureBytes secret(deviceSecret.size() + eraseKey.size());
    std::copy_n(deviceSecret.data(), deviceSecret.size(), secret.data());
    std::copy_n(eraseKey.data(), eraseKey.size(), secret.data() + deviceSecret.size());
    const store::Identity identity{user, device.deviceId()};
    const WrappedKey wrapped = readWrappedKey(paths.vault, user, kdf);

    Series derive{"(a) Argon2id deriveKek", {}};
    Series unwrapping{"(b) unwrap into locked memory", {}};
    Series vaultUnlock{"(b) KeyVault::unlock, all of it", {}};
    Series open{"(c) JournalStore::open", {}};
    Series caseload{"(d) caseload(today)", {}};
    Series total{"UserSession::unlock + caseload", {}};
    for (int round = 0; round < Rounds; ++round) {
        auto start = Clock::now();
        const SecureBytes kek = deriveKek(kdf, pinUtf8, secret);
        derive.ms.push_back(msSince(start));

        start = Clock::now();
        const SecureBytes dataKey = unwrap(wrapped, kek);
        unwrapping.ms.push_back(msSince(start));

        // Takes the attempt lock, reads the vault and the counter, counts the attempt
        // (counter file + generation record, fsync each), derives, unwraps, resets the
        // counter (the same two writes): the KDF again plus the vault's bookkeeping.
        KeyVault vault(paths.directory, user, device);
        start = Clock::now();
        UnlockResult unlocked = vault.unlock(pinUtf8);
        vaultUnlock.ms.push_back(msSince(start));
        if (unlocked.status != UnlockStatus::Unlocked) {
            std::fprintf(stderr, "bench_unlock: the vault did not unlock (status %d)\n",
                         int(unlocked.status));
            return 1;
        }
        // Proves (a) and the unwrap above did the vault's real work, not a look-alike.
        if (dataKey.size() != unlocked.dataKey.size() ||
            sodium_memcmp(dataKey.data(), unlocked.dataKey.data(), dataKey.size()) != 0) {
            std::fprintf(stderr, "bench_unlock: deriveKek + unwrap gave another data key\n");
            return 1;
        }

        {
            // Raw-key open, cipher checks, schema check and the "open" audit event.
            start = Clock::now();
            std::unique_ptr<store::JournalStore> journal =
                store::JournalStore::open(paths.journal, unlocked.dataKey, identity);
            open.ms.push_back(msSince(start));
            unlocked.dataKey.reset();

            start = Clock::now();
            const QList<store::CaseloadEntry> entries = journal->caseload(today);
            caseload.ms.push_back(msSince(start));
            if (entries.size() != demo.children) {
                std::fprintf(stderr, "bench_unlock: caseload has %lld children, expected %d\n",
                             static_cast<long long>(entries.size()), demo.children);
                return 1;
            }
        }

        // The whole path as the app takes it, once more from a closed store.
        start = Clock::now();
        {
            std::unique_ptr<UserSession> session =
                UserSession::unlock(dir.path(), user, pin, device);
            const QList<store::CaseloadEntry> entries = session->journal().caseload(today);
            total.ms.push_back(msSince(start));
            if (entries.size() != demo.children) {
                std::fprintf(stderr, "bench_unlock: the session's caseload is incomplete\n");
                return 1;
            }
        }
    }

    std::printf("unlock: PIN to caseload, %d rounds, user enrolled with calibrated Argon2id\n",
                Rounds);
    std::printf("  storage: %s (%s), 4 KiB write + fdatasync: %.2f ms median\n", base.c_str(),
                fileSystemOf(base).c_str(), fdatasyncMs(base));
    std::printf("  Argon2id: t=%u, m=%u MiB, p=%u (calibrated for 250-400 ms; enroll took "
                "%.0f ms including calibration)\n",
                kdf.timeCost, kdf.memoryKiB / 1024, kdf.parallelism, enrollMs);
    std::printf("  caseload: %d children, %d foster homes, %d signed records (demo)\n",
                demo.children, demo.fosterHomes, demo.signedRecords);
    std::printf("  %-34s %11s %11s\n", "step", "median", "max");
    for (const Series *s : {&derive, &unwrapping, &vaultUnlock, &open, &caseload, &total})
        std::printf("  %-34s %8.3f ms %8.3f ms\n", s->label, median(s->ms), maxOf(s->ms));
    std::printf("  (unwrap = XChaCha20-Poly1305 open of the 32-byte data key; KeyVault::unlock = "
                "lock + vault and counter read + attempt counted\n   (counter and generation "
                "record, fsync each) + Argon2id + unwrap + counter reset (the same two writes);\n"
                "   JournalStore::open = raw-key open + cipher checks + schema check\n"
                "   + \"open\" audit event)\n");
    const double storeMs = median(open.ms) + median(caseload.ms);
    std::printf("  store open + caseload (c + d): %.1f ms median, against %.1f ms for Argon2id "
                "(a): %.1f%% of the %.1f ms median total\n",
                storeMs, median(derive.ms), 100 * storeMs / median(total.ms), median(total.ms));
    return 0;
}

} // namespace

int main()
{
    try {
        return run();
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_unlock: %s\n", e.what());
        return 1;
    }
}
