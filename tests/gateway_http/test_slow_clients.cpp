// A real tablet (homevisitctl: init, enroll, sync, a signed visit, sync) against the real
// gateway over TLS while 200 connections trickle one byte a second for 60 s: half of them
// a TLS ClientHello, half an HTTP request inside TLS. Each one the gateway cuts (handshake
// or request deadline) is opened again at once, so 200 stay open throughout. The sync
// must succeed; its wall time is printed, not asserted.
#include "../sync_e2e/e2esupport.h"
#include "catchrunner.h"
#include "httpclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <csignal>
#include <cstdio>
#include <thread>
#include <vector>

using homevisit::e2e::Certificate;
using homevisit::e2e::Gateway;
using homevisit::e2e::Result;
using homevisit::e2e::Tablet;
namespace http = homevisit::http_test;
using namespace std::chrono_literals;

namespace {

struct Trickle
{
    http::Connection connection;
    bool tls = false;
    int sent = 0;
};

struct TrickleCounts
{
    std::atomic<int> opened{0};
    std::atomic<int> cut{0}; // by the gateway: a write failed
};

void trickle(int port, std::chrono::seconds duration, std::atomic<bool> &ready,
             TrickleCounts &counts)
{
    // Never completes within 60 s: the request deadline cuts it first.
    const QByteArray request =
        "GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + QByteArray(200, 'z') +
        "\r\n\r\n";
    const QByteArray hello("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11);
    const auto open = [&](bool tls) {
        Trickle t;
        t.tls = tls;
        t.connection = tls ? http::Connection::tls(port) : http::Connection::plain(port);
        ++counts.opened;
        return t;
    };
    std::vector<Trickle> all;
    for (int i = 0; i < 200; ++i)
        all.push_back(open(i % 2 == 0));
    ready = true;
    const auto end = std::chrono::steady_clock::now() + duration;
    while (std::chrono::steady_clock::now() < end) {
        for (Trickle &t : all) {
            const QByteArray &bytes = t.tls ? request : hello;
            if (!t.connection.ok() || !t.connection.send(bytes.mid(t.sent % bytes.size(), 1))) {
                ++counts.cut;
                t = open(t.tls);
                continue;
            }
            ++t.sent;
        }
        std::this_thread::sleep_for(1s);
    }
}

} // namespace

TEST_CASE("a tablet enrolls and syncs while 200 connections trickle a byte a second for 60 s",
          "[slow-clients]")
{
    QTemporaryDir tmp;
    const Certificate cert(tmp.path());
    Gateway gateway(tmp.path() + "/central", cert);
    const int port = gateway.url().section(':', -1).toInt();

    std::atomic<bool> ready{false};
    TrickleCounts counts;
    // Joined also when a REQUIRE below fails: a running std::thread must not be destroyed.
    struct Joined
    {
        std::thread thread;
        ~Joined()
        {
            if (thread.joinable())
                thread.join();
        }
    } trickler{std::thread([&] { trickle(port, 60s, ready, counts); })};
    while (!ready)
        std::this_thread::sleep_for(100ms);
    std::this_thread::sleep_for(5s); // all 200 mid-request or mid-handshake

    const Tablet anna{tmp.path() + "/tablet-anna", "anna"};
    QElapsedTimer clock;
    clock.start();
    anna.enroll(gateway, cert.pin);
    const Result first = anna.ctl({"sync"});
    INFO(first.out.toStdString() << first.err.toStdString());
    REQUIRE(first.rc == 0);
    anna.addVisit(true);
    const Result second = anna.ctl({"sync"});
    INFO(second.out.toStdString() << second.err.toStdString());
    REQUIRE(second.rc == 0);
    CHECK(second.out.startsWith("synced: 1 sent"));
    const double seconds = clock.elapsed() / 1000.0;
    std::printf("gateway_slow_clients: enroll + sync + signed visit + sync took %.2f s "
                "with 200 trickling connections open\n",
                seconds);

    trickler.thread.join();
    std::printf("gateway_slow_clients: %d connections opened, %d cut by the gateway's "
                "deadlines in 60 s\n",
                counts.opened.load(), counts.cut.load());
    // The deadlines did cut the trickling connections (handshake 10 s, request 30 s).
    CHECK(counts.cut > 100);
}

int main(int argc, char **argv)
{
    std::signal(SIGPIPE, SIG_IGN); // a write to a connection the gateway cut
    QCoreApplication app(argc, argv);
    return homevisit::test::runCatch(argc, argv);
}
