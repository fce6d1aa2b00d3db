// The app's window as `homevisit` builds it: the controllers (Session, SyncIndicator,
// UiSettings), the language, the QML engine and Main.qml. main.cpp is this plus the
// command line; the end-to-end UI test builds the same thing in-process, so what it
// drives is the app and not a copy of it. One AppWindow per process (the QML singletons
// point at its controllers).
#pragma once

#include "ui/sessioncontroller.h"
#include "ui/syncindicator.h"
#include "ui/uisettings.h"

#include <QQmlApplicationEngine>
#include <QQuickWindow>

#include <functional>
#include <memory>

namespace homevisit::ui {

class AppWindow
{
public:
    struct Options
    {
        SessionController::Options session;
        bool kiosk = false;
    };

    explicit AppWindow(Options options);
    ~AppWindow();
    AppWindow(const AppWindow &) = delete;
    AppWindow &operator=(const AppWindow &) = delete;

    // Loads Main.qml; false if it could not be loaded.
    bool load();
    QQuickWindow *window() const;
    QQmlApplicationEngine &engine() { return m_engine; }
    SessionController &session() { return m_session; }
    UiSettings &settings() { return m_settings; }
    SyncIndicator &syncIndicator() { return m_syncIndicator; }

    // Calls `then` once the window has put its first frame on the screen.
    void afterFirstFrame(std::function<void(QQuickWindow *)> then);

private:
    void applyLanguage();

    UiSettings m_settings;
    SessionController m_session;
    SyncIndicator m_syncIndicator;
    bool m_kiosk = false;
    QQmlApplicationEngine m_engine; // last: destroyed first, before the controllers
};

} // namespace homevisit::ui
