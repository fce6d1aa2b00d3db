import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Homevisit

// A touch-sized button that Return and Enter press too.
Button {
    id: action
    Layout.preferredHeight: Theme.touchTarget
    Layout.minimumWidth: Theme.touchTarget * 1.5
    Accessible.role: Accessible.Button
    Keys.onReturnPressed: action.clicked()
    Keys.onEnterPressed: action.clicked()
}
