#include "faultproxy.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdexcept>
#include <sys/socket.h>
#include <unistd.h>

namespace faults {

namespace {

using Clock = std::chrono::steady_clock;

// No connection lives longer than this, whatever happens (every loop is bounded).
constexpr auto MaxConnectionLife = std::chrono::seconds(90);
constexpr int PollSliceMs = 50;

void closeWithReset(int fd)
{
    if (fd < 0)
        return;
    const linger l{1, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
    ::close(fd);
}

// Writes all of buf; false if the peer went away.
bool writeAll(int fd, const char *buf, std::size_t n)
{
    const auto deadline = Clock::now() + std::chrono::seconds(30);
    while (n > 0 && Clock::now() < deadline) {
        const ssize_t w = ::send(fd, buf, n, MSG_NOSIGNAL);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return false;
        buf += w;
        n -= std::size_t(w);
    }
    return n == 0;
}

int connectUpstream(std::uint16_t port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return -1;
    }
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

// Sleeps ms in short slices, returning early when stop is set.
void sleepFor(int ms, const std::atomic<bool> &stop)
{
    const auto until = Clock::now() + std::chrono::milliseconds(ms);
    while (!stop.load() && Clock::now() < until)
        std::this_thread::sleep_for(std::chrono::milliseconds(std::min(ms, PollSliceMs)));
}

} // namespace

const char *faultName(Fault f)
{
    switch (f) {
    case Fault::None:
        return "none";
    case Fault::Delay:
        return "delay";
    case Fault::Drop:
        return "drop";
    case Fault::Reset:
        return "reset";
    case Fault::Cut:
        return "cut";
    case Fault::Duplicate:
        return "duplicate";
    case Fault::Stall:
        return "stall";
    case Fault::Count:
        break;
    }
    return "?";
}

FaultProxy::FaultProxy(std::uint16_t upstreamPort, std::uint64_t seed)
    : m_upstreamPort(upstreamPort), m_rng(seed)
{
    m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_listener < 0)
        throw std::runtime_error("fault proxy: socket failed");
    const int one = 1;
    ::setsockopt(m_listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = 0;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (::bind(m_listener, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 ||
        ::listen(m_listener, 64) != 0 ||
        ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&addr), &len) != 0) {
        ::close(m_listener);
        throw std::runtime_error("fault proxy: cannot listen on 127.0.0.1");
    }
    m_port = ntohs(addr.sin_port);
    m_acceptor = std::thread([this] { acceptLoop(); });
}

FaultProxy::~FaultProxy()
{
    m_stop.store(true);
    if (m_acceptor.joinable())
        m_acceptor.join();
    reap(true);
    ::close(m_listener);
}

void FaultProxy::setStall(std::chrono::milliseconds min, std::chrono::milliseconds max)
{
    std::lock_guard lock(m_mutex);
    m_stallMinMs = int(min.count());
    m_stallMaxMs = int(std::max(min, max).count());
}

std::string FaultProxy::summary() const
{
    std::string s = std::to_string(connections()) + " connections:";
    for (std::size_t i = 0; i < std::size_t(Fault::Count); ++i)
        s += std::string(" ") + faultName(Fault(i)) + "=" + std::to_string(m_counts[i].load());
    return s;
}

FaultProxy::Plan FaultProxy::nextPlan()
{
    std::lock_guard lock(m_mutex);
    Plan p;
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const double roll = unit(m_rng); // always drawn: the sequence depends on the seed only
    const int which = std::uniform_int_distribution<int>(1, int(Fault::Count) - 1)(m_rng);
    p.delayMs = std::uniform_int_distribution<int>(5, 120)(m_rng);
    p.limitBytes = std::uniform_int_distribution<long long>(0, 12000)(m_rng);
    p.stallMs = std::uniform_int_distribution<int>(m_stallMinMs, m_stallMaxMs)(m_rng);
    if (roll < m_faultRate.load())
        p.fault = Fault(which);
    return p;
}

void FaultProxy::reap(bool all)
{
    std::lock_guard lock(m_mutex);
    for (auto it = m_workers.begin(); it != m_workers.end();) {
        if (all || it->done->load()) {
            it->thread.join();
            it = m_workers.erase(it);
        } else {
            ++it;
        }
    }
}

void FaultProxy::acceptLoop()
{
    while (!m_stop.load()) {
        reap(false);
        pollfd pfd{m_listener, POLLIN, 0};
        if (::poll(&pfd, 1, 100) <= 0)
            continue;
        const int client = ::accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC);
        if (client < 0)
            continue;
        const int one = 1;
        ::setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        const Plan plan = nextPlan();
        ++m_connections;
        ++m_counts[std::size_t(plan.fault)];
        auto done = std::make_shared<std::atomic<bool>>(false);
        std::lock_guard lock(m_mutex);
        m_workers.push_back({std::thread([this, client, plan, done] {
                                 serve(client, plan);
                                 done->store(true);
                             }),
                             done});
    }
}

void FaultProxy::serve(int client, Plan plan)
{
    if (plan.fault == Fault::Drop) {
        ::close(client);
        return;
    }
    const int upstream = connectUpstream(m_upstreamPort);
    if (upstream < 0) { // the gateway is down: the tablet sees a refused connection
        closeWithReset(client);
        return;
    }
    const auto deadline = Clock::now() + MaxConnectionLife;
    long long total = 0;    // bytes forwarded, both ways
    long long answered = 0; // bytes forwarded from the gateway to the tablet
    int answerChunks = 0;
    long long sentSinceAnswer = 0; // Duplicate: request bytes since the last answer
    bool stalled = false;
    bool reset = false;
    char buf[16384];

    while (!m_stop.load() && Clock::now() < deadline) {
        pollfd pfds[2] = {{client, POLLIN, 0}, {upstream, POLLIN, 0}};
        const int ready = ::poll(pfds, 2, PollSliceMs);
        if (ready < 0 && errno != EINTR)
            break;
        if (ready <= 0)
            continue;
        bool finished = false;
        for (int side = 0; side < 2 && !finished; ++side) {
            if (!(pfds[side].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            const int from = side == 0 ? client : upstream;
            const int to = side == 0 ? upstream : client;
            const ssize_t n = ::recv(from, buf, sizeof buf, 0);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                finished = true;
                break;
            }
            std::size_t len = std::size_t(n);
            const bool answer = side == 1;
            switch (plan.fault) {
            case Fault::Delay:
                sleepFor(plan.delayMs, m_stop);
                break;
            case Fault::Reset:
                if (total + n > plan.limitBytes) {
                    reset = true;
                    finished = true;
                }
                break;
            case Fault::Cut:
                if (answer && answered + n > plan.limitBytes) {
                    len = std::size_t(plan.limitBytes - answered);
                    finished = true;
                }
                break;
            case Fault::Duplicate:
                // The gateway answers a push only after its commit. Losing the answer to
                // the first large request (a push with records; the handshake, token and
                // pull requests are small) means the tablet sends the same mutations
                // again, and the gateway must answer "duplicate".
                if (!answer) {
                    sentSinceAnswer += n;
                } else if (++answerChunks > 1 && sentSinceAnswer >= 800) {
                    sleepFor(200, m_stop);
                    reset = true;
                    finished = true;
                    len = 0;
                } else {
                    sentSinceAnswer = 0;
                }
                break;
            case Fault::Stall:
                if (answer && !stalled && answered + n > plan.limitBytes) {
                    stalled = true;
                    sleepFor(plan.stallMs, m_stop);
                }
                break;
            default:
                break;
            }
            if (reset)
                break;
            if (len > 0 && !writeAll(to, buf, len)) {
                finished = true;
                break;
            }
            total += static_cast<long long>(len);
            if (!answer)
                m_upstreamBytes += static_cast<long long>(len);
            if (answer)
                answered += static_cast<long long>(len);
        }
        if (finished)
            break;
    }
    if (reset) {
        closeWithReset(client);
        closeWithReset(upstream);
    } else {
        ::close(client);
        ::close(upstream);
    }
}

} // namespace faults
