pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Homevisit

// Signing a record of any kind: lists exactly what still blocks it, field by field with
// the rule's sentence (the editor's violations, computed by the domain rules), and
// otherwise asks for the PIN. A signed record is never changed again; corrections are
// amendments. The page names its kind in its own words (the texts below).
Dialog {
    id: dialog

    required property RecordEditor editor
    required property string signName    // "Sign the visit"
    required property string pinName     // "Sign the visit with your PIN"
    required property string blockedName // "Signing is blocked" (the visit, the session)
    required property string blockedText // "%n thing(s) must be completed before ..."
    required property string notice      // "A signed visit cannot be changed; ..."
    required property string backText    // "Back to the visit"

    readonly property bool blocked: dialog.editor.violations.count > 0

    objectName: "signDialog"
    modal: true
    focus: true
    title: dialog.signName
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
        Accessible.name: dialog.blocked ? dialog.blockedName : dialog.pinName

        Label {
            objectName: "signBlockedLabel"
            visible: dialog.blocked
            text: dialog.blockedText
            font.bold: true
            color: Theme.attention
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        ListView {
            id: violationList
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
            text: dialog.notice
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
                text: dialog.blocked ? dialog.backText : qsTr("Cancel")
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
                Accessible.name: dialog.signName
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
