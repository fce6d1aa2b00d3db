// The real homevisit-central for the sync benchmarks: started as its own process with TLS
// on 127.0.0.1 and a throwaway self-signed certificate (as tests/sync_e2e does), so what
// is measured is the gateway the tablets talk to, not an in-process stand-in.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <stdexcept>

namespace homevisit::bench {

// A setup step failed; what() is one English line for the report. Never a secret.
class BenchError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

struct CommandResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs a program (no shell) to its end with the environment of this process. Throws
// BenchError if it cannot start or runs longer than timeoutMs.
CommandResult runCommand(const QString &program, const QStringList &arguments,
                         int timeoutMs = 120'000);

// A self-signed P-256 certificate for 127.0.0.1 and its public-key pin, made with the
// openssl command as docs/gateway.md shows.
struct Certificate
{
    QString cert;
    QString key;
    QString pin; // base64 SHA-256 of the SubjectPublicKeyInfo
    static Certificate make(const QString &dir);
};

class CentralProcess
{
public:
    // Starts `homevisit-central --demo` on 127.0.0.1 (any free port) with this data
    // directory. storeArguments: empty for the SQLite file, {"--postgres", CONNINFO} for
    // PostgreSQL; they are passed to the admin commands too. Throws BenchError, with the
    // end of the gateway's log, if it does not come up.
    // serveArguments go to the serving process only (e.g. --forward-url ...).
    CentralProcess(const QString &dataDir, const Certificate &certificate,
                   const QStringList &storeArguments = {}, const QStringList &serveArguments = {});
    ~CentralProcess(); // SIGTERM, then SIGKILL if it does not stop
    CentralProcess(const CentralProcess &) = delete;
    CentralProcess &operator=(const CentralProcess &) = delete;

    quint16 port() const { return m_port; }
    QString url() const; // https://127.0.0.1:PORT
    // GET /metrics from the gateway's own metrics listener (plain HTTP on loopback).
    QByteArray metrics() const;
    QString storeName() const;

    // The one-time credential --demo wrote for this user (demo-credentials.json).
    QString demoCredential(const QString &user) const;
    // A further one-time credential: `homevisit-central ... admin credential --user U`.
    QString newCredential(const QString &user) const;
    // `homevisit-central --data-dir DIR [store arguments] ARGUMENTS` beside the running
    // gateway (an admin command), to its end.
    CommandResult command(const QStringList &arguments, int timeoutMs = 120'000) const;
    // CPU seconds (user + system) the gateway process has used so far (/proc).
    double cpuSeconds() const;

private:
    QString logTail() const;

    QString m_dataDir;
    QStringList m_storeArguments;
    QString m_log;
    QProcess m_process;
    quint16 m_port = 0;
    quint16 m_metricsPort = 0;
};

} // namespace homevisit::bench
