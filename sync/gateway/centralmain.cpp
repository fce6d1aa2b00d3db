#include "centralmain.h"

#include "admin.h"
#include "demo.h"
#include "httpserver.h"
#include "pgstore.h"
#include "sqlitestore.h"
#include "verify.h"

#include <QDir>
#include <QFile>
#include <QStringList>

#include <csignal>
#include <cstdio>
#include <memory>
#include <pthread.h>
#include <sys/stat.h>
#include <thread>

namespace homevisit::gateway {

namespace {

constexpr char Usage[] =
    "usage: homevisit-central --data-dir DIR --listen HOST:PORT [--tls-cert FILE --tls-key FILE]"
    " [--demo] [--postgres CONNINFO]\n"
    "       homevisit-central --data-dir DIR [--postgres CONNINFO] admin credential --user U"
    " | revoke-device --device ID"
    " | revoke-user --user U | list-devices"
    " | reassign (--child ID | --foster-home ID) --to U\n"
    "       homevisit-central --data-dir DIR [--postgres CONNINFO] verify";

struct Options
{
    QString dataDir;
    QString listen;
    QString certFile;
    QString keyFile;
    QString postgres;
    bool demo = false;
    bool usePostgres = false;
    QStringList admin; // after "admin" or "verify"
    bool isAdmin = false;
    bool isVerify = false;
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
        if (argument == u"admin" || argument == u"verify") {
            options.isAdmin = argument == u"admin";
            options.isVerify = argument == u"verify";
            options.admin = arguments.mid(i + 1);
            return std::nullopt;
        }
        if (argument == u"--demo") {
            options.demo = true;
            continue;
        }
        QString *target = argument == u"--data-dir"   ? &options.dataDir
                          : argument == u"--listen"   ? &options.listen
                          : argument == u"--tls-cert" ? &options.certFile
                          : argument == u"--tls-key"  ? &options.keyFile
                          : argument == u"--postgres" ? &options.postgres
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
    // A client that hangs up mid-response must not kill the server.
    std::signal(SIGPIPE, SIG_IGN);
    HttpServer server(gateway);
    stopOnSignals(server);
    QString error;
    if (!server.bind(listen, &error))
        return fail(1, error);
    std::fprintf(stderr, "homevisit-central: listening on %s://%s:%d\n",
                 listen.tls() ? "https" : "http", qPrintable(listen.host), server.port());
    server.run();
    return 0;
}

int run(const Options &options)
{
    if (options.usePostgres && options.postgres.trimmed().isEmpty())
        return fail(2, "--postgres needs a connection string");
    if (options.dataDir.isEmpty())
        return fail(2, "--data-dir is required");
    if (!options.isAdmin && !options.isVerify && options.listen.isEmpty())
        return fail(2, "--listen is required");
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
    if (options.isAdmin)
        return runAdmin(gateway, options.admin);
    if (options.isVerify)
        return runVerify(*store, options.admin);
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
