// Helpers shared by the Catch2 suites: throwaway data directories with real SQLCipher
// stores, and cheap (but real) Argon2id parameters so hundreds of unlocks stay fast.
#pragma once

#include "crypto/kdf.h"
#include "platform/filedevicesecret.h"
#include "session/usersession.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

namespace homevisit::test {

inline KdfParams cheapKdf()
{
    return makeKdfParams(1, 8 * 1024, 1);
}

struct TempUser
{
    QTemporaryDir dir;
    QString user = QStringLiteral("anna");
    QString pin = QStringLiteral("482915");
    FileDeviceSecret device{dir.path()};

    TempUser() { UserSession::enroll(dir.path(), user, pin, device, cheapKdf()); }
    std::unique_ptr<UserSession> unlock()
    {
        return UserSession::unlock(dir.path(), user, pin, device);
    }
    QString path() const { return dir.path(); }
    QString journalPath() const { return UserPaths::of(dir.path(), user).journal; }
};

// Every regular file below dir (the store, its -wal/-shm, the vault, the device files).
inline QStringList filesBelow(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace homevisit::test
