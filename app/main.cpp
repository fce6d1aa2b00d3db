// homevisit: the tablet app. Thin: parses the command line, opens the demo or user
// store through the core and shows the QML module.
#include "demo/democaseload.h"
#include "devicesecret.h"
#include "i18n/translations.h"
#include "processhardening.h"
#include "session/usersession.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(HomevisitPlugin)

namespace {

// The demo user's PIN is public by design: the demo store holds invented data only.
constexpr auto DemoUser = "demo";
constexpr auto DemoPin = "246813";

QStringList demoCaseload(const QString &dataDir)
{
    using namespace homevisit;
    auto device = createDeviceSecret(dataDir);
    if (!KeyVault(UserPaths::of(dataDir, DemoUser).vault, DemoUser).exists()) {
        // The demo store is throwaway: cheap Argon2id keeps the first start quick.
        UserSession::enrol(dataDir, DemoUser, DemoPin, *device, makeKdfParams(2, 19 * 1024, 1));
        auto session = UserSession::unlock(dataDir, DemoUser, DemoPin, *device);
        demo::seedDemoCaseload(session->journal(), QDate::currentDate());
    }
    auto session = UserSession::unlock(dataDir, DemoUser, DemoPin, *device);
    QStringList lines;
    for (const store::CaseloadEntry &e : session->journal().caseload(QDate::currentDate()))
        lines << QCoreApplication::translate("Caseload", "%1%2 — %3 — next visit due %4")
                     .arg(e.overdue ? QStringLiteral("⚠ ") : QString(), e.child.name,
                          e.fosterHome ? e.fosterHome->familyName : QString(),
                          QLocale().toString(e.nextVisitDue, QLocale::ShortFormat));
    return lines;
}

void screenshotWhenReady(QQmlApplicationEngine &engine, const QString &file)
{
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window) {
        std::fprintf(stderr, "homevisit: no window to take a screenshot of\n");
        QCoreApplication::exit(1);
        return;
    }
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [window, file] {
            // One more turn of the event loop so the first frame is complete.
            QTimer::singleShot(100, window, [window, file] {
                const bool ok = window->grabWindow().save(file, "PNG");
                if (!ok)
                    std::fprintf(stderr, "homevisit: cannot write %s\n", qPrintable(file));
                QCoreApplication::exit(ok ? 0 : 1);
            });
        },
        Qt::SingleShotConnection);
}

} // namespace

int main(int argc, char *argv[])
{
    if (!homevisit::hardenProcess())
        std::fprintf(stderr, "homevisit: warning: could not disable core dumps\n");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("homevisit"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Hembesök"));
    // Swedish first; the language setting arrives with the kiosk UI.
    QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    homevisit::installTranslations(app, QLocale());

    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption dataDirOption("data-dir", "Where the encrypted stores live.", "DIR");
    QCommandLineOption serverOption("server", "The central gateway's URL.", "URL");
    QCommandLineOption demoOption("demo", "Open a local demo user with demo data; no server.");
    QCommandLineOption kioskOption("kiosk", "Full screen with no way out to the desktop.");
    QCommandLineOption screenshotOption("screenshot",
                                        "Render the first screen to FILE (PNG) and exit.", "FILE");
    parser.addOptions({dataDirOption, serverOption, demoOption, kioskOption, screenshotOption});
    parser.process(app);

    if (!parser.isSet(dataDirOption)) {
        std::fprintf(stderr, "homevisit: --data-dir DIR is required\n");
        return 2;
    }
    if (parser.isSet(screenshotOption))
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);

    QStringList caseload;
    if (parser.isSet(demoOption)) {
        try {
            caseload = demoCaseload(parser.value(dataDirOption));
        } catch (const std::exception &e) {
            std::fprintf(stderr, "homevisit: cannot open the demo store: %s\n", e.what());
            return 1;
        }
    }

    QQmlApplicationEngine engine;
    engine.setInitialProperties(
        {{"userName", parser.isSet(demoOption) ? DemoUser : ""}, {"caseload", caseload}});
    engine.load(QUrl(QStringLiteral("qrc:/Homevisit/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    if (parser.isSet(kioskOption))
        qobject_cast<QQuickWindow *>(engine.rootObjects().first())->showFullScreen();
    if (parser.isSet(screenshotOption))
        screenshotWhenReady(engine, parser.value(screenshotOption));
    return app.exec();
}
