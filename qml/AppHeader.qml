import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Homevisit

// Always visible while unlocked: who is signed in, the sync state with "Synka nu",
// settings and the lock button.
ToolBar {
    id: bar

    signal settingsRequested()
    signal homeRequested()

    background: Rectangle { color: Theme.surface; border.color: Theme.border }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing

        ToolButton {
            objectName: "homeButton"
            text: qsTr("Hembesök")
            font.bold: true
            font.pixelSize: Theme.fontSize
            Layout.preferredHeight: Theme.touchTarget
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Back to the start page")
            onClicked: bar.homeRequested()
        }
        Label {
            text: Session.displayName
            color: Theme.mutedText
            elide: Text.ElideRight
            Layout.maximumWidth: 260
        }
        SyncStatusBar {
            Layout.fillWidth: true
        }
        ToolButton {
            objectName: "settingsButton"
            text: qsTr("Settings")
            Layout.preferredHeight: Theme.touchTarget
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Settings: language, text size, automatic lock")
            onClicked: bar.settingsRequested()
        }
        Button {
            objectName: "lockButton"
            text: qsTr("Lock")
            Layout.preferredHeight: Theme.touchTarget
            Layout.preferredWidth: Theme.touchTarget * 2
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Lock the tablet")
            onClicked: Session.lock()
        }
    }
}
