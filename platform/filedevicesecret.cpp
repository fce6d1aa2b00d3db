#include "filedevicesecret.h"

#include "platform/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QUuid>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace homevisit {

namespace {

QString secretPath(const QString &dir)
{
    return dir + QStringLiteral("/device.secret");
}
QString idPath(const QString &dir)
{
    return dir + QStringLiteral("/device.id");
}

void makeDirectory(const QString &dir, bool tightenExisting)
{
    if (!makePrivateDirectory(dir, tightenExisting))
        throw DeviceSecretError("cannot create the private directory " + dir.toStdString() + ": " +
                                std::strerror(errno));
}

// Returns false if the file already existed (another process made it first).
bool writeNewFile(const QString &path, const unsigned char *data, size_t size)
{
    const QByteArray native = QFile::encodeName(path);
    // O_EXCL never follows a symlink: a planted link cannot redirect the write.
    int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST)
            return false;
        throw DeviceSecretError("cannot create " + native.toStdString() + ": " +
                                std::strerror(errno));
    }
    bool ok = ::write(fd, data, size) == ssize_t(size) && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok) {
        ::unlink(native.constData());
        throw DeviceSecretError("cannot write " + native.toStdString());
    }
    syncDirectoryOf(path);
    return true;
}

// nullopt if the file does not exist. A symlink, or (if requirePrivate) a file open to
// other users, is refused.
std::optional<QByteArray> readSmallFile(const QString &path, bool requirePrivate)
{
    const QByteArray native = QFile::encodeName(path);
    int fd = ::open(native.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT)
            return std::nullopt;
        throw DeviceSecretError("cannot open " + native.toStdString() + ": " +
                                std::strerror(errno));
    }
    struct stat st = {};
    if (::fstat(fd, &st) != 0 || st.st_size > 4096 || (requirePrivate && (st.st_mode & 077) != 0)) {
        ::close(fd);
        throw DeviceSecretError(native.toStdString() +
                                " is readable by other users or not a small file; refusing "
                                "to use it");
    }
    QByteArray bytes(int(st.st_size), Qt::Uninitialized);
    ssize_t got = ::read(fd, bytes.data(), size_t(bytes.size()));
    ::close(fd);
    if (got != bytes.size())
        throw DeviceSecretError("cannot read " + native.toStdString());
    return bytes;
}

void checkUserName(const QString &user)
{
    if (user.isEmpty() || user.startsWith('.') || user.contains('/') || user.contains('\0'))
        throw DeviceSecretError("not a user name: " + user.toStdString());
}

} // namespace

FileDeviceSecret::FileDeviceSecret(QString dataDir) : m_dir(std::move(dataDir)) {}

SecureBytes FileDeviceSecret::secret()
{
    makeDirectory(m_dir, false);
    const QString path = secretPath(m_dir);
    if (!QFile::exists(path)) {
        SecureBytes fresh(SecretSize);
        randombytes_buf(fresh.data(), fresh.size());
        writeNewFile(path, fresh.data(), fresh.size());
    }
    std::optional<QByteArray> bytes = readSmallFile(path, true);
    if (!bytes || bytes->size() != SecretSize) {
        if (bytes)
            sodium_memzero(bytes->data(), size_t(bytes->size()));
        throw DeviceSecretError("the device secret file has the wrong size; it is damaged");
    }
    return SecureBytes::takeFrom(*bytes);
}

QString FileDeviceSecret::deviceId()
{
    makeDirectory(m_dir, false);
    const QString path = idPath(m_dir);
    if (!QFile::exists(path)) {
        const QByteArray id = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        writeNewFile(path, reinterpret_cast<const unsigned char *>(id.constData()),
                     size_t(id.size()));
    }
    // Not secret, but private like everything else here (older versions made it 0644).
    ::chmod(QFile::encodeName(path).constData(), 0600);
    const QString id =
        QString::fromLatin1(readSmallFile(path, false).value_or(QByteArray())).trimmed();
    if (QUuid::fromString(id).isNull())
        throw DeviceSecretError("the device id file is damaged");
    return id;
}

QString FileDeviceSecret::describe() const
{
    return QStringLiteral("file %1 (0600)").arg(secretPath(m_dir));
}

QString FileDeviceSecret::keysDir() const
{
    return m_dir + QStringLiteral("/keys");
}

QString FileDeviceSecret::eraseKeyPath(const QString &user) const
{
    checkUserName(user);
    return keysDir() + '/' + user + QStringLiteral(".erase-key");
}

QString FileDeviceSecret::generationPath(const QString &user) const
{
    checkUserName(user);
    return keysDir() + '/' + user + QStringLiteral(".generation");
}

SecureBytes FileDeviceSecret::createEraseKey(const QString &user)
{
    makeDirectory(keysDir(), true);
    const QString path = eraseKeyPath(user);
    if (!overwriteAndRemove(path))
        throw DeviceSecretError("cannot remove the old erase key " + path.toStdString());
    SecureBytes key(EraseKeySize);
    randombytes_buf(key.data(), key.size());
    if (!writeNewFile(path, key.data(), key.size()))
        throw DeviceSecretError("another process is creating an erase key for " +
                                user.toStdString());
    return key;
}

std::optional<SecureBytes> FileDeviceSecret::eraseKey(const QString &user)
{
    std::optional<QByteArray> bytes = readSmallFile(eraseKeyPath(user), true);
    if (!bytes)
        return std::nullopt;
    if (bytes->size() != EraseKeySize) {
        sodium_memzero(bytes->data(), size_t(bytes->size()));
        return std::nullopt; // a short key is as good as a destroyed one
    }
    return SecureBytes::takeFrom(*bytes);
}

void FileDeviceSecret::destroyEraseKey(const QString &user)
{
    const bool keyGone = overwriteAndRemove(eraseKeyPath(user));
    QFile::remove(generationPath(user));
    syncDirectoryOf(generationPath(user));
    if (!keyGone)
        throw DeviceSecretError("cannot overwrite the erase key of " + user.toStdString());
}

QByteArray FileDeviceSecret::generationMac(const QString &user, quint64 generation)
{
    const SecureBytes key = secret();
    const QByteArray message =
        "homevisit/generation/1\n" + user.toUtf8() + '\n' + QByteArray::number(generation);
    QByteArray mac(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(mac.data()), size_t(mac.size()),
                       reinterpret_cast<const unsigned char *>(message.constData()),
                       size_t(message.size()), key.data(), key.size());
    return mac;
}

std::optional<quint64> FileDeviceSecret::generation(const QString &user)
{
    const std::optional<QByteArray> bytes = readSmallFile(generationPath(user), true);
    if (!bytes)
        return std::nullopt;
    const QList<QByteArray> parts = bytes->trimmed().split(' ');
    bool ok = false;
    const quint64 value = parts.value(0).toULongLong(&ok);
    if (!ok || parts.size() != 2)
        return std::nullopt;
    const QByteArray expected = generationMac(user, value);
    const QByteArray mac = QByteArray::fromBase64(parts[1]);
    if (mac.size() != expected.size() ||
        sodium_memcmp(mac.constData(), expected.constData(), size_t(mac.size())) != 0)
        return std::nullopt;
    return value;
}

void FileDeviceSecret::recordGeneration(const QString &user, quint64 generation)
{
    makeDirectory(keysDir(), true);
    const QString path = generationPath(user);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw DeviceSecretError("cannot write " + path.toStdString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QByteArray::number(generation) + ' ' + generationMac(user, generation).toBase64() +
               '\n');
    if (!file.commit()) // QSaveFile fsyncs before the rename
        throw DeviceSecretError("cannot write " + path.toStdString());
    syncDirectoryOf(path);
}

QList<DeviceSecret::PrivatePath> FileDeviceSecret::privatePaths(const QString &user) const
{
    return {{m_dir, true, true},
            {secretPath(m_dir), false, true},
            {idPath(m_dir), false, true},
            {keysDir(), true, true},
            {eraseKeyPath(user), false, true},
            {generationPath(user), false, true}};
}

} // namespace homevisit
