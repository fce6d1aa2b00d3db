import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Homevisit

// After revocation or the last wrong PIN: the store is gone; say why and what next.
Rectangle {
    color: Theme.background

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 640)
        spacing: Theme.spacing

        Label {
            text: qsTr("The journal on this tablet was erased")
            font.pixelSize: Theme.titleFontSize
            font.bold: true
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            text: Session.message
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }
}
