#include "filedevicesecret.h"

#include <QDir>
#include <QFile>
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

void writeNewFile(const QString &path, const unsigned char *data, size_t size, mode_t mode)
{
    const QByteArray native = QFile::encodeName(path);
    int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0) {
        if (errno == EEXIST)
            return; // another process made it first; use theirs
        throw DeviceSecretError("cannot create " + native.toStdString() + ": " +
                                std::strerror(errno));
    }
    bool ok = ::write(fd, data, size) == ssize_t(size) && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok) {
        ::unlink(native.constData());
        throw DeviceSecretError("cannot write " + native.toStdString());
    }
}

QByteArray readSmallFile(const QString &path, bool requirePrivate)
{
    const QByteArray native = QFile::encodeName(path);
    int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw DeviceSecretError("cannot open " + native.toStdString() + ": " +
                                std::strerror(errno));
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0 || (requirePrivate && (st.st_mode & 077) != 0)) {
        ::close(fd);
        throw DeviceSecretError(native.toStdString() +
                                " is readable by other users; refusing to use it");
    }
    QByteArray bytes(int(st.st_size), Qt::Uninitialized);
    ssize_t got = ::read(fd, bytes.data(), size_t(bytes.size()));
    ::close(fd);
    if (got != bytes.size())
        throw DeviceSecretError("cannot read " + native.toStdString());
    return bytes;
}

} // namespace

FileDeviceSecret::FileDeviceSecret(QString dataDir) : m_dir(std::move(dataDir)) {}

SecureBytes FileDeviceSecret::secret()
{
    QDir().mkpath(m_dir);
    const QString path = secretPath(m_dir);
    if (!QFile::exists(path)) {
        SecureBytes fresh(SecretSize);
        randombytes_buf(fresh.data(), fresh.size());
        writeNewFile(path, fresh.data(), fresh.size(), 0600);
    }
    QByteArray bytes = readSmallFile(path, true);
    if (bytes.size() != SecretSize) {
        sodium_memzero(bytes.data(), size_t(bytes.size()));
        throw DeviceSecretError("the device secret file has the wrong size; it is damaged");
    }
    return SecureBytes::takeFrom(bytes);
}

QString FileDeviceSecret::deviceId()
{
    QDir().mkpath(m_dir);
    const QString path = idPath(m_dir);
    if (!QFile::exists(path)) {
        const QByteArray id = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        writeNewFile(path, reinterpret_cast<const unsigned char *>(id.constData()),
                     size_t(id.size()), 0644);
    }
    const QString id = QString::fromLatin1(readSmallFile(path, false)).trimmed();
    if (QUuid::fromString(id).isNull())
        throw DeviceSecretError("the device id file is damaged");
    return id;
}

QString FileDeviceSecret::describe() const
{
    return QStringLiteral("file %1 (0600)").arg(secretPath(m_dir));
}

} // namespace homevisit
