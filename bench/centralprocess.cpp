#include "centralprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace homevisit::bench {

namespace {

constexpr int StartTimeoutMs = 30'000; // a first start on PostgreSQL creates the schema

QString centralPath()
{
    return QStringLiteral(HOMEVISIT_CENTRAL_PATH);
}

QString shellOutput(const QString &command)
{
    const CommandResult r = runCommand(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
    if (r.exitCode != 0)
        throw BenchError("command failed: " + command.toStdString() + ": " +
                         r.err.trimmed().toStdString());
    return QString::fromUtf8(r.out).trimmed();
}

} // namespace

CommandResult runCommand(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted())
        throw BenchError("cannot start " + program.toStdString());
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        throw BenchError(program.toStdString() + " did not finish in time");
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

Certificate Certificate::make(const QString &dir)
{
    Certificate c{dir + "/cert.pem", dir + "/key.pem", {}};
    shellOutput("openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes "
                "-days 2 -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 -keyout '" +
                c.key + "' -out '" + c.cert + "' 2>&1");
    c.pin = shellOutput("openssl x509 -in '" + c.cert +
                        "' -pubkey -noout | openssl pkey -pubin -outform der"
                        " | openssl dgst -sha256 -binary | base64");
    if (c.pin.size() != 44)
        throw BenchError("could not compute the certificate's public-key pin");
    return c;
}

CentralProcess::CentralProcess(const QString &dataDir, const Certificate &certificate,
                               const QStringList &storeArguments, const QStringList &serveArguments)
    : m_dataDir(dataDir), m_storeArguments(storeArguments), m_log(dataDir + ".log")
{
    if (!QDir().mkpath(dataDir))
        throw BenchError("cannot create " + dataDir.toStdString());
    // Into a file, not a pipe: nobody reads a pipe while the benchmark runs, and a full
    // pipe would stall the gateway in the middle of a measurement.
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(m_log, QIODevice::Truncate);
    m_process.start(centralPath(),
                    QStringList{"--data-dir", dataDir, "--listen", "127.0.0.1:0", "--tls-cert",
                                certificate.cert, "--tls-key", certificate.key, "--demo",
                                // Measure the gateway, not its rate limits; /metrics lives
                                // on its own listener.
                                "--rate-per-address", "0", "--rate-per-device", "0",
                                "--metrics-listen", "127.0.0.1:0"} +
                        storeArguments + serveArguments);
    if (!m_process.waitForStarted())
        throw BenchError("cannot start " + centralPath().toStdString());
    static const QRegularExpression listening("listening on https://127\\.0\\.0\\.1:(\\d+)");
    for (int waited = 0; waited < StartTimeoutMs; waited += 50) {
        QFile log(m_log);
        if (log.open(QIODevice::ReadOnly)) {
            const QString text = QString::fromUtf8(log.readAll());
            const auto match = listening.match(text);
            static const QRegularExpression metrics("metrics on http://127\\.0\\.0\\.1:(\\d+)");
            const auto metricsMatch = metrics.match(text);
            if (match.hasMatch() && metricsMatch.hasMatch()) {
                m_port = quint16(match.captured(1).toUInt());
                m_metricsPort = quint16(metricsMatch.captured(1).toUInt());
                return;
            }
        }
        if (m_process.waitForFinished(50))
            throw BenchError("homevisit-central exited at start: " + logTail().toStdString());
    }
    m_process.kill();
    m_process.waitForFinished();
    throw BenchError("homevisit-central did not start listening: " + logTail().toStdString());
}

CentralProcess::~CentralProcess()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate(); // SIGTERM: the gateway stops cleanly
    if (!m_process.waitForFinished(10'000)) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

QByteArray CentralProcess::metrics() const
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(m_metricsPort);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QByteArray answer;
    if (fd >= 0 && ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0) {
        const QByteArray request = "GET /metrics HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n";
        if (::send(fd, request.constData(), std::size_t(request.size()), MSG_NOSIGNAL) ==
            request.size()) {
            char buffer[16384];
            for (long n; (n = ::recv(fd, buffer, sizeof buffer, 0)) > 0;)
                answer.append(buffer, qsizetype(n));
        }
    }
    if (fd >= 0)
        ::close(fd);
    const qsizetype end = answer.indexOf("\r\n\r\n");
    if (!answer.startsWith("HTTP/1.1 200") || end < 0)
        throw BenchError("GET /metrics failed on port " + std::to_string(m_metricsPort));
    return answer.mid(end + 4);
}

QString CentralProcess::url() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(m_port);
}

QString CentralProcess::storeName() const
{
    return m_storeArguments.isEmpty() ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL");
}

QString CentralProcess::demoCredential(const QString &user) const
{
    QFile file(m_dataDir + "/demo-credentials.json");
    if (!file.open(QIODevice::ReadOnly))
        throw BenchError("no demo-credentials.json in the gateway's data directory");
    for (const QJsonValue &entry : QJsonDocument::fromJson(file.readAll()).array()) {
        if (entry[QStringLiteral("user")].toString() == user)
            return entry[QStringLiteral("credential")].toString();
    }
    throw BenchError("no demo credential for " + user.toStdString());
}

QString CentralProcess::newCredential(const QString &user) const
{
    const CommandResult r =
        runCommand(centralPath(), QStringList{"--data-dir", m_dataDir} + m_storeArguments +
                                      QStringList{"admin", "credential", "--user", user});
    if (r.exitCode != 0)
        throw BenchError("admin credential --user " + user.toStdString() +
                         " failed: " + r.err.trimmed().toStdString());
    return QString::fromUtf8(r.out).trimmed(); // never printed
}

CommandResult CentralProcess::command(const QStringList &arguments, int timeoutMs) const
{
    return runCommand(centralPath(),
                      QStringList{"--data-dir", m_dataDir} + m_storeArguments + arguments,
                      timeoutMs);
}

double CentralProcess::cpuSeconds() const
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(m_process.processId()));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    // Fields after the command name, which is in parentheses and may contain spaces:
    // state is field 3, utime field 14, stime field 15.
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    const double ticks = double(::sysconf(_SC_CLK_TCK));
    return (fields[11].toDouble() + fields[12].toDouble()) / ticks;
}

QString CentralProcess::logTail() const
{
    QFile log(m_log);
    if (!log.open(QIODevice::ReadOnly))
        return QStringLiteral("(no log)");
    return QString::fromUtf8(log.readAll().right(600)).trimmed();
}

} // namespace homevisit::bench
