import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Homevisit

// A calm notice above the pages: on her approved tablet, that a new tablet was enrolled
// for her account ("Det var jag" / "Det var inte jag"); on a tablet still waiting for
// approval, why her earlier notes are not there yet. The texts and who may decide come
// from DeviceListModel; the decision is kept and sent with the next sync round.
Rectangle {
    id: notice

    required property DeviceListModel devices

    signal devicesRequested()

    color: Theme.attentionSurface
    border.color: Theme.border
    implicitHeight: column.implicitHeight + 2 * Theme.spacing

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing / 2

        Label {
            objectName: "deviceNoticeText"
            text: notice.devices.notice.length > 0 ? notice.devices.notice
                                                   : notice.devices.waitingText
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        RowLayout {
            spacing: Theme.spacing
            visible: notice.devices.notice.length > 0
            Button {
                objectName: "itWasMe"
                text: qsTr("It was me")
                Layout.preferredHeight: Theme.touchTarget
                Accessible.role: Accessible.Button
                Accessible.name: text
                onClicked: notice.devices.approve(notice.devices.noticeDeviceId)
            }
            Button {
                objectName: "itWasNotMe"
                text: qsTr("It was not me")
                Layout.preferredHeight: Theme.touchTarget
                Accessible.role: Accessible.Button
                Accessible.name: text
                onClicked: notice.devices.refuse(notice.devices.noticeDeviceId)
            }
            Button {
                text: qsTr("My tablets")
                flat: true
                Layout.preferredHeight: Theme.touchTarget
                Accessible.role: Accessible.Button
                Accessible.name: text
                onClicked: notice.devicesRequested()
            }
        }
    }
}
