#include "usersession.h"

#include "crypto/pinpolicy.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace homevisit {

namespace {

void removeJournalFiles(const UserPaths &paths)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(paths.journal + QLatin1String(suffix));
}

// The PIN as UTF-8 in locked memory: QString's own buffer is the caller's to clear.
SecureBytes pinBytes(const QString &pin)
{
    QByteArray utf8 = pin.toUtf8();
    return SecureBytes::takeFrom(utf8);
}

[[noreturn]] void throwFor(const UnlockResult &r)
{
    using C = SessionError::Code;
    switch (r.status) {
    case UnlockStatus::NoVault:
        throw SessionError(C::NoSuchUser, "no such user on this device");
    case UnlockStatus::Damaged:
        throw SessionError(C::Damaged, "the key vault is damaged");
    case UnlockStatus::LockedOut:
        throw SessionError(C::LockedOut,
                           "locked out: too many wrong PINs; the key was destroyed and the user "
                           "must enrol again");
    case UnlockStatus::Delayed:
        throw SessionError(C::Delayed,
                           "too many wrong PINs: try again in " +
                               std::to_string((r.retryAfterMs + 999) / 1000) + " s",
                           r.attemptsLeft, r.retryAfterMs);
    case UnlockStatus::WrongPin: {
        std::string message = "wrong PIN";
        if (r.attemptsLeft <= LockoutPolicy::WarnWhenAttemptsLeft)
            message +=
                "; " + std::to_string(r.attemptsLeft) + " attempts left before the store is erased";
        throw SessionError(C::WrongPin, message, r.attemptsLeft, r.retryAfterMs);
    }
    case UnlockStatus::Unlocked:
        break;
    }
    throw SessionError(C::Damaged, "unexpected unlock state");
}

} // namespace

UserPaths UserPaths::of(const QString &dataDir, const QString &user)
{
    const QString dir = QDir(dataDir).absoluteFilePath(QStringLiteral("users/") + user);
    return {dir, dir + QStringLiteral("/vault.json"), dir + QStringLiteral("/journal.db")};
}

bool isValidUserName(const QString &user)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    return re.match(user).hasMatch();
}

void UserSession::enrol(const QString &dataDir, const QString &user, const QString &pin,
                        DeviceSecret &device, std::optional<KdfParams> kdf)
{
    if (!isValidUserName(user))
        throw SessionError(SessionError::Code::BadUserName,
                           "user names are 1-64 lowercase letters, digits, '.', '_' or '-'");
    if (const auto problem = checkNewPin(pin))
        throw SessionError(SessionError::Code::BadPin, pinProblemMessage(*problem).toStdString());
    const UserPaths paths = UserPaths::of(dataDir, user);
    KeyVault vault(paths.vault, user);
    if (vault.exists()) {
        if (!vault.lockoutState().destroyed)
            throw SessionError(SessionError::Code::UserExists,
                               "this user already has a store on this device");
        removeJournalFiles(paths); // unreadable since the key was destroyed
        QFile::remove(paths.vault);
    }
    if (QFile::exists(paths.journal))
        throw SessionError(SessionError::Code::UserExists,
                           "a journal without a key vault exists for this user; refusing to "
                           "overwrite it");
    QDir().mkpath(paths.directory);
    QFile::setPermissions(paths.directory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    const SecureBytes secret = device.secret();
    const SecureBytes pinUtf8 = pinBytes(pin);
    const KdfParams params = kdf ? *kdf : calibrateKdf();
    try {
        const SecureBytes key = vault.create(pinUtf8.view(), secret, params);
        auto journal = store::JournalStore::open(paths.journal, key, {user, device.deviceId()});
        journal->audit(QStringLiteral("enrol"), {});
    } catch (...) {
        // Leave nothing half-made behind: the next enrol must start clean.
        removeJournalFiles(paths);
        QFile::remove(paths.vault);
        throw;
    }
}

std::unique_ptr<UserSession> UserSession::unlock(const QString &dataDir, const QString &user,
                                                 const QString &pin, DeviceSecret &device,
                                                 KeyVault::Clock clock)
{
    if (!isValidUserName(user))
        throw SessionError(SessionError::Code::NoSuchUser, "no such user on this device");
    const UserPaths paths = UserPaths::of(dataDir, user);
    KeyVault vault(paths.vault, user, std::move(clock));
    const SecureBytes secret = device.secret();
    const SecureBytes pinUtf8 = pinBytes(pin);
    UnlockResult result = vault.unlock(pinUtf8.view(), secret);
    if (result.status != UnlockStatus::Unlocked)
        throwFor(result);
    if (!QFile::exists(paths.journal))
        throw SessionError(SessionError::Code::Damaged, "the journal file is missing");
    auto journal =
        store::JournalStore::open(paths.journal, result.dataKey, {user, device.deviceId()});
    journal->audit(QStringLiteral("unlock"), {});
    return std::unique_ptr<UserSession>(
        new UserSession(user, paths.journal, std::move(result.dataKey), std::move(journal)));
}

void UserSession::verifyPin(const QString &dataDir, const QString &user, const QString &pin,
                            DeviceSecret &device)
{
    if (!isValidUserName(user))
        throw SessionError(SessionError::Code::NoSuchUser, "no such user on this device");
    KeyVault vault(UserPaths::of(dataDir, user).vault, user);
    const SecureBytes secret = device.secret();
    const SecureBytes pinUtf8 = pinBytes(pin);
    const UnlockResult result = vault.unlock(pinUtf8.view(), secret);
    if (result.status != UnlockStatus::Unlocked)
        throwFor(result);
}

LockoutState UserSession::lockoutState(const QString &dataDir, const QString &user)
{
    return KeyVault(UserPaths::of(dataDir, user).vault, user).lockoutState();
}

void UserSession::eraseStore(const QString &dataDir, const QString &user)
{
    const UserPaths paths = UserPaths::of(dataDir, user);
    KeyVault vault(paths.vault, user);
    if (vault.exists())
        vault.destroy(); // without the key the file is noise, whatever the disk keeps
    removeJournalFiles(paths);
}

UserSession::UserSession(QString user, QString journalPath, SecureBytes dataKey,
                         std::unique_ptr<store::JournalStore> journal)
    : m_user(std::move(user)), m_journalPath(std::move(journalPath)), m_dataKey(std::move(dataKey)),
      m_journal(std::move(journal))
{}

std::unique_ptr<store::JournalStore> UserSession::openConnection() const
{
    // The first connection already migrated the schema; this one writes its own "open"
    // audit event, so the log shows every connection to the journal.
    return store::JournalStore::open(m_journalPath, m_dataKey, m_journal->identity());
}

} // namespace homevisit
