pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Homevisit

// A visit to a child, recorded on the spot: when and where, who took part, the
// participation checklist (required and done states, the reason when the child was
// not spoken with alone, the views topic by topic), notes, agreed actions, the next
// visit and the concern flag. Every change autosaves ("Sparat"); signing asks for the
// PIN and lists exactly what blocks it. The rules live in ChildVisitEditor, not here.
Page {
    id: page

    required property string childId
    required property string recordId // "" starts a new visit for the child
    required property StackView stack

    readonly property ChildVisitEditor editor: visitEditor

    objectName: "childVisitPage"
    background: Rectangle { color: Theme.background }
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Visit to %1").arg(visitEditor.childName)

    ChildVisitEditor {
        id: visitEditor
        objectName: "editor"
        session: Session
        recordId: page.recordId
    }

    ChildModeController {
        id: childMode
        objectName: "childMode"
        editor: visitEditor
    }

    Component.onCompleted: {
        if (page.recordId.length === 0)
            visitEditor.createDraft(page.childId);
    }

    // Keeps the field that has the keyboard focus in view (Tab through a long form).
    Connections {
        target: page.Window.window
        function onActiveFocusItemChanged() {
            const focused = page.Window.activeFocusItem;
            if (!focused || !page.isInside(focused, form.contentItem))
                return;
            const top = focused.mapToItem(form.contentItem, 0, 0).y;
            const bottom = top + focused.height;
            if (top < form.contentY)
                form.contentY = Math.max(0, top - Theme.spacing);
            else if (bottom > form.contentY + form.height)
                form.contentY = Math.min(form.contentHeight - form.height, bottom - form.height + Theme.spacing);
        }
    }

    function isInside(item: Item, ancestor: Item): bool {
        for (let it = item; it; it = it.parent)
            if (it === ancestor)
                return true;
        return false;
    }

    function leave() {
        visitEditor.saveNow();
        page.stack.pop();
    }

    header: ToolBar {
        background: Rectangle { color: Theme.surface; border.color: Theme.border }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacing
            anchors.rightMargin: Theme.spacing
            spacing: Theme.spacing

            ActionButton {
                objectName: "visitBackButton"
                text: qsTr("Back")
                Accessible.name: qsTr("Back to the child")
                onClicked: page.leave()
            }
            ColumnLayout {
                spacing: 0
                Layout.fillWidth: true
                Label {
                    text: visitEditor.childName.length > 0 ? qsTr("Visit to %1").arg(visitEditor.childName)
                                                           : qsTr("Visit")
                    font.pixelSize: Theme.titleFontSize
                    font.bold: true
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    text: visitEditor.childAge > 0 ? qsTr("%1 years · %2").arg(visitEditor.childAge).arg(visitEditor.visitDate)
                                                   : visitEditor.visitDate
                    color: Theme.mutedText
                    Layout.fillWidth: true
                }
            }
            Label {
                objectName: "saveIndicator"
                text: visitEditor.isSigned ? qsTr("Signed")
                      : visitEditor.saveState === ChildVisitEditor.Saved ? qsTr("Saved")
                      : visitEditor.saveState === ChildVisitEditor.Failed ? qsTr("Not saved")
                      : qsTr("Saving…")
                color: visitEditor.saveState === ChildVisitEditor.Failed ? Theme.attention : Theme.ok
                font.bold: true
                visible: visitEditor.ready
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            ActionButton {
                objectName: "childModeButton"
                text: qsTr("Hand over to the child")
                visible: !visitEditor.readOnly
                enabled: visitEditor.ready
                Accessible.name: qsTr("Hand the tablet over to the child for a few questions")
                onClicked: childMode.enter()
            }
            ActionButton {
                objectName: "signButton"
                text: qsTr("Sign…")
                highlighted: true
                visible: !visitEditor.readOnly
                enabled: visitEditor.ready && !visitEditor.isSigned
                Accessible.name: visitEditor.canSign ? qsTr("Sign the visit")
                                                     : qsTr("Sign the visit: see what is missing")
                onClicked: signDialog.open()
            }
        }
    }

    BusyIndicator {
        anchors.centerIn: parent
        running: !visitEditor.ready && visitEditor.message.length === 0
        visible: running
        Accessible.role: Accessible.Indicator
        Accessible.name: qsTr("Opening the visit")
    }

    Flickable {
        id: form
        objectName: "visitForm"
        anchors.fill: parent
        visible: visitEditor.ready
        contentWidth: width
        contentHeight: formColumn.implicitHeight + 2 * Theme.margin
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: formColumn
            x: Theme.margin
            y: Theme.margin
            width: form.width - 2 * Theme.margin
            spacing: Theme.spacing / 2

            Label {
                objectName: "editorMessage"
                visible: text.length > 0 && !signDialog.visible
                text: visitEditor.message
                color: Theme.attention
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                visible: visitEditor.readOnly && visitEditor.ready
                text: visitEditor.isSigned ? qsTr("This visit is signed and cannot be changed. A correction is added as an amendment.")
                                           : qsTr("This draft belongs to another author and cannot be changed here.")
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }

            SectionTitle { text: qsTr("The visit") }
            GridLayout {
                columns: page.width > 900 ? 4 : 2
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing / 2
                Layout.fillWidth: true

                FieldLabel { text: qsTr("Date (YYYY-MM-DD)") }
                FieldLabel { text: qsTr("Started (HH:MM)") }
                FieldLabel { text: qsTr("Ended (HH:MM)") }
                Item { implicitHeight: 1; Layout.fillWidth: true }

                TextField {
                    objectName: "visitDateField"
                    text: visitEditor.visitDate
                    readOnly: visitEditor.readOnly
                    inputMethodHints: Qt.ImhDate
                    validator: RegularExpressionValidator { regularExpression: /\d{4}-\d{2}-\d{2}/ }
                    Layout.preferredHeight: Theme.touchTarget
                    Layout.fillWidth: true
                    Accessible.role: Accessible.EditableText
                    Accessible.name: qsTr("Date of the visit")
                    onEditingFinished: visitEditor.visitDate = text
                }
                TextField {
                    objectName: "startTimeField"
                    text: visitEditor.startTime
                    readOnly: visitEditor.readOnly
                    inputMethodHints: Qt.ImhTime
                    validator: RegularExpressionValidator { regularExpression: /([01]?\d|2[0-3]):[0-5]\d/ }
                    Layout.preferredHeight: Theme.touchTarget
                    Layout.fillWidth: true
                    Accessible.role: Accessible.EditableText
                    Accessible.name: qsTr("Time the visit started")
                    onEditingFinished: visitEditor.startTime = text
                }
                TextField {
                    objectName: "endTimeField"
                    text: visitEditor.endTime
                    readOnly: visitEditor.readOnly
                    inputMethodHints: Qt.ImhTime
                    validator: RegularExpressionValidator { regularExpression: /(([01]?\d|2[0-3]):[0-5]\d)?/ }
                    Layout.preferredHeight: Theme.touchTarget
                    Layout.fillWidth: true
                    Accessible.role: Accessible.EditableText
                    Accessible.name: qsTr("Time the visit ended")
                    onEditingFinished: visitEditor.endTime = text
                }
                ActionButton {
                    objectName: "endNowButton"
                    text: qsTr("Ended now")
                    visible: !visitEditor.readOnly
                    Accessible.name: qsTr("The visit ended now")
                    onClicked: visitEditor.endNow()
                }
            }

            FieldLabel { text: qsTr("Place") }
            Label {
                visible: visitEditor.readOnly
                text: {
                    for (const option of visitEditor.placeOptions)
                        if (option.value === visitEditor.place)
                            return option.label;
                    return "";
                }
                font.bold: true
                Layout.fillWidth: true
            }
            Flow {
                visible: !visitEditor.readOnly
                spacing: Theme.spacing / 2
                Layout.fillWidth: true
                Repeater {
                    model: visitEditor.placeOptions
                    delegate: ActionButton {
                        id: placeButton
                        required property var modelData
                        objectName: "place_" + modelData.value
                        text: modelData.label
                        checked: visitEditor.place === modelData.value
                        Accessible.role: Accessible.RadioButton
                        Accessible.checkable: true
                        Accessible.checked: placeButton.checked
                        Accessible.name: qsTr("Place: %1").arg(modelData.label)
                        onClicked: visitEditor.place = modelData.value
                    }
                }
            }
            TextField {
                objectName: "placeTextField"
                visible: visitEditor.place === "other" || visitEditor.placeText.length > 0
                text: visitEditor.placeText
                readOnly: visitEditor.readOnly
                placeholderText: qsTr("Which place")
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Which place")
                onTextChanged: if (text !== visitEditor.placeText) visitEditor.placeText = text
            }

            FieldLabel { text: qsTr("Participants, one per line") }
            NoteArea {
                objectName: "participantsField"
                text: visitEditor.participantsText
                readOnly: visitEditor.readOnly
                placeholderText: qsTr("Name, role")
                Accessible.name: qsTr("Participants, one per line")
                onTextChanged: if (text !== visitEditor.participantsText) visitEditor.participantsText = text
            }

            SectionTitle { text: qsTr("The child's participation") }
            Label {
                objectName: "requiredOpenLabel"
                text: visitEditor.checklist.requiredOpen > 0
                      ? qsTr("%n required item(s) left before the visit can be signed.", "", visitEditor.checklist.requiredOpen)
                      : qsTr("The required items are answered.")
                color: visitEditor.checklist.requiredOpen > 0 ? Theme.attention : Theme.ok
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            // Not a layout's direct child: on Qt 6.4 a layout can keep a delegate the Repeater
            // destroyed when its model changes and crash in its next rearrange.
            Column {
                id: checklistColumn
                spacing: Theme.spacing / 2
                visible: checklistColumnRepeater.count > 0
                Layout.fillWidth: true
                Repeater {
                    id: checklistColumnRepeater
                    model: visitEditor.checklist
                    delegate: ChecklistItemDelegate {
                        checklist: visitEditor.checklist
                        topics: visitEditor.viewTopics
                        readOnly: visitEditor.readOnly
                        width: checklistColumn.width
                    }
                }
            }

            SectionTitle {
                text: qsTr("The child's own answers")
                visible: visitEditor.childAnswers.length > 0
            }
            // Not a layout's direct child: on Qt 6.4 a layout can keep a delegate the Repeater
            // destroyed when its model changes and crash in its next rearrange.
            Column {
                id: childAnswerColumn
                spacing: Theme.spacing / 2
                visible: childAnswerColumnRepeater.count > 0
                Layout.fillWidth: true
                Repeater {
                    id: childAnswerColumnRepeater
                    model: visitEditor.childAnswers
                    delegate: Label {
                        required property var modelData
                        text: qsTr("%1 — %2 of 5").arg(modelData.question).arg(modelData.score > 0 ? modelData.score : "–")
                              + (modelData.words.length > 0 ? "\n“" + modelData.words + "”" : "")
                        wrapMode: Text.WordWrap
                        width: childAnswerColumn.width
                    }
                }
            }

            SectionTitle { text: qsTr("Notes") }
            FieldLabel { text: qsTr("Observations") }
            NoteArea {
                objectName: "observationsField"
                text: visitEditor.observations
                readOnly: visitEditor.readOnly
                Layout.minimumHeight: Theme.touchTarget * 3
                Accessible.name: qsTr("Observations")
                onTextChanged: if (text !== visitEditor.observations) visitEditor.observations = text
            }
            FieldLabel { text: qsTr("Agreed actions") }
            NoteArea {
                objectName: "agreedActionsField"
                text: visitEditor.agreedActions
                readOnly: visitEditor.readOnly
                Accessible.name: qsTr("Agreed actions")
                onTextChanged: if (text !== visitEditor.agreedActions) visitEditor.agreedActions = text
            }

            FieldLabel { text: qsTr("Next planned visit (YYYY-MM-DD)") }
            RowLayout {
                spacing: Theme.spacing / 2
                Layout.fillWidth: true
                TextField {
                    id: nextVisitField
                    objectName: "nextVisitField"
                    text: visitEditor.nextPlannedVisit
                    readOnly: visitEditor.readOnly
                    inputMethodHints: Qt.ImhDate
                    validator: RegularExpressionValidator { regularExpression: /(\d{4}-\d{2}-\d{2})?/ }
                    Layout.preferredHeight: Theme.touchTarget
                    Layout.preferredWidth: Theme.touchTarget * 4
                    Accessible.role: Accessible.EditableText
                    Accessible.name: qsTr("Date of the next planned visit")
                    onEditingFinished: visitEditor.nextPlannedVisit = text
                }
                Repeater {
                    model: [2, 4, 6]
                    delegate: ActionButton {
                        required property int modelData
                        text: qsTr("In %n week(s)", "", modelData)
                        visible: !visitEditor.readOnly
                        Accessible.name: qsTr("Next visit in %n week(s)", "", modelData)
                        onClicked: visitEditor.planNextVisitInWeeks(modelData)
                    }
                }
            }

            SectionTitle { text: qsTr("Concern") }
            CheckBox {
                id: concernBox
                objectName: "concernBox"
                text: qsTr("I have a concern to raise with my supervisor")
                checked: visitEditor.concernRaised
                visible: !visitEditor.readOnly
                implicitHeight: Theme.touchTarget
                Accessible.role: Accessible.CheckBox
                Accessible.name: text
                onToggled: visitEditor.concernRaised = concernBox.checked
                Keys.onReturnPressed: visitEditor.concernRaised = !concernBox.checked
                Keys.onEnterPressed: visitEditor.concernRaised = !concernBox.checked
            }
            Label {
                visible: visitEditor.readOnly
                text: visitEditor.concernRaised ? qsTr("The secretary marked a concern.")
                                                : qsTr("The secretary marked no concern of their own.")
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "concernFlagLabel"
                visible: visitEditor.concernFlag
                text: qsTr("The concern flag is up: your supervisor sees this visit first after the next sync.")
                color: Theme.attention
                font.bold: true
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }

            RowLayout {
                visible: !visitEditor.readOnly
                Layout.topMargin: Theme.spacing
                Layout.fillWidth: true
                Label {
                    objectName: "blockingSummary"
                    text: visitEditor.isSigned ? qsTr("Signed.")
                          : visitEditor.violations.count > 0
                            ? qsTr("%n thing(s) left before the visit can be signed.", "", visitEditor.violations.count)
                            : qsTr("Ready to sign.")
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                ActionButton {
                    objectName: "signButtonBottom"
                    text: qsTr("Sign…")
                    highlighted: true
                    enabled: visitEditor.ready && !visitEditor.isSigned && !visitEditor.readOnly
                    Accessible.name: qsTr("Sign the visit")
                    onClicked: signDialog.open()
                }
            }
        }
    }

    SignDialog {
        id: signDialog
        editor: visitEditor
        signName: qsTr("Sign the visit")
        pinName: qsTr("Sign the visit with your PIN")
        blockedName: qsTr("Signing is blocked")
        blockedText: qsTr("%n thing(s) must be completed before the visit can be signed:", "",
                          visitEditor.violations.count)
        notice: qsTr("A signed visit cannot be changed; a correction is added as an amendment. Enter your PIN to sign.")
        backText: qsTr("Back to the visit")
    }

    // Popups live above the lock screen: the dialog must not outlive the open journal.
    Connections {
        target: visitEditor
        function onReadyChanged() {
            if (!visitEditor.ready)
                signDialog.close();
        }
    }

    // Child mode covers the whole window, above the app's own header: nothing of the
    // journal can be reached from it, and Escape or a tap outside does not close it.
    Popup {
        id: childModePopup
        objectName: "childModePopup"
        parent: Overlay.overlay
        x: 0
        y: 0
        width: parent ? parent.width : page.width
        height: parent ? parent.height : page.height
        padding: 0
        modal: true
        focus: true
        closePolicy: Popup.NoAutoClose
        visible: childMode.active

        ChildModePage {
            anchors.fill: parent
            controller: childMode
        }
    }
}
