// A userspace TCP proxy on 127.0.0.1 that injects network faults between a tablet and
// the gateway. It forwards the TLS bytes blindly (it cannot read them); the fault of
// each accepted connection is drawn from a seeded RNG, so a failing run can be
// replayed with the same seed.
#pragma once

#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <random>
#include <string>
#include <thread>

namespace faults {

enum class Fault
{
    None,      // forward both ways untouched
    Delay,     // add latency before every forwarded chunk
    Drop,      // accept, then close without ever connecting upstream
    Reset,     // forward some bytes, then close with SO_LINGER 0 (RST) both ways
    Cut,       // forward N bytes of the gateway's answer, then close (FIN)
    Duplicate, // forward the request; lose the answer after the gateway committed
    Stall,     // stop forwarding the answer for a while, then go on
    Count
};

const char *faultName(Fault f);

class FaultProxy
{
public:
    // Listens on 127.0.0.1 (kernel-chosen port) and forwards to 127.0.0.1:upstreamPort.
    FaultProxy(std::uint16_t upstreamPort, std::uint64_t seed);
    ~FaultProxy();
    FaultProxy(const FaultProxy &) = delete;
    FaultProxy &operator=(const FaultProxy &) = delete;

    std::uint16_t port() const { return m_port; }

    // Fraction (0..1) of new connections that get a fault; 0 turns faults off.
    void setFaultRate(double rate) { m_faultRate.store(rate); }
    // How long a Stall holds the answer back (default 1-3 s, below curl's 20 s
    // low-speed limit). A value above 20 s makes the client abort on low speed.
    void setStall(std::chrono::milliseconds min, std::chrono::milliseconds max);

    int count(Fault f) const { return m_counts[std::size_t(f)].load(); }
    int connections() const { return m_connections.load(); }
    // Bytes forwarded from tablets to the gateway so far (to time a kill mid-push).
    long long upstreamBytes() const { return m_upstreamBytes.load(); }
    std::string summary() const;

private:
    struct Plan
    {
        Fault fault = Fault::None;
        int delayMs = 0;
        long long limitBytes = 0; // Reset: total bytes; Cut/Stall: answer bytes
        int stallMs = 0;
    };
    struct Worker
    {
        std::thread thread;
        std::shared_ptr<std::atomic<bool>> done;
    };

    Plan nextPlan();
    void acceptLoop();
    void serve(int client, Plan plan);
    void reap(bool all);

    std::uint16_t m_upstreamPort;
    std::uint16_t m_port = 0;
    int m_listener = -1;
    std::atomic<bool> m_stop{false};
    std::atomic<double> m_faultRate{0.0};
    std::mutex m_mutex; // guards m_rng, m_stall*, m_workers
    std::mt19937_64 m_rng;
    int m_stallMinMs = 1000, m_stallMaxMs = 3000;
    std::list<Worker> m_workers;
    std::array<std::atomic<int>, std::size_t(Fault::Count)> m_counts{};
    std::atomic<int> m_connections{0};
    std::atomic<long long> m_upstreamBytes{0};
    std::thread m_acceptor;
};

} // namespace faults
