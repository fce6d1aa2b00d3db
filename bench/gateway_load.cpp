// How many signed visits the central gateway takes in per second when many tablets push at
// once, and how long each push waits. N simulated tablets (threads), each its own enrolled
// device with its own refresh and access token, push ~5 KB signed child visits over HTTPS
// with the app's HttpsTransport (gzip, keep-alive, pinned key) and the protocol's encoders:
// real /v1/push requests, one record per request and then batches of 50. Against the SQLite
// store and against PostgreSQL (a throwaway cluster made by pg_virtualenv), where pgbench
// then runs the bare equivalent insert with the same number of clients: the ratio says how
// much of the database's capacity reaches the tablets through the gateway.
//
// All tablets are devices of caseworker anna: in the demo data she is the only caseworker
// of region-gotland, the 17 children there are assigned to her, and a child visit may be
// pushed only by the child's caseworker (karin pushes supervision sessions, bodil reviews,
// vera's one child is in another municipality).
#include "benchsupport.h"
#include "benchtablet.h"
#include "centralprocess.h"
#include "pgcluster.h"
#include "visitbody.h"

#include "domain/recordsignature.h"
#include "sync/client/transport.h"
#include "sync/protocol/protocol.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QUuid>

#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <latch>
#include <thread>

using namespace homevisit;
using namespace homevisit::bench;
using namespace homevisit::sync;

namespace {

const QString User = QStringLiteral("anna");
constexpr char InsideFlag[] = "--inside-pg-virtualenv"; // set when re-executed under it
constexpr int BodyPool = 64; // distinct bodies, built before timing starts

struct Options
{
    QList<int> clients{1, 4, 16};
    double seconds = 5;
    long long records = 0; // > 0: each run ends after this many records instead of `seconds`
    int batch = 50;
    bool sqlite = true;
    bool postgres = true;
    bool pgbench = true;
    bool inside = false;
    QStringList forwarded; // the user's options, for the re-executed PostgreSQL part
};

// --- tablets --------------------------------------------------------------------------------

QList<QJsonObject> makeBodies(const QStringList &children)
{
    QList<QJsonObject> bodies;
    const QDateTime start(QDate::currentDate().addDays(-1), QTime(10, 0));
    for (int i = 0; i < BodyPool; ++i)
        bodies.append(paddedChildVisit(children.at(i % children.size()), start.addDays(-(i % 30)),
                                       quint32(i)));
    return bodies;
}

// --- one run: N tablets pushing at once -----------------------------------------------------

struct RunResult
{
    int clients = 0;
    int batch = 0;
    std::vector<double> latencyMs; // one per push request
    long long records = 0;
    double seconds = 0;
    double benchCpu = 0;    // this process: the tablets' TLS, JSON and gzip
    double gatewayCpu = 0;  // the gateway process
    double machineBusy = 0; // cores busy on the whole machine (database and others included)
};

struct Tablet
{
    const Device *device = nullptr;
    std::vector<double> latencyMs;
    long long records = 0;
    std::string error;
};

double processCpuSeconds()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Busy and total jiffies of all CPUs (/proc/stat), to tell how saturated the machine was.
std::pair<double, double> machineJiffies()
{
    QFile stat(QStringLiteral("/proc/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return {0, 0};
    const QList<QByteArray> f = stat.readLine().simplified().split(' '); // "cpu user nice ..."
    double total = 0;
    for (qsizetype i = 1; i < f.size(); ++i)
        total += f[i].toDouble();
    const double idle = f.value(4).toDouble() + f.value(5).toDouble(); // idle + iowait
    return {total - idle, total};
}

class LoadRun
{
public:
    LoadRun(const TransportConfig &config, const QList<QJsonObject> &bodies, const Options &options)
        : m_config(config), m_bodies(bodies), m_options(options)
    {}

    RunResult run(const QList<Device> &devices, int clients, int batch,
                  const CentralProcess &central)
    {
        std::vector<Tablet> tablets(static_cast<std::size_t>(clients));
        for (int i = 0; i < clients; ++i)
            tablets[std::size_t(i)].device = &devices.at(i);
        m_budget = m_options.records; // records left to push, when runs are counted
        std::latch ready(clients + 1);
        std::latch go(1);
        std::vector<std::thread> threads;
        for (int i = 0; i < clients; ++i)
            threads.emplace_back([&, i] { push(tablets[std::size_t(i)], i, batch, ready, go); });

        ready.arrive_and_wait(); // every tablet has its access token
        const double benchCpu = processCpuSeconds(), gatewayCpu = central.cpuSeconds();
        const auto [busy, total] = machineJiffies();
        const auto start = Clock::now();
        m_deadline = start + std::chrono::duration_cast<Clock::duration>(
                                 std::chrono::duration<double>(m_options.seconds));
        go.count_down();
        for (std::thread &t : threads)
            t.join();
        RunResult r;
        r.clients = clients;
        r.batch = batch;
        r.seconds = msSince(start) / 1000;
        r.benchCpu = processCpuSeconds() - benchCpu;
        r.gatewayCpu = central.cpuSeconds() - gatewayCpu;
        const auto [busyAfter, totalAfter] = machineJiffies();
        r.machineBusy = totalAfter > total ? std::thread::hardware_concurrency() *
                                                 (busyAfter - busy) / (totalAfter - total)
                                           : 0;
        for (const Tablet &t : tablets) {
            if (!t.error.empty())
                throw BenchError(t.error);
            r.records += t.records;
            r.latencyMs.insert(r.latencyMs.end(), t.latencyMs.begin(), t.latencyMs.end());
        }
        return r;
    }

private:
    bool more(int batch)
    {
        if (m_options.records <= 0)
            return Clock::now() < m_deadline;
        return m_budget.fetch_sub(batch) >= batch;
    }

    // One tablet's thread: its own transport (one connection, kept alive as long as the
    // gateway allows), pushing until the run ends. Only the request itself is timed: gzip of
    // the body, TLS, the gateway's work and the answer.
    void push(Tablet &tablet, int index, int batch, std::latch &ready, std::latch &go)
    {
        bool counted = false; // a latch must not be counted down twice
        try {
            // The token on a connection of its own, closed before the start: the gateway
            // holds one of its 8 worker threads per open connection (idle ones too, until
            // its 30 s keep-alive timeout), so 8 tablets idling at the start line would
            // keep every other tablet from getting a token until then.
            const QString token = [&] {
                HttpsTransport tokenTransport(m_config);
                return accessToken(tokenTransport, *tablet.device);
            }();
            HttpsTransport transport(m_config);
            qint64 hlc = 0;
            int next = index * 7; // tablets start at different bodies
            counted = true;
            ready.count_down();
            go.wait();
            while (more(batch)) {
                PushRequest request;
                for (int i = 0; i < batch; ++i)
                    request.mutations.append(
                        newVisit(*tablet.device, m_bodies.at(next++ % m_bodies.size()), hlc));
                const QByteArray body = encode(request);
                const auto start = Clock::now();
                const Response response = transport.request(Method::Post, "/v1/push", body, token);
                tablet.latencyMs.push_back(msSince(start));
                tablet.records += applied(decoded<PushResponse>(response, decodePushResponse));
            }
        } catch (const std::exception &e) {
            tablet.error = e.what();
            if (!counted)
                ready.count_down(); // the run goes on without it, then reports the error
        }
    }

    static int applied(const PushResponse &response)
    {
        int n = 0;
        for (const MutationResult &result : response.results) {
            if (result.outcome != Outcome::Applied)
                throw BenchError("a pushed visit was not applied: " +
                                 (result.error ? result.error->code : outcomeName(result.outcome))
                                     .toStdString());
            ++n;
        }
        return n;
    }

    const TransportConfig &m_config;
    const QList<QJsonObject> &m_bodies;
    const Options &m_options;
    std::atomic<long long> m_budget{0};
    Clock::time_point m_deadline;
};

void printRunHeader(const QString &store)
{
    std::printf("\n%s store:\n", qPrintable(store));
    std::printf("  %7s %6s %8s %8s %7s %9s %8s %8s %8s  %s\n", "tablets", "batch", "requests",
                "records", "wall s", "records/s", "p50 ms", "p99 ms", "max ms",
                "CPU s: bench / gateway, machine busy cores");
}

void printRun(const RunResult &r)
{
    std::printf("  %7d %6d %8zu %8lld %7.2f %9.1f %8.1f %8.1f %8.1f  %.1f / %.1f, %.2f of %u\n",
                r.clients, r.batch, r.latencyMs.size(), r.records, r.seconds,
                double(r.records) / r.seconds, percentile(r.latencyMs, 50),
                percentile(r.latencyMs, 99), maxOf(r.latencyMs), r.benchCpu, r.gatewayCpu,
                r.machineBusy, std::thread::hardware_concurrency());
    std::fflush(stdout);
}

// Every run against one gateway: the tablets are enrolled once (the most any run needs) and
// each run uses the first N of them, single-record pushes first, then batches.
QList<RunResult> runStore(const CentralProcess &central, const Certificate &certificate,
                          const Options &options)
{
    const TransportConfig config = configFor(central, certificate);
    const int most = *std::max_element(options.clients.begin(), options.clients.end());
    const QList<Device> devices = enrollDevices(central, config, User, most);
    const QList<QJsonObject> bodies = makeBodies(pullChildIds(config, devices.first()));
    LoadRun load(config, bodies, options);
    printRunHeader(central.storeName());
    QList<RunResult> results;
    for (const int batch : {1, options.batch}) {
        for (const int clients : options.clients) {
            results.append(load.run(devices, clients, batch, central));
            printRun(results.last());
        }
    }
    return results;
}

// --- PostgreSQL and pgbench -----------------------------------------------------------------

// The gateway's records table (sync/gateway/pgstore.cpp, schema 1) with its indexes and
// trigger; seq comes from a SEQUENCE here, the one liberty taken.
const char RecordsTable[] =
    "CREATE TABLE records (id TEXT PRIMARY KEY, municipality TEXT NOT NULL,"
    " author TEXT NOT NULL, kind TEXT NOT NULL, status TEXT NOT NULL, refers_to TEXT,"
    " child_id TEXT, foster_home_id TEXT, data TEXT NOT NULL, seq BIGINT NOT NULL UNIQUE);"
    "CREATE INDEX records_author ON records(author);"
    "CREATE INDEX records_refers ON records(refers_to);"
    "CREATE FUNCTION signed_immutable() RETURNS trigger LANGUAGE plpgsql AS"
    " $$BEGIN RAISE EXCEPTION 'signed records are immutable'; END$$;"
    "CREATE TRIGGER records_signed_immutable BEFORE UPDATE OR DELETE ON records"
    " FOR EACH ROW WHEN (OLD.status = 'signed') EXECUTE FUNCTION signed_immutable();"
    "CREATE SEQUENCE record_seq;";

// The insert a pushed visit comes down to, with the data column exactly as the gateway
// stores it (the wire record as compact JSON, ~5.4 KB). `rows` > 1: that many rows in one
// statement, hence one transaction, like a batch push.
QString pgbenchScript(const QJsonObject &body, int rows)
{
    // Signed like a pushed visit, so the row is as large as the gateway's.
    Device device{QStringLiteral("5e0c0000-0000-4000-8000-000000000000"),
                  User,
                  {},
                  homevisit::domain::signature::generate()};
    qint64 hlc = 0;
    const QByteArray data = QJsonDocument(encodeRecord(newVisit(device, body, hlc).record))
                                .toJson(QJsonDocument::Compact);
    QString literal = QString::fromUtf8(data);
    literal.replace(QLatin1Char('\''), QStringLiteral("''"));
    const QString child = body.value(QStringLiteral("child_id")).toString();
    const QString values =
        QStringLiteral("gen_random_uuid()::text, 'region-gotland', 'anna', 'child_visit', "
                       "'signed', NULL, '%1', NULL, '%2', nextval('record_seq')")
            .arg(child, literal);
    const QString columns = QStringLiteral(
        "INSERT INTO records (id, municipality, author, kind, status, refers_to, child_id, "
        "foster_home_id, data, seq) ");
    if (rows == 1)
        return columns + "VALUES (" + values + ") ON CONFLICT DO NOTHING;\n";
    return columns + "SELECT " + values + QStringLiteral(" FROM generate_series(1, %1)").arg(rows) +
           " ON CONFLICT DO NOTHING;\n";
}

QString writeScript(const QString &dir, const QJsonObject &body, int rows)
{
    const QString path = dir + QStringLiteral("/insert-%1.sql").arg(rows);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pgbenchScript(body, rows).toUtf8()) < 0)
        throw BenchError("cannot write " + path.toStdString());
    return path;
}

struct PgbenchResult
{
    double tps = 0;
    double latencyMs = 0;
};

PgbenchResult runPgbench(const QString &database, const QString &scriptFile, int clients,
                         double seconds)
{
    const QStringList args{"-n",
                           "-c",
                           QString::number(clients),
                           "-j",
                           QString::number(std::min(clients, 2)),
                           "-T",
                           QString::number(std::max(1, int(std::lround(seconds)))),
                           "-f",
                           scriptFile,
                           database};
    const CommandResult r =
        mustRun(requireProgram("pgbench", PgBin), args, int(seconds * 1000) + 60'000);
    const QString out = QString::fromUtf8(r.out);
    static const QRegularExpression tps(R"(tps = ([0-9.]+) \(without initial connection time\))");
    static const QRegularExpression latency(R"(latency average = ([0-9.]+) ms)");
    const auto t = tps.match(out), l = latency.match(out);
    if (!t.hasMatch())
        throw BenchError("cannot read pgbench's tps: " + out.left(300).toStdString());
    return {t.captured(1).toDouble(), l.hasMatch() ? l.captured(1).toDouble() : 0};
}

void printComparison(const QList<RunResult> &gateway, const QString &dir, const QJsonObject &body,
                     const Options &options)
{
    mustRun(requireProgram("createdb", PgBin), {"pgbench_upsert"});
    psql("pgbench_upsert", RecordsTable);
    std::printf("\npgbench, the same insert without the gateway (%s, fsync=%s, "
                "synchronous_commit=%s; %s):\n",
                qPrintable(psql("pgbench_upsert", "SHOW server_version")),
                qPrintable(psql("pgbench_upsert", "SHOW fsync")),
                qPrintable(psql("pgbench_upsert", "SHOW synchronous_commit")),
                "INSERT ... ON CONFLICT DO NOTHING of the ~5.4 KB wire record, random uuid key");
    std::printf("  %7s %6s %9s %9s %10s  %s\n", "clients", "rows", "tps", "rows/s", "avg ms",
                "gateway records/s / pgbench rows/s");
    for (const RunResult &g : gateway) {
        const QString script = writeScript(dir, body, g.batch);
        const PgbenchResult p = runPgbench("pgbench_upsert", script, g.clients, options.seconds);
        const double rows = p.tps * g.batch;
        std::printf("  %7d %6d %9.1f %9.1f %10.2f  %.3f (%.1f / %.1f)\n", g.clients, g.batch, p.tps,
                    rows, p.latencyMs, double(g.records) / g.seconds / rows,
                    double(g.records) / g.seconds, rows);
        std::fflush(stdout);
    }
    // The rows must be whole visits: pgbench would have mangled a ':name' in the JSON.
    std::printf(
        "  table after: %s rows; data as JSON: kind %s; %s B per row as text, %s B "
        "stored (TOAST compression)\n",
        qPrintable(psql("pgbench_upsert", "SELECT count(*) FROM records")),
        qPrintable(psql("pgbench_upsert", "SELECT (data::jsonb)->>'kind' FROM records LIMIT 1")),
        qPrintable(psql("pgbench_upsert", "SELECT avg(octet_length(data))::int FROM records")),
        qPrintable(psql("pgbench_upsert", "SELECT avg(pg_column_size(data))::int FROM records")));
}

// Runs inside pg_virtualenv: the gateway on a fresh database, then pgbench on another.
int runPostgres(const Options &options, const QString &dir, const Certificate &certificate)
{
    mustRun(requireProgram("createdb", PgBin), {"homevisit_load"});
    QList<RunResult> results;
    QJsonObject body;
    {
        CentralProcess central(dir + "/central-pg", certificate,
                               {"--postgres", conninfo("homevisit_load")});
        results = runStore(central, certificate, options);
        body = paddedChildVisit(QUuid::createUuid().toString(QUuid::WithoutBraces),
                                QDateTime::currentDateTime(), 1);
    } // the gateway stops: pgbench gets the machine to itself, as the gateway had it
    if (options.pgbench)
        printComparison(results, dir, body, options);
    return 0;
}

// --- options and main -----------------------------------------------------------------------

constexpr char Usage[] =
    "usage: bench_gateway_load [--clients 1,4,16] [--seconds 5 | --records N] [--batch 50]\n"
    "                          [--store sqlite|postgres|both] [--no-pgbench]\n";

// The value of option `name` at args[i + 1], parsed; false if missing or malformed.
template <typename T, typename Parse>
bool takeValue(const QStringList &args, qsizetype &i, T &target, Parse parse)
{
    if (i + 1 >= args.size())
        return false;
    bool ok = false;
    target = parse(args[++i], &ok);
    return ok;
}

QList<int> parseClients(const QString &text, bool *ok)
{
    QList<int> clients;
    *ok = !text.isEmpty();
    for (const QString &n : text.split(QLatin1Char(','))) {
        bool one = false;
        clients.append(n.toInt(&one));
        *ok = *ok && one && clients.last() > 0 && clients.last() <= 256;
    }
    return clients;
}

Options parseOptions(const QStringList &args)
{
    Options o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const qsizetype first = i;
        bool ok = true;
        if (a == QLatin1String(InsideFlag)) {
            o.inside = true;
            continue; // not forwarded again
        }
        if (a == u"--no-pgbench")
            o.pgbench = false;
        else if (a == u"--clients")
            ok = takeValue(args, i, o.clients, parseClients);
        else if (a == u"--seconds")
            ok = takeValue(args, i, o.seconds,
                           [](const QString &v, bool *k) { return v.toDouble(k); });
        else if (a == u"--records")
            ok = takeValue(args, i, o.records,
                           [](const QString &v, bool *k) { return v.toLongLong(k); });
        else if (a == u"--batch")
            ok = takeValue(args, i, o.batch, [](const QString &v, bool *k) { return v.toInt(k); });
        else if (a == u"--store") {
            QString store;
            ok = takeValue(args, i, store, [](const QString &v, bool *k) { return *k = true, v; });
            o.sqlite = store == u"sqlite" || store == u"both";
            o.postgres = store == u"postgres" || store == u"both";
            ok = ok && (o.sqlite || o.postgres);
        } else
            ok = false;
        if (!ok || o.seconds <= 0 || o.records < 0 || o.batch < 1 || o.batch > MaxBatch)
            throw std::invalid_argument(Usage);
        o.forwarded << args.mid(first, i - first + 1);
    }
    return o;
}

void printHeader(const Options &o, const std::string &base)
{
    std::printf("gateway load: N tablets (threads, one device and connection each) pushing signed "
                "child visits to homevisit-central over HTTPS (TLS 1.2+, gzip, keep-alive)\n");
    std::printf("  record: ~%lld B body of compact JSON; runs of %s, single-record pushes and "
                "batches of %d\n",
                static_cast<long long>(VisitBodyBytes),
                o.records > 0 ? qPrintable(QStringLiteral("%1 records").arg(o.records))
                              : qPrintable(QStringLiteral("%1 s").arg(o.seconds)),
                o.batch);
    std::printf("  latency: one POST /v1/push, from the request to its decoded answer (gzip and "
                "a reconnect when the gateway closes the connection included)\n");
    std::printf("  machine: %u cores shared by the tablets, the gateway and the database; "
                "storage %s (%s), 4 KiB write + fdatasync: %.2f ms median\n",
                std::thread::hardware_concurrency(), base.c_str(), fileSystemOf(base).c_str(),
                fdatasyncMs(base));
    std::fflush(stdout);
}

int run(const Options &options)
{
    const std::string base = baseDirectory();
    QTemporaryDir dir(QString::fromStdString(base) + QStringLiteral("/homevisit-load-XXXXXX"));
    if (!dir.isValid())
        throw BenchError("cannot create a directory in " + base);
    const Certificate certificate = Certificate::make(dir.path());
    if (options.inside)
        return runPostgres(options, dir.path(), certificate);

    printHeader(options, base);
    if (options.sqlite) {
        CentralProcess central(dir.path() + "/central-sqlite", certificate);
        runStore(central, certificate, options);
    }
    if (options.postgres)
        return reexecUnderPgVirtualenv(InsideFlag, options.forwarded);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Options options;
    try {
        options = parseOptions(app.arguments().mid(1));
    } catch (const std::invalid_argument &usage) {
        std::fprintf(stderr, "%s", usage.what());
        return 2;
    }
    try {
        return run(options);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_gateway_load: %s\n", e.what());
        return 1;
    }
}
