#include "keyvault.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>
#include <array>
#include <fcntl.h>
#include <stdexcept>
#include <unistd.h>

namespace homevisit {

namespace {

constexpr int FormatVersion = 1;
constexpr auto AeadName = "xchacha20poly1305-ietf";

QByteArray associatedData(const QString &user)
{
    // Binds the wrapped key to its user: swapping vault files between users fails.
    return "homevisit/vault/1/" + user.toUtf8();
}

QByteArray b64(const QByteArray &bytes)
{
    return bytes.toBase64();
}
QByteArray unb64(const QJsonValue &v)
{
    return QByteArray::fromBase64(v.toString().toLatin1());
}

void syncDirectoryOf(const QString &path)
{
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// Atomic replace: a kill at any instant leaves either the old or the new vault.
void writeVault(const QString &path, const QJsonObject &json)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw std::runtime_error("cannot write the key vault: " + file.errorString().toStdString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(json).toJson(QJsonDocument::Compact));
    if (!file.commit()) // QSaveFile fsyncs before the rename
        throw std::runtime_error("cannot write the key vault: " + file.errorString().toStdString());
    syncDirectoryOf(path);
}

std::optional<QJsonObject> readVault(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(1 << 20));
    if (!doc.isObject() || doc.object().value("format").toInt() != FormatVersion)
        return std::nullopt;
    return doc.object();
}

SecureBytes unwrap(const QJsonObject &vault, const QString &user, const SecureBytes &kek)
{
    const QByteArray nonce = unb64(vault.value("nonce"));
    const QByteArray wrapped = unb64(vault.value("wrapped_key"));
    const QByteArray ad = associatedData(user);
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

KeyVault::KeyVault(QString path, QString user, Clock clock)
    : m_path(std::move(path)), m_user(std::move(user)), m_clock(std::move(clock))
{}

bool KeyVault::exists() const
{
    return QFile::exists(m_path);
}

SecureBytes KeyVault::create(QByteArrayView pinUtf8, const SecureBytes &deviceSecret,
                             const KdfParams &kdf)
{
    if (exists())
        throw std::runtime_error("a key vault already exists for this user");
    SecureBytes dataKey(DataKeySize);
    randombytes_buf(dataKey.data(), dataKey.size());
    const SecureBytes kek = deriveKek(kdf, pinUtf8, deviceSecret);

    QByteArray nonce(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, Qt::Uninitialized);
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    QByteArray wrapped(DataKeySize + crypto_aead_xchacha20poly1305_ietf_ABYTES, Qt::Uninitialized);
    const QByteArray ad = associatedData(m_user);
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(wrapped.data()), nullptr, dataKey.data(), dataKey.size(),
        reinterpret_cast<const unsigned char *>(ad.constData()), size_t(ad.size()), nullptr,
        reinterpret_cast<const unsigned char *>(nonce.constData()), kek.data());

    writeVault(m_path, {{"format", FormatVersion},
                        {"user", m_user},
                        {"kdf", kdf.toJson()},
                        {"aead", AeadName},
                        {"nonce", QString::fromLatin1(b64(nonce))},
                        {"wrapped_key", QString::fromLatin1(b64(wrapped))},
                        {"failed_attempts", 0},
                        {"next_attempt_at", 0}});
    return dataKey;
}

UnlockResult KeyVault::unlock(QByteArrayView pinUtf8, const SecureBytes &deviceSecret)
{
    UnlockResult result;
    if (!exists()) {
        result.status = UnlockStatus::NoVault;
        return result;
    }
    std::optional<QJsonObject> vault = readVault(m_path);
    if (!vault) {
        result.status = UnlockStatus::Damaged;
        return result;
    }
    if (vault->value("destroyed").toBool()) {
        result.status = UnlockStatus::LockedOut;
        return result;
    }
    const std::optional<KdfParams> kdf = KdfParams::fromJson(vault->value("kdf").toObject());
    if (!kdf || !kdf->isAtLeastMinimum() || vault->value("aead").toString() != AeadName) {
        result.status = UnlockStatus::Damaged;
        return result;
    }

    const qint64 now = m_clock();
    const int failures = vault->value("failed_attempts").toInt();
    // A clock stepped back must not stretch the delay beyond its longest value.
    const qint64 notBefore = std::min(vault->value("next_attempt_at").toInteger(),
                                      now + qint64(LockoutPolicy::delaySeconds(failures)) * 1000);
    if (now < notBefore) {
        result.status = UnlockStatus::Delayed;
        result.retryAfterMs = notBefore - now;
        result.attemptsLeft = LockoutPolicy::MaxFailures - failures;
        return result;
    }

    // Count the attempt on disk first: killing the process mid-check must not give a
    // free guess.
    const int counted = failures + 1;
    vault->insert("failed_attempts", counted);
    vault->insert("next_attempt_at", now + qint64(LockoutPolicy::delaySeconds(counted)) * 1000);
    writeVault(m_path, *vault);

    const SecureBytes kek = deriveKek(*kdf, pinUtf8, deviceSecret);
    SecureBytes key = unwrap(*vault, m_user, kek);
    if (!key.isEmpty()) {
        vault->insert("failed_attempts", 0);
        vault->insert("next_attempt_at", 0);
        writeVault(m_path, *vault);
        result.status = UnlockStatus::Unlocked;
        result.dataKey = std::move(key);
        result.attemptsLeft = LockoutPolicy::MaxFailures;
        return result;
    }
    if (counted >= LockoutPolicy::MaxFailures) {
        destroy();
        result.status = UnlockStatus::LockedOut;
        return result;
    }
    result.status = UnlockStatus::WrongPin;
    result.attemptsLeft = LockoutPolicy::MaxFailures - counted;
    result.retryAfterMs = qint64(LockoutPolicy::delaySeconds(counted)) * 1000;
    return result;
}

LockoutState KeyVault::lockoutState() const
{
    LockoutState state;
    const std::optional<QJsonObject> vault = readVault(m_path);
    if (!vault)
        return state;
    state.destroyed = vault->value("destroyed").toBool();
    state.failures = vault->value("failed_attempts").toInt();
    state.attemptsLeft = std::max(0, LockoutPolicy::MaxFailures - state.failures);
    const qint64 now = m_clock();
    const qint64 notBefore =
        std::min(vault->value("next_attempt_at").toInteger(),
                 now + qint64(LockoutPolicy::delaySeconds(state.failures)) * 1000);
    state.retryAfterMs = std::max<qint64>(0, notBefore - now);
    return state;
}

void KeyVault::destroy()
{
    // Overwrite in place first (the file system may keep the old blocks of a rename),
    // then replace with a tombstone that says why the store cannot be opened.
    QFile file(m_path);
    if (file.open(QIODevice::ReadWrite)) {
        QByteArray zeros(int(file.size()), '\0');
        file.write(zeros);
        file.flush();
        ::fsync(file.handle());
        file.close();
    }
    writeVault(m_path, {{"format", FormatVersion}, {"user", m_user}, {"destroyed", true}});
}

KdfParams KeyVault::kdfParams() const
{
    const std::optional<QJsonObject> vault = readVault(m_path);
    if (!vault)
        return {};
    return KdfParams::fromJson(vault->value("kdf").toObject()).value_or(KdfParams{});
}

} // namespace homevisit
