pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Homevisit

// A correction of the author's own signed record: the text, why it was needed, and the
// PIN. The original stays as it was; the amendment is shown beside it. RecordViewer
// refuses an empty correction and says why.
Dialog {
    id: dialog

    required property RecordViewer viewer

    objectName: "amendmentDialog"
    modal: true
    focus: true
    title: qsTr("Make a correction")
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 2 * Theme.margin : 720, 760)
    closePolicy: Popup.CloseOnEscape

    onOpened: {
        dialog.viewer.clearMessage();
        textField.clear();
        reasonField.clear();
        pinField.clear();
        textField.forceActiveFocus();
    }

    Connections {
        target: dialog.viewer
        function onAmendFinished(ok: bool) {
            pinField.clear();
            if (ok)
                dialog.close();
            else if (textField.text.trim().length === 0)
                textField.forceActiveFocus();
            else
                pinField.forceActiveFocus();
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        Accessible.role: Accessible.Dialog
        Accessible.name: dialog.title

        Label {
            text: qsTr("A signed record is never changed. The correction is added as an amendment with today's date, and the original stays readable beside it.")
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("The correction")
            font.bold: true
        }
        TextArea {
            id: textField
            objectName: "amendmentTextField"
            wrapMode: TextEdit.Wrap
            enabled: !dialog.viewer.busy
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget * 2.5
            background: Rectangle {
                color: Theme.background
                border.color: textField.activeFocus ? Theme.accent : Theme.border
                border.width: textField.activeFocus ? 2 : 1
                radius: 4
            }
            // A sentence about an earlier try no longer applies once the text changes.
            onTextChanged: if (dialog.viewer.message.length > 0 && !dialog.viewer.busy) dialog.viewer.clearMessage()
            KeyNavigation.tab: reasonField
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("The correction")
        }
        Label {
            text: qsTr("Why the correction is needed")
            font.bold: true
        }
        TextField {
            id: reasonField
            objectName: "amendmentReasonField"
            enabled: !dialog.viewer.busy
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            KeyNavigation.tab: pinField
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("Why the correction is needed")
        }
        TextField {
            id: pinField
            objectName: "amendmentPinField"
            enabled: !dialog.viewer.busy
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            placeholderText: qsTr("PIN")
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("Your PIN")
            Accessible.passwordEdit: true
            onAccepted: saveButton.clicked()
        }
        Label {
            objectName: "amendmentMessage"
            visible: text.length > 0
            text: dialog.viewer.message
            color: Theme.attention
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            Button {
                id: cancelButton
                objectName: "amendmentCancelButton"
                text: qsTr("Cancel")
                Layout.preferredHeight: Theme.touchTarget
                Layout.minimumWidth: Theme.touchTarget * 2
                Accessible.role: Accessible.Button
                Accessible.name: text
                Keys.onReturnPressed: cancelButton.clicked()
                Keys.onEnterPressed: cancelButton.clicked()
                onClicked: dialog.close()
            }
            Button {
                id: saveButton
                objectName: "confirmAmendmentButton"
                text: qsTr("Save the correction")
                highlighted: true
                enabled: pinField.text.length > 0 && !dialog.viewer.busy
                Layout.preferredHeight: Theme.touchTarget
                Accessible.role: Accessible.Button
                Accessible.name: text
                Keys.onReturnPressed: saveButton.clicked()
                Keys.onEnterPressed: saveButton.clicked()
                onClicked: {
                    if (saveButton.enabled)
                        dialog.viewer.amend(textField.text, reasonField.text, pinField.text);
                }
            }
        }
    }
}
