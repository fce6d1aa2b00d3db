#include "usersession.h"

#include "crypto/pinpolicy.h"
#include "platform/privatefiles.h"

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

// DATA_DIR (if missing), users/ and users/<user>/: 0700, whatever the umask.
void makeUserDirectory(const QString &dataDir, const UserPaths &paths)
{
    const QString users = QDir(dataDir).absoluteFilePath(QStringLiteral("users"));
    for (const auto &[dir, tighten] :
         {std::pair{dataDir, false}, std::pair{users, true}, std::pair{paths.directory, true}})
        if (!makePrivateDirectory(dir, tighten))
            throw SessionError(SessionError::Code::Damaged,
                               "cannot create the private directory " + dir.toStdString());
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
                           "must enroll again");
    case UnlockStatus::Delayed:
        if (r.counterTampered)
            throw SessionError(C::Delayed,
                               "the failed-PIN counter was changed or removed outside the app: "
                               "one attempt is left, in " +
                                   std::to_string((r.retryAfterMs + 999) / 1000) + " s",
                               r.attemptsLeft, r.retryAfterMs);
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

void UserSession::enroll(const QString &dataDir, const QString &user, const QString &pin,
                         DeviceSecret &device, std::optional<KdfParams> kdf)
{
    if (!isValidUserName(user))
        throw SessionError(SessionError::Code::BadUserName,
                           "user names are 1-64 lowercase letters, digits, '.', '_' or '-'");
    if (const auto problem = checkNewPin(pin))
        throw SessionError(SessionError::Code::BadPin, pinProblemMessage(*problem).toStdString());
    const UserPaths paths = UserPaths::of(dataDir, user);
    KeyVault vault(paths.directory, user, device);
    if (vault.exists()) {
        if (!vault.lockoutState().destroyed)
            throw SessionError(SessionError::Code::UserExists,
                               "this user already has a store on this device");
        removeJournalFiles(paths); // unreadable since the key was destroyed
        for (const QString &file : KeyVault::files(paths.directory))
            QFile::remove(file);
    }
    if (QFile::exists(paths.journal))
        throw SessionError(SessionError::Code::UserExists,
                           "a journal without a key vault exists for this user; refusing to "
                           "overwrite it");
    makeUserDirectory(dataDir, paths);

    const SecureBytes pinUtf8 = pinBytes(pin);
    const KdfParams params = kdf ? *kdf : calibrateKdf();
    try {
        const SecureBytes key = vault.create(pinUtf8.view(), params);
        auto journal = store::JournalStore::open(paths.journal, key, {user, device.deviceId()});
        journal->audit(QStringLiteral("enroll"), {});
    } catch (...) {
        // Leave nothing half-made behind: the next enroll must start clean.
        removeJournalFiles(paths);
        for (const QString &file : KeyVault::files(paths.directory))
            QFile::remove(file);
        try {
            device.destroyEraseKey(user);
        } catch (const DeviceSecretError &) {
            // The first failure is the one to report; a stray key unlocks nothing.
        }
        throw;
    }
}

std::unique_ptr<UserSession> UserSession::unlock(const QString &dataDir, const QString &user,
                                                 const QString &pin, DeviceSecret &device,
                                                 WorkerConnection worker)
{
    return unlock(dataDir, user, pin, device, &KeyVault::systemClock, worker);
}

std::unique_ptr<UserSession> UserSession::unlock(const QString &dataDir, const QString &user,
                                                 const QString &pin, DeviceSecret &device,
                                                 KeyVault::Clock clock, WorkerConnection worker)
{
    if (!isValidUserName(user))
        throw SessionError(SessionError::Code::NoSuchUser, "no such user on this device");
    const UserPaths paths = UserPaths::of(dataDir, user);
    KeyVault vault(paths.directory, user, device, std::move(clock));
    const SecureBytes pinUtf8 = pinBytes(pin);
    UnlockResult result = vault.unlock(pinUtf8.view());
    if (result.status != UnlockStatus::Unlocked)
        throwFor(result);
    if (!QFile::exists(paths.journal))
        throw SessionError(SessionError::Code::Damaged, "the journal file is missing");
    const store::Identity identity{user, device.deviceId()};
    auto journal = store::JournalStore::open(paths.journal, result.dataKey, identity);
    journal->audit(QStringLiteral("unlock"), {});
    // Every connection the session will ever have is opened now; then the key goes
    // (result.dataKey is wiped when this returns).
    std::unique_ptr<store::JournalStore> workerConnection;
    if (worker == WorkerConnection::Open)
        workerConnection = store::JournalStore::open(paths.journal, result.dataKey, identity);
    result.dataKey.reset();
    return std::unique_ptr<UserSession>(
        new UserSession(user, std::move(journal), std::move(workerConnection)));
}

void UserSession::verifyPin(const QString &dataDir, const QString &user, const QString &pin,
                            DeviceSecret &device)
{
    if (!isValidUserName(user))
        throw SessionError(SessionError::Code::NoSuchUser, "no such user on this device");
    KeyVault vault(UserPaths::of(dataDir, user).directory, user, device);
    const SecureBytes pinUtf8 = pinBytes(pin);
    const UnlockResult result = vault.unlock(pinUtf8.view());
    if (result.status != UnlockStatus::Unlocked)
        throwFor(result);
}

LockoutState UserSession::lockoutState(const QString &dataDir, const QString &user,
                                       KeyVault::Clock clock)
{
    if (!isValidUserName(user) || !hasStore(dataDir, user))
        return {};
    auto device = createDeviceSecret(dataDir);
    return KeyVault(UserPaths::of(dataDir, user).directory, user, *device, std::move(clock))
        .lockoutState();
}

bool UserSession::hasStore(const QString &dataDir, const QString &user)
{
    return isValidUserName(user) &&
           QFile::exists(KeyVault::vaultPath(UserPaths::of(dataDir, user).directory));
}

void UserSession::eraseStore(const QString &dataDir, const QString &user)
{
    if (!isValidUserName(user))
        throw SessionError(SessionError::Code::NoSuchUser, "no such user on this device");
    const UserPaths paths = UserPaths::of(dataDir, user);
    auto device = createDeviceSecret(dataDir);
    // Without the erase key the vault and the journal are noise, whatever the disk keeps.
    KeyVault(paths.directory, user, *device).destroy();
    removeJournalFiles(paths);
}

UserSession::UserSession(QString user, std::unique_ptr<store::JournalStore> journal,
                         std::unique_ptr<store::JournalStore> worker)
    : m_user(std::move(user)), m_journal(std::move(journal)), m_worker(std::move(worker))
{}

std::unique_ptr<store::JournalStore> UserSession::openConnection()
{
    std::lock_guard lock(m_workerMutex);
    if (!m_worker)
        throw store::JournalStoreError(
            store::JournalStoreError::Code::Other,
            "the worker connection was not opened at unlock or was already "
            "handed over; the session keeps no key to open another");
    return std::move(m_worker);
}

} // namespace homevisit
