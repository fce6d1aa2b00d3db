import QtQuick
import QtQuick.Controls
import Homevisit

// One form of support as a check box: Space, Enter or a tap ticks it. The model writes
// it into the session, and the box shows what the model says (not checkable by itself,
// so a reload never leaves a stale tick).
CheckBox {
    id: box

    required property int index
    required property string key
    required property string label
    required property bool chosen
    property SupportFormsModel forms

    objectName: "supportForm_" + key
    text: label
    checkable: false
    checked: chosen
    implicitHeight: Theme.touchTarget
    Accessible.role: Accessible.CheckBox
    Accessible.name: label
    Accessible.checkable: true
    Accessible.checked: box.chosen
    onClicked: box.forms.toggle(box.index)
    Keys.onReturnPressed: box.forms.toggle(box.index)
    Keys.onEnterPressed: box.forms.toggle(box.index)
}
