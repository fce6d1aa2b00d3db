// A userspace TCP proxy on 127.0.0.1 that makes loopback look like a tablet's mobile link:
// a bandwidth limit per direction (token bucket) and a one-way delay per direction (a delay
// line). The kernel here has no netem, so the shaping is done on the bytes the proxy
// forwards; it cannot read them (they are TLS) and does not need to.
//
// The model of one direction: a chunk read at time t may leave the proxy at t + delay at
// the earliest (the delay line: chunks queue in order, and a chunk behind a delayed one is
// not delayed twice), and then only as fast as the token bucket refills (the bandwidth).
// Delay and bandwidth therefore add up the way they do on a real link: a 40 KB answer on
// a 780 kbit/s link with 100 ms delay arrives after ~100 ms + ~410 ms, not after 100 ms per
// chunk. The bucket holds at most one MTU, so bytes go out at the link rate, not in bursts.
//
// Bytes are TCP payload (TLS records), without TCP/IP headers: the real link carries
// ~3-5% more, and the bandwidth limit applies to payload only.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <thread>

namespace homevisit::bench {

struct LinkShape
{
    double downstreamBitsPerSecond = 0; // gateway -> tablet; 0 = unlimited
    double upstreamBitsPerSecond = 0;   // tablet -> gateway; 0 = unlimited
    std::chrono::milliseconds oneWayDelay{0};
    // Loopback accepts a connection at once, but a real TCP handshake costs one round trip
    // before the client may send: the first bytes of each connection are held back that
    // much longer, so a new connection (TLS handshake included) costs what it costs there.
    bool emulateTcpHandshake = true;

    bool shaped() const
    {
        return downstreamBitsPerSecond > 0 || upstreamBitsPerSecond > 0 || oneWayDelay.count() > 0;
    }
};

struct LinkCounters
{
    long long upstreamBytes = 0;   // tablet -> gateway, forwarded
    long long downstreamBytes = 0; // gateway -> tablet, forwarded
    int connections = 0;           // TCP connections accepted from tablets
};

class ShapedLink
{
public:
    // Listens on 127.0.0.1 (kernel-chosen port) and forwards to 127.0.0.1:upstreamPort.
    // Throws std::runtime_error if it cannot listen.
    ShapedLink(std::uint16_t upstreamPort, LinkShape shape);
    ~ShapedLink();
    ShapedLink(const ShapedLink &) = delete;
    ShapedLink &operator=(const ShapedLink &) = delete;

    std::uint16_t port() const { return m_port; }
    const LinkShape &shape() const { return m_shape; }
    LinkCounters counters() const;

private:
    struct Worker
    {
        std::thread thread;
        std::shared_ptr<std::atomic<bool>> done;
    };

    void acceptLoop();
    void serve(int client, std::chrono::steady_clock::time_point accepted);
    void reap(bool all);

    std::uint16_t m_upstreamPort;
    LinkShape m_shape;
    std::uint16_t m_port = 0;
    int m_listener = -1;
    std::atomic<bool> m_stop{false};
    std::mutex m_mutex; // guards m_workers
    std::list<Worker> m_workers;
    std::atomic<long long> m_upstreamBytes{0};
    std::atomic<long long> m_downstreamBytes{0};
    std::atomic<int> m_connections{0};
    std::thread m_acceptor;
};

} // namespace homevisit::bench
