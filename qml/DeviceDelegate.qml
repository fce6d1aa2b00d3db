import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Homevisit

// One of her tablets: its name, when and by whom it was enrolled, its state, and for a
// tablet waiting for her, "Det var jag" / "Det var inte jag".
ItemDelegate {
    id: row

    required property string deviceId
    required property string name
    required property string stateText
    required property string issuedBy
    required property string enrolledText
    required property bool thisDevice
    required property bool canDecide
    required property bool queued

    signal approved()
    signal refused()

    height: Math.max(Theme.touchTarget * 1.4, implicitContentHeight + topPadding + bottomPadding)
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1, enrolled %2 by %3, %4").arg(name).arg(enrolledText).arg(issuedBy).arg(stateText)

    background: Rectangle {
        color: row.canDecide ? Theme.attentionSurface : Theme.surface
        border.color: Theme.border
        radius: 6
    }

    contentItem: RowLayout {
        spacing: Theme.spacing
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Label {
                text: row.thisDevice ? qsTr("%1 (this tablet)").arg(row.name) : row.name
                font.bold: true
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Enrolled %1 by %2").arg(row.enrolledText).arg(row.issuedBy)
                color: Theme.mutedText
                Layout.fillWidth: true
            }
            Label {
                text: row.queued ? qsTr("Your answer is sent at the next sync") : row.stateText
                color: Theme.mutedText
                Layout.fillWidth: true
            }
        }
        Button {
            text: qsTr("It was me")
            visible: row.canDecide
            Layout.preferredHeight: Theme.touchTarget
            onClicked: row.approved()
        }
        Button {
            text: qsTr("It was not me")
            visible: row.canDecide
            Layout.preferredHeight: Theme.touchTarget
            onClicked: row.refused()
        }
    }
}
