// Cold start of the app to the first frame of its unlock screen, against the least a Qt
// Quick Controls app can show (barewindow.cpp), both started the same way in the same
// run, taking turns. Each run is a new process: the time is from just before fork() to
// the first QQuickWindow::frameSwapped, as the child reports it on CLOCK_MONOTONIC.
// homevisit must show that frame before touching the journal: at that frame the session
// is still Starting (it looks at the disk only after the first frame) and no file under
// the data directory is open (qml/startupprobe.h); the benchmark fails otherwise.
#include "benchsupport.h"

#include <QDir>
#include <QRegularExpression>
#include <QString>
#include <QTemporaryDir>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <ctime>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

using namespace homevisit::bench;

namespace {

long long monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<long long>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// A child process whose stderr is read line by line.
class Child
{
public:
    explicit Child(const std::vector<std::string> &args)
    {
        int fds[2];
        if (::pipe2(fds, O_CLOEXEC) != 0)
            throw std::runtime_error("pipe failed");
        startNs = monotonicNs();
        m_pid = ::fork();
        if (m_pid < 0)
            throw std::runtime_error("fork failed");
        if (m_pid == 0) {
            ::dup2(fds[1], STDERR_FILENO);
            const int null = ::open("/dev/null", O_WRONLY);
            ::dup2(null, STDOUT_FILENO);
            std::vector<char *> argv;
            for (const std::string &a : args)
                argv.push_back(const_cast<char *>(a.c_str()));
            argv.push_back(nullptr);
            ::execv(argv[0], argv.data());
            ::_exit(127);
        }
        ::close(fds[1]);
        m_fd = fds[0];
    }
    ~Child()
    {
        ::kill(m_pid, SIGKILL);
        ::waitpid(m_pid, nullptr, 0);
        ::close(m_fd);
    }
    Child(const Child &) = delete;
    Child &operator=(const Child &) = delete;

    // The next line that contains `marker`, or nothing after timeoutMs or at EOF.
    std::optional<std::string> waitFor(const char *marker, int timeoutMs = 60'000)
    {
        const long long deadline = monotonicNs() + timeoutMs * 1'000'000LL;
        for (;;) {
            for (std::size_t eol; (eol = m_buffer.find('\n')) != std::string::npos;) {
                std::string line = m_buffer.substr(0, eol);
                m_buffer.erase(0, eol + 1);
                if (line.find(marker) != std::string::npos)
                    return line;
            }
            const long long left = (deadline - monotonicNs()) / 1'000'000;
            pollfd p{m_fd, POLLIN, 0};
            if (left <= 0 || ::poll(&p, 1, int(left)) <= 0)
                return std::nullopt;
            char chunk[4096];
            const ssize_t n = ::read(m_fd, chunk, sizeof chunk);
            if (n <= 0)
                return std::nullopt;
            m_buffer.append(chunk, std::size_t(n));
        }
    }

    long long startNs = 0;

private:
    pid_t m_pid = -1;
    int m_fd = -1;
    std::string m_buffer;
};

QString field(const std::string &line, const char *name)
{
    const QRegularExpression re(QStringLiteral("\\b%1=(\\S+)").arg(QLatin1String(name)));
    return re.match(QString::fromStdString(line)).captured(1);
}

struct Config
{
    const char *label;
    std::vector<std::string> args;
    bool isApp = false;
    const char *keyboard = "0"; // HOMEVISIT_VIRTUAL_KEYBOARD
    std::vector<double> firstFrameMs;
    std::vector<double> lockedMs; // first frame to Locked (the user's name shown)
    QString graphicsApi;
};

// One start: returns false (with a message) if the app broke its promise.
bool runOnce(Config &config)
{
    ::setenv("HOMEVISIT_VIRTUAL_KEYBOARD", config.keyboard, 1);
    Child child(config.args);
    const std::optional<std::string> line = child.waitFor("first-frame");
    if (!line) {
        std::fprintf(stderr, "bench_ui_startup: %s showed no first frame\n", config.label);
        return false;
    }
    const long long frameNs = field(*line, "ns").toLongLong();
    config.firstFrameMs.push_back(double(frameNs - child.startNs) / 1e6);
    config.graphicsApi = field(*line, "graphics-api");
    if (!config.isApp)
        return true;
    if (field(*line, "state") != u"Starting" || field(*line, "open-data-files") != u"0") {
        std::fprintf(stderr, "bench_ui_startup: the disk was touched before the first frame: %s\n",
                     line->c_str());
        return false;
    }
    const std::optional<std::string> locked = child.waitFor("state=Locked");
    if (!locked) {
        std::fprintf(stderr, "bench_ui_startup: %s never reached the unlock state\n", config.label);
        return false;
    }
    config.lockedMs.push_back(double(field(*locked, "ns").toLongLong() - frameNs) / 1e6);
    return true;
}

void print(const Config &c)
{
    std::printf("  %-34s %8.1f ms %8.1f ms %8.1f ms", c.label, median(c.firstFrameMs),
                percentile(c.firstFrameMs, 0), maxOf(c.firstFrameMs));
    if (!c.lockedMs.empty())
        std::printf("   then %.1f ms to Locked", median(c.lockedMs));
    std::printf("\n");
}

int run(int rounds)
{
    const std::string base = baseDirectory();
    QTemporaryDir dir(QString::fromStdString(base) + QStringLiteral("/homevisit-startup-XXXXXX"));
    if (!dir.isValid())
        throw std::runtime_error("cannot create a directory in " + base);
    const std::string dataDir = dir.path().toStdString();
    if (std::getenv("QT_QPA_PLATFORM") == nullptr)
        ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
    ::setenv("HOMEVISIT_REPORT_FIRST_FRAME", "1", 1);

    // The demo store is made once, as on a tablet that is already set up: the timed
    // starts open the unlock screen of an existing user.
    {
        ::setenv("HOMEVISIT_VIRTUAL_KEYBOARD", "0", 1);
        Child setup({HOMEVISIT_PATH, "--data-dir", dataDir, "--demo"});
        if (!setup.waitFor("state=Locked", 120'000))
            throw std::runtime_error("homevisit --demo did not create its demo store");
    }

    const std::vector<std::string> app{HOMEVISIT_PATH, "--data-dir", dataDir, "--demo"};
    std::vector<Config> configs{
        {"bare Qt Quick Controls window", {BAREWINDOW_PATH}},
        {"homevisit unlock screen", app, true},
        {"homevisit + virtual keyboard", app, true, "1"},
    };
    for (Config &c : configs) // one untimed start each: the page cache is warm for all
        if (Config warm = c; !runOnce(warm))
            return 1;
    for (int round = 0; round < rounds; ++round)
        for (std::size_t i = 0; i < configs.size(); ++i) // a different one first each round
            if (!runOnce(configs[(i + std::size_t(round)) % configs.size()]))
                return 1;

    std::printf("ui_startup: process start (fork) to first frame, %d starts each, taking turns\n",
                rounds);
    std::printf("  QT_QPA_PLATFORM=%s, graphics API %s (QSGRendererInterface::GraphicsApi; "
                "0 = unknown, 1 = software, 2 = OpenVG, 3 = OpenGL)\n",
                std::getenv("QT_QPA_PLATFORM"), qPrintable(configs[1].graphicsApi));
    std::printf("  storage: %s (%s); a demo user exists, the session is Starting at the first "
                "frame and no data file is open\n",
                base.c_str(), fileSystemOf(base).c_str());
    std::printf("  %-34s %11s %11s %11s\n", "", "median", "min", "max");
    for (const Config &c : configs)
        print(c);
    const double bare = median(configs[0].firstFrameMs);
    std::printf("  ratio homevisit / bare window: %.2f (with the virtual keyboard: %.2f)\n",
                median(configs[1].firstFrameMs) / bare, median(configs[2].firstFrameMs) / bare);
    std::printf("RESULT bare_ms=%.1f homevisit_ms=%.1f homevisit_vkb_ms=%.1f ratio=%.2f\n", bare,
                median(configs[1].firstFrameMs), median(configs[2].firstFrameMs),
                median(configs[1].firstFrameMs) / bare);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    int rounds = 15;
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--runs") == 0)
            rounds = std::max(1, std::atoi(argv[i + 1]));
    try {
        return run(rounds);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_ui_startup: %s\n", e.what());
        return 1;
    }
}
