// Qt Virtual Keyboard on a touch kiosk. Qt picks its input method from QT_IM_MODULE
// when QGuiApplication is built, so main() decides before that (configure); QML then
// asks `OnScreenKeyboard.enabled` whether to load the panel (KeyboardPanel.qml, through
// a Loader in Main.qml, so the app still starts where the module is not installed).
//
// When: with --kiosk, the tablet deployment, unless HOMEVISIT_VIRTUAL_KEYBOARD says
// otherwise (1 = always, 0 = never). Not "whenever no hardware keyboard is known":
// Linux reports power and volume buttons as keyboards, and a docking keyboard comes
// and goes while the app runs, so that guess would be wrong both ways. Hardware keys
// still reach the fields while the panel is shown.
#pragma once

#include <QObject>
#include <QQmlEngine>

namespace homevisit::ui {

class OnScreenKeyboard : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // Qt's input method is the virtual keyboard: Main.qml loads the panel.
    Q_PROPERTY(bool enabled READ enabled CONSTANT)
    // The panel is on screen (QInputMethod::visible, which qmllint cannot see through
    // Qt.inputMethod): the window's content ends above it.
    Q_PROPERTY(bool shown READ shown NOTIFY shownChanged)

public:
    explicit OnScreenKeyboard(QObject *parent = nullptr);

    // Call before QGuiApplication exists. Sets QT_IM_MODULE=qtvirtualkeyboard when the
    // keyboard is wanted (see above) and installed; returns whether it did.
    static bool configure(int argc, char **argv);
    // The input-context plugin and the QML module are both installed (Debian ships them
    // in two packages: qt6-virtualkeyboard-plugin, qml6-module-qtquick-virtualkeyboard).
    static bool available();

    static bool enabled();
    static bool shown();

signals:
    void shownChanged();
};

} // namespace homevisit::ui
