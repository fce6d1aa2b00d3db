// Kill a process that is autosaving and signing with SIGKILL at random moments, again
// and again: every signed record it acknowledged must be there, no saved draft text may
// be lost, and the store must verify. The failed-PIN counter must survive kills too.
//
// HOMEVISIT_CRASH_RUNS overrides the number of kills (default 200).
#include <catch2/catch.hpp>

#include "../testsupport.h"
#include "crashworker.h"

#include <QHash>
#include <QSet>

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <random>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace homevisit;
using namespace homevisit::test;

namespace {

struct Acks
{
    QSet<QString> created;
    QHash<QString, int> saved; // id -> highest acknowledged revision
    QSet<QString> signedIds;
    int tries = 0;
    int failed = 0;
};

class Worker
{
public:
    explicit Worker(const QStringList &args)
    {
        int fds[2];
        REQUIRE(::pipe2(fds, O_CLOEXEC) == 0);
        m_pid = ::fork();
        REQUIRE(m_pid >= 0);
        if (m_pid == 0) {
            ::dup2(fds[1], STDOUT_FILENO);
            std::vector<QByteArray> storage;
            std::vector<char *> argv;
            storage.push_back(QByteArrayLiteral(CRASH_WORKER_PATH));
            for (const QString &a : args)
                storage.push_back(a.toUtf8());
            for (QByteArray &s : storage)
                argv.push_back(s.data());
            argv.push_back(nullptr);
            ::execv(argv[0], argv.data());
            ::_exit(127);
        }
        ::close(fds[1]);
        m_out = fds[0];
    }
    ~Worker()
    {
        if (m_pid > 0) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, nullptr, 0);
        }
        ::close(m_out);
    }

    // Reads output until `line` appears or the timeout passes.
    bool waitFor(const QByteArray &prefix, int timeoutMs)
    {
        const auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
        while (std::chrono::steady_clock::now() < end) {
            if (m_buffer.contains("\n" + prefix) || m_buffer.startsWith(prefix))
                return true;
            pollOnce(20);
        }
        return false;
    }

    // SIGKILL, then collect everything it printed before dying.
    QByteArray kill()
    {
        ::kill(m_pid, SIGKILL);
        int status = 0;
        ::waitpid(m_pid, &status, 0);
        m_pid = -1;
        while (pollOnce(0)) {
        }
        return m_buffer;
    }

private:
    bool pollOnce(int timeoutMs)
    {
        pollfd p{m_out, POLLIN, 0};
        if (::poll(&p, 1, timeoutMs) <= 0)
            return false;
        char buf[4096];
        const ssize_t n = ::read(m_out, buf, sizeof buf);
        if (n <= 0)
            return false;
        m_buffer.append(buf, int(n));
        return true;
    }

    pid_t m_pid = -1;
    int m_out = -1;
    QByteArray m_buffer;
};

void parse(const QByteArray &output, Acks &acks)
{
    for (const QByteArray &line : output.split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        if (f.size() != 3)
            continue; // the last line may be cut by the kill: not acknowledged
        const QString id = QString::fromLatin1(f[1]);
        if (f[0] == "CREATED")
            acks.created.insert(id);
        else if (f[0] == "SAVED")
            acks.saved[id] = std::max(acks.saved.value(id), f[2].toInt());
        else if (f[0] == "SIGNED")
            acks.signedIds.insert(id);
        else if (f[0] == "TRY")
            acks.tries = std::max(acks.tries, id.toInt());
        else if (f[0] == "FAILED")
            acks.failed = std::max(acks.failed, id.toInt());
    }
}

int crashRuns()
{
    const int env = qEnvironmentVariableIntValue("HOMEVISIT_CRASH_RUNS");
    return env > 0 ? env : 200;
}

void checkJournal(TempUser &u, const Acks &acks)
{
    auto s = u.unlock();
    auto &j = s->journal();
    for (const QString &id : acks.created)
        REQUIRE(j.record(id).has_value());
    for (auto it = acks.saved.cbegin(); it != acks.saved.cend(); ++it) {
        const auto r = j.record(it.key());
        REQUIRE(r);
        INFO("record " << it.key().toStdString() << " acknowledged revision " << it.value());
        REQUIRE(r->revision >= it.value());
        // The text on disk is the one of the revision on disk: nothing half-written.
        REQUIRE(r->body.value("observations").toString() == autosaveText(r->id, r->revision));
    }
    for (const QString &id : acks.signedIds) {
        const auto r = j.record(id);
        REQUIRE(r);
        REQUIRE(r->status == store::RecordStatus::Signed);
    }
    const auto report = j.verify();
    INFO(report.problems.join("; ").toStdString());
    REQUIRE(report.ok());
}

} // namespace

TEST_CASE("SIGKILL while autosaving and signing loses nothing acknowledged", "[crash]")
{
    TempUser u;
    Acks acks;
    std::mt19937 rng(20261123);
    const int runs = crashRuns();
    int killedMidWork = 0;
    for (int run = 0; run < runs; ++run) {
        Worker worker({"journal", u.path(), u.user, u.pin, QString::number(rng())});
        // Let it unlock and start writing, then kill at a random instant.
        REQUIRE(worker.waitFor("CREATED", 10'000));
        std::this_thread::sleep_for(std::chrono::microseconds(rng() % 60'000));
        const QByteArray out = worker.kill();
        killedMidWork += out.count('\n') > 1 ? 1 : 0;
        parse(out, acks);
        if (run % 20 == 19 || run == runs - 1)
            checkJournal(u, acks); // the full check is costly as the journal grows
        else {
            auto s = u.unlock(); // at least: it opens, and what was signed is signed
            for (const QString &id : acks.signedIds)
                REQUIRE(s->journal().record(id)->status == store::RecordStatus::Signed);
        }
    }
    INFO("runs " << runs << ", signed " << acks.signedIds.size() << ", drafts saved "
                 << acks.saved.size());
    CHECK(acks.signedIds.size() > runs / 2);
    CHECK(killedMidWork > runs / 2);
}

TEST_CASE("the failed-PIN counter is on disk before the PIN is checked", "[crash][pin]")
{
    QTemporaryDir dir;
    FileDeviceSecret device(dir.path());
    // A slow KDF so the kill lands while the PIN is being checked.
    UserSession::enroll(dir.path(), "anna", "482915", device, makeKdfParams(24, 64 * 1024, 1));
    for (int kill = 1; kill <= 2; ++kill) {
        Worker worker({"guess", dir.path(), "anna", "000001"});
        REQUIRE(worker.waitFor("TRY 1", 10'000));
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        Acks acks;
        parse(worker.kill(), acks);
        REQUIRE(acks.failed == 0); // killed mid-check: the check never finished...
        // ...and yet the attempt was counted.
        CHECK(UserSession::lockoutState(dir.path(), "anna").failures == kill);
    }
}

TEST_CASE("the failed-PIN counter survives kills between attempts", "[crash][pin]")
{
    QTemporaryDir dir;
    FileDeviceSecret device(dir.path());
    UserSession::enroll(dir.path(), "anna", "482915", device, cheapKdf());
    std::mt19937 rng(7);
    int failedSoFar = 0;
    for (int run = 0; run < 30 && failedSoFar < 3; ++run) {
        Worker worker({"guess", dir.path(), "anna", "000001"});
        REQUIRE(worker.waitFor("TRY", 10'000));
        std::this_thread::sleep_for(std::chrono::milliseconds(rng() % 40));
        Acks acks;
        parse(worker.kill(), acks);
        const int before = failedSoFar;
        failedSoFar += acks.failed;
        const LockoutState state = UserSession::lockoutState(dir.path(), "anna");
        // Every finished failure is counted, and at most the one in flight on top.
        CHECK(state.failures >= failedSoFar);
        CHECK(state.failures <= before + acks.tries);
        failedSoFar = state.failures;
    }
    CHECK(UserSession::lockoutState(dir.path(), "anna").failures >= 3);
}
