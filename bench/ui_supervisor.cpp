// A supervisor's tablet with a big team: resident memory after unlocking and with a
// 2000-record list on screen, and frame times while that list is flicked. The records
// arrive the way synced records of other authors do, through JournalStore::applyPulled
// in pull pages of 200 (docs/sync-protocol.md), into a real SQLCipher store of a user
// enrolled with production Argon2id. The list is RecordListModel (all team records) in
// a ListView of the app's own RecordDelegate.qml, in an offscreen QQuickWindow.
#include "uibench.h"

#include "demo/democaseload.h"
#include "domain/examples.h"
#include "qml/qmltypes.h"
#include "store/hybridclock.h"
#include "store/journalstore.h"
#include "store/uuid.h"
#include "sync/engine/syncengine.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstring>
#include <mutex>

Q_IMPORT_QML_PLUGIN(HomevisitPlugin)

using namespace homevisit;
using namespace homevisit::bench;
using homevisit::ui::SessionController;

namespace {

constexpr int PageSize = 200; // the pull's default page

// The supervisor's view: every team record, newest first, as the app's delegate draws it.
const QByteArray hostQml = R"(
import QtQuick
import QtQuick.Controls
import Homevisit

ApplicationWindow {
    width: 1280
    height: 800
    visible: true
    font.pixelSize: Theme.fontSize
    property alias list: list
    property alias sweep: sweep
    RecordListModel {
        id: records
        session: Session
    }
    ListView {
        id: list
        anchors.fill: parent
        anchors.margins: Theme.margin
        model: records
        spacing: Theme.spacing / 2
        clip: true
        delegate: RecordDelegate {
            width: ListView.view.width
        }
    }
    NumberAnimation {
        id: sweep
        target: list
        property: "contentY"
    }
}
)";

// Team records of four other secretaries, signed and synced, some with a concern flag,
// some returned for completion (a review of the supervisor's own, pulled back), spread
// over the last two years. Only the bench writes these; see the README.
int seedTeam(store::JournalStore &journal, const QDate &today, int count)
{
    const QStringList authors{"anna", "erik", "sara", "maja"};
    QStringList children; // the demo's 17 children (a supervisor's store holds no caseload)
    for (int n = 1; n <= 17; ++n)
        children << demo::demoId('b', n);
    const QDateTime first(today.addDays(-730), QTime(9, 0), QTimeZone("Europe/Stockholm"));
    QList<store::PulledChange> page;
    qint64 seq = 0;
    int pages = 0;
    for (int i = 0; i < count; ++i) {
        const QDateTime start = first.addSecs(qint64(i) * 730 * 86400 / count);
        const QString id = makeUuidV7(start.toMSecsSinceEpoch());
        const QString signedAt = start.addSecs(7200).toUTC().toString(Qt::ISODateWithMs);
        QJsonObject body =
            domain::exampleChildVisitVariant(children.at(i % children.size()), start, i);
        const QJsonObject record{
            {"id", id},
            {"kind", "child_visit"},
            {"status", "signed"},
            {"author", authors.at(i % authors.size())},
            {"device_id", "5e0c0000-0000-4000-8000-00000000000" + QString::number(i % 4)},
            {"hlc", HlcStamp{start.toMSecsSinceEpoch() + 7200'000, 0}.toString()},
            {"revision", 1},
            {"base_revision", QJsonValue::Null},
            {"created_at", start.toUTC().toString(Qt::ISODateWithMs)},
            {"signed_at", signedAt},
            {"received_at", signedAt},
            {"body", body}};
        page.append({store::PulledChange::Type::Record, ++seq, false, record});
        if (page.size() == PageSize || i + 1 == count) {
            journal.applyPulled(page, QStringLiteral("bench-%1").arg(seq));
            page.clear();
            ++pages;
        }
    }
    return pages;
}

struct FrameLog
{
    std::mutex lock;
    bool recording = false;
    Clock::time_point frameStart{};
    std::vector<Clock::time_point> swaps;
    std::vector<double> workMs; // UpdateRequest -> frameSwapped: the whole frame

    void start()
    {
        std::lock_guard g(lock);
        swaps.clear();
        workMs.clear();
        recording = true;
    }
};

// A frame starts when the window handles its UpdateRequest: polishing (the ListView
// creating and laying out delegates), syncing and rendering follow on this (GUI) thread
// with the software adaptation, up to frameSwapped.
class FrameStartMarker : public QObject
{
public:
    explicit FrameStartMarker(FrameLog &log) : m_log(log) {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::UpdateRequest) {
            std::lock_guard g(m_log.lock);
            m_log.frameStart = Clock::now();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    FrameLog &m_log;
};

struct Recording
{
    std::vector<Clock::time_point> swaps;
    std::vector<double> workMs;
    double seconds = 0;
    double pixels = 0;
};

Recording take(FrameLog &log, double seconds, double pixels)
{
    std::lock_guard g(log.lock);
    log.recording = false;
    return {log.swaps, log.workMs, seconds, pixels};
}

void report(const char *what, const Recording &r)
{
    std::vector<double> intervals;
    for (std::size_t i = 1; i < r.swaps.size(); ++i)
        intervals.push_back(
            std::chrono::duration<double, std::milli>(r.swaps[i] - r.swaps[i - 1]).count());
    const auto slow = std::count_if(intervals.begin(), intervals.end(),
                                    [](double ms) { return ms > 1000.0 / 60; });
    std::printf("  %s: %zu frames in %.1f s (%.0f fps), %.0f px scrolled\n", what, r.swaps.size(),
                r.seconds, double(r.swaps.size()) / r.seconds, r.pixels);
    std::printf("    frame-to-frame  p50 %6.2f  p95 %6.2f  p99 %6.2f  max %6.2f ms; > 16.7 ms: "
                "%lld of %zu\n",
                percentile(intervals, 50), percentile(intervals, 95), percentile(intervals, 99),
                maxOf(intervals), static_cast<long long>(slow), intervals.size());
    std::printf("    frame work      p50 %6.2f  p95 %6.2f  p99 %6.2f  max %6.2f ms "
                "(UpdateRequest -> frameSwapped: polish, sync, render, swap)\n",
                percentile(r.workMs, 50), percentile(r.workMs, 95), percentile(r.workMs, 99),
                maxOf(r.workMs));
}

void pause(int ms)
{
    const auto t = Clock::now();
    waitUntil([&] { return msSince(t) > ms; }, "a pause");
}

int run(int count, int flickSeconds)
{
    const Memory atStart = memoryNow();
    const std::string base = baseDirectory();
    QTemporaryDir dir(QString::fromStdString(base) + QStringLiteral("/homevisit-uisuper-XXXXXX"));
    if (!dir.isValid())
        throw std::runtime_error("cannot create a directory in " + base);
    const QString user = QStringLiteral("bodil"), pin = QStringLiteral("482915");
    const KdfParams kdf = enrollProductionUser(dir.path(), user, pin);
    double seedMs = 0;
    int pages = 0;
    {
        auto device = createDeviceSecret(dir.path());
        auto s = UserSession::unlock(dir.path(), user, pin, *device);
        s->journal().setSetting(sync::settingKey::Role, QStringLiteral("supervisor"));
        const auto t = Clock::now();
        pages = seedTeam(s->journal(), QDate::currentDate(), count);
        seedMs = msSince(t);
    }
    // The enrollment and the seeding ran in this process: their memory is not the app's.
    // Start from here, with the peak reset (Linux >= 4.0: "5" to clear_refs).
    resetPeakMemory();
    const Memory beforeLoad = memoryNow();

    SessionController session(
        {.dataDir = dir.path(), .serverUrl = {}, .demo = false, .startSync = false});
    ui::SyncIndicator indicator(&session);
    ui::UiSettings settings(dir.path());
    SessionSingleton::instance = &session;
    SyncIndicatorSingleton::instance = &indicator;
    UiSettingsSingleton::instance = &settings;
    session.start();
    waitUntil([&] { return session.state() == SessionController::State::Locked; }, "Locked");
    auto t = Clock::now();
    session.unlock(pin);
    waitUntil([&] { return session.state() == SessionController::State::Unlocked; }, "unlock");
    const double unlockMs = msSince(t);
    const Memory afterUnlock = memoryNow();

    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    t = Clock::now();
    engine.loadData(hostQml, QUrl(QStringLiteral("qrc:/bench_ui_supervisor/Host.qml")));
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window)
        throw std::runtime_error("the list window did not load");
    auto *list = window->property("list").value<QQuickItem *>();
    QObject *sweep = window->property("sweep").value<QObject *>();
    try {
        waitUntil([&] { return list->property("count").toInt() == count; }, "the rows", 60'000);
    } catch (const std::exception &) {
        std::fprintf(stderr, "bench_ui_supervisor: the list has %d rows, expected %d\n",
                     list->property("count").toInt(), count);
        throw;
    }
    const double loadMs = msSince(t);
    pause(500);
    const Memory afterView = memoryNow();

    FrameLog log;
    FrameStartMarker marker(log);
    window->installEventFilter(&marker);
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [&log] {
            std::lock_guard g(log.lock);
            if (!log.recording)
                return;
            const auto now = Clock::now();
            log.swaps.push_back(now);
            log.workMs.push_back(
                std::chrono::duration<double, std::milli>(now - log.frameStart).count());
        },
        Qt::DirectConnection);

    // A user's flicks: the fastest fling the platform allows, down, again when it
    // stops, back up at the end of the list.
    const double maxVelocity = list->property("maximumFlickVelocity").toDouble();
    double pixels = 0, lastY = list->property("contentY").toDouble();
    const auto trackScroll = [&] {
        const double y = list->property("contentY").toDouble();
        pixels += std::abs(y - lastY);
        lastY = y;
    };
    log.start();
    t = Clock::now();
    int direction = -1;
    while (msSince(t) < flickSeconds * 1000) {
        if (!list->property("flicking").toBool()) {
            if (list->property("atYEnd").toBool())
                direction = 1;
            else if (list->property("atYBeginning").toBool())
                direction = -1;
            QMetaObject::invokeMethod(list, "flick", Q_ARG(qreal, 0),
                                      Q_ARG(qreal, direction * maxVelocity));
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        trackScroll();
    }
    const Recording flicks = take(log, msSince(t) / 1000, pixels);
    QMetaObject::invokeMethod(list, "cancelFlick");
    pause(300);

    // A sweep through the whole list at a steady speed: every delegate created once.
    list->setProperty("contentY", list->property("originY"));
    pause(300);
    const double top = list->property("contentY").toDouble();
    QMetaObject::invokeMethod(list, "positionViewAtEnd");
    const double bottom = list->property("contentY").toDouble();
    list->setProperty("contentY", top);
    pause(300);
    sweep->setProperty("from", top);
    sweep->setProperty("to", bottom);
    sweep->setProperty("duration", flickSeconds * 1000);
    pixels = 0;
    lastY = top;
    log.start();
    t = Clock::now();
    QMetaObject::invokeMethod(sweep, "start");
    while (sweep->property("running").toBool() || msSince(t) < 100) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        trackScroll();
    }
    const Recording sweeping = take(log, msSince(t) / 1000, pixels);
    pause(300);
    const Memory afterFlicking = memoryNow();

    std::printf("ui_supervisor: a supervisor's %d team records: memory and frame times\n", count);
    std::printf("  store: %s (%s); %d records seeded with applyPulled in %d pages of %d in %.0f "
                "ms; Argon2id t=%u m=%u MiB p=%u\n",
                base.c_str(), fileSystemOf(base).c_str(), count, pages, PageSize, seedMs,
                kdf.timeCost, kdf.memoryKiB / 1024, kdf.parallelism);
    std::printf("  QT_QPA_PLATFORM=%s, graphics API %d (QSGRendererInterface: 1 = software, 3 = "
                "OpenGL), maximumFlickVelocity %.0f px/s\n",
                qPrintable(QGuiApplication::platformName()),
                int(window->rendererInterface()->graphicsApi()), maxVelocity);
    std::printf("  unlock %.0f ms; RecordListModel + ListView up with %d rows in %.0f ms\n",
                unlockMs, count, loadMs);
    printMemory("at process start", atStart);
    printMemory("before load (seeded; peak reset here)", beforeLoad);
    printMemory("after unlock", afterUnlock);
    printMemory(QStringLiteral("after the %1-row view").arg(count).toUtf8().constData(), afterView);
    printMemory("after flicking and the sweep", afterFlicking);
    report("flicking (ListView.flick at the maximum velocity, again whenever it stops)", flicks);
    report("sweep (contentY animated from the first row to the last)", sweeping);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (std::getenv("QT_QPA_PLATFORM") == nullptr)
        ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
    QGuiApplication app(argc, argv);
    int count = 2000, seconds = 5;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--records") == 0)
            count = std::max(1, std::atoi(argv[i + 1]));
        if (std::strcmp(argv[i], "--seconds") == 0)
            seconds = std::max(1, std::atoi(argv[i + 1]));
    }
    try {
        return run(count, seconds);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_ui_supervisor: %s\n", e.what());
        return 1;
    }
}
