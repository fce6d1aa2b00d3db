// The sync service as the app runs it: its own thread and store connection, rounds
// started by signing, by the network's return (probing) and by "Synka nu", against the
// real homevisit-central over TLS on loopback. The tablet is enrolled with the real
// homevisitctl; the test then unlocks the same store in-process like the app does.
#include "catchrunner.h"
#include "sync_e2e/e2esupport.h"
#include "waitfor.h"

#include "domain/examples.h"
#include "platform/filedevicesecret.h"
#include "session/usersession.h"
#include "store/outbox.h"
#include "sync/service/syncservice.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpServer>
#include <QThread>

using namespace homevisit;
using namespace homevisit::e2e;
using sync::SyncService;
using sync::SyncServiceOptions;
using sync::SyncSnapshot;
using sync::SyncStatus;

namespace {

using homevisit::test::waitFor;

SyncServiceOptions fastOptions()
{
    SyncServiceOptions o;
    o.useNetworkInformation = false; // probe: the path a tablet without NetworkManager takes
    o.probeInterval = std::chrono::milliseconds(300);
    o.afterSigningDelay = std::chrono::milliseconds(100);
    o.firstRoundDelay = std::chrono::milliseconds(0);
    o.period = std::chrono::hours(1); // no round from the timer during a test
    return o;
}

// The app's view of one unlocked tablet: the session (UI connection) and its service.
struct UnlockedTablet
{
    explicit UnlockedTablet(const Tablet &t, SyncServiceOptions options = fastOptions())
        : device(t.dir)
    {
        // The sync thread's connection is opened at unlock: the session keeps no key.
        session = UserSession::unlock(t.dir, t.user, "482915", device, WorkerConnection::Open);
        service = std::make_unique<SyncService>([s = session.get()] { return s->openConnection(); },
                                                std::move(options));
        QObject::connect(service.get(), &SyncService::snapshotChanged,
                         [this](const SyncSnapshot &s) { snapshots << s; });
        QObject::connect(service.get(), &SyncService::journalChanged, [this] { ++changes; });
        QObject::connect(service.get(), &SyncService::revoked,
                         [this](const QString &detail) { revokedDetail = detail; });
    }
    ~UnlockedTablet()
    {
        service.reset(); // joins the thread and closes its connection first
        session.reset();
    }
    bool last(SyncStatus status) const
    {
        return !snapshots.isEmpty() && snapshots.back().attempted && !snapshots.back().running &&
               snapshots.back().status == status;
    }
    QString signVisit()
    {
        store::JournalStore &j = session->journal();
        const QString child = j.caseload(QDate::currentDate()).front().child.id;
        const QString id = j.createDraft(
            domain::RecordKind::ChildVisit,
            domain::exampleChildVisit(child, QDateTime::currentDateTimeUtc().addSecs(-3600)));
        j.sign(id);
        service->recordSigned();
        return id;
    }
    store::SyncState stateOf(const QString &id) { return session->journal().record(id)->syncState; }

    FileDeviceSecret device;
    std::unique_ptr<UserSession> session;
    std::unique_ptr<SyncService> service;
    QList<SyncSnapshot> snapshots;
    int changes = 0;
    QString revokedDetail;
};

} // namespace

TEST_CASE("a signed visit syncs by itself, on the sync thread's own connection", "[service]")
{
    QTemporaryDir tmp;
    const Certificate cert(tmp.path());
    Gateway gateway(tmp.path() + "/central", cert);
    const Tablet anna{tmp.path() + "/tablet", "anna"};
    anna.enroll(gateway, cert.pin);

    UnlockedTablet app(anna);
    app.service->start();
    // The first round pulls her caseload without anyone asking.
    REQUIRE(waitFor([&] { return app.last(SyncStatus::Synced); }, 30'000));
    REQUIRE_FALSE(app.session->journal().caseload(QDate::currentDate()).isEmpty());
    CHECK(app.changes > 0); // the pulled caseload was announced
    CHECK(app.snapshots.back().lastSuccess.isValid());
    CHECK(app.snapshots.back().waiting == 0);
    CHECK(app.service->reachabilityBackend().isEmpty()); // probing, as asked

    const QString id = app.signVisit();
    CHECK(app.stateOf(id) == store::SyncState::Local);
    REQUIRE(waitFor([&] { return app.stateOf(id) == store::SyncState::Synced; }, 30'000));
    const auto stored = app.session->journal().record(id);
    CHECK(stored->serverRevision >= 1);
    CHECK(stored->serverSeq > 0);
    // A running round was announced before the idle, synced one.
    CHECK(std::any_of(app.snapshots.cbegin(), app.snapshots.cend(),
                      [](const SyncSnapshot &s) { return s.running; }));
    REQUIRE(waitFor([&] { return app.last(SyncStatus::Synced); }, 10'000));

    // Both connections wrote audit events; the journal's clock never went backwards.
    QString previous;
    for (const store::AuditEvent &e : app.session->journal().auditEvents()) {
        CHECK(e.hlc > previous);
        previous = e.hlc;
    }
}

TEST_CASE("with the platform's network information the service still syncs, whichever "
          "backend loads (none in a container: then it probes)",
          "[service]")
{
    QTemporaryDir tmp;
    const Certificate cert(tmp.path());
    Gateway gateway(tmp.path() + "/central", cert);
    const Tablet anna{tmp.path() + "/tablet", "anna"};
    anna.enroll(gateway, cert.pin);

    SyncServiceOptions options = fastOptions();
    options.useNetworkInformation = true;
    UnlockedTablet app(anna, options);
    app.service->start();
    WARN("reachability backend: " << (app.service->reachabilityBackend().isEmpty()
                                          ? std::string("none usable, probing")
                                          : app.service->reachabilityBackend().toStdString()));
    REQUIRE(waitFor([&] { return app.last(SyncStatus::Synced); }, 30'000));
    const QString id = app.signVisit();
    REQUIRE(waitFor([&] { return app.stateOf(id) == store::SyncState::Synced; }, 30'000));
}

TEST_CASE("offline is a calm state: the record waits, probing finds the server again and "
          "it syncs without the user asking",
          "[service]")
{
    QTemporaryDir tmp;
    const Certificate cert(tmp.path());
    Gateway gateway(tmp.path() + "/central", cert);
    const Tablet anna{tmp.path() + "/tablet", "anna"};
    anna.enroll(gateway, cert.pin);
    REQUIRE(anna.ctl({"sync"}).rc == 0); // caseload on the tablet

    gateway.stop(); // out of signal in the foster home's kitchen
    UnlockedTablet app(anna);
    app.service->start();
    const QString id = app.signVisit();
    REQUIRE(
        waitFor([&] { return app.last(SyncStatus::Offline) && app.snapshots.back().waiting == 1; },
                30'000));
    const SyncSnapshot offline = app.snapshots.back();
    CHECK(offline.nextAttemptInMs >= 0);
    CHECK(offline.nextAttemptInMs <= 330); // the probe (a coarse timer: 5 %), not a backoff
    CHECK(app.stateOf(id) == store::SyncState::Local);
    CHECK_FALSE(offline.detail.contains(anna.user)); // no names or tokens in the log line
    // Several probes fail while the gateway is down; nothing is lost or refused.
    QThread::msleep(1000);
    QCoreApplication::processEvents();
    CHECK(app.stateOf(id) == store::SyncState::Local);
    CHECK(app.snapshots.back().refused == 0);

    gateway.start(); // back in range: same port
    REQUIRE(waitFor([&] { return app.stateOf(id) == store::SyncState::Synced; }, 30'000));
    REQUIRE(waitFor([&] { return app.last(SyncStatus::Synced); }, 10'000));
    CHECK(app.snapshots.back().waiting == 0);
}

TEST_CASE("'sync now' tries a change that waits for its backoff", "[service]")
{
    QTemporaryDir tmp;
    const Certificate cert(tmp.path());
    Gateway gateway(tmp.path() + "/central", cert);
    const Tablet anna{tmp.path() + "/tablet", "anna"};
    anna.enroll(gateway, cert.pin);
    REQUIRE(anna.ctl({"sync"}).rc == 0);

    // Not probing, so a failed round waits for the engine's backoff (≥ 1 s, growing).
    SyncServiceOptions options = fastOptions();
    options.useNetworkInformation = false;
    options.probeInterval = std::chrono::hours(1);
    gateway.stop();
    UnlockedTablet app(anna, options);
    app.service->start();
    const QString id = app.signVisit();
    REQUIRE(waitFor([&] { return app.last(SyncStatus::Offline); }, 30'000));
    gateway.start();
    app.service->syncNow();
    REQUIRE(waitFor([&] { return app.stateOf(id) == store::SyncState::Synced; }, 10'000));
}

TEST_CASE("locking while a request hangs returns at once and closes the store", "[service]")
{
    QTemporaryDir tmp;
    const Certificate cert(tmp.path());
    Gateway gateway(tmp.path() + "/central", cert);
    const Tablet anna{tmp.path() + "/tablet", "anna"};
    anna.enroll(gateway, cert.pin);

    // A server that accepts connections (the kernel's backlog) and never says a word.
    QTcpServer silent;
    REQUIRE(silent.listen(QHostAddress::LocalHost));
    silent.pauseAccepting();
    {
        FileDeviceSecret device(anna.dir);
        auto session = UserSession::unlock(anna.dir, anna.user, "482915", device);
        session->journal().setSetting("sync.server_url",
                                      "https://127.0.0.1:" + QString::number(silent.serverPort()));
    }
    UnlockedTablet app(anna);
    app.service->start();
    app.service->syncNow();
    REQUIRE(
        waitFor([&] { return !app.snapshots.isEmpty() && app.snapshots.back().running; }, 10'000));
    QThread::msleep(300); // inside the TLS handshake now
    QElapsedTimer timer;
    timer.start();
    app.service.reset(); // what the idle lock does
    CHECK(timer.elapsed() < 3000);
    // Every connection is closed: the store can be erased now.
    app.session.reset();
    UserSession::eraseStore(anna.dir, anna.user);
    CHECK_FALSE(QFile::exists(UserPaths::of(anna.dir, anna.user).journal));
}

TEST_CASE("a revoked device stops syncing and reports it so the app can erase the store",
          "[service]")
{
    QTemporaryDir tmp;
    const Certificate cert(tmp.path());
    Gateway gateway(tmp.path() + "/central", cert);
    const Tablet anna{tmp.path() + "/tablet", "anna"};
    anna.enroll(gateway, cert.pin);
    REQUIRE(anna.ctl({"sync"}).rc == 0);

    QFile idFile(anna.dir + "/device.id");
    REQUIRE(idFile.open(QIODevice::ReadOnly));
    const QString deviceId = QString::fromLatin1(idFile.readAll()).trimmed();
    REQUIRE(gateway.admin({"revoke-device", "--device", deviceId}).rc == 0);

    UnlockedTablet app(anna);
    app.service->start();
    app.signVisit();
    REQUIRE(waitFor([&] { return !app.revokedDetail.isNull(); }, 30'000));
    app.service->syncNow(); // nothing happens any more: the worker's connection is closed
    app.service.reset();
    app.session.reset();
    UserSession::eraseStore(anna.dir, anna.user);
    CHECK_FALSE(QFile::exists(UserPaths::of(anna.dir, anna.user).journal));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return homevisit::test::runCatch(argc, argv);
}
