import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Homevisit

// The tablet's settings: language, text size and the automatic lock.
Dialog {
    id: dialog
    objectName: "settingsDialog"
    title: qsTr("Settings")
    modal: true
    standardButtons: Dialog.Close
    width: Math.min(640, parent ? parent.width - 2 * Theme.margin : 640)

    signal devicesRequested()

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label { text: qsTr("Language") }
        RowLayout {
            RadioButton {
                text: "Svenska"
                checked: UiSettings.language === "sv"
                Accessible.role: Accessible.RadioButton
                Accessible.name: "Svenska"
                onClicked: UiSettings.language = "sv"
            }
            RadioButton {
                text: "English"
                checked: UiSettings.language === "en"
                Accessible.role: Accessible.RadioButton
                Accessible.name: "English"
                onClicked: UiSettings.language = "en"
            }
        }
        Label { text: qsTr("Text size") }
        Slider {
            from: 1.0
            to: 1.6
            stepSize: 0.1
            snapMode: Slider.SnapAlways
            value: UiSettings.textScale
            Layout.fillWidth: true
            Accessible.role: Accessible.Slider
            Accessible.name: qsTr("Text size")
            onMoved: UiSettings.textScale = value
        }
        Label { text: qsTr("Lock automatically after %n minute(s) without use", "",
                           Math.round(Session.idleLockSeconds / 60)) }
        SpinBox {
            from: 1
            to: 30
            value: Math.round(Session.idleLockSeconds / 60)
            Accessible.role: Accessible.SpinBox
            Accessible.name: qsTr("Minutes before the automatic lock")
            onValueModified: Session.idleLockSeconds = value * 60
        }
        Button {
            objectName: "myTabletsButton"
            text: qsTr("My tablets")
            Layout.preferredHeight: Theme.touchTarget
            Accessible.role: Accessible.Button
            Accessible.name: text
            onClicked: {
                dialog.close();
                dialog.devicesRequested();
            }
        }
    }
}
