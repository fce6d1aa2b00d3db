pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Homevisit

// Signing a supervision session: lists exactly what still blocks it, field by field
// with the rule's sentence (the editor's violations, computed by the domain rules), and
// otherwise asks for the PIN. A signed session is never changed again.
// SignDialog does the same for a child visit; its editor is a ChildVisitEditor.
Dialog {
    id: dialog

    required property SupervisionSessionEditor editor

    readonly property bool blocked: dialog.editor.violations.count > 0

    objectName: "signDialog"
    modal: true
    focus: true
    title: qsTr("Sign the supervision session")
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 2 * Theme.margin : 720, 760)
    height: Math.min(parent ? parent.height - 2 * Theme.margin : 600, implicitHeight)
    closePolicy: Popup.CloseOnEscape

    onOpened: {
        pinField.clear();
        if (!dialog.blocked)
            pinField.forceActiveFocus();
        else
            closeButton.forceActiveFocus();
    }

    Connections {
        target: dialog.editor
        function onSignFinished(ok: bool) {
            pinField.clear();
            if (ok)
                dialog.close();
            else if (!dialog.blocked)
                pinField.forceActiveFocus();
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        // On the content: the attached Accessible needs an Item, and a Dialog is none.
        Accessible.role: Accessible.Dialog
        Accessible.name: dialog.blocked ? qsTr("Signing is blocked") : qsTr("Sign the session with your PIN")

        Label {
            objectName: "signBlockedLabel"
            visible: dialog.blocked
            text: qsTr("%n thing(s) must be completed before the session can be signed:", "",
                       dialog.editor.violations.count)
            font.bold: true
            color: Theme.attention
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        ListView {
            objectName: "violationList"
            visible: dialog.blocked
            model: dialog.editor.violations
            clip: true
            spacing: Theme.spacing / 2
            keyNavigationEnabled: true
            activeFocusOnTab: true
            implicitHeight: Math.min(contentHeight, 360)
            Layout.fillWidth: true
            Layout.fillHeight: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("What blocks signing")
            ScrollBar.vertical: ScrollBar {}
            delegate: Rectangle {
                id: violation
                required property string fieldLabel
                required property string message
                width: ListView.view.width
                implicitHeight: column.implicitHeight + Theme.spacing
                color: Theme.attentionSurface
                radius: 6
                Accessible.role: Accessible.ListItem
                Accessible.name: violation.fieldLabel + ": " + violation.message
                ColumnLayout {
                    id: column
                    anchors.fill: parent
                    anchors.margins: Theme.spacing / 2
                    spacing: 2
                    Label {
                        text: violation.fieldLabel
                        font.bold: true
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Label {
                        text: violation.message
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                }
            }
        }

        Label {
            visible: !dialog.blocked
            text: qsTr("A signed session cannot be changed; a correction is added as an amendment. Enter your PIN to sign.")
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        TextField {
            id: pinField
            objectName: "pinField"
            visible: !dialog.blocked
            enabled: !dialog.editor.signing
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            placeholderText: qsTr("PIN")
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("Your PIN")
            Accessible.passwordEdit: true
            onAccepted: signButton.clicked()
        }
        Label {
            objectName: "signMessage"
            visible: text.length > 0
            text: dialog.editor.message
            color: Theme.attention
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        BusyIndicator {
            visible: dialog.editor.signing
            running: visible
            Layout.alignment: Qt.AlignHCenter
            Accessible.role: Accessible.Indicator
            Accessible.name: qsTr("Signing")
        }

        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            Button {
                id: closeButton
                objectName: "signCancelButton"
                text: dialog.blocked ? qsTr("Back to the session") : qsTr("Cancel")
                Layout.preferredHeight: Theme.touchTarget
                Layout.minimumWidth: Theme.touchTarget * 2
                Accessible.role: Accessible.Button
                Accessible.name: text
                Keys.onReturnPressed: closeButton.clicked()
                Keys.onEnterPressed: closeButton.clicked()
                onClicked: dialog.close()
            }
            Button {
                id: signButton
                objectName: "confirmSignButton"
                visible: !dialog.blocked
                text: qsTr("Sign")
                highlighted: true
                enabled: dialog.editor.canSign && pinField.text.length > 0 && !dialog.editor.signing
                Layout.preferredHeight: Theme.touchTarget
                Layout.minimumWidth: Theme.touchTarget * 2
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Sign the session")
                Keys.onReturnPressed: signButton.clicked()
                Keys.onEnterPressed: signButton.clicked()
                onClicked: {
                    if (signButton.enabled)
                        dialog.editor.sign(pinField.text);
                }
            }
        }
    }
}
