#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sodium.h>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace homevisit {

namespace {

QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

} // namespace

bool makePrivateDirectory(const QString &path, bool tightenExisting)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    struct stat st = {};
    // The directories the app owns must be real ones (a planted symlink would send the
    // keys elsewhere); the data directory itself may be reached through a link, which
    // `verify` reports.
    const int found = tightenExisting ? ::lstat(native(absolute).constData(), &st)
                                      : ::stat(native(absolute).constData(), &st);
    if (found == 0) {
        if (!S_ISDIR(st.st_mode)) {
            errno = ENOTDIR;
            return false;
        }
        return !tightenExisting || (st.st_mode & 077) == 0 ||
               ::chmod(native(absolute).constData(), 0700) == 0;
    }
    const QString parent = QFileInfo(absolute).path();
    if (parent != absolute && !QFileInfo::exists(parent) && !makePrivateDirectory(parent, false))
        return false;
    // mkdir applies the umask on top of 0700, which can only take more away.
    if (::mkdir(native(absolute).constData(), 0700) != 0 && errno != EEXIST)
        return false;
    return ::lstat(native(absolute).constData(), &st) == 0 && S_ISDIR(st.st_mode);
}

QStringList privacyProblems(const QString &path, bool directory, bool required)
{
    struct stat st = {};
    if (::lstat(native(path).constData(), &st) != 0)
        return required ? QStringList{path + " is missing"} : QStringList{};
    if (S_ISLNK(st.st_mode))
        return {path + " is a symbolic link; it must be a real " +
                (directory ? "directory" : "file")};
    QStringList problems;
    if (directory ? !S_ISDIR(st.st_mode) : !S_ISREG(st.st_mode))
        problems << path + " is not a " + (directory ? "directory" : "regular file");
    if (st.st_uid != ::geteuid())
        problems << path + " is owned by user id " + QString::number(st.st_uid) +
                        ", not by the user running homevisit (" + QString::number(::geteuid()) +
                        ")";
    if (st.st_mode & 077)
        problems << path + " is open to other users (mode " +
                        QString::number(st.st_mode & 0777, 8) + "; it must be " +
                        (directory ? "0700" : "0600") + ")";
    return problems;
}

bool overwriteAndRemove(const QString &path)
{
    const int fd = ::open(native(path).constData(), O_RDWR | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return errno == ENOENT;
    struct stat st = {};
    bool ok = ::fstat(fd, &st) == 0;
    unsigned char noise[4096];
    for (off_t done = 0; ok && done < st.st_size;) {
        const size_t n = size_t(std::min<off_t>(sizeof noise, st.st_size - done));
        randombytes_buf(noise, n);
        ok = ::pwrite(fd, noise, n, done) == ssize_t(n);
        done += off_t(n);
    }
    ok = ok && ::fdatasync(fd) == 0;
    ::close(fd);
    sodium_memzero(noise, sizeof noise);
    ok = ::unlink(native(path).constData()) == 0 && ok;
    syncDirectoryOf(path);
    return ok;
}

void syncDirectoryOf(const QString &path)
{
    const QByteArray dir = native(QFileInfo(path).absolutePath());
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace homevisit
