// The key vault as an attacker with the tablet's disk would try it: put back old copies
// of the files after an erase, edit or roll back the failed-PIN counter, race two
// processes at one count, set enormous Argon2 costs. Real files, real Argon2id, real
// processes (fork).
#include <catch2/catch.hpp>

#include "../testsupport.h"
#include "crypto/keyvault.h"
#include "platform/processhardening.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <sodium.h>

#include <chrono>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace homevisit;
using namespace homevisit::test;

namespace {

using Snapshot = QMap<QString, QByteArray>; // path -> bytes

// Every file below `dir` whose path passes `keep`.
Snapshot snapshot(const QString &dir, const std::function<bool(const QString &)> &keep)
{
    Snapshot files;
    for (const QString &path : filesBelow(dir))
        if (keep(path))
            files.insert(path, readAll(path));
    return files;
}

void restore(const Snapshot &files)
{
    for (auto it = files.begin(); it != files.end(); ++it) {
        QDir().mkpath(QFileInfo(it.key()).path());
        QFile f(it.key());
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(it.value());
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
}

// The files an attacker can find old copies of: everything the app ever replaced by a
// rename or removed, i.e. everything except the erase key, which is written once with
// O_EXCL and overwritten in place at the erase (so its old content has no other copy).
bool notTheEraseKey(const QString &path)
{
    return !path.endsWith(".erase-key");
}

// Files that hold the failed-PIN counter, wherever the vault keeps it.
QStringList counterFiles(const QString &userDir)
{
    QStringList out;
    for (const QString &path : filesBelow(userDir))
        if (readAll(path).contains("\"failed_attempts\""))
            out << path;
    return out;
}

void editJson(const QString &path, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject json = QJsonDocument::fromJson(readAll(path)).object();
    edit(json);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

SessionError::Code attempt(TempUser &u, const QString &pin, KeyVault::Clock clock)
{
    try {
        UserSession::unlock(u.path(), u.user, pin, u.device, std::move(clock));
    } catch (const SessionError &e) {
        return e.code();
    }
    return SessionError::Code::BadPin; // marker: it unlocked
}
constexpr auto Unlocked = SessionError::Code::BadPin;

struct TestClock
{
    qint64 now = 1'800'000'000'000;
    KeyVault::Clock clock()
    {
        return [this] { return now; };
    }
    void pass(qint64 ms) { now += ms; }
};

} // namespace

TEST_CASE("after an erase, no old copy of the vault unwraps the key, even with the right PIN",
          "[vault][erase]")
{
    TempUser u;
    {
        auto s = u.unlock();
        s->journal().createDraft(domain::RecordKind::ChildVisit, QJsonObject{});
    }
    TestClock t;
    // The attacker's copies: every file (old blocks of replaced files, a backup, an image
    // of the disk taken before the erase), the device secret included.
    REQUIRE(attempt(u, "000001", t.clock()) == SessionError::Code::WrongPin);
    const Snapshot before = snapshot(u.path(), notTheEraseKey);
    REQUIRE(before.contains(u.path() + "/device.secret"));
    REQUIRE(before.contains(UserPaths::of(u.path(), u.user).vault));

    SECTION("the 10th wrong PIN")
    {
        for (int i = 2; i <= 10; ++i) {
            t.pass(3'600'000);
            const auto code = attempt(u, "000001", t.clock());
            REQUIRE(code ==
                    (i < 10 ? SessionError::Code::WrongPin : SessionError::Code::LockedOut));
        }
    }
    SECTION("a revocation (eraseStore)")
    {
        UserSession::eraseStore(u.path(), u.user);
        CHECK_FALSE(QFile::exists(u.journalPath()));
    }
    CHECK(UserSession::lockoutState(u.path(), u.user, t.clock()).destroyed);
    CHECK(QFile::exists(u.path() + "/device.secret")); // shared by the device; not needed

    restore(before);
    t.pass(24 * 3'600'000);
    CHECK(attempt(u, u.pin, t.clock()) == SessionError::Code::LockedOut);
    // Not even the raw Argon2id of the right PIN with the device secret opens it.
    const QJsonObject vault =
        QJsonDocument::fromJson(readAll(UserPaths::of(u.path(), u.user).vault)).object();
    const auto kdf = KdfParams::fromJson(vault.value("kdf").toObject());
    REQUIRE(kdf);
    const QByteArray ad = "homevisit/vault/1/" + u.user.toUtf8();
    const SecureBytes kek = deriveKek(*kdf, u.pin.toUtf8(), u.device.secret());
    const QByteArray nonce = QByteArray::fromBase64(vault.value("nonce").toString().toLatin1());
    const QByteArray wrapped =
        QByteArray::fromBase64(vault.value("wrapped_key").toString().toLatin1());
    unsigned char key[32];
    CHECK(crypto_aead_xchacha20poly1305_ietf_decrypt(
              key, nullptr, nullptr, reinterpret_cast<const unsigned char *>(wrapped.constData()),
              size_t(wrapped.size()), reinterpret_cast<const unsigned char *>(ad.constData()),
              size_t(ad.size()), reinterpret_cast<const unsigned char *>(nonce.constData()),
              kek.data()) != 0);

    // She enrolls again and gets a new, empty store.
    QFile::remove(u.journalPath());
    UserSession::enroll(u.path(), u.user, "735194", u.device, cheapKdf());
    auto s = UserSession::unlock(u.path(), u.user, "735194", u.device);
    CHECK(s->journal().records().isEmpty());
}

TEST_CASE("the vault is written once; failed and right PINs only touch the counter",
          "[vault][erase]")
{
    TempUser u;
    const QString vaultPath = UserPaths::of(u.path(), u.user).vault;
    struct stat before = {};
    REQUIRE(::stat(QFile::encodeName(vaultPath).constData(), &before) == 0);
    const QByteArray bytes = readAll(vaultPath);
    TestClock t;
    REQUIRE(attempt(u, "000001", t.clock()) == SessionError::Code::WrongPin);
    REQUIRE(attempt(u, u.pin, t.clock()) == Unlocked);
    struct stat after = {};
    REQUIRE(::stat(QFile::encodeName(vaultPath).constData(), &after) == 0);
    CHECK(after.st_ino == before.st_ino); // not replaced by a new file
    CHECK(readAll(vaultPath) == bytes);
    CHECK_FALSE(bytes.contains("failed_attempts"));
}

TEST_CASE("a counter written to zero is detected and never read as zero failures",
          "[vault][lockout]")
{
    TempUser u;
    TestClock t;
    for (int i = 0; i < 4; ++i)
        REQUIRE(attempt(u, "000001", t.clock()) == SessionError::Code::WrongPin);
    const QString userDir = UserPaths::of(u.path(), u.user).directory;
    const QStringList files = counterFiles(userDir);
    REQUIRE_FALSE(files.isEmpty());
    for (const QString &path : files)
        editJson(path, [](QJsonObject &json) {
            json.insert("failed_attempts", 0);
            json.insert("next_attempt_at", 0);
        });
    t.pass(3'600'000);
    const LockoutState state = UserSession::lockoutState(u.path(), u.user, t.clock());
    CHECK(state.counterTampered);
    CHECK(state.attemptsLeft == 1);
    // Even the right PIN waits the longest delay...
    try {
        UserSession::unlock(u.path(), u.user, u.pin, u.device, t.clock());
        FAIL("an edited counter gave a free attempt");
    } catch (const SessionError &e) {
        CHECK(e.code() == SessionError::Code::Delayed);
        CHECK(e.retryAfterMs() > 0);
    }
    t.pass(16 * 60'000);
    SECTION("then the right PIN opens the journal and the counter is whole again")
    {
        CHECK(attempt(u, u.pin, t.clock()) == Unlocked);
        const LockoutState now = UserSession::lockoutState(u.path(), u.user, t.clock());
        CHECK_FALSE(now.counterTampered);
        CHECK(now.attemptsLeft == 10);
    }
    SECTION("or one wrong PIN erases it")
    {
        CHECK(attempt(u, "000001", t.clock()) == SessionError::Code::LockedOut);
    }
}

TEST_CASE("a counter restored from an older copy is detected", "[vault][lockout]")
{
    TempUser u;
    TestClock t;
    REQUIRE(attempt(u, "000001", t.clock()) == SessionError::Code::WrongPin);
    const QString userDir = UserPaths::of(u.path(), u.user).directory;
    Snapshot old;
    for (const QString &path : counterFiles(userDir))
        old.insert(path, readAll(path));
    REQUIRE_FALSE(old.isEmpty());
    for (int i = 0; i < 5; ++i) {
        t.pass(3'600'000);
        REQUIRE(attempt(u, "000001", t.clock()) == SessionError::Code::WrongPin);
    }
    restore(old);
    t.pass(3'600'000);
    const LockoutState state = UserSession::lockoutState(u.path(), u.user, t.clock());
    CHECK(state.counterTampered);
    CHECK(state.attemptsLeft == 1); // not the 9 of the old copy
    CHECK(attempt(u, u.pin, t.clock()) == SessionError::Code::Delayed);
}

TEST_CASE("a removed counter file is tampering, not zero failures", "[vault][lockout]")
{
    TempUser u;
    TestClock t;
    REQUIRE(attempt(u, "000001", t.clock()) == SessionError::Code::WrongPin);
    const QString counter = UserPaths::of(u.path(), u.user).directory + "/attempts.json";
    REQUIRE(QFile::remove(counter));
    const LockoutState state = UserSession::lockoutState(u.path(), u.user, t.clock());
    CHECK(state.counterTampered);
    CHECK(state.attemptsLeft == 1);
    CHECK(attempt(u, u.pin, t.clock()) == SessionError::Code::Delayed);

    SECTION("so is a removed generation record")
    {
        t.pass(16 * 60'000);
        REQUIRE(attempt(u, u.pin, t.clock()) == Unlocked);
        REQUIRE(QFile::remove(u.path() + "/keys/" + u.user + ".generation"));
        CHECK(UserSession::lockoutState(u.path(), u.user, t.clock()).attemptsLeft == 1);
    }
}

TEST_CASE("two processes guessing at once spend exactly one count each", "[vault][lockout]")
{
    TempUser u;
    for (int round = 0; round < 15; ++round) {
        INFO("round " << round);
        // Both children wait for the same instant, then each makes one wrong attempt and
        // reports the attempts left that its unlock answered.
        const auto start = std::chrono::system_clock::now() + std::chrono::milliseconds(150);
        int pipes[2][2];
        pid_t children[2];
        for (int c = 0; c < 2; ++c) {
            REQUIRE(::pipe(pipes[c]) == 0);
            children[c] = ::fork();
            REQUIRE(children[c] >= 0);
            if (children[c] == 0) {
                ::close(pipes[c][0]);
                FileDeviceSecret device(u.path());
                while (std::chrono::system_clock::now() < start) {
                }
                int left = -1;
                try {
                    UserSession::unlock(u.path(), u.user, "000001", device);
                } catch (const SessionError &e) {
                    left = e.code() == SessionError::Code::WrongPin ? e.attemptsLeft() : -2;
                } catch (...) {
                    left = -3;
                }
                (void)!::write(pipes[c][1], &left, sizeof left);
                ::_exit(0);
            }
            ::close(pipes[c][1]);
        }
        QList<int> left;
        for (int c = 0; c < 2; ++c) {
            int value = 0;
            REQUIRE(::read(pipes[c][0], &value, sizeof value) == sizeof value);
            ::close(pipes[c][0]);
            int status = 0;
            ::waitpid(children[c], &status, 0);
            left << value;
        }
        std::sort(left.begin(), left.end());
        CHECK(left == QList<int>{8, 9});
        CHECK(UserSession::lockoutState(u.path(), u.user).failures == 2);
        u.unlock(); // the right PIN resets the counter for the next round
    }
}

TEST_CASE("a vault with out-of-bounds Argon2 costs is refused as damaged", "[vault][kdf]")
{
    const KdfParams good = cheapKdf();
    const QJsonObject json = good.toJson();
    auto with = [&](const char *key, qint64 value) {
        QJsonObject j = json;
        j.insert(key, value);
        return j;
    };
    // Bounds: t 1..64, m 8 MiB..256 MiB, p 1..8, t * m at most 64 passes over 64 MiB.
    CHECK(KdfParams::fromJson(json));
    for (const QJsonObject &bad :
         {with("t", 1'000'000), with("t", 65), with("t", 0), with("t", -1),
          with("t", 4'294'967'297LL), with("m_kib", 4 * 1024 * 1024), with("m_kib", 256 * 1024 + 1),
          with("m_kib", 1024), with("p", 255), with("p", 9), with("p", 0)})
        CHECK_FALSE(KdfParams::fromJson(bad));
    QJsonObject heavy = with("t", 64);
    heavy.insert("m_kib", 256 * 1024); // each bound alone holds, the product does not
    CHECK_FALSE(KdfParams::fromJson(heavy));
    CHECK(calibrateKdf(1, 2).isWithinBounds()); // a very fast "machine" stays inside too

    TempUser u;
    const QString vaultPath = UserPaths::of(u.path(), u.user).vault;
    const QByteArray original = readAll(vaultPath);
    for (const auto &[key, value] : {std::pair<const char *, qint64>{"t", 1'000'000},
                                     {"m_kib", 4 * 1024 * 1024},
                                     {"p", 255}}) {
        INFO(key << " = " << value);
        editJson(vaultPath, [&](QJsonObject &vault) {
            QJsonObject kdf = vault.value("kdf").toObject();
            kdf.insert(key, value);
            vault.insert("kdf", kdf);
        });
        try {
            u.unlock();
            FAIL("a vault with enormous costs was used");
        } catch (const SessionError &e) {
            CHECK(e.code() == SessionError::Code::Damaged);
        }
        CHECK(UserSession::lockoutState(u.path(), u.user).failures == 0); // no count spent
        QFile f(vaultPath);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(original);
    }
    CHECK(u.unlock());
}

TEST_CASE("the session keeps no data key: connections are opened at unlock only",
          "[vault][session]")
{
    TempUser u;
    {
        auto s = UserSession::unlock(u.path(), u.user, u.pin, u.device, WorkerConnection::Open);
        s->journal().createDraft(domain::RecordKind::ChildVisit, QJsonObject{});
        auto worker = s->openConnection(); // the sync thread's, opened at unlock
        REQUIRE(worker);
        CHECK(worker->records().size() == 1);
        // Nothing is left that could open another.
        CHECK_THROWS_AS(s->openConnection(), store::JournalStoreError);
    }
    auto s = u.unlock();
    CHECK_THROWS_AS(s->openConnection(), store::JournalStoreError);
}

TEST_CASE("a vault of the first format (counter inside) opens and is upgraded", "[vault][upgrade]")
{
    QTemporaryDir dir;
    FileDeviceSecret device(dir.path());
    const QString user = "anna", pin = "482915";
    const UserPaths paths = UserPaths::of(dir.path(), user);
    REQUIRE(QDir().mkpath(paths.directory));
    // What the earlier version wrote: KEK = Argon2id(PIN, salt, device secret) only.
    SecureBytes dataKey(32);
    randombytes_buf(dataKey.data(), dataKey.size());
    store::JournalStore::open(paths.journal, dataKey, {user, device.deviceId()})
        ->createDraft(domain::RecordKind::ChildVisit, QJsonObject{{"observations", "kvar"}});
    const KdfParams kdf = cheapKdf();
    const SecureBytes kek = deriveKek(kdf, pin.toUtf8(), device.secret());
    QByteArray nonce(24, '\0'), wrapped(48, '\0');
    randombytes_buf(nonce.data(), 24);
    const QByteArray ad = "homevisit/vault/1/" + user.toUtf8();
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(wrapped.data()), nullptr, dataKey.data(), 32,
        reinterpret_cast<const unsigned char *>(ad.constData()), size_t(ad.size()), nullptr,
        reinterpret_cast<const unsigned char *>(nonce.constData()), kek.data());
    QFile f(paths.vault);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(QJsonObject{{"format", 1},
                                      {"user", user},
                                      {"kdf", kdf.toJson()},
                                      {"aead", "xchacha20poly1305-ietf"},
                                      {"nonce", QString::fromLatin1(nonce.toBase64())},
                                      {"wrapped_key", QString::fromLatin1(wrapped.toBase64())},
                                      {"failed_attempts", 2},
                                      {"next_attempt_at", 0}})
                .toJson());
    f.close();

    CHECK(UserSession::lockoutState(dir.path(), user).failures == 2); // its counter holds
    CHECK_THROWS_AS(UserSession::unlock(dir.path(), user, "000001", device), SessionError);
    CHECK(UserSession::lockoutState(dir.path(), user).failures == 3);
    {
        auto s = UserSession::unlock(dir.path(), user, pin, device);
        REQUIRE(s->journal().records().size() == 1); // the draft is still there
    }
    const QJsonObject upgraded = QJsonDocument::fromJson(readAll(paths.vault)).object();
    CHECK(upgraded.value("format").toInt() == 2);
    CHECK_FALSE(upgraded.contains("failed_attempts"));
    CHECK(UserSession::lockoutState(dir.path(), user).attemptsLeft == 10);
    auto s = UserSession::unlock(dir.path(), user, pin, device);
    CHECK(s->journal().records().size() == 1);
    s.reset();

    // From now on an erase erases: the upgraded vault's copy no longer opens.
    const QByteArray copy = readAll(paths.vault);
    UserSession::eraseStore(dir.path(), user);
    QFile back(paths.vault);
    REQUIRE(back.open(QIODevice::WriteOnly | QIODevice::Truncate));
    back.write(copy);
    back.close();
    CHECK_THROWS_AS(UserSession::unlock(dir.path(), user, pin, device), SessionError);
}

TEST_CASE("the data directory, the user's directory and the keys are private (0700/0600)",
          "[vault][files]")
{
    const mode_t old = ::umask(022); // what a desktop session usually has
    QTemporaryDir tmp;
    const QString dataDir = tmp.path() + "/data";
    FileDeviceSecret device(dataDir);
    UserSession::enroll(dataDir, "anna", "482915", device, cheapKdf());
    UserSession::unlock(dataDir, "anna", "482915", device);
    ::umask(old);
    auto mode = [](const QString &path) {
        struct stat st = {};
        REQUIRE(::lstat(QFile::encodeName(path).constData(), &st) == 0);
        return st.st_mode & 0777;
    };
    for (const QString &d :
         {dataDir, dataDir + "/users", dataDir + "/users/anna", dataDir + "/keys"}) {
        INFO(d.toStdString());
        CHECK(mode(d) == 0700);
    }
    for (const QString &file : filesBelow(dataDir)) {
        INFO(file.toStdString());
        CHECK((mode(file) & 077) == 0);
    }
}

TEST_CASE("a process that holds keys creates nothing open to others", "[vault][files]")
{
    // hardenProcess sets the umask the executables run with.
    const mode_t before = ::umask(022);
    REQUIRE(hardenProcess());
    const mode_t now = ::umask(before);
    CHECK(now == 077);
}
