// homevisit: the tablet app. Thin: parses the command line, builds the controllers
// (app/ui) and shows the QML module. Nothing slow runs before the first frame: the
// unlock screen appears, then Session.start() looks at the disk on the journal thread.
#include "demoseed.h"
#include "i18n/translations.h"
#include "processhardening.h"
#include "qmltypes.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(HomevisitPlugin)

namespace {

using homevisit::ui::SessionController;
using homevisit::ui::UiSettings;

void applyLanguage(QGuiApplication &app, const QString &language)
{
    const QLocale locale(language == u"en" ? QLocale::English : QLocale::Swedish,
                         language == u"en" ? QLocale::UnitedKingdom : QLocale::Sweden);
    QLocale::setDefault(locale);
    homevisit::installTranslations(app, locale);
}

// Calls `then` once the window has put its first frame on the screen.
void afterFirstFrame(QQmlApplicationEngine &engine, std::function<void(QQuickWindow *)> then)
{
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [window, then] {
            // One more turn of the event loop so the first frame is complete.
            QTimer::singleShot(100, window, [window, then] { then(window); });
        },
        Qt::SingleShotConnection);
}

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
    parser.addOptions(
        {dataDirOption, serverOption, demoOption, demoRoleOption, kioskOption, screenshotOption});
    parser.process(app);
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
    if (!QDir().mkpath(dataDir)) {
        std::fprintf(stderr, "homevisit: cannot create %s\n", qPrintable(dataDir));
        return 1;
    }
    if (parser.isSet(screenshotOption))
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QQuickStyle::setStyle(QStringLiteral("Basic"));

    UiSettings settings(dataDir);
    applyLanguage(app, settings.language());
    SessionController session({.dataDir = dataDir,
                               .serverUrl = parser.value(serverOption),
                               .demo = parser.isSet(demoOption),
                               .demoRole = parser.value(demoRoleOption)});
    homevisit::ui::SyncIndicator syncIndicator(&session);
    SessionSingleton::instance = &session;
    SyncIndicatorSingleton::instance = &syncIndicator;
    UiSettingsSingleton::instance = &settings;

    QQmlApplicationEngine engine;
    QObject::connect(&settings, &UiSettings::languageChanged, &engine, [&] {
        applyLanguage(app, settings.language());
        engine.retranslate();
    });
    engine.setInitialProperties({{"kiosk", parser.isSet(kioskOption)}});
    engine.load(QUrl(QStringLiteral("qrc:/Homevisit/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    const QString screenshot = parser.value(screenshotOption);
    afterFirstFrame(engine, [&session, screenshot](QQuickWindow *window) {
        if (!screenshot.isEmpty())
            return saveScreenshot(window, screenshot);
        session.start(); // now the disk: demo store, which user, lockout state
    });
    return app.exec();
}
