import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Homevisit

// The on-screen keyboard (Qt Virtual Keyboard) of a touch kiosk, in the UI's language:
// the Swedish layout (å, ä, ö) or the British one, nothing else to switch to. Only
// Main.qml's Loader refers to this file, so nothing else needs the module.
InputPanel {
    id: panel
    objectName: "keyboardPanel"

    // Keeps the field being typed in above the keyboard: Main.qml has already shrunk the
    // pages and the lock screen by the keyboard's height; this scrolls the field's
    // Flickable so the field is inside what is left.
    function reveal() {
        const field = Window.activeFocusItem;
        if (!panel.active || !field)
            return;
        for (let view = field.parent; view; view = view.parent) {
            if (view["contentY"] === undefined || view["contentHeight"] === undefined)
                continue;
            const box = field.mapToItem(view, 0, 0, field.width, field.height);
            const shift = box.y < 0 ? box.y - Theme.spacing
                        : box.y + box.height > view.height ? box.y + box.height - view.height + Theme.spacing
                        : 0;
            const maxY = Math.max(0, view["contentHeight"] - view.height);
            view["contentY"] = Math.max(0, Math.min(maxY, view["contentY"] + shift));
            return;
        }
    }

    // Once the event loop has turned: the shrunk pages settle after the keyboard's height
    // is known, and focus moves before the panel knows it is needed.
    Timer {
        id: revealSoon
        interval: 0
        onTriggered: panel.reveal()
    }
    onActiveChanged: revealSoon.restart()
    onHeightChanged: revealSoon.restart()
    Connections {
        target: panel.Window.window
        function onActiveFocusItemChanged() {
            revealSoon.restart();
        }
    }

    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: UiSettings.language === "en" ? "en_GB" : "sv_SE"
    }
    Component.onCompleted: VirtualKeyboardSettings.activeLocales = ["sv_SE", "en_GB"]
}
