// The case system's traffic through the real gateway (docs/integration.md):
//  1. a county-size caseload snapshot imported with `homevisit-central import` (its own
//     process, timed with wait4 for the peak resident memory): into an empty store, the
//     same snapshot again (nothing changes), then one with 1 % of it changed;
//  2. the journal-entry feed, GET /v1/export, read by the connector in pages of 100 and
//     500 after a tablet pushed N signed visits;
//  3. forwarding: the gateway restarted with --forward-url to homevisit-receiver over
//     HTTPS on loopback, delivering those N entries one POST each.
// On the SQLite file and on PostgreSQL (a throwaway cluster made by pg_virtualenv).
#include "benchsupport.h"
#include "benchtablet.h"
#include "centralprocess.h"
#include "pgcluster.h"
#include "visitbody.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QUrlQuery>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <thread>

using namespace homevisit;
using namespace homevisit::bench;
using namespace homevisit::sync;

namespace {

constexpr char InsideFlag[] = "--inside-pg-virtualenv";
const QString CentralPath = QStringLiteral(HOMEVISIT_CENTRAL_PATH);
const QString ReceiverPath = QStringLiteral(HOMEVISIT_RECEIVER_PATH);

struct Options
{
    int children = 50'000; // foster homes: 2 per 5 children; users: 1 per 25 children
    int entries = 2'000;
    bool sqlite = true;
    bool postgres = true;
    bool import = true;
    bool journal = true;
    bool inside = false;
    QStringList forwarded;
};

// --- a county's snapshot --------------------------------------------------------------------

const QStringList FirstNames{"Noah",  "Alice", "Elias", "Maja",  "Hugo",    "Ella", "Liam", "Wilma",
                             "Oscar", "Alma",  "Lucas", "Selma", "William", "Ebba", "Adam", "Saga"};
const QStringList FamilyNames{"Hägg", "Lind",   "Berg",  "Sund", "Karlsson", "Nilsson", "Ek",
                              "Holm", "Strand", "Åberg", "Lund", "Björk",    "Öberg",   "Dahl"};
const QStringList HomeTypes{"own_recruited", "kinship", "emergency", "agency_supported",
                            "residential"};
const QStringList PlacementForms{"foster_home", "kinship_home", "emergency_home", "residential"};

struct County
{
    int children = 0;
    int homes() const { return children * 2 / 5; }
    int supervisors() const { return std::max(1, children / 500); }
    int caseworkers() const { return std::max(1, children * 13 / 500); }
    int homeSecretaries() const { return std::max(1, children * 6 / 500); }
    int users() const { return supervisors() + caseworkers() + homeSecretaries(); }
};

QString line(const QJsonObject &row)
{
    return QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact));
}

QString userName(const char *prefix, int i)
{
    return QStringLiteral("%1%2").arg(QLatin1String(prefix)).arg(i, 4, 10, QLatin1Char('0'));
}

void writeUsers(QTextStream &out, const County &county)
{
    const auto user = [&](const char *prefix, int i, const char *role, bool inTeam) {
        QJsonObject row{{"type", "user"},
                        {"user", userName(prefix, i)},
                        {"display_name", FirstNames.at(i % FirstNames.size()) + u' ' +
                                             FamilyNames.at(i / 3 % FamilyNames.size())},
                        {"role", QLatin1String(role)}};
        if (inTeam)
            row.insert("supervisor", userName("sup", i % county.supervisors()));
        out << line(row) << '\n';
    };
    for (int i = 0; i < county.supervisors(); ++i)
        user("sup", i, "supervisor", false);
    for (int i = 0; i < county.caseworkers(); ++i)
        user("cw", i, "caseworker", true);
    for (int i = 0; i < county.homeSecretaries(); ++i)
        user("fhs", i, "foster_home_secretary", true);
}

// `changed`: 1 % of the children get another secretary, 1 % of the foster homes a new
// phone number, 1 % of the placements an end date.
void writeChildren(QTextStream &out, const County &county, bool changed)
{
    for (int i = 0; i < county.children; ++i) {
        const QString id = QStringLiteral("C-%1").arg(i, 6, 10, QLatin1Char('0'));
        out << line({{"type", "child"},
                     {"id", id},
                     {"name", FirstNames.at(i % FirstNames.size()) + u' ' +
                                  FamilyNames.at(i / 7 % FamilyNames.size())},
                     {"birth_year", 2008 + i % 18},
                     {"legal_basis", i % 3 == 0 ? "LVU" : "SoL"},
                     {"visit_interval_days", 42}})
            << '\n';
        const int secretary = (changed && i % 100 == 0 ? i + 1 : i) % county.caseworkers();
        out << line({{"type", "assignment"}, {"child", id}, {"user", userName("cw", secretary)}})
            << '\n';
        QJsonObject placement{
            {"type", "placement"},
            {"id", QStringLiteral("PL-%1").arg(i, 6, 10, QLatin1Char('0'))},
            {"child", id},
            {"foster_home",
             QStringLiteral("H-%1").arg(i % county.homes(), 5, 10, QLatin1Char('0'))},
            {"form", PlacementForms.at(i % PlacementForms.size())},
            {"start_date", QDate(2020, 1, 1).addDays(i % 1500).toString(Qt::ISODate)}};
        if (changed && i % 100 == 50)
            placement.insert("end_date", "2026-11-30");
        out << line(placement) << '\n';
    }
}

void writeHomes(QTextStream &out, const County &county, bool changed)
{
    for (int j = 0; j < county.homes(); ++j) {
        const QString id = QStringLiteral("H-%1").arg(j, 5, 10, QLatin1Char('0'));
        out << line({{"type", "foster_home"},
                     {"id", id},
                     {"name", "Familjen " + FamilyNames.at(j % FamilyNames.size())},
                     {"home_type", HomeTypes.at(j % HomeTypes.size())},
                     {"address", QStringLiteral("Storgatan %1, 621 %2 Visby")
                                     .arg(j % 200 + 1)
                                     .arg(j % 90 + 10)},
                     {"phone", QStringLiteral("0498-%1").arg(
                                   changed && j % 100 == 0 ? 900000 - j : 100000 + j)}})
            << '\n';
        out << line({{"type", "assignment"},
                     {"foster_home", id},
                     {"user", userName("fhs", j % county.homeSecretaries())}})
            << '\n';
    }
}

QString writeSnapshot(const QString &path, const County &county, bool changed)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw BenchError("cannot write " + path.toStdString());
    QTextStream out(&file);
    out << line({{"type", "municipality"}, {"id", "region-lan"}, {"name", "Region Län"}}) << '\n';
    writeUsers(out, county);
    writeHomes(out, county, changed);
    writeChildren(out, county, changed);
    return path;
}

// --- the import, as its own process -----------------------------------------------------------

struct Measured
{
    double seconds = 0;
    long peakRssKiB = 0;
    int exitCode = -1;
};

// Runs the program with stdout and stderr into `outFile`; wait4 gives its peak RSS.
Measured timedRun(const QString &program, const QStringList &arguments, const QString &outFile)
{
    QList<QByteArray> storage{program.toLocal8Bit()};
    for (const QString &a : arguments)
        storage.append(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : storage)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    const QByteArray out = outFile.toLocal8Bit();
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int fd = ::open(out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        ::dup2(fd, 1);
        ::dup2(fd, 2);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    if (pid < 0)
        throw BenchError("fork failed");
    int status = 0;
    rusage usage{};
    ::wait4(pid, &status, 0, &usage);
    Measured m;
    m.seconds = double(timer.nsecsElapsed()) / 1e9;
    m.peakRssKiB = usage.ru_maxrss;
    m.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return m;
}

QString firstLines(const QString &file, int lines)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QStringList kept;
    while (!in.atEnd() && kept.size() < lines)
        kept.append(QString::fromUtf8(in.readLine()).trimmed());
    return kept.join(QStringLiteral("; "));
}

void importStep(const QString &step, const QString &dataDir, const QStringList &store,
                const QString &snapshot)
{
    const QString log = dataDir + "-import.log";
    const Measured m =
        timedRun(CentralPath,
                 QStringList{"--data-dir", dataDir} + store + QStringList{"import", snapshot}, log);
    if (m.exitCode != 0)
        throw BenchError("import failed: " + firstLines(log, 3).toStdString());
    std::printf("  %-34s %8.1f s  peak RSS %6.0f MiB   %s\n", qPrintable(step), m.seconds,
                double(m.peakRssKiB) / 1024.0, qPrintable(firstLines(log, 4)));
    std::fflush(stdout);
}

void runImport(const Options &options, const QString &dir, const QString &storeName,
               const QStringList &store)
{
    const County county{options.children};
    const QString first = writeSnapshot(dir + "/county.jsonl", county, false);
    const QString changed = writeSnapshot(dir + "/county-changed.jsonl", county, true);
    std::printf("import on %s: %d children, %d foster homes, %d users, %d placements, %d "
                "assignments (%.1f MiB of JSON Lines)\n",
                qPrintable(storeName), county.children, county.homes(), county.users(),
                county.children, county.children + county.homes(),
                double(QFileInfo(first).size()) / 1048576.0);
    const QString dataDir = dir + "/import-" + storeName.toLower();
    importStep(QStringLiteral("into an empty store"), dataDir, store, first);
    importStep(QStringLiteral("the same snapshot again"), dataDir, store, first);
    importStep(QStringLiteral("1 % changed"), dataDir, store, changed);
}

// --- the feed ---------------------------------------------------------------------------------

void pushVisits(const TransportConfig &config, const Device &tablet, int count)
{
    const QStringList children = pullChildIds(config, tablet);
    QList<QJsonObject> bodies;
    for (int i = 0; i < 64; ++i)
        bodies.append(paddedChildVisit(
            children.at(i % children.size()),
            QDateTime(QDate::currentDate().addDays(-(i % 30)), QTime(10, 0)), quint32(i)));
    HttpsTransport transport(config);
    const QString token = accessToken(transport, tablet);
    qint64 hlc = 0;
    for (int sent = 0; sent < count;) {
        PushRequest request;
        for (int i = 0; i < 50 && sent < count; ++i, ++sent)
            request.mutations.append(newVisit(tablet, bodies.at(sent % bodies.size()), hlc));
        decoded<PushResponse>(transport.request(Method::Post, "/v1/push", encode(request), token),
                              decodePushResponse);
    }
}

struct FeedPass
{
    int pages = 0;
    int entries = 0;
    qint64 bytes = 0;
    double seconds = 0;
};

FeedPass readFeed(HttpsTransport &transport, const QString &token, int limit)
{
    FeedPass pass;
    QString cursor = makeCursor(qint64(0));
    QElapsedTimer timer;
    timer.start();
    for (bool more = true; more;) {
        QUrlQuery query;
        query.addQueryItem("cursor", cursor);
        query.addQueryItem("limit", QString::number(limit));
        const Response response = transport.request(
            Method::Get, "/v1/export?" + query.toString(QUrl::FullyEncoded), {}, token);
        if (!response.ok())
            throw BenchError("GET /v1/export: HTTP " + std::to_string(response.status));
        const QJsonObject page = QJsonDocument::fromJson(response.body).object();
        pass.pages += 1;
        pass.entries += int(page.value("entries").toArray().size());
        pass.bytes += response.body.size();
        cursor = page.value("next_cursor").toString();
        more = page.value("has_more").toBool();
    }
    pass.seconds = double(timer.nsecsElapsed()) / 1e9;
    return pass;
}

void measureFeed(const CentralProcess &central, const TransportConfig &config, int expected)
{
    if (central
            .command({"admin", "add-user", "--user", "procapita", "--municipality",
                      "region-gotland", "--role", "integration", "--display-name",
                      "Procapita-kopplingen"})
            .exitCode != 0)
        throw BenchError("admin add-user failed");
    const Device connector =
        enrollDevices(central, config, QStringLiteral("procapita"), 1, false, false).first();
    HttpsTransport transport(config);
    const QString token = accessToken(transport, connector);
    for (const int limit : {100, 500}) {
        std::vector<double> pagesPerSecond;
        FeedPass pass;
        for (int round = 0; round < 3; ++round) {
            pass = readFeed(transport, token, limit);
            if (pass.entries != expected)
                throw BenchError("the feed held " + std::to_string(pass.entries) +
                                 " entries, not " + std::to_string(expected));
            pagesPerSecond.push_back(pass.pages / pass.seconds);
        }
        const double median = percentile(pagesPerSecond, 50);
        std::printf("  feed, limit %3d: %d pages of %.0f KiB; median of 3 passes %.1f pages/s, "
                    "%.0f entries/s\n",
                    limit, pass.pages, double(pass.bytes) / pass.pages / 1024.0, median,
                    median * pass.entries / pass.pages);
    }
    std::fflush(stdout);
}

// --- forwarding ---------------------------------------------------------------------------

class ReceiverProcess
{
public:
    ReceiverProcess(const QString &dir, const Certificate &certificate) : m_db(dir + "/received.db")
    {
        m_secret = dir + "/forward-secret";
        QFile secret(m_secret);
        if (!secret.open(QIODevice::WriteOnly) ||
            !secret.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            throw BenchError("cannot write the forwarding secret");
        secret.write(QByteArray(32, 'k').toBase64() + '\n');
        secret.close();
        m_process.setStandardErrorFile(dir + "/receiver.log");
        m_process.start(ReceiverPath,
                        {"serve", "--db", m_db, "--secret-file", m_secret, "--listen",
                         "127.0.0.1:0", "--cert", certificate.cert, "--key", certificate.key});
        static const QRegularExpression listening("listening on 127\\.0\\.0\\.1:(\\d+)");
        for (int waited = 0; waited < 20'000 && m_port == 0; waited += 50) {
            m_process.waitForReadyRead(50);
            const auto match =
                listening.match(QString::fromUtf8(m_process.readAllStandardOutput()));
            if (match.hasMatch())
                m_port = quint16(match.captured(1).toUInt());
        }
        if (m_port == 0)
            throw BenchError("homevisit-receiver did not start");
    }
    ~ReceiverProcess()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10'000))
            m_process.kill();
    }
    QString url() const { return QStringLiteral("https://127.0.0.1:%1/journal").arg(m_port); }
    QString secretFile() const { return m_secret; }
    int stored() const
    {
        const CommandResult r = runCommand(ReceiverPath, {"list", "--db", m_db});
        return int(r.out.count('\n'));
    }

private:
    QString m_db;
    QString m_secret;
    QProcess m_process;
    quint16 m_port = 0;
};

int delivered(const CentralProcess &central)
{
    const CommandResult r = central.command({"admin", "forwarding", "show"});
    const QByteArray first = r.out.left(r.out.indexOf('\n'));
    return QJsonDocument::fromJson(first).object().value("delivered").toInt();
}

void measureForwarding(const QString &dataDir, const QString &dir, const Certificate &certificate,
                       const QStringList &store, int expected)
{
    ReceiverProcess receiver(dir, certificate);
    QElapsedTimer timer;
    timer.start();
    CentralProcess central(dataDir, certificate, store,
                           {"--forward-url", receiver.url(), "--forward-secret-file",
                            receiver.secretFile(), "--forward-ca-file", certificate.cert});
    // From the first delivery seen to the last: the gateway's start is not forwarding.
    double firstAt = 0;
    int firstCount = 0;
    for (int done = 0; done < expected;) {
        if (timer.elapsed() > 600'000)
            throw BenchError("forwarding did not finish in 10 minutes");
        QThread::msleep(100);
        done = delivered(central);
        if (firstCount == 0 && done > 0) {
            firstAt = double(timer.nsecsElapsed()) / 1e9;
            firstCount = done;
        }
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9 - firstAt;
    const int stored = receiver.stored();
    std::printf("  forwarding to homevisit-receiver (HTTPS, one POST per entry): %d entries in "
                "%.1f s from the first delivery, %.0f entries/s; the receiver holds %d\n",
                expected - firstCount, seconds, (expected - firstCount) / seconds, stored);
    std::fflush(stdout);
}

void runJournal(const Options &options, const QString &dir, const Certificate &certificate,
                const QString &storeName, const QStringList &store)
{
    std::printf("journal entries on %s: %d signed visits (~%lld B body) pushed by one tablet\n",
                qPrintable(storeName), options.entries, static_cast<long long>(VisitBodyBytes));
    const QString dataDir = dir + "/journal-" + storeName.toLower();
    {
        CentralProcess central(dataDir, certificate, store);
        const TransportConfig config = configFor(central, certificate);
        const Device tablet = enrollDevices(central, config, QStringLiteral("anna"), 1).first();
        pushVisits(config, tablet, options.entries);
        measureFeed(central, config, options.entries);
    }
    measureForwarding(dataDir, dir, certificate, store, options.entries);
}

// --- the stores ---------------------------------------------------------------------------

void runStore(const Options &options, const QString &dir, const Certificate &certificate,
              const QString &storeName, const QStringList &store)
{
    if (options.import)
        runImport(options, dir, storeName, store);
    if (options.journal)
        runJournal(options, dir, certificate, storeName, store);
}

int runPostgres(const Options &options, const QString &dir, const Certificate &certificate)
{
    mustRun(requireProgram("createdb", PgBin), {"homevisit_import"});
    mustRun(requireProgram("createdb", PgBin), {"homevisit_journal"});
    if (options.import)
        runImport(options, dir, QStringLiteral("PostgreSQL"),
                  {"--postgres", conninfo("homevisit_import")});
    if (options.journal)
        runJournal(options, dir, certificate, QStringLiteral("PostgreSQL"),
                   {"--postgres", conninfo("homevisit_journal")});
    return 0;
}

constexpr char Usage[] =
    "usage: bench_case_system [--children N] [--entries N] [--store sqlite|postgres|both]\n"
    "                         [--only import|journal]\n";

Options parseOptions(const QStringList &args)
{
    Options o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const qsizetype first = i;
        bool ok = true;
        if (a == QLatin1String(InsideFlag)) {
            o.inside = true;
            continue;
        }
        const QString value = i + 1 < args.size() ? args[i + 1] : QString();
        if (a == u"--children")
            o.children = value.toInt(&ok), ++i;
        else if (a == u"--entries")
            o.entries = value.toInt(&ok), ++i;
        else if (a == u"--store") {
            o.sqlite = value == u"sqlite" || value == u"both";
            o.postgres = value == u"postgres" || value == u"both";
            ok = o.sqlite || o.postgres, ++i;
        } else if (a == u"--only") {
            o.import = value == u"import";
            o.journal = value == u"journal";
            ok = o.import || o.journal, ++i;
        } else
            ok = false;
        if (!ok || o.children < 100 || o.entries < 1)
            throw std::invalid_argument(Usage);
        o.forwarded << args.mid(first, i - first + 1);
    }
    return o;
}

int run(const Options &options)
{
    const std::string base = baseDirectory();
    QTemporaryDir dir(QString::fromStdString(base) + QStringLiteral("/homevisit-case-XXXXXX"));
    if (!dir.isValid())
        throw BenchError("cannot create a directory in " + base);
    const Certificate certificate = Certificate::make(dir.path());
    if (options.inside)
        return runPostgres(options, dir.path(), certificate);
    std::printf("case system: %u cores; storage %s (%s), 4 KiB write + fdatasync: %.2f ms "
                "median\n",
                std::thread::hardware_concurrency(), base.c_str(), fileSystemOf(base).c_str(),
                fdatasyncMs(base));
    if (options.sqlite)
        runStore(options, dir.path(), certificate, QStringLiteral("SQLite"), {});
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
        std::fprintf(stderr, "bench_case_system: %s\n", e.what());
        return 1;
    }
}
