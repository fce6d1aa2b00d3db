import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The foundation's plain window: the kiosk screens arrive with the UI issue.
ApplicationWindow {
    id: window

    required property string userName
    required property list<string> caseload

    width: 1280
    height: 800
    visible: true
    title: qsTr("Hembesök")

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 32
        spacing: 16

        Label {
            text: qsTr("Hembesök")
            font.pixelSize: 40
            font.bold: true
        }
        Label {
            text: qsTr("%1 children in the caseload of %2").arg(window.caseload.length).arg(window.userName)
            font.pixelSize: 22
        }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: window.caseload
            delegate: Label {
                required property string modelData
                text: modelData
                font.pixelSize: 20
                padding: 8
            }
        }
    }
}
