#include "keyvault.h"

#include "platform/privatefiles.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace homevisit {

namespace {

Q_LOGGING_CATEGORY(lcVault, "homevisit.vault")

constexpr int LegacyFormat = 1; // counter inside vault.json, KEK without an erase key
constexpr int FormatVersion = 2;
constexpr int CounterFormat = 1;
constexpr auto AeadName = "xchacha20poly1305-ietf";
constexpr qint64 MaxFileSize = 64 * 1024;

QString counterPath(const QString &dir)
{
    return dir + QStringLiteral("/attempts.json");
}
QString lockPath(const QString &dir)
{
    return dir + QStringLiteral("/attempts.lock");
}
QString upgradePath(const QString &dir)
{
    return dir + QStringLiteral("/vault.json.next");
}

// Binds the wrapped key to its user and (from format 2) to its KDF parameters:
// swapping vault files between users, or editing the costs, fails the tag.
QByteArray associatedData(int format, const QString &user, const KdfParams &kdf)
{
    if (format == LegacyFormat)
        return "homevisit/vault/1/" + user.toUtf8();
    return "homevisit/vault/2/" + user.toUtf8() + "/t=" + QByteArray::number(kdf.timeCost) +
           ";m=" + QByteArray::number(kdf.memoryKiB) + ";p=" + QByteArray::number(kdf.parallelism) +
           ";salt=" + kdf.salt.toBase64();
}

QByteArray unb64(const QJsonValue &v)
{
    return QByteArray::fromBase64(v.toString().toLatin1());
}

// The flock() that serializes attempts across processes (the app and homevisitctl) and
// threads: read, count, check and reset happen as one step. Closing the file (or the
// process dying) releases it.
class AttemptLock
{
public:
    explicit AttemptLock(const QString &dir)
    {
        const QByteArray path = QFile::encodeName(lockPath(dir));
        m_fd = ::open(path.constData(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (m_fd < 0)
            throw std::runtime_error("cannot open the PIN attempt lock " + path.toStdString() +
                                     ": " + std::strerror(errno));
        while (::flock(m_fd, LOCK_EX) != 0) {
            if (errno != EINTR) {
                ::close(m_fd);
                throw std::runtime_error("cannot lock " + path.toStdString());
            }
        }
    }
    ~AttemptLock() { ::close(m_fd); }
    AttemptLock(const AttemptLock &) = delete;
    AttemptLock &operator=(const AttemptLock &) = delete;

private:
    int m_fd = -1;
};

// Atomic replace: a kill at any instant leaves either the old or the new file.
void writeJsonFile(const QString &path, const QJsonObject &json)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw std::runtime_error("cannot write " + path.toStdString() + ": " +
                                 file.errorString().toStdString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(json).toJson(QJsonDocument::Compact));
    if (!file.commit()) // QSaveFile fsyncs before the rename
        throw std::runtime_error("cannot write " + path.toStdString() + ": " +
                                 file.errorString().toStdString());
    syncDirectoryOf(path);
}

// nullopt if missing or not a JSON object. Never follows a symlink.
std::optional<QJsonObject> readJsonFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    QByteArray bytes(MaxFileSize, Qt::Uninitialized);
    qsizetype size = 0;
    for (ssize_t n; size < bytes.size() &&
                    (n = ::read(fd, bytes.data() + size, size_t(bytes.size() - size))) > 0;)
        size += n;
    ::close(fd);
    bytes.truncate(size);
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

// Overwrites the file's current blocks with zeros before it is replaced, so the old
// content does not stay behind in free space (on a file system that writes in place).
void zeroInPlace(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return;
    struct stat st = {};
    if (::fstat(fd, &st) == 0 && st.st_size > 0 && st.st_size <= MaxFileSize) {
        const QByteArray zeros(int(st.st_size), '\0');
        if (::pwrite(fd, zeros.constData(), size_t(zeros.size()), 0) == zeros.size())
            ::fdatasync(fd);
    }
    ::close(fd);
}

// Device secret || erase key: the Argon2id `secret` of a current vault.
SecureBytes kekSecret(const SecureBytes &deviceSecret, const SecureBytes &eraseKey)
{
    SecureBytes out(deviceSecret.size() + eraseKey.size());
    std::copy_n(deviceSecret.data(), deviceSecret.size(), out.data());
    std::copy_n(eraseKey.data(), eraseKey.size(), out.data() + deviceSecret.size());
    return out;
}

QJsonObject wrap(const SecureBytes &dataKey, const QString &user, const KdfParams &kdf,
                 const SecureBytes &kek)
{
    QByteArray nonce(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, Qt::Uninitialized);
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    QByteArray wrapped(KeyVault::DataKeySize + crypto_aead_xchacha20poly1305_ietf_ABYTES,
                       Qt::Uninitialized);
    const QByteArray ad = associatedData(FormatVersion, user, kdf);
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(wrapped.data()), nullptr, dataKey.data(), dataKey.size(),
        reinterpret_cast<const unsigned char *>(ad.constData()), size_t(ad.size()), nullptr,
        reinterpret_cast<const unsigned char *>(nonce.constData()), kek.data());
    return {{"format", FormatVersion},
            {"user", user},
            {"kdf", kdf.toJson()},
            {"aead", AeadName},
            {"nonce", QString::fromLatin1(nonce.toBase64())},
            {"wrapped_key", QString::fromLatin1(wrapped.toBase64())}};
}

SecureBytes unwrap(const QJsonObject &vault, int format, const QString &user, const KdfParams &kdf,
                   const SecureBytes &kek)
{
    const QByteArray nonce = unb64(vault.value("nonce"));
    const QByteArray wrapped = unb64(vault.value("wrapped_key"));
    const QByteArray ad = associatedData(format, user, kdf);
    if (nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES ||
        wrapped.size() != KeyVault::DataKeySize + crypto_aead_xchacha20poly1305_ietf_ABYTES)
        return {};
    SecureBytes key(KeyVault::DataKeySize);
    unsigned long long keyLen = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        key.data(), &keyLen, nullptr, reinterpret_cast<const unsigned char *>(wrapped.constData()),
        size_t(wrapped.size()), reinterpret_cast<const unsigned char *>(ad.constData()),
        size_t(ad.size()), reinterpret_cast<const unsigned char *>(nonce.constData()), kek.data());
    if (rc != 0 || keyLen != KeyVault::DataKeySize)
        return {};
    return key;
}

// A vault that can be unlocked: the right format, the right user, parameters in bounds.
std::optional<KdfParams> usableKdf(const QJsonObject &vault, const QString &user)
{
    const int format = vault.value("format").toInt();
    if ((format != LegacyFormat && format != FormatVersion) ||
        vault.value("user").toString() != user || vault.value("aead").toString() != AeadName)
        return std::nullopt;
    return KdfParams::fromJson(vault.value("kdf").toObject());
}

QByteArray counterMac(const SecureBytes &macKey, const QString &user, quint64 generation,
                      int failures, qint64 nextAttemptAt)
{
    const QByteArray message =
        "homevisit/attempts/1\n" + user.toUtf8() + '\n' + QByteArray::number(generation) + '\n' +
        QByteArray::number(failures) + '\n' + QByteArray::number(nextAttemptAt);
    QByteArray mac(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(mac.data()), size_t(mac.size()),
                       reinterpret_cast<const unsigned char *>(message.constData()),
                       size_t(message.size()), macKey.data(), macKey.size());
    return mac;
}

qint64 notBefore(int failures, qint64 nextAttemptAt, qint64 now)
{
    // A clock stepped back must not stretch the delay beyond its longest value.
    return std::min(nextAttemptAt, now + qint64(LockoutPolicy::delaySeconds(failures)) * 1000);
}

} // namespace

int LockoutPolicy::delaySeconds(int failures)
{
    static constexpr std::array<int, 7> delays = {0, 30, 60, 120, 300, 600, 900};
    if (failures <= FreeFailures)
        return 0;
    return delays[size_t(std::min<int>(failures - FreeFailures, int(delays.size()) - 1))];
}

qint64 KeyVault::systemClock()
{
    return QDateTime::currentMSecsSinceEpoch();
}

KeyVault::KeyVault(QString directory, QString user, DeviceSecret &device, Clock clock)
    : m_dir(std::move(directory)), m_user(std::move(user)), m_device(device),
      m_clock(std::move(clock))
{}

QString KeyVault::vaultPath(const QString &directory)
{
    return directory + QStringLiteral("/vault.json");
}

QStringList KeyVault::files(const QString &directory)
{
    return {vaultPath(directory), counterPath(directory), lockPath(directory)};
}

bool KeyVault::exists() const
{
    return QFile::exists(vaultPath(m_dir)) || QFile::exists(upgradePath(m_dir));
}

SecureBytes KeyVault::create(QByteArrayView pinUtf8, const KdfParams &kdf)
{
    if (!kdf.isWithinBounds())
        throw std::runtime_error("the Argon2id parameters are out of bounds");
    AttemptLock lock(m_dir);
    if (exists())
        throw std::runtime_error("a key vault already exists for this user");
    const SecureBytes deviceSecret = m_device.secret();
    const SecureBytes eraseKey = m_device.createEraseKey(m_user);
    SecureBytes dataKey(DataKeySize);
    randombytes_buf(dataKey.data(), dataKey.size());
    const SecureBytes kek = deriveKek(kdf, pinUtf8, kekSecret(deviceSecret, eraseKey));
    // The counter first: a vault is never without one.
    writeCounter(counterKey(eraseKey), m_device.generation(m_user).value_or(0), 0, 0);
    writeJsonFile(vaultPath(m_dir), wrap(dataKey, m_user, kdf, kek));
    return dataKey;
}

UnlockResult KeyVault::unlock(QByteArrayView pinUtf8)
{
    UnlockResult result;
    if (!exists()) {
        result.status = UnlockStatus::NoVault;
        return result;
    }
    AttemptLock lock(m_dir);
    finishInterruptedUpgrade();
    const std::optional<QJsonObject> vault = readJsonFile(vaultPath(m_dir));
    if (vault && vault->value("destroyed").toBool()) {
        result.status = UnlockStatus::LockedOut;
        return result;
    }
    if (!vault || !usableKdf(*vault, m_user)) {
        result.status = UnlockStatus::Damaged;
        return result;
    }
    if (vault->value("format").toInt() == LegacyFormat)
        return unlockLegacy(*vault, pinUtf8);
    return unlockCurrent(*vault, pinUtf8);
}

UnlockResult KeyVault::unlockCurrent(const QJsonObject &vault, QByteArrayView pinUtf8)
{
    UnlockResult result;
    const KdfParams kdf = *usableKdf(vault, m_user);
    const std::optional<SecureBytes> eraseKey = m_device.eraseKey(m_user);
    if (!eraseKey) {
        // Erased (the tombstone was not written before a crash, or an old copy of the
        // vault was put back): nothing can unwrap this key any more.
        result.status = UnlockStatus::LockedOut;
        return result;
    }
    const SecureBytes macKey = counterKey(*eraseKey);
    const CounterRead read = readCounter(macKey);
    const qint64 now = m_clock();
    if (!read.counter) {
        const Counter reset = recordTampering(macKey, read);
        result.status = UnlockStatus::Delayed;
        result.counterTampered = true;
        result.attemptsLeft = LockoutPolicy::MaxFailures - reset.failures;
        result.retryAfterMs = reset.nextAttemptAt - now;
        return result;
    }
    const Counter &counter = *read.counter;
    const qint64 allowedAt = notBefore(counter.failures, counter.nextAttemptAt, now);
    if (now < allowedAt) {
        result.status = UnlockStatus::Delayed;
        result.retryAfterMs = allowedAt - now;
        result.attemptsLeft = std::max(0, LockoutPolicy::MaxFailures - counter.failures);
        return result;
    }

    // Count the attempt on disk first: killing the process mid-check must not give a
    // free guess.
    const int counted = counter.failures + 1;
    const qint64 delayMs = qint64(LockoutPolicy::delaySeconds(counted)) * 1000;
    writeCounter(macKey, read.highestGeneration, counted, now + delayMs);

    const SecureBytes kek = deriveKek(kdf, pinUtf8, kekSecret(m_device.secret(), *eraseKey));
    SecureBytes key = unwrap(vault, FormatVersion, m_user, kdf, kek);
    if (!key.isEmpty())
        writeCounter(macKey, read.highestGeneration + 1, 0, 0);
    return attemptResult(std::move(key), counted);
}

// What a counted attempt ends in: unlocked, a wrong PIN with its wait, or (the last
// allowed failure) the key destroyed.
UnlockResult KeyVault::attemptResult(SecureBytes key, int counted)
{
    UnlockResult result;
    if (!key.isEmpty()) {
        result.status = UnlockStatus::Unlocked;
        result.dataKey = std::move(key);
        result.attemptsLeft = LockoutPolicy::MaxFailures;
        return result;
    }
    if (counted >= LockoutPolicy::MaxFailures) {
        destroyLocked();
        result.status = UnlockStatus::LockedOut;
        return result;
    }
    result.status = UnlockStatus::WrongPin;
    result.attemptsLeft = LockoutPolicy::MaxFailures - counted;
    result.retryAfterMs = qint64(LockoutPolicy::delaySeconds(counted)) * 1000;
    return result;
}

// A vault written before the counter moved out of it: the same lockout with the counter
// in vault.json, and on the first right PIN the key is wrapped again in the current
// format (with an erase key), so from then on an erase really erases.
UnlockResult KeyVault::unlockLegacy(QJsonObject vault, QByteArrayView pinUtf8)
{
    UnlockResult result;
    const KdfParams kdf = *usableKdf(vault, m_user);
    const qint64 now = m_clock();
    const int failures = vault.value("failed_attempts").toInt();
    const qint64 allowedAt = notBefore(failures, vault.value("next_attempt_at").toInteger(), now);
    if (now < allowedAt) {
        result.status = UnlockStatus::Delayed;
        result.retryAfterMs = allowedAt - now;
        result.attemptsLeft = std::max(0, LockoutPolicy::MaxFailures - failures);
        return result;
    }
    const int counted = failures + 1;
    vault.insert("failed_attempts", counted);
    vault.insert("next_attempt_at", now + qint64(LockoutPolicy::delaySeconds(counted)) * 1000);
    writeJsonFile(vaultPath(m_dir), vault);

    const SecureBytes deviceSecret = m_device.secret();
    const SecureBytes kek = deriveKek(kdf, pinUtf8, deviceSecret);
    SecureBytes key = unwrap(vault, LegacyFormat, m_user, kdf, kek);
    if (!key.isEmpty())
        upgradeLegacy(pinUtf8, key, kdf);
    return attemptResult(std::move(key), counted);
}

void KeyVault::upgradeLegacy(QByteArrayView pinUtf8, const SecureBytes &dataKey,
                             const KdfParams &old)
{
    // A kill at any step leaves a vault that opens: the counter comes first, the new
    // vault is complete on disk (vault.json.next, fsynced) before the old one is zeroed,
    // and finishInterruptedUpgrade completes the rename.
    const SecureBytes eraseKey = m_device.createEraseKey(m_user);
    const KdfParams kdf = makeKdfParams(old.timeCost, old.memoryKiB, old.parallelism);
    const SecureBytes kek = deriveKek(kdf, pinUtf8, kekSecret(m_device.secret(), eraseKey));
    writeCounter(counterKey(eraseKey), m_device.generation(m_user).value_or(0), 0, 0);
    writeJsonFile(upgradePath(m_dir), wrap(dataKey, m_user, kdf, kek));
    zeroInPlace(vaultPath(m_dir));
    finishInterruptedUpgrade();
    qCInfo(lcVault) << "the key vault of" << m_user << "was upgraded to format" << FormatVersion;
}

void KeyVault::finishInterruptedUpgrade()
{
    const QString next = upgradePath(m_dir);
    if (!QFile::exists(next))
        return;
    const std::optional<QJsonObject> vault = readJsonFile(next);
    if (vault && vault->value("format").toInt() == FormatVersion && usableKdf(*vault, m_user)) {
        if (::rename(QFile::encodeName(next).constData(),
                     QFile::encodeName(vaultPath(m_dir)).constData()) != 0)
            throw std::runtime_error("cannot finish upgrading the key vault");
        syncDirectoryOf(next);
        return;
    }
    overwriteAndRemove(next); // a half-written upgrade: the old vault is still whole
}

SecureBytes KeyVault::counterKey(const SecureBytes &eraseKey)
{
    // Keyed with the device secret, bound to the user and to her erase key: a counter
    // file cannot be forged without the device secret, nor reused across enrollments.
    const SecureBytes deviceSecret = m_device.secret();
    const QByteArray label = "homevisit/attempts-key/1\n" + m_user.toUtf8() + '\n';
    SecureBytes key(crypto_generichash_BYTES);
    crypto_generichash_state state;
    crypto_generichash_init(&state, deviceSecret.data(), deviceSecret.size(), key.size());
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(label.constData()),
                              size_t(label.size()));
    crypto_generichash_update(&state, eraseKey.data(), eraseKey.size());
    crypto_generichash_final(&state, key.data(), key.size());
    sodium_memzero(&state, sizeof state);
    return key;
}

KeyVault::CounterRead KeyVault::readCounter(const SecureBytes &macKey)
{
    CounterRead read;
    const std::optional<quint64> recorded = m_device.generation(m_user);
    read.highestGeneration = recorded.value_or(0);
    const std::optional<QJsonObject> json = readJsonFile(counterPath(m_dir));
    if (!json || json->value("format").toInt() != CounterFormat ||
        json->value("user").toString() != m_user)
        return read;
    bool ok = false;
    Counter c;
    c.generation = json->value("generation").toString().toULongLong(&ok);
    c.failures = json->value("failed_attempts").toInt(-1);
    c.nextAttemptAt = json->value("next_attempt_at").toInteger(-1);
    const QByteArray mac = unb64(json->value("mac"));
    const QByteArray expected =
        counterMac(macKey, m_user, c.generation, c.failures, c.nextAttemptAt);
    if (!ok || c.failures < 0 || c.nextAttemptAt < 0 || mac.size() != expected.size() ||
        sodium_memcmp(mac.constData(), expected.constData(), size_t(mac.size())) != 0)
        return read; // edited
    read.highestGeneration = std::max(read.highestGeneration, c.generation);
    // The counter is written before the platform's record, so a kill between the two
    // leaves the file exactly one generation ahead: the record catches up now, before
    // the counter moves again. Anything else is a file that was restored from an older
    // copy, or a record that was removed.
    if (!recorded || (c.generation != *recorded && c.generation != *recorded + 1))
        return read;
    if (c.generation != *recorded)
        m_device.recordGeneration(m_user, c.generation);
    read.counter = c;
    return read;
}

void KeyVault::writeCounter(const SecureBytes &macKey, quint64 afterGeneration, int failures,
                            qint64 nextAttemptAt)
{
    const quint64 generation = afterGeneration + 1;
    writeJsonFile(
        counterPath(m_dir),
        {{"format", CounterFormat},
         {"user", m_user},
         {"generation", QString::number(generation)},
         {"failed_attempts", failures},
         {"next_attempt_at", nextAttemptAt},
         {"mac", QString::fromLatin1(
                     counterMac(macKey, m_user, generation, failures, nextAttemptAt).toBase64())}});
    m_device.recordGeneration(m_user, generation);
}

KeyVault::Counter KeyVault::recordTampering(const SecureBytes &macKey, const CounterRead &read)
{
    // Never read as zero failures: one attempt left, after the longest delay. Whoever
    // edits the file again gets that same single attempt, never more.
    Counter c;
    c.failures = LockoutPolicy::MaxFailures - 1;
    c.nextAttemptAt = m_clock() + qint64(LockoutPolicy::delaySeconds(c.failures)) * 1000;
    qCWarning(lcVault) << "the failed-PIN counter of" << m_user
                       << "was edited, removed or restored from an older copy; one attempt "
                          "is left, after the longest delay";
    writeCounter(macKey, read.highestGeneration, c.failures, c.nextAttemptAt);
    return c;
}

LockoutState KeyVault::lockoutState()
{
    LockoutState state;
    if (!exists())
        return state;
    AttemptLock lock(m_dir);
    const std::optional<QJsonObject> vault = readJsonFile(vaultPath(m_dir));
    if (!vault)
        return state;
    const qint64 now = m_clock();
    state.destroyed = vault->value("destroyed").toBool();
    if (state.destroyed) {
        state.attemptsLeft = 0;
        return state;
    }
    Counter counter;
    if (vault->value("format").toInt() == LegacyFormat) {
        counter.failures = vault->value("failed_attempts").toInt();
        counter.nextAttemptAt = vault->value("next_attempt_at").toInteger();
    } else {
        const std::optional<SecureBytes> eraseKey = m_device.eraseKey(m_user);
        if (!eraseKey) {
            state.destroyed = true;
            state.attemptsLeft = 0;
            return state;
        }
        const SecureBytes macKey = counterKey(*eraseKey);
        const CounterRead read = readCounter(macKey);
        state.counterTampered = !read.counter;
        counter = read.counter ? *read.counter : recordTampering(macKey, read);
    }
    state.failures = counter.failures;
    state.attemptsLeft = std::max(0, LockoutPolicy::MaxFailures - state.failures);
    state.retryAfterMs =
        std::max<qint64>(0, notBefore(counter.failures, counter.nextAttemptAt, now) - now);
    return state;
}

void KeyVault::destroy()
{
    if (!exists()) {
        m_device.destroyEraseKey(m_user);
        return;
    }
    AttemptLock lock(m_dir);
    destroyLocked();
}

void KeyVault::destroyLocked()
{
    // The erase key first: once it is gone, no copy of vault.json (in free blocks, a
    // backup, the tablet's old disk image) can be unwrapped, whatever the PIN.
    std::exception_ptr failure;
    try {
        m_device.destroyEraseKey(m_user);
    } catch (...) {
        failure = std::current_exception();
    }
    // Then the wrapped key itself, overwritten in place, replaced by a tombstone that says
    // why the store cannot be opened.
    zeroInPlace(vaultPath(m_dir));
    overwriteAndRemove(upgradePath(m_dir));
    writeJsonFile(vaultPath(m_dir),
                  {{"format", FormatVersion}, {"user", m_user}, {"destroyed", true}});
    QFile::remove(counterPath(m_dir));
    syncDirectoryOf(counterPath(m_dir));
    if (failure)
        std::rethrow_exception(failure);
}

KdfParams KeyVault::kdfParams() const
{
    const std::optional<QJsonObject> vault = readJsonFile(vaultPath(m_dir));
    if (!vault)
        return {};
    return KdfParams::fromJson(vault->value("kdf").toObject()).value_or(KdfParams{});
}

} // namespace homevisit
