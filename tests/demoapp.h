// The app as `homevisit --data-dir DIR --demo [--demo-role ROLE]` builds it, in-process
// (AppWindow), with a keyboard driver: for the app-level UI tests.
#pragma once

#include "qml/appwindow.h"
#include "uidriver.h"

#include <QTemporaryDir>

namespace homevisit::test {

// `homevisit --data-dir DIR --demo [--demo-role ROLE]`, in-process.
struct DemoApp
{
    QTemporaryDir dir;
    std::unique_ptr<ui::AppWindow> app;
    UiDriver ui;

    explicit DemoApp(const QString &role = QStringLiteral("caseworker"),
                     const QString &language = QStringLiteral("en"))
    {
        REQUIRE(dir.isValid());
        ui::UiSettings(dir.path()).setLanguage(language);
        app = std::make_unique<ui::AppWindow>(ui::AppWindow::Options{
            .session = {.dataDir = dir.path(), .demo = true, .demoRole = role}});
        REQUIRE(app->load());
        ui.window = app->window();
        REQUIRE(QTest::qWaitForWindowExposed(ui.window));
        app->session().start();
        REQUIRE(waitFor([&] { return session().state() == ui::SessionController::State::Locked; }));
    }
    ui::SessionController &session() { return app->session(); }

    // The PIN typed into the lock screen's field, then Enter.
    void unlockWithKeyboard(const QString &pin = ui::SessionController::demoPin())
    {
        ui.waitForItem("pinField");
        ui.type("pinField", pin);
        ui.key(Qt::Key_Return);
        REQUIRE(
            waitFor([&] { return session().state() != ui::SessionController::State::Unlocking; }));
    }
};

} // namespace homevisit::test
