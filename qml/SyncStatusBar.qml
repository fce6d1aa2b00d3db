import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Homevisit

// The global sync line: one calm sentence, what to do if anything, and "Synka nu".
RowLayout {
    id: line
    spacing: Theme.spacing

    BusyIndicator {
        running: SyncIndicator.running
        visible: running
        Layout.preferredWidth: Theme.touchTarget * 0.7
        Layout.preferredHeight: Theme.touchTarget * 0.7
    }
    ColumnLayout {
        spacing: 0
        Layout.fillWidth: true
        Label {
            text: SyncIndicator.line
            color: SyncIndicator.needsAttention ? Theme.attention : Theme.text
            font.pixelSize: Theme.smallFontSize
            elide: Text.ElideRight
            Layout.fillWidth: true
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Label {
            text: SyncIndicator.advice
            visible: text.length > 0
            color: Theme.mutedText
            font.pixelSize: Theme.smallFontSize * 0.9
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
    }
    Button {
        text: qsTr("Sync now")
        visible: SyncIndicator.available
        enabled: !SyncIndicator.running
        Layout.preferredHeight: Theme.touchTarget
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Sync now")
        onClicked: SyncIndicator.syncNow()
    }
}
