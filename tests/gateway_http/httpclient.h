// Raw bytes on a socket to a real homevisit-central process on loopback: plain TCP, or
// TLS through OpenSSL with the versions and ciphers a test chooses. Nothing here parses
// more HTTP than a test needs to read one answer.
#pragma once

#include "../democredentials.h"
#include <catch2/catch.hpp>

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <openssl/err.h>
#include <openssl/ssl.h>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace homevisit::http_test {

using namespace std::chrono_literals;

// A TCP connection to 127.0.0.1:port from `from` (any 127.0.0.0/8 address), with
// blocking reads and writes that give up after `timeout`. -1 when it cannot connect.
inline int connectTo(int port, const char *from = "127.0.0.1", std::chrono::seconds timeout = 10s)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    timeval tv{long(timeout.count()), 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
    sockaddr_in local{};
    local.sin_family = AF_INET;
    inet_pton(AF_INET, from, &local.sin_addr);
    sockaddr_in remote{};
    remote.sin_family = AF_INET;
    remote.sin_port = htons(uint16_t(port));
    inet_pton(AF_INET, "127.0.0.1", &remote.sin_addr);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&local), sizeof local) != 0 ||
        ::connect(fd, reinterpret_cast<sockaddr *>(&remote), sizeof remote) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

struct TlsChoice
{
    int minVersion = TLS1_2_VERSION;
    int maxVersion = 0;            // 0 = the newest OpenSSL speaks
    const char *ciphers = nullptr; // TLS 1.2 and older; nullptr = OpenSSL's default
};

// One connection, plain or TLS. Moves only.
class Connection
{
public:
    Connection() = default;
    Connection(Connection &&other) noexcept { *this = std::move(other); }
    Connection &operator=(Connection &&other) noexcept
    {
        std::swap(m_fd, other.m_fd);
        std::swap(m_ssl, other.m_ssl);
        std::swap(m_ctx, other.m_ctx);
        return *this;
    }
    ~Connection() { close(); }

    static Connection plain(int port, const char *from = "127.0.0.1",
                            std::chrono::seconds timeout = 10s)
    {
        Connection c;
        c.m_fd = connectTo(port, from, timeout);
        return c;
    }
    // nullopt-like: ok() is false when the handshake failed.
    static Connection tls(int port, TlsChoice choice = {}, std::chrono::seconds timeout = 10s)
    {
        Connection c;
        c.m_fd = connectTo(port, "127.0.0.1", timeout);
        if (c.m_fd < 0)
            return c;
        c.m_ctx = SSL_CTX_new(TLS_client_method());
        SSL_CTX_set_min_proto_version(c.m_ctx, choice.minVersion);
        if (choice.maxVersion)
            SSL_CTX_set_max_proto_version(c.m_ctx, choice.maxVersion);
        if (choice.ciphers)
            SSL_CTX_set_cipher_list(c.m_ctx, choice.ciphers);
        SSL_CTX_set_verify(c.m_ctx, SSL_VERIFY_NONE, nullptr); // the test trusts its gateway
        c.m_ssl = SSL_new(c.m_ctx);
        SSL_set_fd(c.m_ssl, c.m_fd);
        if (SSL_connect(c.m_ssl) != 1) {
            ERR_clear_error();
            c.close();
        }
        return c;
    }

    bool ok() const { return m_fd >= 0; }
    int fd() const { return m_fd; }
    SSL *ssl() const { return m_ssl; }

    bool send(const QByteArray &bytes)
    {
        qsizetype sent = 0;
        while (sent < bytes.size()) {
            const long n =
                m_ssl ? SSL_write(m_ssl, bytes.constData() + sent, int(bytes.size() - sent))
                      : ::send(m_fd, bytes.constData() + sent, std::size_t(bytes.size() - sent),
                               MSG_NOSIGNAL);
            if (n <= 0)
                return false;
            sent += n;
        }
        return true;
    }
    // Some bytes; empty at EOF, on an error or a timeout.
    QByteArray receiveSome()
    {
        char buffer[16384];
        const long n =
            m_ssl ? SSL_read(m_ssl, buffer, sizeof buffer) : ::recv(m_fd, buffer, sizeof buffer, 0);
        return n > 0 ? QByteArray(buffer, qsizetype(n)) : QByteArray();
    }
    void close()
    {
        if (m_ssl)
            SSL_free(m_ssl);
        if (m_ctx)
            SSL_CTX_free(m_ctx);
        if (m_fd >= 0)
            ::close(m_fd);
        m_ssl = nullptr;
        m_ctx = nullptr;
        m_fd = -1;
    }

private:
    int m_fd = -1;
    SSL *m_ssl = nullptr;
    SSL_CTX *m_ctx = nullptr;
};

struct Answer
{
    int status = 0;                           // 0: no answer (closed, reset or timed out)
    std::map<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QByteArray header(const QByteArray &name) const
    {
        const auto it = headers.find(name.toLower());
        return it == headers.end() ? QByteArray() : it->second;
    }
    QString errorCode() const { return QJsonDocument::fromJson(body)["error"]["code"].toString(); }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// Reads one answer framed by Content-Length (the gateway always sends one).
inline Answer readAnswer(Connection &connection, QByteArray *rest = nullptr)
{
    QByteArray data = rest ? *rest : QByteArray();
    qsizetype end = -1;
    while ((end = data.indexOf("\r\n\r\n")) < 0) {
        const QByteArray more = connection.receiveSome();
        if (more.isEmpty())
            return {};
        data += more;
    }
    Answer answer;
    const QList<QByteArray> lines = data.left(end).split('\n');
    const QList<QByteArray> statusLine = lines.front().split(' ');
    if (statusLine.size() < 2)
        return {};
    answer.status = statusLine[1].toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            answer.headers[lines[i].left(colon).trimmed().toLower()] =
                lines[i].mid(colon + 1).trimmed();
    }
    const qsizetype length = answer.header("Content-Length").toLongLong();
    data = data.mid(end + 4);
    while (data.size() < length) {
        const QByteArray more = connection.receiveSome();
        if (more.isEmpty())
            return {};
        data += more;
    }
    answer.body = data.left(length);
    if (rest)
        *rest = data.mid(length);
    return answer;
}

inline Answer exchange(Connection &connection, const QByteArray &request)
{
    if (!connection.send(request))
        return {};
    return readAnswer(connection);
}

// True when the server closed the connection (EOF or reset) within `wait`; false when it
// is still open (a read timed out) or sent something.
inline bool closedByServer(int fd, std::chrono::milliseconds wait)
{
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, int(wait.count())) <= 0)
        return false;
    char byte;
    const long n = ::recv(fd, &byte, 1, MSG_DONTWAIT);
    return n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK);
}

inline QByteArray request(const QByteArray &method, const QByteArray &path,
                          const QList<QByteArray> &headers = {}, const QByteArray &body = {},
                          bool withLength = true)
{
    QByteArray out = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const QByteArray &h : headers)
        out += h + "\r\n";
    if (withLength && (!body.isEmpty() || method == "POST"))
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return out + "\r\n" + body;
}

const QByteArray Protocol = "Homevisit-Protocol: 1";
const QByteArray Json = "Content-Type: application/json; charset=utf-8";

// --- the gateway process ---------------------------------------------------------------

inline QString shellOut(const QString &command)
{
    QProcess p;
    p.start("/bin/sh", {"-c", command});
    p.waitForFinished(60'000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

// A self-signed P-256 certificate for 127.0.0.1 and its public-key pin.
struct Certificate
{
    QString cert, key, pin;
    explicit Certificate(const QString &dir) : cert(dir + "/cert.pem"), key(dir + "/key.pem")
    {
        shellOut("openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes "
                 "-days 2 -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 -keyout " +
                 key + " -out " + cert + " 2>/dev/null");
        pin = shellOut("openssl x509 -in " + cert +
                       " -pubkey -noout | openssl pkey -pubin -outform der | openssl dgst "
                       "-sha256 -binary | base64");
        REQUIRE(pin.size() == 44);
    }
};

// HOMEVISIT_CENTRAL in the environment runs another build (e.g. an older one, to see a
// test fail there).
inline QString centralPath()
{
    const QByteArray other = qgetenv("HOMEVISIT_CENTRAL");
    return other.isEmpty() ? QStringLiteral(CENTRAL_PATH) : QString::fromLocal8Bit(other);
}

// homevisit-central --demo on 127.0.0.1, plain HTTP unless a certificate is given.
class Central
{
public:
    Central(const QString &dataDir, const Certificate *certificate, const QStringList &extra = {})
        : m_dataDir(dataDir)
    {
        QStringList args{"--data-dir", dataDir, "--listen", "127.0.0.1:0", "--demo"};
        if (certificate)
            args << "--tls-cert" << certificate->cert << "--tls-key" << certificate->key;
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(centralPath(), args + extra);
        REQUIRE(m_process.waitForStarted());
        static const QRegularExpression listening("listening on https?://127\\.0\\.0\\.1:(\\d+)");
        static const QRegularExpression metrics("metrics on http://[^:]+:(\\d+)");
        QByteArray seen;
        const bool withMetrics = extra.contains("--metrics-listen");
        // The metrics line follows the listening line.
        for (int i = 0; i < 100 && (!listening.match(seen).hasMatch() ||
                                    (withMetrics && !metrics.match(seen).hasMatch()));
             ++i) {
            m_process.waitForReadyRead(100);
            seen += m_process.readAll();
        }
        INFO(seen.toStdString());
        const auto match = listening.match(seen);
        REQUIRE(match.hasMatch());
        port = match.captured(1).toInt();
        if (const auto m = metrics.match(seen); m.hasMatch())
            metricsPort = m.captured(1).toInt();
    }
    ~Central()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    QString credential(const QString &user) const
    {
        return homevisit::test::demoCredential(m_dataDir, user);
    }
    QString url() const { return "https://127.0.0.1:" + QString::number(port); }
    bool running() const { return m_process.state() == QProcess::Running; }

    int port = 0;
    int metricsPort = 0;

private:
    QString m_dataDir;
    QProcess m_process;
};

inline QByteArray uuid4()
{
    return shellOut("cat /proc/sys/kernel/random/uuid").toLatin1();
}

inline QByteArray enrollBody(const QString &credential, const QByteArray &deviceName)
{
    return "{\"credential\":\"" + credential.toLatin1() + "\",\"device_id\":\"" + uuid4() +
           "\",\"device_name\":\"" + deviceName + "\"}";
}

} // namespace homevisit::http_test
