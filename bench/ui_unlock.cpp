// From "Lås upp" to a caseload the secretary can use, through the app's own window: the
// real Main.qml (qml/appwindow.h, as homevisit builds it) in an offscreen window, a
// user enrolled with production Argon2id (calibrated on this machine) holding the demo
// caseload. Each round: Session.unlock(pin) -> Session Unlocked (Argon2id and the store
// open on the journal thread) -> the CaseloadPage's model loaded (the caseload query on
// the journal thread) -> the first frame drawn after that. Then the tablet locks and
// the next round starts. bench_unlock splits the first step into its parts.
#include "uibench.h"

#include "demo/democaseload.h"
#include "qml/appwindow.h"
#include "ui/caseloadmodel.h"
#include "ui/demoseed.h"

#include <QGuiApplication>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>

#include <atomic>
#include <cstring>

Q_IMPORT_QML_PLUGIN(HomevisitPlugin)

using namespace homevisit;
using namespace homevisit::bench;
using homevisit::ui::SessionController;

namespace {

struct Round
{
    double unlockedMs = 0, loadedMs = 0, frameMs = 0;
    double total() const { return frameMs; }
};

ui::CaseloadModel *findCaseload(QQuickItem *item)
{
    if (!item)
        return nullptr;
    if (auto *model = item->findChild<ui::CaseloadModel *>(QString(), Qt::FindDirectChildrenOnly))
        return model;
    for (QQuickItem *child : item->childItems())
        if (auto *model = findCaseload(child))
            return model;
    return nullptr;
}

// One unlock, timed from the call to the first frame that shows the loaded caseload.
Round unlockOnce(ui::AppWindow &app, const QString &pin, int children)
{
    SessionController &session = app.session();
    QQuickWindow *window = app.window();
    std::atomic<long long> syncedNs{0}, frameNs{0};
    std::atomic<bool> armed{false};
    const auto nowNs = [] { return Clock::now().time_since_epoch().count(); };
    // The first scene-graph sync after the rows arrived copies them; the frame swapped
    // after that sync is the first that shows them (render thread or not).
    QMetaObject::Connection sync = QObject::connect(
        window, &QQuickWindow::beforeSynchronizing, window,
        [&] {
            if (armed && syncedNs == 0)
                syncedNs = nowNs();
        },
        Qt::DirectConnection);
    QMetaObject::Connection swap = QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [&] {
            if (syncedNs != 0 && frameNs == 0)
                frameNs = nowNs();
        },
        Qt::DirectConnection);

    // Timed where it happens: Session's signal (after Main.qml's own handler, which
    // pushed the page on the first unlock), then the page's model's.
    QObject context;
    std::atomic<long long> unlockedNs{0}, loadedNs{0};
    bool noPage = false;
    QObject::connect(&session, &SessionController::stateChanged, &context, [&] {
        if (session.state() != SessionController::State::Unlocked)
            return;
        unlockedNs = nowNs();
        ui::CaseloadModel *model = findCaseload(window->contentItem());
        noPage = !model;
        if (model)
            QObject::connect(model, &ui::CaseloadModel::loaded, &context, [&, model] {
                if (loadedNs == 0 && model->ready() && model->rowCount() == children) {
                    loadedNs = nowNs();
                    armed = true;
                }
            });
    });

    const auto start = Clock::now();
    const long long startNs = start.time_since_epoch().count();
    session.unlock(pin);
    waitUntil([&] { return frameNs != 0 || noPage; }, "the caseload's frame");
    if (noPage)
        throw std::runtime_error("no caseload page after unlocking");
    Round r;
    r.unlockedMs = double(unlockedNs - startNs) / 1e6;
    r.loadedMs = double(loadedNs - startNs) / 1e6;
    r.frameMs = double(frameNs - startNs) / 1e6;
    QObject::disconnect(sync);
    QObject::disconnect(swap);
    return r;
}

int run(int rounds)
{
    const std::string base = baseDirectory();
    QTemporaryDir dir(QString::fromStdString(base) + QStringLiteral("/homevisit-uiunlock-XXXXXX"));
    if (!dir.isValid())
        throw std::runtime_error("cannot create a directory in " + base);
    const QString user = QStringLiteral("anna"), pin = QStringLiteral("482915");
    const KdfParams kdf = enrollProductionUser(dir.path(), user, pin);
    demo::DemoSummary demo;
    {
        auto device = createDeviceSecret(dir.path());
        auto s = UserSession::unlock(dir.path(), user, pin, *device);
        ui::seedDemo(s->journal(), QStringLiteral("caseworker"), QDate::currentDate());
        demo.children = int(s->journal().caseload(QDate::currentDate()).size());
    }

    ui::AppWindow app(
        {.session = {.dataDir = dir.path(), .serverUrl = {}, .demo = false, .startSync = false}});
    if (!app.load())
        throw std::runtime_error("Main.qml did not load");
    bool shown = false;
    app.afterFirstFrame([&](QQuickWindow *) { shown = true; });
    waitUntil([&] { return shown; }, "the first frame");
    app.session().start();
    waitUntil([&] { return app.session().state() == SessionController::State::Locked; },
              "the unlock screen");

    std::vector<Round> all;
    for (int i = 0; i <= rounds; ++i) {
        all.push_back(unlockOnce(app, pin, demo.children));
        app.session().lock();
        waitUntil([&] { return app.session().state() == SessionController::State::Locked; },
                  "the lock");
        const auto settle = Clock::now();
        waitUntil([&] { return msSince(settle) > 200; }, "a quiet moment");
    }

    std::printf("ui_unlock: Session.unlock(pin) to the caseload page's first frame with its rows, "
                "the real Main.qml offscreen\n");
    std::printf("  storage: %s (%s), 4 KiB write + fdatasync: %.2f ms median\n", base.c_str(),
                fileSystemOf(base).c_str(), fdatasyncMs(base));
    std::printf("  Argon2id: t=%u, m=%u MiB, p=%u (calibrated as at enrollment); caseload: %d "
                "children (demo); QT_QPA_PLATFORM=%s, graphics API %d\n",
                kdf.timeCost, kdf.memoryKiB / 1024, kdf.parallelism, demo.children,
                qPrintable(QGuiApplication::platformName()),
                int(app.window()->rendererInterface()->graphicsApi()));
    const Round &first = all.front();
    std::printf("  first unlock after start (creates the page): unlocked %.1f ms, caseload "
                "loaded %.1f ms, first frame %.1f ms\n",
                first.unlockedMs, first.loadedMs, first.frameMs);
    std::vector<double> unlocked, loaded, frame;
    for (std::size_t i = 1; i < all.size(); ++i) {
        unlocked.push_back(all[i].unlockedMs);
        loaded.push_back(all[i].loadedMs - all[i].unlockedMs);
        frame.push_back(all[i].frameMs - all[i].loadedMs);
    }
    std::vector<double> totals;
    for (std::size_t i = 1; i < all.size(); ++i)
        totals.push_back(all[i].total());
    std::printf("  then %d unlocks (the page stays under the lock screen):\n", rounds);
    std::printf("  %-44s %11s %11s\n", "step", "median", "max");
    std::printf("  %-44s %8.1f ms %8.1f ms\n", "unlock() -> Unlocked (Argon2id + store open)",
                median(unlocked), maxOf(unlocked));
    std::printf("  %-44s %8.1f ms %8.1f ms\n", "Unlocked -> caseload model loaded", median(loaded),
                maxOf(loaded));
    std::printf("  %-44s %8.1f ms %8.1f ms\n", "loaded -> first frame with the rows", median(frame),
                maxOf(frame));
    std::printf("  %-44s %8.1f ms %8.1f ms\n", "unlock() -> usable caseload on screen",
                median(totals), maxOf(totals));
    std::printf("RESULT first_ms=%.1f median_ms=%.1f argon2_and_open_ms=%.1f\n", first.frameMs,
                median(totals), median(unlocked));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (std::getenv("QT_QPA_PLATFORM") == nullptr)
        ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
    QGuiApplication qapp(argc, argv);
    int rounds = 10;
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--rounds") == 0)
            rounds = std::max(1, std::atoi(argv[i + 1]));
    try {
        return run(rounds);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_ui_unlock: %s\n", e.what());
        return 1;
    }
}
