// Helpers shared by the benchmarks. Plain C++ and POSIX only: store_workload.cpp includes
// this too and must not pull in Qt or the app (it is built once against SQLCipher and
// once against plain SQLite).
#pragma once

#include <sys/vfs.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace homevisit::bench {

using Clock = std::chrono::steady_clock;

inline double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Nearest-rank percentile (p in 0..100) of unsorted samples: an actual sample, so the
// p99 of 1000 saves is the 10th-slowest save, not an interpolation between two.
inline double percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = static_cast<std::size_t>(p / 100.0 * double(samples.size()) + 0.999999);
    return samples[std::clamp<std::size_t>(rank, 1, samples.size()) - 1];
}

inline double median(std::vector<double> samples)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const std::size_t n = samples.size();
    return n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
}

inline double maxOf(const std::vector<double> &samples)
{
    return samples.empty() ? 0 : *std::max_element(samples.begin(), samples.end());
}

// Where benchmark stores are created. The point of these benchmarks is the cost of
// fsync on a real disk, so the directory is printed with its file system: on tmpfs
// fsync is free and the numbers mean nothing for a tablet.
inline std::string baseDirectory()
{
    if (const char *dir = std::getenv("HOMEVISIT_BENCH_DIR"); dir && *dir)
        return dir;
    if (const char *dir = std::getenv("TMPDIR"); dir && *dir)
        return dir;
    return "/tmp";
}

inline std::string fileSystemOf(const std::string &path)
{
    struct statfs fs
    {
    };
    if (statfs(path.c_str(), &fs) != 0)
        return "unknown file system";
    switch (static_cast<unsigned long>(fs.f_type)) {
    case 0xEF53:
        return "ext4";
    case 0x58465342:
        return "xfs";
    case 0x9123683E:
        return "btrfs";
    case 0xF2F52010:
        return "f2fs";
    case 0x794C7630:
        return "overlayfs";
    case 0x01021994:
        return "tmpfs: fsync is free here, these numbers do not reflect a disk";
    default: {
        char buf[48];
        std::snprintf(buf, sizeof buf, "file system 0x%lx", static_cast<unsigned long>(fs.f_type));
        return buf;
    }
    }
}

// Median milliseconds of one 4 KiB write + fdatasync in dir: what every synchronous=FULL
// commit pays at least once. Virtual disks with a host write cache answer in ~0.1 ms,
// a tablet's eMMC in milliseconds; printing it lets the reader scale the other numbers.
inline double fdatasyncMs(const std::string &dir, int rounds = 50)
{
    std::string path = dir + "/fsync-probe-XXXXXX";
    const int fd = ::mkstemp(path.data());
    if (fd < 0)
        return -1;
    std::vector<double> ms;
    const std::string block(4096, 'x');
    for (int i = 0; i < rounds; ++i) {
        const auto start = Clock::now();
        if (::pwrite(fd, block.data(), block.size(), off_t(i) * 4096) < 0 || ::fdatasync(fd) != 0)
            break;
        ms.push_back(msSince(start));
    }
    ::close(fd);
    ::unlink(path.c_str());
    return ms.empty() ? -1 : median(ms);
}

} // namespace homevisit::bench
