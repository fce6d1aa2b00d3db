import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Homevisit

// The first screen. It is drawn before anything is read from the disk; the user's
// name, the delay after failed tries and the lockout warning arrive once Session has
// looked.
Rectangle {
    id: page
    color: Theme.background

    function submit() {
        if (pin.text.length > 0 && unlockButton.enabled) {
            Session.unlock(pin.text)
            pin.clear()
        }
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 520)
        spacing: Theme.spacing

        Label {
            text: qsTr("Hembesök")
            font.pixelSize: Theme.titleFontSize * 1.3
            font.bold: true
            color: Theme.accent
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            text: Session.state === Session.Starting ? " "
                  : qsTr("Unlock with your PIN, %1").arg(Session.userName)
            font.pixelSize: Theme.fontSize
            Layout.alignment: Qt.AlignHCenter
        }
        TextField {
            id: pin
            objectName: "pinField"
            focus: true
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            validator: RegularExpressionValidator { regularExpression: /[0-9]{0,32}/ }
            placeholderText: qsTr("PIN")
            font.pixelSize: Theme.titleFontSize
            horizontalAlignment: TextInput.AlignHCenter
            enabled: Session.state === Session.Locked && Session.waitSeconds === 0
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget * 1.3
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("PIN")
            Accessible.passwordEdit: true
            onAccepted: page.submit()
        }
        Button {
            id: unlockButton
            text: Session.state === Session.Unlocking ? qsTr("Opening…") : qsTr("Unlock")
            enabled: Session.state === Session.Locked && Session.waitSeconds === 0
                     && pin.text.length >= 6
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Unlock")
            onClicked: page.submit()
        }
        BusyIndicator {
            running: Session.state === Session.Unlocking
                     || Session.state === Session.Starting
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            objectName: "unlockMessage"
            text: Session.message
            visible: text.length > 0
            color: Theme.attention
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Label {
            text: qsTr("Wait %n second(s) before the next try.", "", Session.waitSeconds)
            visible: Session.waitSeconds > 0
            color: Theme.attention
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("Careful: %n more wrong PIN(s) erase the journal on this tablet.", "",
                       Session.attemptsLeft)
            visible: Session.state === Session.Locked && Session.attemptsLeft <= 3
            color: Theme.attention
            font.bold: true
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("Demo: the PIN is 246813. Everything here is invented.")
            visible: Session.demo
            color: Theme.mutedText
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }
}
