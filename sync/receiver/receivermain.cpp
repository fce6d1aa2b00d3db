#include "receivermain.h"

#include "sync/receiver/entrystore.h"
#include "sync/receiver/forwardsignature.h"
#include "sync/receiver/journalentry.h"
#include "sync/receiver/receiverrules.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <memory>
#include <pthread.h>
#include <sys/stat.h>
#include <thread>

namespace homevisit::receiver {

namespace {

constexpr char Usage[] =
    "usage: homevisit-receiver serve --db FILE --secret-file FILE --listen HOST:PORT\n"
    "                                (--cert PEM --key PEM | --plain) [--path /journal]\n"
    "                                [--fail-first N] [--fail-every N] [--delay-ms N]\n"
    "       homevisit-receiver list --db FILE\n"
    "       homevisit-receiver show --db FILE ENTRY_ID";

void say(const QString &message)
{
    const QByteArray line = "homevisit-receiver: " + message.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
}

int fail(int code, const QString &message)
{
    say(message);
    return code;
}

int usage(const QString &message)
{
    say(message);
    std::fprintf(stderr, "%s\n", Usage);
    return 2;
}

void print(const QByteArray &text)
{
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
}

// "HOST:PORT" or "[V6]:PORT".
bool parseListen(const QString &text, QString &host, int &port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    else if (host.contains(QLatin1Char(':')))
        return false; // an IPv6 address needs its brackets
    static const QRegularExpression digits(QRegularExpression::anchoredPattern("[0-9]{1,5}"));
    const QString portText = text.mid(colon + 1);
    if (!digits.match(portText).hasMatch())
        return false;
    port = portText.toInt();
    return !host.isEmpty() && port <= 65535;
}

std::optional<int> parseCount(const QString &text, int max)
{
    static const QRegularExpression digits(QRegularExpression::anchoredPattern("[0-9]{1,9}"));
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    const int value = text.toInt();
    if (value > max)
        return std::nullopt;
    return value;
}

// Options of the form "--flag VALUE" and lone flags; positional arguments in order.
struct Arguments
{
    QMap<QString, QString> values;
    QStringList flags;
    QStringList positional;
};

std::optional<QString> split(const QStringList &arguments, const QStringList &valueOptions,
                             const QStringList &flagOptions, Arguments &out)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (valueOptions.contains(argument)) {
            if (i + 1 >= arguments.size())
                return argument + " needs a value";
            if (out.values.contains(argument))
                return argument + " is given twice";
            out.values.insert(argument, arguments[++i]);
        } else if (flagOptions.contains(argument)) {
            out.flags.append(argument);
        } else if (argument.startsWith(u"--")) {
            return "unknown option: " + argument;
        } else {
            out.positional.append(argument);
        }
    }
    return std::nullopt;
}

// The host as printed in "listening on": IPv6 in brackets.
QString hostForDisplay(const QString &host)
{
    return host.contains(QLatin1Char(':')) ? "[" + host + "]" : host;
}

// The Idempotency-Key for the log when the body was not read: only if it is a UUID, so
// nothing a client sends ends up in the log as it is.
QString loggableKey(const std::string &key)
{
    const QString text = QString::fromStdString(key);
    return sync::isUuid(text) ? text : QStringLiteral("-");
}

// What the handler answered, for the logger that httplib calls right after it in the
// same thread.
thread_local Answer t_lastAnswer;
thread_local bool t_answered = false;

class StopOnSignals
{
public:
    explicit StopOnSignals(httplib::Server &server) : m_server(server)
    {
        sigset_t stopSignals;
        sigemptyset(&stopSignals);
        sigaddset(&stopSignals, SIGINT);
        sigaddset(&stopSignals, SIGTERM);
        // Blocked in this thread and in every thread started after (httplib's pool), so
        // only the waiting thread below takes them.
        pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
        m_thread = std::thread([this, stopSignals] {
            int received = 0;
            sigwait(&stopSignals, &received);
            if (m_finished)
                return;
            say(QStringLiteral("stopping (signal %1)").arg(received));
            // stop() before listen_after_bind() has started would be lost: repeat it.
            while (!m_finished) {
                m_server.stop();
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            }
        });
    }
    ~StopOnSignals()
    {
        m_finished = true;
        pthread_kill(m_thread.native_handle(), SIGTERM); // wakes sigwait if nothing came
        m_thread.join();
    }

private:
    httplib::Server &m_server;
    std::atomic<bool> m_finished{false};
    std::thread m_thread;
};

int serve(const QStringList &arguments)
{
    ServeOptions options;
    if (const auto error = parseServeOptions(arguments, options))
        return usage(*error);

    QString error;
    QString warning;
    const auto secret = readSecretFile(options.secretFile, &error, &warning);
    if (!secret)
        return fail(1, error);
    if (!warning.isEmpty())
        say("warning: " + warning);
    if (secret->size() < 32)
        say("warning: the secret is shorter than 32 bytes");

    std::unique_ptr<httplib::Server> server;
    if (options.plain) {
        say("warning: plain HTTP on " + options.host + " (--plain): for local tests only");
        server = std::make_unique<httplib::Server>();
    } else {
        server = std::make_unique<httplib::SSLServer>(options.certFile.toLocal8Bit().constData(),
                                                      options.keyFile.toLocal8Bit().constData());
    }
    if (!server->is_valid())
        return fail(1, "cannot use the certificate " + options.certFile + " with the key " +
                           options.keyFile);

    // The answer's header and body go out in separate writes: without TCP_NODELAY, Nagle
    // and the sender's delayed ACK hold every answer back ~40 ms.
    server->set_tcp_nodelay(true);

    umask(0077); // the database and its WAL are for this user only
    const auto store = EntryStore::open(options.db, true, &error);
    if (!store)
        return fail(1, error);

    std::signal(SIGPIPE, SIG_IGN); // a client that hangs up must not end the server
    StopOnSignals stopper(*server);

    const FaultPlan faults{options.failFirst, options.failEvery};
    const auto delay = std::chrono::milliseconds(options.delayMs);
    std::atomic<qint64> posts{0};
    server->set_payload_max_length(size_t(MaxEntryBytes));
    server->set_read_timeout(10);
    server->set_write_timeout(10);
    server->set_keep_alive_timeout(5);

    QString pattern = options.path;
    pattern.replace(QLatin1Char('.'), QStringLiteral("\\."));
    server->Post(
        pattern.toStdString(), [&](const httplib::Request &request, httplib::Response &response) {
            const qint64 number = ++posts;
            Answer answer;
            if (faults.fails(number)) {
                answer = unavailableAnswer();
                response.set_header("Retry-After", "1");
            } else {
                const EntryRequest entry{
                    QByteArray::fromStdString(request.get_header_value("Content-Type")),
                    QByteArray::fromStdString(request.get_header_value("Idempotency-Key")),
                    QByteArray::fromStdString(request.get_header_value(SignatureHeaderName)),
                    QByteArray::fromStdString(request.body)};
                answer = answerEntry(entry, *store, *secret, QDateTime::currentSecsSinceEpoch(),
                                     QDateTime::currentDateTimeUtc());
            }
            // After the entry is on disk: a client that gives up waiting and retries finds it
            // stored (200 duplicate).
            if (delay.count() > 0)
                std::this_thread::sleep_for(delay);
            response.status = answer.status;
            response.set_content(answer.body.toStdString(), "application/json");
            t_lastAnswer = answer;
            t_answered = true;
        });
    server->set_logger([](const httplib::Request &request, const httplib::Response &response) {
        QString entry = loggableKey(request.get_header_value("Idempotency-Key"));
        QString outcome = QStringLiteral("-");
        if (t_answered) {
            if (!t_lastAnswer.entryId.isEmpty())
                entry = t_lastAnswer.entryId;
            outcome = t_lastAnswer.outcome;
        }
        t_answered = false;
        t_lastAnswer = {};
        say(QStringLiteral("%1 %2 from %3: entry %4 -> %5 %6")
                .arg(QString::fromStdString(request.method),
                     QString::fromStdString(request.path).left(200),
                     QString::fromStdString(request.remote_addr), entry)
                .arg(response.status)
                .arg(outcome));
    });

    const std::string host = options.host.toStdString();
    int port = options.port;
    if (port == 0)
        port = server->bind_to_any_port(host);
    else if (!server->bind_to_port(host, port))
        port = -1;
    if (port <= 0)
        return fail(1, QStringLiteral("cannot listen on %1:%2")
                           .arg(hostForDisplay(options.host))
                           .arg(options.port));
    print(QStringLiteral("listening on %1:%2\n")
              .arg(hostForDisplay(options.host))
              .arg(port)
              .toUtf8());
    std::fflush(stdout);
    say(QStringLiteral("%1 on %2:%3, POST %4")
            .arg(options.plain ? "http" : "https", hostForDisplay(options.host))
            .arg(port)
            .arg(options.path));
    if (options.failFirst > 0 || options.failEvery > 0 || options.delayMs > 0)
        say(QStringLiteral("fault injection: fail-first %1, fail-every %2, delay %3 ms")
                .arg(options.failFirst)
                .arg(options.failEvery)
                .arg(options.delayMs));
    const bool listened = server->listen_after_bind();
    if (!listened)
        return fail(1, "the server stopped with an error");
    say("stopped");
    return 0;
}

std::unique_ptr<EntryStore> openExisting(const QString &path, QString *error)
{
    return EntryStore::open(path, false, error);
}

int list(const QStringList &arguments)
{
    Arguments parsed;
    if (const auto error = split(arguments, {"--db"}, {}, parsed))
        return usage(*error);
    if (!parsed.positional.isEmpty())
        return usage("list takes no arguments besides --db");
    const QString db = parsed.values.value("--db");
    if (db.isEmpty())
        return usage("--db is required");
    QString error;
    const auto store = openExisting(db, &error);
    if (!store)
        return fail(1, error);
    const auto entries = store->list(&error);
    if (!entries)
        return fail(1, "cannot read " + db + ": " + error);
    for (const StoredEntry &entry : *entries) {
        const QStringList columns{QString::number(entry.arrival),
                                  entry.entryId,
                                  entry.entryType,
                                  entry.subjectId,
                                  entry.caseId.isEmpty() ? QStringLiteral("-") : entry.caseId,
                                  entry.signedAt,
                                  entry.signatureState};
        print(columns.join(QLatin1Char('\t')).toUtf8() + '\n');
    }
    return 0;
}

int show(const QStringList &arguments)
{
    Arguments parsed;
    if (const auto error = split(arguments, {"--db"}, {}, parsed))
        return usage(*error);
    const QString db = parsed.values.value("--db");
    if (db.isEmpty())
        return usage("--db is required");
    if (parsed.positional.size() != 1)
        return usage("show needs exactly one ENTRY_ID");
    const QString entryId = parsed.positional.first();
    QString error;
    const auto store = openExisting(db, &error);
    if (!store)
        return fail(1, error);
    const auto entry = store->find(entryId, &error);
    if (!entry)
        return fail(1, error.isEmpty() ? "no entry " + entryId + " in " + db
                                       : "cannot read " + db + ": " + error);
    const QJsonValue text = QJsonDocument::fromJson(entry->body).object().value("text");
    if (!text.isString())
        return fail(1, "the stored body of " + entryId + " has no text");
    QByteArray out = text.toString().toUtf8();
    if (!out.endsWith('\n'))
        out += '\n';
    print(out);
    return 0;
}

} // namespace

std::optional<QString> parseServeOptions(const QStringList &arguments, ServeOptions &options)
{
    Arguments parsed;
    if (const auto error = split(arguments,
                                 {"--db", "--secret-file", "--listen", "--cert", "--key", "--path",
                                  "--fail-first", "--fail-every", "--delay-ms"},
                                 {"--plain"}, parsed))
        return error;
    if (!parsed.positional.isEmpty())
        return "unexpected argument: " + parsed.positional.first();
    for (const char *required : {"--db", "--secret-file", "--listen"}) {
        if (parsed.values.value(required).isEmpty())
            return QString::fromLatin1(required) + " is required";
    }
    options.db = parsed.values.value("--db");
    options.secretFile = parsed.values.value("--secret-file");
    const QString listen = parsed.values.value("--listen");
    if (!parseListen(listen, options.host, options.port))
        return "--listen needs HOST:PORT (an IPv6 address in brackets), got: " + listen;
    options.plain = parsed.flags.contains("--plain");
    options.certFile = parsed.values.value("--cert");
    options.keyFile = parsed.values.value("--key");
    if (options.plain) {
        if (!options.certFile.isEmpty() || !options.keyFile.isEmpty())
            return QStringLiteral("--plain goes without --cert and --key");
        if (!isLoopbackHost(options.host))
            return "--plain is allowed on a loopback address only, not on " + options.host;
    } else if (options.certFile.isEmpty() || options.keyFile.isEmpty()) {
        return QStringLiteral("--cert and --key are required (plain HTTP only with --plain on a"
                              " loopback address)");
    }
    if (parsed.values.contains("--path")) {
        static const QRegularExpression path(
            QRegularExpression::anchoredPattern("/[A-Za-z0-9/._~-]{0,200}"));
        options.path = parsed.values.value("--path");
        if (!path.match(options.path).hasMatch())
            return "--path needs a path of / and A-Z a-z 0-9 . _ ~ -, got: " + options.path;
    }
    const struct
    {
        const char *flag;
        int *target;
        int max;
    } numbers[] = {{"--fail-first", &options.failFirst, 1000000},
                   {"--fail-every", &options.failEvery, 1000000},
                   {"--delay-ms", &options.delayMs, 600000}};
    for (const auto &number : numbers) {
        if (!parsed.values.contains(number.flag))
            continue;
        const QString text = parsed.values.value(number.flag);
        const auto value = parseCount(text, number.max);
        if (!value)
            return QStringLiteral("%1 needs a whole number from 0 to %2, got: %3")
                .arg(QString::fromLatin1(number.flag))
                .arg(number.max)
                .arg(text);
        *number.target = *value;
    }
    return std::nullopt;
}

int receiverMain(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (arguments.isEmpty())
        return usage("a command is required: serve, list or show");
    const QString command = arguments.takeFirst();
    try {
        if (command == u"serve")
            return serve(arguments);
        if (command == u"list")
            return list(arguments);
        if (command == u"show")
            return show(arguments);
        if (command == u"--help" || command == u"-h") {
            std::printf("%s\n", Usage);
            return 0;
        }
    } catch (const std::exception &exception) {
        return fail(1, QString::fromLocal8Bit(exception.what()));
    }
    return usage("unknown command: " + command);
}

} // namespace homevisit::receiver
