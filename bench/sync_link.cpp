// What syncing costs a tablet on a poor mobile link: the real homevisit-central (SQLite,
// --demo, TLS) behind a userspace proxy that shapes loopback to 780 kbit/s down, 330
// kbit/s up and 100 ms one way. In-process tablets (the app's store and SyncEngine) of
// caseworker anna enroll, push a day's and a month's signed visits, and a second tablet
// pulls everything and then a day's worth. Each step is one SyncEngine round as the app
// runs it after time away: a new HTTPS connection, an access token, push, pull.
//
// For each step: wall time, bytes each way and TCP connections (counted by the proxy), and
// HTTP requests (the gateway's own homevisit_http_requests_total counters from GET /metrics,
// read directly from the gateway, not through the proxy, before and after the step). The
// same steps run again with the proxy passing bytes straight through, for comparison.
#include "benchsupport.h"
#include "centralprocess.h"
#include "shapedlink.h"
#include "visitbody.h"

#include "crypto/kdf.h"
#include "platform/filedevicesecret.h"
#include "session/usersession.h"
#include "sync/engine/syncengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <functional>
#include <map>
#include <memory>

using namespace homevisit;
using namespace homevisit::bench;
using namespace homevisit::sync;

namespace {

constexpr double DownstreamKbit = 780;
constexpr double UpstreamKbit = 330;
constexpr int OneWayDelayMs = 100;
constexpr int DayRecords = 10;
constexpr int MonthRecords = 300;
const QString User = QStringLiteral("anna");
const QString Pin = QStringLiteral("482915");

// --- the gateway's request counters -----------------------------------------------------

using RequestCounts = std::map<QString, long long>; // "endpoint code" -> requests

// The tablet's transport settings: the pinned key of the throwaway certificate, which is
// also the CA (it is self-signed), as `homevisitctl enroll --ca-file` configures it.
TransportConfig tabletConfig(const QString &url, const Certificate &certificate)
{
    TransportConfig config;
    config.baseUrl = url;
    config.pinnedPublicKey = certificate.pin;
    config.caFile = certificate.cert;
    return config;
}

// Reads GET /metrics from the gateway's metrics listener (never through the proxy, so
// the reading costs the link nothing). The /metrics endpoint itself is left out of the
// counts.
class MetricsReader
{
public:
    MetricsReader(const CentralProcess &central, const Certificate &) : m_central(central) {}

    // The gateway counts a request after its answer is written, so a reading taken just
    // after a step may miss the last one: read until two readings agree.
    RequestCounts settled()
    {
        RequestCounts previous = read();
        for (int i = 0; i < 20; ++i) {
            QThread::msleep(100);
            RequestCounts now = read();
            if (now == previous)
                return now;
            previous = std::move(now);
        }
        return previous;
    }

private:
    RequestCounts read()
    {
        const QByteArray body = m_central.metrics();
        static const QRegularExpression line(
            R"re(^homevisit_http_requests_total\{endpoint="([^"]+)",code="(\d+)"\} (\d+)$)re",
            QRegularExpression::MultilineOption);
        RequestCounts counts;
        for (auto it = line.globalMatch(QString::fromUtf8(body)); it.hasNext();) {
            const auto match = it.next();
            if (match.captured(1) != u"/metrics")
                counts[match.captured(1) + QLatin1Char(' ') + match.captured(2)] =
                    match.captured(3).toLongLong();
        }
        return counts;
    }

    const CentralProcess &m_central;
};

// --- one tablet ---------------------------------------------------------------------------

// A tablet of anna's: its own data directory, device secret and encrypted store, with
// cheap Argon2id parameters (unlocking is bench_unlock's subject, not this one's).
class Tablet
{
public:
    explicit Tablet(const QString &dir) : m_dir(created(dir)), m_device(m_dir)
    {
        UserSession::enroll(m_dir, User, Pin, m_device, makeKdfParams(1, 8 * 1024, 1));
        m_session = UserSession::unlock(m_dir, User, Pin, m_device);
    }

    store::JournalStore &journal() { return m_session->journal(); }

    // As the app enrolls: the credential, then at once the first sync on the same connection.
    SyncOutcome enrollAndSync(const TransportConfig &config, const QString &credential)
    {
        HttpsTransport transport(config);
        SyncEngine engine(journal(), transport);
        engine.enroll(credential, QStringLiteral("bench tablet"));
        return engine.syncOnce(SyncTrigger::UserRequest);
    }

    // A later sync, hours after the last one: a new connection and a new access token.
    SyncOutcome sync(const TransportConfig &config)
    {
        HttpsTransport transport(config);
        SyncEngine engine(journal(), transport);
        return engine.syncOnce(SyncTrigger::UserRequest);
    }

    // `count` signed visits of ~5 KB for the children of the pulled caseload, in turn.
    void writeSignedVisits(int count, int firstSeed)
    {
        const QDate today = QDate::currentDate();
        const QList<store::CaseloadEntry> caseload = journal().caseload(today);
        if (caseload.isEmpty())
            throw BenchError("the tablet has no caseload: the first sync pulled none");
        for (int i = 0; i < count; ++i) {
            const int n = firstSeed + i;
            const QString child = caseload.at(n % caseload.size()).child.id;
            const QDateTime start(today.addDays(-1 - n % 60), QTime(9 + n % 8, 0));
            const QString id = journal().createDraft(domain::RecordKind::ChildVisit,
                                                     paddedChildVisit(child, start, quint32(n)));
            journal().sign(id); // replaces the queued draft: one signed mutation per visit
        }
    }

private:
    static QString created(const QString &dir)
    {
        if (!QDir().mkpath(dir))
            throw BenchError("cannot create " + dir.toStdString());
        return dir;
    }

    QString m_dir;
    FileDeviceSecret m_device;
    std::unique_ptr<UserSession> m_session;
};

// --- steps and their numbers ------------------------------------------------------------------

struct Step
{
    QString name;
    double seconds = 0;
    LinkCounters link; // during the step
    RequestCounts requests;
    int pushed = 0;
    int pulled = 0;
};

class Recorder
{
public:
    Recorder(const ShapedLink &link, MetricsReader &metrics) : m_link(link), m_metrics(metrics) {}

    // Times one round; the round must end Synced with exactly `pushed` records accepted and
    // at least `pulled` changes pulled, or the numbers would describe a failure.
    void run(const QString &name, const std::function<SyncOutcome()> &round, int pushed, int pulled)
    {
        const RequestCounts requestsBefore = m_metrics.settled();
        const LinkCounters before = m_link.counters();
        const auto start = Clock::now();
        const SyncOutcome outcome = round();
        const double seconds = msSince(start) / 1000;
        if (outcome.status != SyncStatus::Synced || outcome.accepted != pushed ||
            outcome.pulled < pulled)
            throw BenchError(QStringLiteral("%1: %2 (%3), %4 accepted, %5 pulled")
                                 .arg(name, syncStatusName(outcome.status), outcome.detail)
                                 .arg(outcome.accepted)
                                 .arg(outcome.pulled)
                                 .toStdString());
        const LinkCounters after = settledLink();
        m_steps.append({name, seconds,
                        LinkCounters{after.upstreamBytes - before.upstreamBytes,
                                     after.downstreamBytes - before.downstreamBytes,
                                     after.connections - before.connections},
                        difference(m_metrics.settled(), requestsBefore), outcome.accepted,
                        outcome.pulled});
    }

    const QList<Step> &steps() const { return m_steps; }

private:
    // The connection closes (TLS close_notify, FIN) after the round returns, and those bytes
    // cross the delay line later: wait until the link has been quiet for a while.
    LinkCounters settledLink() const
    {
        const auto quiet = std::chrono::milliseconds(3 * OneWayDelayMs + 200);
        LinkCounters last = m_link.counters();
        for (int i = 0; i < 20; ++i) {
            QThread::msleep(quiet.count());
            const LinkCounters now = m_link.counters();
            if (now.upstreamBytes == last.upstreamBytes &&
                now.downstreamBytes == last.downstreamBytes)
                return now;
            last = now;
        }
        return last;
    }

    static RequestCounts difference(const RequestCounts &after, const RequestCounts &before)
    {
        RequestCounts d;
        for (const auto &[key, count] : after) {
            const auto it = before.find(key);
            const long long delta = count - (it == before.end() ? 0 : it->second);
            if (delta > 0)
                d[key] = delta;
        }
        return d;
    }

    const ShapedLink &m_link;
    MetricsReader &m_metrics;
    QList<Step> m_steps;
};

// --- the scenario -------------------------------------------------------------------------------

LinkShape mobileLink()
{
    LinkShape shape;
    shape.downstreamBitsPerSecond = DownstreamKbit * 1000;
    shape.upstreamBitsPerSecond = UpstreamKbit * 1000;
    shape.oneWayDelay = std::chrono::milliseconds(OneWayDelayMs);
    return shape;
}

// Two tablets of anna's against a fresh gateway behind a link of this shape.
QList<Step> runScenario(const LinkShape &shape, const Certificate &certificate, const QString &dir)
{
    CentralProcess central(dir + "/central", certificate);
    ShapedLink link(central.port(), shape);
    MetricsReader metrics(central, certificate);
    const TransportConfig config =
        tabletConfig(QStringLiteral("https://127.0.0.1:%1").arg(link.port()), certificate);
    Recorder recorder(link, metrics);
    const int caseload = 3; // at least one child, placement and foster home

    Tablet a(dir + "/tablet-a");
    const QString firstCredential = central.demoCredential(User);
    recorder.run(
        "A: enroll + first sync (caseload)",
        [&] { return a.enrollAndSync(config, firstCredential); }, 0, caseload);
    a.writeSignedVisits(DayRecords, 0);
    recorder.run(
        "A: day push, 10 signed visits", [&] { return a.sync(config); }, DayRecords, 0);
    a.writeSignedVisits(MonthRecords, DayRecords);
    recorder.run(
        "A: month push, 300 signed visits", [&] { return a.sync(config); }, MonthRecords, 0);

    Tablet b(dir + "/tablet-b");
    const QString secondCredential = central.newCredential(User);
    recorder.run(
        "B: enroll + pull everything", [&] { return b.enrollAndSync(config, secondCredential); }, 0,
        caseload + DayRecords + MonthRecords);
    a.writeSignedVisits(DayRecords, DayRecords + MonthRecords);
    recorder.run(
        "A: day push, 10 more", [&] { return a.sync(config); }, DayRecords, 0);
    recorder.run(
        "B: day pull, 10 new visits", [&] { return b.sync(config); }, 0, DayRecords);
    return recorder.steps();
}

// --- the report ------------------------------------------------------------------------------

// "3: token 1, push 1, pull 1", with non-2xx answers called out.
QString describeRequests(const RequestCounts &requests)
{
    std::map<QString, long long> byEndpoint;
    long long total = 0, failed = 0;
    for (const auto &[key, count] : requests) {
        const QString endpoint = key.section(QLatin1Char(' '), 0, 0).remove(QStringLiteral("/v1/"));
        byEndpoint[endpoint] += count;
        total += count;
        if (key.section(QLatin1Char(' '), 1).toInt() >= 300)
            failed += count;
    }
    QStringList parts;
    for (const auto &[endpoint, count] : byEndpoint)
        parts << QStringLiteral("%1 %2").arg(endpoint).arg(count);
    QString text = QStringLiteral("%1: %2").arg(total).arg(parts.join(QStringLiteral(", ")));
    if (failed > 0)
        text += QStringLiteral(" [%1 not 2xx]").arg(failed);
    return text;
}

// Seconds the link needs just to carry the bytes, one direction after the other (an HTTP/1.1
// exchange sends the request, then the answer): the floor under the wall time, before any
// round trip or server work.
double transferFloor(const LinkCounters &c)
{
    return double(c.upstreamBytes) * 8 / (UpstreamKbit * 1000) +
           double(c.downstreamBytes) * 8 / (DownstreamKbit * 1000);
}

void printTable(const char *title, const QList<Step> &steps, bool shaped)
{
    std::printf("\n%s\n", title);
    std::printf("  %-34s %8s %9s %9s %4s %7s %7s  %s\n", "step", "wall s", "up KiB", "down KiB",
                "TCP", "pushed", "pulled", "HTTP requests (gateway /metrics)");
    for (const Step &s : steps) {
        std::printf("  %-34s %8.2f %9.1f %9.1f %4d %7d %7d  %s\n", qPrintable(s.name), s.seconds,
                    s.link.upstreamBytes / 1024.0, s.link.downstreamBytes / 1024.0,
                    s.link.connections, s.pushed, s.pulled,
                    qPrintable(describeRequests(s.requests)));
    }
    if (!shaped)
        return;
    std::printf("  link floor (bytes / link rate, no round trips): ");
    QStringList floors;
    for (const Step &s : steps)
        floors << QString::number(transferFloor(s.link), 'f', 2);
    std::printf("%s s\n", qPrintable(floors.join(QStringLiteral(", "))));
}

void printBodySizes()
{
    QJsonArray batch;
    for (int i = 0; i < SyncEngine::PushBatch; ++i)
        batch.append(paddedChildVisit(QStringLiteral("0193a0c2-0000-7000-8000-000000000000"),
                                      QDateTime::currentDateTime(), quint32(i)));
    const QByteArray one = QJsonDocument(batch.at(0).toObject()).toJson(QJsonDocument::Compact);
    const QByteArray all = QJsonDocument(batch).toJson(QJsonDocument::Compact);
    std::printf("  record: signed child_visit, body %lld B of compact JSON (gzip alone: %lld B; "
                "in a batch of %d: %.0f B each)\n",
                static_cast<long long>(one.size()),
                static_cast<long long>(gzipCompress(one).size()), SyncEngine::PushBatch,
                double(gzipCompress(all).size()) / SyncEngine::PushBatch);
}

int run(bool shapedOnly, bool unshapedOnly)
{
    const std::string base = baseDirectory();
    QTemporaryDir dir(QString::fromStdString(base) + QStringLiteral("/homevisit-synclink-XXXXXX"));
    if (!dir.isValid())
        throw BenchError("cannot create a directory in " + base);
    const Certificate certificate = Certificate::make(dir.path());

    std::printf("sync over a mobile link: homevisit-central (SQLite, --demo, TLS) behind a "
                "shaping proxy\n");
    std::printf("  link: %.0f kbit/s down, %.0f kbit/s up, %d ms one way (RTT %d ms), TCP "
                "handshake emulated; bytes are TCP payload\n",
                DownstreamKbit, UpstreamKbit, OneWayDelayMs, 2 * OneWayDelayMs);
    std::printf("  tablets: user %s, in-process SyncEngine + SQLCipher store; a step is one "
                "syncOnce(UserRequest) on a new connection\n",
                qPrintable(User));
    std::printf("  note: the proxy ends TCP at both sides on loopback, so TCP's own waits for an "
                "ACK (Nagle, slow start) take loopback time here, not a 200 ms round trip\n");
    printBodySizes();
    std::printf("  storage: %s (%s), 4 KiB write + fdatasync: %.2f ms median\n", base.c_str(),
                fileSystemOf(base).c_str(), fdatasyncMs(base));
    std::fflush(stdout);

    if (!unshapedOnly) {
        const auto steps = runScenario(mobileLink(), certificate, dir.path() + "/shaped");
        printTable("shaped (780/330 kbit/s, 100 ms one way):", steps, true);
        std::fflush(stdout);
    }
    if (!shapedOnly) {
        const auto steps = runScenario(LinkShape{}, certificate, dir.path() + "/unshaped");
        printTable("unshaped (the same proxy passing bytes straight through, loopback):", steps,
                   false);
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    for (const QString &arg : args) {
        if (arg != u"--shaped-only" && arg != u"--unshaped-only") {
            std::fprintf(stderr, "usage: bench_sync_link [--shaped-only | --unshaped-only]\n");
            return 2;
        }
    }
    try {
        return run(args.contains(u"--shaped-only"), args.contains(u"--unshaped-only"));
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_sync_link: %s\n", e.what());
        return 1;
    }
}
