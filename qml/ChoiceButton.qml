import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Homevisit

// One answer of a set (yes / partly / no, a method of participation): checkable, announced
// as a radio button, pressed by Return and Enter too.
Button {
    id: choice
    Layout.preferredHeight: Theme.touchTarget
    Layout.minimumWidth: Theme.touchTarget * 1.5
    Accessible.role: Accessible.RadioButton
    Accessible.checkable: true
    Accessible.checked: choice.checked
    Keys.onReturnPressed: choice.clicked()
    Keys.onEnterPressed: choice.clicked()
}
