pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Homevisit

// The foster family's own rating of the support: a calm full screen with one question,
// a scale from 1 to 10 and room for their own words. Nothing of the journal is shown
// or reachable; only the secretary's PIN leaves (FamilyRatingController.leave). The
// host shows this in a modal, full-window popup that Escape and outside clicks cannot
// close.
Page {
    id: ratingPage

    required property FamilyRatingController controller

    readonly property color calm: "#eef3f1"
    readonly property color ink: "#1d2b36"

    objectName: "familyRatingPage"
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Your rating of the support")
    background: Rectangle { color: ratingPage.calm }
    font.pixelSize: Math.round(Theme.fontSize * 1.2)

    // The secretary's way out is the only one: Escape and Back do nothing here.
    Keys.onEscapePressed: event => event.accepted = true
    Keys.onBackPressed: event => event.accepted = true

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin * 1.5
        spacing: Theme.spacing * 1.5

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("For the family")
                color: ratingPage.ink
                Layout.fillWidth: true
            }
            // For the secretary: press and hold, so a quick tap does not open the PIN.
            Button {
                id: secretaryButton
                objectName: "secretaryButton"
                text: qsTr("For the secretary")
                flat: true
                font.pixelSize: Theme.smallFontSize
                Layout.preferredHeight: Theme.touchTarget
                Layout.minimumWidth: Theme.touchTarget * 2
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("For the secretary: press and hold to take the tablet back")
                onPressAndHold: leavePanel.open()
                Keys.onReturnPressed: leavePanel.open()
                Keys.onEnterPressed: leavePanel.open()
            }
        }

        Label {
            objectName: "familyQuestion"
            text: ratingPage.controller.finished ? qsTr("Thank you! Now you can give the tablet back.")
                                                 : ratingPage.controller.question
            color: ratingPage.ink
            font.pixelSize: Math.round(Theme.titleFontSize * 1.1)
            font.bold: true
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }

        ColumnLayout {
            visible: !ratingPage.controller.finished
            spacing: Theme.spacing / 2
            Layout.fillWidth: true
            // The ten buttons share the width, so the scale lines up with its end labels.
            RowLayout {
                spacing: Theme.spacing / 2
                Layout.fillWidth: true
                Repeater {
                    model: ratingPage.controller.maxScore - ratingPage.controller.minScore + 1
                    delegate: Button {
                        id: scoreButton
                        required property int index
                        readonly property int score: ratingPage.controller.minScore + index
                        objectName: "score_" + score
                        text: score
                        checked: ratingPage.controller.score === score
                        font.pixelSize: Theme.titleFontSize
                        font.bold: true
                        Layout.fillWidth: true
                        Layout.minimumWidth: Theme.touchTarget
                        Layout.preferredHeight: Theme.touchTarget * 1.6
                        Accessible.role: Accessible.RadioButton
                        Accessible.checkable: true
                        Accessible.checked: scoreButton.checked
                        Accessible.name: scoreButton.score === ratingPage.controller.minScore
                                         ? qsTr("%1: %2").arg(scoreButton.score).arg(ratingPage.controller.lowLabel)
                                         : scoreButton.score === ratingPage.controller.maxScore
                                           ? qsTr("%1: %2").arg(scoreButton.score).arg(ratingPage.controller.highLabel)
                                           : qsTr("%1 of 10").arg(scoreButton.score)
                        onClicked: ratingPage.controller.setScore(scoreButton.checked ? 0 : scoreButton.score)
                        Keys.onReturnPressed: scoreButton.clicked()
                        Keys.onEnterPressed: scoreButton.clicked()
                        background: Rectangle {
                            color: scoreButton.checked ? ratingPage.ink : "#ffffff"
                            border.color: scoreButton.activeFocus ? Theme.accent : ratingPage.ink
                            border.width: scoreButton.activeFocus ? 4 : 2
                            radius: 12
                        }
                        contentItem: Label {
                            text: scoreButton.text
                            font: scoreButton.font
                            color: scoreButton.checked ? "#ffffff" : ratingPage.ink
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                        }
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                Label {
                    text: "← " + ratingPage.controller.lowLabel
                    color: ratingPage.ink
                    Layout.fillWidth: true
                }
                Label {
                    text: ratingPage.controller.highLabel + " →"
                    color: ratingPage.ink
                }
            }
        }

        TextArea {
            id: commentField
            objectName: "familyCommentField"
            visible: !ratingPage.controller.finished
            text: ratingPage.controller.comment
            placeholderText: qsTr("Anything you want to add about the support? You don't have to.")
            wrapMode: TextEdit.Wrap
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget * 2.5
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("Your own words about the support, if you want")
            background: Rectangle { color: "#ffffff"; border.color: ratingPage.ink; radius: 8 }
            onTextChanged: if (text !== ratingPage.controller.comment) ratingPage.controller.comment = text
            Keys.onTabPressed: event => {
                commentField.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason);
                event.accepted = true;
            }
            Keys.onBacktabPressed: event => {
                commentField.nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason);
                event.accepted = true;
            }
        }

        Item { Layout.fillHeight: true }

        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            Button {
                id: changeButton
                objectName: "familyChangeButton"
                text: qsTr("Change my answer")
                visible: ratingPage.controller.finished
                Layout.preferredHeight: Theme.touchTarget * 1.3
                Layout.minimumWidth: Theme.touchTarget * 3
                Accessible.role: Accessible.Button
                Accessible.name: text
                Keys.onReturnPressed: changeButton.clicked()
                Keys.onEnterPressed: changeButton.clicked()
                onClicked: ratingPage.controller.goBack()
            }
            Item { Layout.fillWidth: true }
            Button {
                id: doneButton
                objectName: "familyDoneButton"
                text: qsTr("Done")
                visible: !ratingPage.controller.finished
                highlighted: true
                Layout.preferredHeight: Theme.touchTarget * 1.3
                Layout.minimumWidth: Theme.touchTarget * 3
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Done with the rating")
                Keys.onReturnPressed: doneButton.clicked()
                Keys.onEnterPressed: doneButton.clicked()
                onClicked: ratingPage.controller.finish()
            }
        }
    }

    // The secretary's PIN, the only way back to the journal.
    HandBackDialog {
        id: leavePanel
        controller: ratingPage.controller
        heading: qsTr("Take the tablet back with your PIN")
        leaveText: qsTr("Take back")
        leaveName: qsTr("Take the tablet back")
        stayName: qsTr("Leave the tablet with the family")
    }
}
