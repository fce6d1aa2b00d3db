// homevisit: the tablet app. Thin: parses the command line, builds the controllers
// (app/ui) and shows the QML module (qml/appwindow.h). Nothing slow runs before the first frame:
// the unlock screen appears, then Session.start() looks at the disk on the journal thread.
#include "platform/privatefiles.h"
#include "platform/processhardening.h"
#include "qml/appwindow.h"
#include "qml/onscreenkeyboard.h"
#include "qml/startupprobe.h"
#include "ui/demoseed.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QQmlEngineExtensionPlugin>
#include <QQuickWindow>

#include <cerrno>
#include <cstdio>
#include <cstring>

Q_IMPORT_QML_PLUGIN(HomevisitPlugin)

namespace {

void saveScreenshot(QQuickWindow *window, const QString &file)
{
    const bool ok = window->grabWindow().save(file, "PNG");
    if (!ok)
        std::fprintf(stderr, "homevisit: cannot write %s\n", qPrintable(file));
    QCoreApplication::exit(ok ? 0 : 1);
}

} // namespace

int main(int argc, char *argv[])
{
    if (!homevisit::hardenProcess())
        std::fprintf(stderr, "homevisit: warning: could not disable core dumps\n");
    homevisit::ui::OnScreenKeyboard::configure(argc, argv); // before Qt picks its input method
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("homevisit"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Hembesök"));

    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption dataDirOption("data-dir", "Where the encrypted stores live.", "DIR");
    QCommandLineOption serverOption("server", "The central gateway's URL.", "URL");
    QCommandLineOption demoOption("demo", "Open a local demo user with demo data; no server.");
    QCommandLineOption demoRoleOption(
        "demo-role",
        "The demo user's role: " + homevisit::ui::demoRoles().join(", ") +
            " (default caseworker; used when the demo store is created).",
        "ROLE", QStringLiteral("caseworker"));
    QCommandLineOption kioskOption("kiosk", "Full screen with no way out to the desktop.");
    QCommandLineOption screenshotOption("screenshot",
                                        "Render the first screen to FILE (PNG) and exit.", "FILE");
    QCommandLineOption offlineDaysOption(
        "offline-unlock-days",
        "Days without reaching the server after which an enrolled tablet shows nothing until "
        "the server confirms the account (default 30; 0 = no limit).",
        "DAYS", QStringLiteral("30"));
    parser.addOptions({dataDirOption, serverOption, demoOption, demoRoleOption, kioskOption,
                       screenshotOption, offlineDaysOption});
    parser.process(app);
    bool daysOk = false;
    const int offlineUnlockDays = parser.value(offlineDaysOption).toInt(&daysOk);
    if (!daysOk || offlineUnlockDays < 0 || offlineUnlockDays > 3650) {
        std::fprintf(stderr, "homevisit: --offline-unlock-days must be 0 (no limit) to 3650\n");
        return 2;
    }
    if (!parser.isSet(dataDirOption)) {
        std::fprintf(stderr, "homevisit: --data-dir DIR is required\n");
        return 2;
    }
    if (!homevisit::ui::demoRoles().contains(parser.value(demoRoleOption))) {
        std::fprintf(stderr, "homevisit: --demo-role must be one of: %s\n",
                     qPrintable(homevisit::ui::demoRoles().join(", ")));
        return 2;
    }
    const QString dataDir = QDir(parser.value(dataDirOption)).absolutePath();
    // Created 0700 if missing; an existing one that is open to others is reported by
    // `homevisitctl verify` (it may be anywhere an operator pointed it).
    if (!homevisit::makePrivateDirectory(dataDir, false)) {
        std::fprintf(stderr, "homevisit: cannot create the private directory %s: %s\n",
                     qPrintable(dataDir), std::strerror(errno));
        return 1;
    }
    if (parser.isSet(screenshotOption))
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    homevisit::ui::AppWindow appWindow({.session = {.dataDir = dataDir,
                                                    .serverUrl = parser.value(serverOption),
                                                    .demo = parser.isSet(demoOption),
                                                    .demoRole = parser.value(demoRoleOption),
                                                    .offlineUnlockDays = offlineUnlockDays},
                                        .kiosk = parser.isSet(kioskOption)});
    if (!appWindow.load())
        return 1;
    homevisit::ui::reportStartupIfAsked(appWindow.window(), appWindow.session(), dataDir);
    const QString screenshot = parser.value(screenshotOption);
    appWindow.afterFirstFrame([&appWindow, screenshot](QQuickWindow *window) {
        if (!screenshot.isEmpty())
            return saveScreenshot(window, screenshot);
        appWindow.session().start(); // now the disk: demo store, which user, lockout state
    });
    return app.exec();
}
