#include "testsupport.h"

#include <QFile>
#include <QProcess>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace testsupport {

namespace {

QByteArray run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(30000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return process.readAllStandardOutput();
}

TestCert makeCert(const QString &dir)
{
    TestCert cert{dir + "/cert.pem", dir + "/key.pem", {}};
    run("openssl", {"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                    "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1", "-addext",
                    "subjectAltName=IP:127.0.0.1", "-keyout", cert.keyPath, "-out", cert.certPath});
    const QString pipeline = "openssl x509 -in '%1' -pubkey -noout | openssl pkey -pubin "
                             "-outform der | openssl dgst -sha256 -binary | base64";
    cert.pin =
        "sha256//" + QString::fromLatin1(run("sh", {"-c", pipeline.arg(cert.certPath)})).trimmed();
    return cert;
}

} // namespace

const TestCert &testCert()
{
    static QTemporaryDir dir;
    static const TestCert cert = makeCert(dir.path());
    return cert;
}

QString wrongPin()
{
    return "sha256//" + QString::fromLatin1(QByteArray(32, '\x5a').toBase64());
}

int closedPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length);
    ::close(fd);
    return ntohs(address.sin_port);
}

homevisit::sync::TransportConfig localConfig(int port)
{
    homevisit::sync::TransportConfig config;
    config.baseUrl = QStringLiteral("https://127.0.0.1:%1").arg(port);
    config.pinnedPublicKey = testCert().pin;
    config.caFile = testCert().certPath;
    config.connectTimeout = std::chrono::seconds(5);
    config.timeout = std::chrono::seconds(30);
    return config;
}

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace testsupport
