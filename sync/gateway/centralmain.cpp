#include "centralmain.h"

#include "sync/gateway/admin.h"
#include "sync/gateway/caseloadimport.h"
#include "sync/gateway/demo.h"
#include "sync/gateway/forwarder.h"
#include "sync/gateway/httpserver.h"
#include "sync/gateway/pgstore.h"
#include "sync/gateway/sqlitestore.h"
#include "sync/gateway/verify.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QStringList>

#include <csignal>
#include <cstdio>
#include <memory>
#include <pthread.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <thread>
#include <variant>

namespace homevisit::gateway {

namespace {

constexpr char Usage[] =
    "usage: homevisit-central --data-dir DIR --listen HOST:PORT [--tls-cert FILE --tls-key FILE]"
    " [--demo] [--postgres CONNINFO]\n"
    "           [--metrics-listen [HOST:]PORT] [--workers N] [--io-threads N]"
    " [--max-connections N]\n"
    "           [--rate-per-address R] [--burst-per-address B]"
    " [--rate-per-device R] [--burst-per-device B]\n"
    "           [--device-hold-hours H]\n"
    "           [--forward-url URL --forward-secret-file FILE [--forward-ca-file FILE]]\n"
    "       homevisit-central --data-dir DIR [--postgres CONNINFO] admin credential --user U"
    " | revoke-device --device ID"
    " | revoke-user --user U | list-devices"
    " | reassign (--child ID | --foster-home ID) --to U\n"
    "           | add-user --user U --municipality M --role admin|integration --display-name N\n"
    "           | forwarding [show | replay --from SEQ --to SEQ]\n"
    "       homevisit-central --data-dir DIR [--postgres CONNINFO] verify\n"
    "       homevisit-central --data-dir DIR [--postgres CONNINFO] import FILE [--dry-run]"
    " [--allow-mass-removal]";

// Flags that take a number: the server's capacity and rate limits (docs/gateway.md).
const QStringList NumberFlags{"--workers",          "--io-threads",        "--max-connections",
                              "--rate-per-address", "--burst-per-address", "--rate-per-device",
                              "--burst-per-device"};

struct Options
{
    QString dataDir;
    QString listen;
    QString certFile;
    QString keyFile;
    QString postgres;
    QString metricsListen;
    QString forwardUrl;
    QString forwardSecretFile;
    QString forwardCaFile;
    std::optional<QString> deviceHoldHours; // as given, also when empty
    // Numeric flags as given; checked in serve().
    QMap<QString, QString> numbers;
    bool demo = false;
    bool usePostgres = false;
    QStringList admin; // after "admin" or "verify"
    bool isAdmin = false;
    bool isVerify = false;
    bool isImport = false;
};

int fail(int code, const QString &message)
{
    std::fprintf(stderr, "homevisit-central: %s\n", qPrintable(message));
    return code;
}

// Parses argv; returns an error message for a usage error.
std::optional<QString> parse(const QStringList &arguments, Options &options)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (argument == u"admin" || argument == u"verify" || argument == u"import") {
            options.isAdmin = argument == u"admin";
            options.isVerify = argument == u"verify";
            options.isImport = argument == u"import";
            options.admin = arguments.mid(i + 1);
            return std::nullopt;
        }
        if (argument == u"--demo") {
            options.demo = true;
            continue;
        }
        QString *target = argument == u"--data-dir"            ? &options.dataDir
                          : argument == u"--listen"            ? &options.listen
                          : argument == u"--tls-cert"          ? &options.certFile
                          : argument == u"--tls-key"           ? &options.keyFile
                          : argument == u"--postgres"          ? &options.postgres
                          : argument == u"--metrics-listen"    ? &options.metricsListen
                          : argument == u"--device-hold-hours" ? &options.deviceHoldHours.emplace()
                          : argument == u"--forward-url"       ? &options.forwardUrl
                          : argument == u"--forward-secret-file" ? &options.forwardSecretFile
                          : argument == u"--forward-ca-file"     ? &options.forwardCaFile
                          : NumberFlags.contains(argument)       ? &options.numbers[argument]
                                                                 : nullptr;
        if (!target)
            return "unknown option: " + argument;
        if (i + 1 >= arguments.size())
            return argument + " needs a value";
        *target = arguments[++i];
        options.usePostgres = options.usePostgres || argument == u"--postgres";
    }
    return std::nullopt;
}

// "HOST:PORT" or "[V6]:PORT".
bool parseListen(const QString &text, ListenOptions &listen)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const int port = text.mid(colon + 1).toInt(&ok);
    if (!ok || port < 0 || port > 65535 || host.isEmpty())
        return false;
    listen.host = host;
    listen.port = port;
    return true;
}

// "PORT" (on 127.0.0.1) or "HOST:PORT".
bool parseMetricsListen(const QString &text, ListenOptions &listen)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    if (ok && port >= 0 && port <= 65535) {
        listen.host = QStringLiteral("127.0.0.1");
        listen.port = port;
        return true;
    }
    return parseListen(text, listen);
}

// The numeric flags into the server's limits; an error message for a bad value.
std::optional<QString> applyNumbers(const QMap<QString, QString> &numbers, ServerLimits &limits)
{
    for (auto it = numbers.begin(); it != numbers.end(); ++it) {
        bool ok = false;
        const double value = it.value().toDouble(&ok);
        // A rate may be 0 (that limit off) or a fraction; everything else counts things.
        const bool rate = it.key().startsWith(u"--rate");
        if (!ok || value < (rate ? 0 : 1) || value > 1e6 || (!rate && value != int(value)))
            return it.key() +
                   (rate ? " needs a number from 0 to 1000000, got: "
                         : " needs a whole number from 1 to 1000000, got: ") +
                   it.value();
        const QString &flag = it.key();
        if (flag == u"--workers")
            limits.workers = int(value);
        else if (flag == u"--io-threads")
            limits.ioThreads = int(value);
        else if (flag == u"--max-connections")
            limits.maxConnections = int(value);
        else if (flag == u"--rate-per-address")
            limits.perAddress.perSecond = value;
        else if (flag == u"--burst-per-address")
            limits.perAddress.burst = value;
        else if (flag == u"--rate-per-device")
            limits.perDevice.perSecond = value;
        else if (flag == u"--burst-per-device")
            limits.perDevice.burst = value;
    }
    return std::nullopt;
}

// Each open connection is a file descriptor: allow as many as the system lets this
// process have, so thousands of idle tablets fit.
void raiseFileLimit()
{
    rlimit files{};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        setrlimit(RLIMIT_NOFILE, &files);
    }
}

// SIGINT/SIGTERM stop the server cleanly: blocked in every thread, awaited in one.
void stopOnSignals(HttpServer &server)
{
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    std::thread([stopSignals, &server] {
        int received = 0;
        sigwait(&stopSignals, &received);
        server.stop();
    }).detach();
}

// --forward-url and the files that go with it; a usage error's message otherwise.
std::variant<ForwardingConfig, QString> forwardingConfig(const Options &options)
{
    if (options.forwardSecretFile.isEmpty())
        return QStringLiteral("--forward-url needs --forward-secret-file");
    QFile file(options.forwardSecretFile);
    if (!file.open(QIODevice::ReadOnly))
        return "cannot read " + options.forwardSecretFile;
    ForwardingConfig config;
    config.url = options.forwardUrl;
    config.secret = file.readAll();
    // The line end an editor or `echo` adds is not part of the secret (the receiver agrees).
    while (config.secret.endsWith('\n') || config.secret.endsWith('\r'))
        config.secret.chop(1);
    config.caFile = options.forwardCaFile;
    if (const auto why = Forwarder::check(config))
        return *why;
    return config;
}

int serve(Gateway &gateway, const Options &options)
{
    ListenOptions listen;
    if (!parseListen(options.listen, listen))
        return fail(2, "--listen needs HOST:PORT, got: " + options.listen);
    if (options.certFile.isEmpty() != options.keyFile.isEmpty())
        return fail(2, "--tls-cert and --tls-key go together");
    listen.certFile = options.certFile;
    listen.keyFile = options.keyFile;
    if (!listen.tls() && !isLoopback(listen.host))
        return fail(2, "without --tls-cert the gateway listens on loopback addresses only");
    if (!listen.tls())
        std::fprintf(stderr,
                     "homevisit-central: warning: plain HTTP on %s; tablets refuse it,"
                     " use --tls-cert and --tls-key\n",
                     qPrintable(listen.host));
    ServerLimits limits;
    if (const auto error = applyNumbers(options.numbers, limits))
        return fail(2, *error);
    ListenOptions metrics;
    metrics.port = -1;
    if (!options.metricsListen.isEmpty() && !parseMetricsListen(options.metricsListen, metrics))
        return fail(2, "--metrics-listen needs [HOST:]PORT, got: " + options.metricsListen);
    // A client that hangs up mid-response must not kill the server.
    std::signal(SIGPIPE, SIG_IGN);
    raiseFileLimit();
    HttpServer server(gateway, limits);
    stopOnSignals(server);
    // Records signed before journal entries existed get theirs before anything is served.
    if (const int built = gateway.backfillJournal())
        std::fprintf(stderr, "homevisit-central: built %d journal entries of earlier records\n",
                     built);
    std::unique_ptr<Forwarder> forwarder;
    if (!options.forwardUrl.isEmpty()) {
        auto config = forwardingConfig(options);
        if (const auto *why = std::get_if<QString>(&config))
            return fail(2, *why);
        forwarder = std::make_unique<Forwarder>(gateway.store(),
                                                std::get<ForwardingConfig>(std::move(config)));
        gateway.setEntriesListener([f = forwarder.get()] { f->wake(); });
        forwarder->start();
        std::fprintf(stderr, "homevisit-central: forwarding journal entries to %s\n",
                     qPrintable(options.forwardUrl));
    }
    QString error;
    if (!server.bind(listen, &error))
        return fail(1, error);
    if (metrics.port >= 0 && !server.bindMetrics(metrics.host, metrics.port, &error))
        return fail(1, error);
    std::fprintf(stderr, "homevisit-central: listening on %s://%s:%d\n",
                 listen.tls() ? "https" : "http", qPrintable(listen.host), server.port());
    if (metrics.port >= 0)
        std::fprintf(stderr, "homevisit-central: metrics on http://%s:%d/metrics\n",
                     qPrintable(metrics.host), server.metricsPort());
    server.run();
    gateway.setEntriesListener({});
    return 0;
}

int run(const Options &options)
{
    if (options.usePostgres && options.postgres.trimmed().isEmpty())
        return fail(2, "--postgres needs a connection string");
    if (options.dataDir.isEmpty())
        return fail(2, "--data-dir is required");
    if (!options.isAdmin && !options.isVerify && !options.isImport && options.listen.isEmpty())
        return fail(2, "--listen is required");
    if (options.forwardUrl.isEmpty() &&
        !(options.forwardSecretFile.isEmpty() && options.forwardCaFile.isEmpty()))
        return fail(2, "--forward-secret-file and --forward-ca-file need --forward-url");
    umask(0077); // the database, its WAL and the credentials file are for this user only
    // verify reads what is there: a wrong directory must not pass as an empty, clean store.
    if (options.isVerify && !options.usePostgres && !QFile::exists(options.dataDir + "/central.db"))
        return fail(2, "no central.db in " + options.dataDir);
    if (!QDir().mkpath(options.dataDir))
        return fail(1, "cannot create " + options.dataDir);
    QFile::setPermissions(options.dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // With PostgreSQL the data directory keeps only the demo credentials file.
    std::unique_ptr<CentralStore> store;
    if (options.usePostgres)
        store = std::make_unique<PgStore>(options.postgres);
    else
        store = std::make_unique<SqliteStore>(options.dataDir + "/central.db");
    Gateway gateway(*store);
    if (options.deviceHoldHours) {
        bool ok = false;
        const int hours = options.deviceHoldHours->toInt(&ok);
        // At least an hour, so she has a chance to see the notice; at most a year.
        if (!ok || hours < 1 || hours > 8760)
            return fail(2, "--device-hold-hours needs a whole number from 1 to 8760, got: " +
                               *options.deviceHoldHours);
        gateway.setDeviceHoldHours(hours);
    }
    if (options.isAdmin)
        return runAdmin(gateway, options.admin);
    if (options.isVerify)
        return runVerify(*store, options.admin);
    if (options.isImport)
        return runImport(*store, options.admin);
    if (options.demo) {
        QString error;
        if (!runDemo(gateway, options.dataDir, &error))
            return fail(1, error);
    }
    return serve(gateway, options);
}

} // namespace

int centralMain(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    Options options;
    if (const auto error = parse(arguments, options)) {
        std::fprintf(stderr, "%s\n", Usage);
        return fail(2, *error);
    }
    try {
        return run(options);
    } catch (const std::exception &error) {
        return fail(1, QString::fromLocal8Bit(error.what()));
    }
}

} // namespace homevisit::gateway
