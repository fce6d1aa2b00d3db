pragma Singleton
import QtQuick
import Homevisit

// Colours and sizes for a tablet used outdoors: high contrast, large type, touch
// targets of at least 9 mm (56 px at 160 dpi) that grow with the text-size setting.
QtObject {
    readonly property real scale: UiSettings.textScale

    readonly property color background: "#ffffff"
    readonly property color surface: "#f2f4f7"
    readonly property color text: "#111418"
    readonly property color mutedText: "#3d4550"
    readonly property color accent: "#0b4f9c"
    readonly property color textOnAccent: "#ffffff"
    readonly property color attention: "#a32100"
    readonly property color attentionSurface: "#fde8e3"
    readonly property color ok: "#1b6b2f"
    readonly property color border: "#5b6672"

    readonly property int fontSize: Math.round(20 * scale)
    readonly property int smallFontSize: Math.round(17 * scale)
    readonly property int titleFontSize: Math.round(30 * scale)
    readonly property int touchTarget: Math.round(56 * scale)
    readonly property int spacing: Math.round(16 * scale)
    readonly property int margin: Math.round(24 * scale)
}
