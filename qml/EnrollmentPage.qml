import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Homevisit

// First start: connect this tablet to the municipality's server with the one-time code
// from the administrator, and choose the PIN (the rules in plain words).
Rectangle {
    id: page
    color: Theme.background

    readonly property string pinProblem: newPin.text.length === 0 ? "" : Session.pinProblem(newPin.text)

    Flickable {
        anchors.fill: parent
        contentHeight: form.implicitHeight + 2 * Theme.margin
        clip: true

        ColumnLayout {
            id: form
            x: (parent.width - width) / 2
            y: Theme.margin
            width: Math.min(page.width - 2 * Theme.margin, 640)
            spacing: Theme.spacing

            Label {
                text: qsTr("Set up this tablet")
                font.pixelSize: Theme.titleFontSize
                font.bold: true
            }
            Label {
                text: qsTr("You need a network connection and the one-time code from your administrator.")
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label { text: qsTr("Server address") }
            TextField {
                id: server
                objectName: "serverField"
                text: Session.defaultServerUrl
                placeholderText: "https://"
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Server address")
            }
            Label { text: qsTr("Server key (from your administrator)") }
            TextField {
                id: serverKey
                objectName: "serverKeyField"
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Server key")
            }
            Label { text: qsTr("One-time code") }
            TextField {
                id: credential
                objectName: "credentialField"
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("One-time code")
            }
            Label {
                text: Session.pinRules()
                wrapMode: Text.WordWrap
                color: Theme.mutedText
                Layout.fillWidth: true
            }
            Label { text: qsTr("Choose a PIN") }
            TextField {
                id: newPin
                objectName: "newPinField"
                echoMode: TextInput.Password
                inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData
                validator: RegularExpressionValidator { regularExpression: /[0-9]{0,32}/ }
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Choose a PIN")
                Accessible.passwordEdit: true
            }
            Label {
                text: page.pinProblem
                visible: text.length > 0
                color: Theme.attention
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label { text: qsTr("The same PIN again") }
            TextField {
                id: pinAgain
                objectName: "pinAgainField"
                echoMode: TextInput.Password
                inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData
                validator: RegularExpressionValidator { regularExpression: /[0-9]{0,32}/ }
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("The same PIN again")
                Accessible.passwordEdit: true
                onAccepted: enrollButton.clicked()
            }
            Button {
                id: enrollButton
                objectName: "enrollButton"
                text: Session.busy ? qsTr("Connecting…") : qsTr("Set up")
                enabled: !Session.busy && server.text.length > 0 && credential.text.length > 0
                         && newPin.text.length > 0 && page.pinProblem.length === 0
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Set up the tablet")
                onClicked: Session.enroll(server.text, serverKey.text, credential.text, newPin.text,
                                         pinAgain.text)
            }
            Label {
                text: Session.message
                visible: text.length > 0
                color: Theme.attention
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
        }
    }
}
