// Pieces shared by the UI benchmarks (bench_ui_unlock, bench_ui_supervisor): a user
// enrolled as in production, resident memory, and timestamps taken on whichever thread
// Qt Quick renders on.
#pragma once

#include "benchsupport.h"

#include "crypto/keyvault.h"
#include "platform/devicesecret.h"
#include "session/usersession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <cstdio>
#include <stdexcept>

namespace homevisit::bench {

// A user enrolled the way the app enrolls one (the device secret the app would use,
// Argon2id calibrated on this machine, as bench_unlock does); returns its KDF parameters.
inline KdfParams enrollProductionUser(const QString &dataDir, const QString &user,
                                      const QString &pin)
{
    auto device = createDeviceSecret(dataDir);
    UserSession::enroll(dataDir, user, pin, *device);
    return KeyVault(UserPaths::of(dataDir, user).directory, user, *device).kdfParams();
}

struct Memory
{
    double rssMiB = 0; // VmRSS: resident now
    double hwmMiB = 0; // VmHWM: the most ever resident
};

inline Memory memoryNow()
{
    QFile status(QStringLiteral("/proc/self/status"));
    Memory m;
    if (!status.open(QIODevice::ReadOnly))
        return m;
    for (const QByteArray &line : status.readAll().split('\n')) {
        const auto kib = [&line] { return line.mid(6).trimmed().split(' ').value(0).toDouble(); };
        if (line.startsWith("VmRSS:"))
            m.rssMiB = kib() / 1024;
        else if (line.startsWith("VmHWM:"))
            m.hwmMiB = kib() / 1024;
    }
    return m;
}

// Makes VmHWM start again from VmRSS, so the peak says what came after this call.
inline void resetPeakMemory()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

inline void printMemory(const char *when, const Memory &m)
{
    std::printf("  %-44s VmRSS %7.1f MiB   VmHWM %7.1f MiB\n", when, m.rssMiB, m.hwmMiB);
}

// Runs the event loop until done() or the timeout; throws on the timeout.
template <class Predicate> void waitUntil(Predicate done, const char *what, int timeoutMs = 120'000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            throw std::runtime_error(std::string("timed out waiting for ") + what);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (!done())
            QThread::usleep(200);
    }
}

} // namespace homevisit::bench
