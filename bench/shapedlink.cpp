#include "shapedlink.h"

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <cmath>
#include <deque>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdexcept>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace homevisit::bench {

namespace {

using Clock = std::chrono::steady_clock;

constexpr auto PollSlice = std::chrono::milliseconds(50); // to notice the proxy stopping
// Bytes leave in segments of at most this much, each once the bucket holds enough tokens.
constexpr std::size_t SegmentBytes = 1460;
// The bucket's depth: two segments. Deep enough that a wake-up a little late (the poll's
// timer slack) does not throw tokens away and slow the link below its rate; shallow enough
// that a request never crosses at loopback speed, which a real link never allows.
constexpr double BucketBytes = 2 * SegmentBytes;
// Beyond this many queued bytes a direction stops reading, so the sender feels the slow
// link through TCP back-pressure instead of the proxy buffering a whole upload at once.
constexpr std::size_t MaxQueuedBytes = 256 * 1024;
constexpr auto MaxConnectionLife = std::chrono::minutes(10); // every loop ends

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
    return fd;
}

void noDelay(int fd)
{
    // The shaping decides when bytes leave; Nagle must not hold them back on top.
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

// One direction of one connection: a delay line feeding a token bucket.
class Direction
{
public:
    enum class Read
    {
        Ok,
        Eof,
        Error
    };

    Direction(int from, int to, double bitsPerSecond, Clock::duration delay,
              Clock::time_point earliest, std::atomic<long long> &counter)
        : m_from(from), m_to(to), m_bytesPerSecond(bitsPerSecond / 8), m_delay(delay),
          m_earliest(earliest), m_counter(counter), m_refilled(Clock::now())
    {}

    bool wantsRead() const { return !m_eof && m_queued < MaxQueuedBytes; }
    bool blocked() const { return m_blocked; } // the last send would block: wait for POLLOUT
    bool done() const { return m_eof && m_queue.empty(); }

    // Takes what the source has into the delay line, stamped with when it may leave.
    Read readFrom(Clock::time_point now)
    {
        if (m_eof)
            return Read::Eof;
        char buf[16384];
        const ssize_t n = ::recv(m_from, buf, sizeof buf, MSG_DONTWAIT);
        if (n > 0) {
            m_queue.push_back({std::max(now + m_delay, m_earliest), {buf, buf + n}, 0});
            m_queued += std::size_t(n);
            return Read::Ok;
        }
        if (n == 0) {
            m_eof = true;
            return Read::Eof;
        }
        return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR ? Read::Ok : Read::Error;
    }

    // Sends every due byte the bucket allows; passes the source's FIN on once drained.
    // False when the destination is gone.
    bool flush(Clock::time_point now)
    {
        refill(now);
        while (!m_queue.empty() && m_queue.front().due <= now) {
            Chunk &chunk = m_queue.front();
            std::size_t want = chunk.bytes.size() - chunk.sent;
            if (limited()) {
                if (m_tokens < double(std::min(want, SegmentBytes)))
                    break;
                want = std::min(want, std::size_t(m_tokens));
            }
            const ssize_t w =
                ::send(m_to, chunk.bytes.data() + chunk.sent, want, MSG_NOSIGNAL | MSG_DONTWAIT);
            if (w < 0 && errno == EINTR)
                continue;
            if (w < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
                m_blocked = true;
                return true;
            }
            if (w <= 0)
                return false;
            m_blocked = false;
            chunk.sent += std::size_t(w);
            m_queued -= std::size_t(w);
            m_tokens -= double(w);
            m_counter += w;
            if (chunk.sent == chunk.bytes.size())
                m_queue.pop_front();
        }
        if (done() && !m_finSent) {
            ::shutdown(m_to, SHUT_WR);
            m_finSent = true;
        }
        return true;
    }

    // When flush() can next make progress; max() when only a socket event can help.
    Clock::time_point nextWake(Clock::time_point now) const
    {
        if (m_queue.empty() || m_blocked)
            return Clock::time_point::max();
        const Chunk &head = m_queue.front();
        if (head.due > now)
            return head.due;
        if (!limited())
            return now;
        const double need =
            double(std::min(head.bytes.size() - head.sent, SegmentBytes)) - m_tokens;
        if (need <= 0)
            return now;
        return now +
               std::chrono::microseconds(std::int64_t(std::ceil(need / m_bytesPerSecond * 1e6)));
    }

private:
    struct Chunk
    {
        Clock::time_point due;
        std::vector<char> bytes;
        std::size_t sent = 0;
    };

    bool limited() const { return m_bytesPerSecond > 0; }

    void refill(Clock::time_point now)
    {
        const std::chrono::duration<double> elapsed = now - m_refilled;
        m_refilled = now;
        if (limited())
            m_tokens = std::min(BucketBytes, m_tokens + elapsed.count() * m_bytesPerSecond);
    }

    int m_from;
    int m_to;
    double m_bytesPerSecond; // 0 = unlimited
    Clock::duration m_delay;
    Clock::time_point m_earliest; // nothing leaves before this (the emulated handshake)
    std::atomic<long long> &m_counter;
    std::deque<Chunk> m_queue;
    std::size_t m_queued = 0;
    double m_tokens = BucketBytes;
    Clock::time_point m_refilled;
    bool m_eof = false;
    bool m_finSent = false;
    bool m_blocked = false;
};

// ppoll's timeout: to the microsecond, because at 780 kbit/s a segment takes 15 ms and
// poll's whole milliseconds would add up to a few percent of the link's time.
timespec pollTimeout(Clock::time_point wake, Clock::time_point now)
{
    const Clock::duration wait =
        wake == Clock::time_point::max()
            ? Clock::duration(PollSlice)
            : std::clamp<Clock::duration>(wake - now, Clock::duration::zero(), PollSlice);
    const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(wait).count();
    return {time_t(ns / 1'000'000'000), long(ns % 1'000'000'000)};
}

// What to wait for on one socket: it is the source of `reading` and the destination of
// `writing`. With nothing to wait for, the socket is left out (fd -1): poll reports a hang-up
// whether asked or not, and a socket that has sent its FIN would wake the loop for nothing
// while the delay line still holds its last bytes.
pollfd watch(int fd, const Direction &reading, const Direction &writing)
{
    const short events =
        short((reading.wantsRead() ? POLLIN : 0) | (writing.blocked() ? POLLOUT : 0));
    return {events ? fd : -1, events, 0};
}

} // namespace

ShapedLink::ShapedLink(std::uint16_t upstreamPort, LinkShape shape)
    : m_upstreamPort(upstreamPort), m_shape(shape)
{
    m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_listener < 0)
        throw std::runtime_error("shaped link: socket failed");
    const int one = 1;
    ::setsockopt(m_listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (::bind(m_listener, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 ||
        ::listen(m_listener, 64) != 0 ||
        ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&addr), &len) != 0) {
        ::close(m_listener);
        throw std::runtime_error("shaped link: cannot listen on 127.0.0.1");
    }
    m_port = ntohs(addr.sin_port);
    m_acceptor = std::thread([this] { acceptLoop(); });
}

ShapedLink::~ShapedLink()
{
    m_stop.store(true);
    if (m_acceptor.joinable())
        m_acceptor.join();
    reap(true);
    ::close(m_listener);
}

LinkCounters ShapedLink::counters() const
{
    return {m_upstreamBytes.load(), m_downstreamBytes.load(), m_connections.load()};
}

void ShapedLink::reap(bool all)
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

void ShapedLink::acceptLoop()
{
    while (!m_stop.load()) {
        reap(false);
        pollfd pfd{m_listener, POLLIN, 0};
        if (::poll(&pfd, 1, 100) <= 0)
            continue;
        const int client = ::accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC);
        if (client < 0)
            continue;
        const auto accepted = Clock::now();
        ++m_connections;
        auto done = std::make_shared<std::atomic<bool>>(false);
        std::lock_guard lock(m_mutex);
        m_workers.push_back({std::thread([this, client, accepted, done] {
                                 serve(client, accepted);
                                 done->store(true);
                             }),
                             done});
    }
}

void ShapedLink::serve(int client, Clock::time_point accepted)
{
    const int upstream = connectUpstream(m_upstreamPort);
    if (upstream < 0) { // the gateway is down: the tablet sees its connection closed
        ::close(client);
        return;
    }
    noDelay(client);
    noDelay(upstream);
    const Clock::duration delay = m_shape.oneWayDelay;
    // SYN, SYN-ACK, then the first data: the client's first bytes reach the gateway three
    // one-way delays after it began to connect.
    const Clock::time_point firstUp = accepted + (m_shape.emulateTcpHandshake ? 3 * delay : delay);
    Direction up(client, upstream, m_shape.upstreamBitsPerSecond, delay, firstUp, m_upstreamBytes);
    Direction down(upstream, client, m_shape.downstreamBitsPerSecond, delay, accepted,
                   m_downstreamBytes);
    const auto deadline = accepted + MaxConnectionLife;

    while (!m_stop.load()) {
        auto now = Clock::now();
        if (now > deadline || !up.flush(now) || !down.flush(now) || (up.done() && down.done()))
            break;
        pollfd pfds[2] = {watch(client, up, down), watch(upstream, down, up)};
        const timespec timeout = pollTimeout(std::min(up.nextWake(now), down.nextWake(now)), now);
        const int ready = ::ppoll(pfds, 2, &timeout, nullptr);
        if (ready < 0 && errno != EINTR)
            break;
        now = Clock::now();
        const auto wakes = [](const pollfd &p) { return p.revents & (POLLIN | POLLHUP | POLLERR); };
        if ((wakes(pfds[0]) && up.readFrom(now) == Direction::Read::Error) ||
            (wakes(pfds[1]) && down.readFrom(now) == Direction::Read::Error))
            break; // a reset: drop both sides, as a broken link would
    }
    ::close(client);
    ::close(upstream);
}

} // namespace homevisit::bench
