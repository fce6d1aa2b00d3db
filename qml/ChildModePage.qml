pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Homevisit

// Child mode: a calm full screen for the child, one question at a time, five large
// faces and room for their own words. Nothing of the journal is shown or reachable;
// only the secretary's PIN leaves (ChildModeController.leave). The host shows this in
// a modal, full-window popup that Escape and outside clicks cannot close.
Page {
    id: childPage

    required property ChildModeController controller

    readonly property color calm: "#f4f1ea"
    readonly property color ink: "#1d2b36"
    readonly property bool finished: childPage.controller.current >= childPage.controller.count
    readonly property list<color> faceColours: ["#f3b7a8", "#f6d2a2", "#f4e7a1", "#c9e3b0", "#a8d8b9"]

    objectName: "childModePage"
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Questions for you")
    background: Rectangle { color: childPage.calm }
    font.pixelSize: Math.round(Theme.fontSize * 1.4)

    // The secretary's way out is the only one: Escape and Back do nothing here.
    Keys.onEscapePressed: event => event.accepted = true
    Keys.onBackPressed: event => event.accepted = true

    // A face that smiles more the higher the score (1-5), drawn so it needs no font.
    component Face: Canvas {
        id: face
        property int score: 3
        property color fill: "#f4e7a1"
        property color ink: "#1d2b36"
        onScoreChanged: requestPaint()
        onFillChanged: requestPaint()
        onWidthChanged: requestPaint()
        onPaint: {
            const ctx = getContext("2d");
            const r = Math.min(width, height) / 2 - 3;
            ctx.reset();
            ctx.lineWidth = Math.max(3, r / 12);
            ctx.strokeStyle = face.ink;
            ctx.fillStyle = face.fill;
            ctx.beginPath();
            ctx.arc(width / 2, height / 2, r, 0, 2 * Math.PI);
            ctx.fill();
            ctx.stroke();
            ctx.fillStyle = face.ink;
            for (const dx of [-r / 2.8, r / 2.8]) {
                ctx.beginPath();
                ctx.arc(width / 2 + dx, height / 2 - r / 4, r / 9, 0, 2 * Math.PI);
                ctx.fill();
            }
            // The mouth bends from a frown (1) to a wide smile (5).
            const bend = (face.score - 3) * r / 5;
            const y = height / 2 + r / 3;
            ctx.beginPath();
            ctx.moveTo(width / 2 - r / 2.2, y - bend / 2);
            ctx.quadraticCurveTo(width / 2, y + bend, width / 2 + r / 2.2, y - bend / 2);
            ctx.stroke();
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin * 1.5
        spacing: Theme.spacing * 1.5

        RowLayout {
            Layout.fillWidth: true
            Label {
                objectName: "childModeProgress"
                text: childPage.finished ? "" : qsTr("Question %1 of %2").arg(childPage.controller.current + 1)
                                                                     .arg(childPage.controller.count)
                color: childPage.ink
                Layout.fillWidth: true
            }
            // For the adult: press and hold, so a child's tap does not open the PIN.
            Button {
                id: adultButton
                objectName: "adultButton"
                text: qsTr("For adults")
                flat: true
                font.pixelSize: Theme.smallFontSize
                Layout.preferredHeight: Theme.touchTarget
                Layout.minimumWidth: Theme.touchTarget * 2
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("For adults: press and hold to leave child mode")
                onPressAndHold: leavePanel.open()
                Keys.onReturnPressed: leavePanel.open()
                Keys.onEnterPressed: leavePanel.open()
            }
        }

        Label {
            objectName: "childModeQuestion"
            text: childPage.finished ? qsTr("Thank you! Now you can give the tablet back.")
                                     : childPage.controller.question
            color: childPage.ink
            font.pixelSize: Math.round(Theme.titleFontSize * 1.3)
            font.bold: true
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }

        RowLayout {
            visible: !childPage.finished
            spacing: Theme.spacing
            Layout.alignment: Qt.AlignHCenter
            Repeater {
                model: 5
                delegate: Button {
                    id: faceButton
                    required property int index
                    readonly property int score: index + 1
                    objectName: "face_" + score
                    checked: childPage.controller.score === score
                    implicitWidth: Math.max(Theme.touchTarget * 2, Math.min(childPage.width / 7, 180))
                    implicitHeight: implicitWidth + Theme.fontSize * 2
                    Accessible.role: Accessible.RadioButton
                    Accessible.checkable: true
                    Accessible.checked: faceButton.checked
                    Accessible.name: childPage.controller.scaleLabels[index]
                    onClicked: childPage.controller.setScore(faceButton.score)
                    Keys.onReturnPressed: faceButton.clicked()
                    Keys.onEnterPressed: faceButton.clicked()
                    background: Rectangle {
                        color: faceButton.checked ? "#ffffff" : "transparent"
                        border.color: faceButton.checked || faceButton.activeFocus ? childPage.ink : "transparent"
                        border.width: faceButton.checked ? 5 : 3
                        radius: 16
                    }
                    contentItem: ColumnLayout {
                        spacing: 4
                        Face {
                            score: faceButton.score
                            fill: childPage.faceColours[faceButton.index]
                            ink: childPage.ink
                            Layout.fillWidth: true
                            Layout.preferredHeight: width
                        }
                        Label {
                            text: childPage.controller.scaleLabels[faceButton.index]
                            color: childPage.ink
                            font.pixelSize: Theme.fontSize
                            horizontalAlignment: Text.AlignHCenter
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }

        TextArea {
            id: wordsField
            objectName: "childWordsField"
            visible: !childPage.finished
            text: childPage.controller.words
            placeholderText: qsTr("Do you want to say something more? You don't have to.")
            wrapMode: TextEdit.Wrap
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget * 2.5
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("Your own words, if you want")
            background: Rectangle { color: "#ffffff"; border.color: childPage.ink; radius: 8 }
            onTextChanged: if (text !== childPage.controller.words) childPage.controller.words = text
            Keys.onTabPressed: event => {
                wordsField.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason);
                event.accepted = true;
            }
            Keys.onBacktabPressed: event => {
                wordsField.nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason);
                event.accepted = true;
            }
        }

        Item { Layout.fillHeight: true }

        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            Button {
                id: backButton
                objectName: "childBackButton"
                text: qsTr("Back")
                visible: childPage.controller.current > 0
                Layout.preferredHeight: Theme.touchTarget * 1.3
                Layout.minimumWidth: Theme.touchTarget * 3
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Previous question")
                Keys.onReturnPressed: backButton.clicked()
                Keys.onEnterPressed: backButton.clicked()
                onClicked: childPage.controller.previous()
            }
            Item { Layout.fillWidth: true }
            Button {
                id: nextButton
                objectName: "childNextButton"
                text: childPage.controller.current + 1 >= childPage.controller.count ? qsTr("Done") : qsTr("Next")
                visible: !childPage.finished
                highlighted: true
                Layout.preferredHeight: Theme.touchTarget * 1.3
                Layout.minimumWidth: Theme.touchTarget * 3
                Accessible.role: Accessible.Button
                Accessible.name: text
                Keys.onReturnPressed: nextButton.clicked()
                Keys.onEnterPressed: nextButton.clicked()
                onClicked: childPage.controller.next()
            }
        }
    }

    // The secretary's PIN, the only way back to the journal.
    HandBackDialog {
        id: leavePanel
        controller: childPage.controller
        heading: qsTr("Leave child mode with your PIN")
        leaveText: qsTr("Leave")
        leaveName: qsTr("Leave child mode")
        stayName: qsTr("Stay in child mode")
    }
}
