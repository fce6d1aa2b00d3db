import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Homevisit

// The secretary's PIN, the only way back to the journal from a hand-over (child mode,
// the family's rating). The page names what is left in its own words.
Popup {
    id: leavePanel

    required property HandOverController controller
    required property string heading    // "Leave child mode with your PIN"
    required property string leaveText  // the button: "Leave"
    required property string leaveName  // what leaving does, for a screen reader
    required property string stayName   // what staying does, for a screen reader

    objectName: "leavePanel"
    modal: true
    focus: true
    anchors.centerIn: parent
    width: Math.min((parent ? parent.width : 600) - 2 * Theme.margin, 560)
    padding: Theme.margin
    closePolicy: Popup.CloseOnEscape
    onOpened: {
        pinField.clear();
        pinField.forceActiveFocus();
    }

    Connections {
        target: leavePanel.controller
        function onLeaveRefused() {
            pinField.clear();
            pinField.forceActiveFocus();
        }
        function onLeft() {
            leavePanel.close();
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        Accessible.role: Accessible.Dialog
        Accessible.name: leavePanel.leaveName
        Label {
            text: leavePanel.heading
            font.bold: true
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        TextField {
            id: pinField
            objectName: "leavePinField"
            enabled: !leavePanel.controller.leaving
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            placeholderText: qsTr("PIN")
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("Your PIN")
            Accessible.passwordEdit: true
            onAccepted: leaveButton.clicked()
        }
        Label {
            objectName: "leaveMessage"
            visible: text.length > 0
            text: leavePanel.controller.message
            color: Theme.attention
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            Button {
                id: stayButton
                text: qsTr("Stay")
                Layout.preferredHeight: Theme.touchTarget
                Layout.fillWidth: true
                Accessible.role: Accessible.Button
                Accessible.name: leavePanel.stayName
                Keys.onReturnPressed: stayButton.clicked()
                Keys.onEnterPressed: stayButton.clicked()
                onClicked: leavePanel.close()
            }
            Button {
                id: leaveButton
                objectName: "leaveButton"
                text: leavePanel.leaveText
                highlighted: true
                enabled: pinField.text.length > 0 && !leavePanel.controller.leaving
                Layout.preferredHeight: Theme.touchTarget
                Layout.fillWidth: true
                Accessible.role: Accessible.Button
                Accessible.name: leavePanel.leaveName
                Keys.onReturnPressed: leaveButton.clicked()
                Keys.onEnterPressed: leaveButton.clicked()
                onClicked: {
                    if (leaveButton.enabled)
                        leavePanel.controller.leave(pinField.text);
                }
            }
        }
    }
}
