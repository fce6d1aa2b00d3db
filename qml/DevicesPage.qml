pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Homevisit

// Her tablets as the server last listed them: which is this one, who issued each
// enrollment, and which still wait for her approval.
Page {
    id: page

    required property DeviceListModel devices

    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Label {
            text: qsTr("My tablets")
            font.pixelSize: Theme.titleFontSize
            font.bold: true
            Layout.fillWidth: true
        }
        ListView {
            id: list
            objectName: "deviceList"
            model: page.devices
            spacing: Theme.spacing
            clip: true
            Layout.fillWidth: true
            Layout.fillHeight: true
            delegate: DeviceDelegate {
                id: device
                width: list.width
                onApproved: page.devices.approve(device.deviceId)
                onRefused: page.devices.refuse(device.deviceId)
            }
        }
    }
}
