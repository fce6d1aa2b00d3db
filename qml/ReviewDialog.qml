pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Homevisit

// The supervisor's decision on a team member's signed record: a sign-off
// (kvittering, a comment optional) or a return for completion (a comment saying what
// is missing). Both ask for the PIN. RecordViewer refuses a return without a comment
// and says why; this dialog only shows it.
Dialog {
    id: dialog

    required property RecordViewer viewer
    property bool returning: false

    objectName: "reviewDialog"
    modal: true
    focus: true
    title: dialog.returning ? qsTr("Return for completion") : qsTr("Sign off the record")
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 2 * Theme.margin : 720, 760)
    closePolicy: Popup.CloseOnEscape

    onOpened: {
        dialog.viewer.clearMessage();
        commentField.clear();
        pinField.clear();
        if (dialog.returning)
            commentField.forceActiveFocus();
        else
            pinField.forceActiveFocus();
    }

    Connections {
        target: dialog.viewer
        function onReviewFinished(ok: bool) {
            pinField.clear();
            if (ok)
                dialog.close();
            else if (dialog.returning && commentField.text.trim().length === 0)
                commentField.forceActiveFocus();
            else
                pinField.forceActiveFocus();
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        // On the content: the attached Accessible needs an Item, and a Dialog is none.
        Accessible.role: Accessible.Dialog
        Accessible.name: dialog.title

        Label {
            text: dialog.returning
                  ? qsTr("The author sees your comment on her tablet after the next sync and completes the record with an amendment.")
                  : qsTr("Signing off confirms that you have read the record.")
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            text: dialog.returning ? qsTr("What needs to be completed") : qsTr("Comment (optional)")
            font.bold: true
        }
        TextArea {
            id: commentField
            objectName: "reviewCommentField"
            wrapMode: TextEdit.Wrap
            enabled: !dialog.viewer.busy
            placeholderText: dialog.returning ? qsTr("For example: the reason the child was not spoken with alone is missing.")
                                              : ""
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget * 2.5
            background: Rectangle {
                color: Theme.background
                border.color: commentField.activeFocus ? Theme.accent : Theme.border
                border.width: commentField.activeFocus ? 2 : 1
                radius: 4
            }
            // A sentence about an earlier try no longer applies once the text changes.
            onTextChanged: if (dialog.viewer.message.length > 0 && !dialog.viewer.busy) dialog.viewer.clearMessage()
            KeyNavigation.tab: pinField
            Accessible.role: Accessible.EditableText
            Accessible.name: dialog.returning ? qsTr("What needs to be completed") : qsTr("Comment")
        }
        TextField {
            id: pinField
            objectName: "reviewPinField"
            enabled: !dialog.viewer.busy
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            placeholderText: qsTr("PIN")
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("Your PIN")
            Accessible.passwordEdit: true
            onAccepted: confirmButton.clicked()
        }
        Label {
            objectName: "reviewMessage"
            visible: text.length > 0
            text: dialog.viewer.message
            color: Theme.attention
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        BusyIndicator {
            visible: dialog.viewer.busy
            running: visible
            Layout.alignment: Qt.AlignHCenter
            Accessible.role: Accessible.Indicator
            Accessible.name: qsTr("Saving the review")
        }
        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            Button {
                id: cancelButton
                objectName: "reviewCancelButton"
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
                id: confirmButton
                objectName: "confirmReviewButton"
                text: dialog.returning ? qsTr("Return") : qsTr("Sign off")
                highlighted: true
                enabled: pinField.text.length > 0 && !dialog.viewer.busy
                Layout.preferredHeight: Theme.touchTarget
                Layout.minimumWidth: Theme.touchTarget * 2
                Accessible.role: Accessible.Button
                Accessible.name: dialog.returning ? qsTr("Return the record for completion") : qsTr("Sign off the record")
                Keys.onReturnPressed: confirmButton.clicked()
                Keys.onEnterPressed: confirmButton.clicked()
                onClicked: {
                    if (!confirmButton.enabled)
                        return;
                    if (dialog.returning)
                        dialog.viewer.returnForCompletion(commentField.text, pinField.text);
                    else
                        dialog.viewer.signOff(commentField.text, pinField.text);
                }
            }
        }
    }
}
