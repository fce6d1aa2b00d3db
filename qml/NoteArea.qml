import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Homevisit

// A text area for a record's free text, where Tab moves on as in every other field.
TextArea {
    id: area
    wrapMode: TextEdit.Wrap
    Layout.fillWidth: true
    Layout.minimumHeight: Theme.touchTarget * 2
    Accessible.role: Accessible.EditableText
    background: Rectangle {
        color: area.readOnly ? Theme.surface : Theme.background
        border.color: area.activeFocus ? Theme.accent : Theme.border
        border.width: area.activeFocus ? 2 : 1
        radius: 4
    }
    Keys.onTabPressed: event => {
        area.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason);
        event.accepted = true;
    }
    Keys.onBacktabPressed: event => {
        area.nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason);
        event.accepted = true;
    }
}
