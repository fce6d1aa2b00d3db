pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Homevisit

// A supervision session with a foster family, recorded on the spot: when, who took
// part, the forms of support, themes, the family's needs, agreed actions, the next
// session and the family's own rating (handed over to them). Every change autosaves
// ("Sparat"); signing asks for the PIN and lists exactly what blocks it. The rules live
// in SupervisionSessionEditor, not here.
Page {
    id: page

    required property string fosterHomeId
    required property string recordId // "" starts a new session for the foster home
    required property StackView stack

    readonly property SupervisionSessionEditor editor: sessionEditor

    objectName: "supervisionSessionPage"
    background: Rectangle { color: Theme.background }
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Supervision session with %1").arg(sessionEditor.familyName)

    SupervisionSessionEditor {
        id: sessionEditor
        objectName: "editor"
        session: Session
        recordId: page.recordId
    }

    FamilyRatingController {
        id: familyRating
        objectName: "familyRating"
        editor: sessionEditor
    }

    Component.onCompleted: {
        if (page.recordId.length === 0)
            sessionEditor.createDraft(page.fosterHomeId);
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
        sessionEditor.saveNow();
        page.stack.pop();
    }

    component DateField: TextField {
        inputMethodHints: Qt.ImhDate
        validator: RegularExpressionValidator { regularExpression: /(\d{4}-\d{2}-\d{2})?/ }
        Layout.preferredHeight: Theme.touchTarget
        Accessible.role: Accessible.EditableText
    }

    component TimeField: TextField {
        inputMethodHints: Qt.ImhTime
        validator: RegularExpressionValidator { regularExpression: /(([01]?\d|2[0-3]):[0-5]\d)?/ }
        Layout.preferredHeight: Theme.touchTarget
        Layout.fillWidth: true
        Accessible.role: Accessible.EditableText
    }

    header: ToolBar {
        // As tall as the two-line title needs (the toolbar would not ask its row).
        implicitHeight: headerRow.implicitHeight + Theme.spacing
        background: Rectangle { color: Theme.surface; border.color: Theme.border }
        RowLayout {
            id: headerRow
            anchors.fill: parent
            anchors.leftMargin: Theme.spacing
            anchors.rightMargin: Theme.spacing
            spacing: Theme.spacing

            ActionButton {
                objectName: "sessionBackButton"
                text: qsTr("Back")
                Accessible.name: qsTr("Back to the foster home")
                onClicked: page.leave()
            }
            ColumnLayout {
                spacing: 0
                Layout.fillWidth: true
                Label {
                    text: sessionEditor.familyName.length > 0 ? qsTr("Supervision: %1").arg(sessionEditor.familyName)
                                                              : qsTr("Supervision session")
                    font.pixelSize: Theme.titleFontSize
                    font.bold: true
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    text: sessionEditor.date
                    color: Theme.mutedText
                    Layout.fillWidth: true
                }
            }
            Label {
                objectName: "saveIndicator"
                text: sessionEditor.isSigned ? qsTr("Signed")
                      : sessionEditor.saveState === SupervisionSessionEditor.Saved ? qsTr("Saved")
                      : sessionEditor.saveState === SupervisionSessionEditor.Failed ? qsTr("Not saved")
                      : qsTr("Saving…")
                color: sessionEditor.saveState === SupervisionSessionEditor.Failed ? Theme.attention : Theme.ok
                font.bold: true
                visible: sessionEditor.ready
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            ActionButton {
                objectName: "familyRatingButton"
                text: qsTr("Hand over to the family")
                visible: !sessionEditor.readOnly
                enabled: sessionEditor.ready
                Accessible.name: qsTr("Hand the tablet over to the family for their rating of the support")
                onClicked: familyRating.enter()
            }
            ActionButton {
                objectName: "signButton"
                text: qsTr("Sign…")
                highlighted: true
                visible: !sessionEditor.readOnly
                enabled: sessionEditor.ready && !sessionEditor.isSigned
                Accessible.name: sessionEditor.canSign ? qsTr("Sign the session")
                                                       : qsTr("Sign the session: see what is missing")
                onClicked: signDialog.open()
            }
        }
    }

    BusyIndicator {
        anchors.centerIn: parent
        running: !sessionEditor.ready && sessionEditor.message.length === 0
        visible: running
        Accessible.role: Accessible.Indicator
        Accessible.name: qsTr("Opening the session")
    }

    Flickable {
        id: form
        objectName: "sessionForm"
        anchors.fill: parent
        visible: sessionEditor.ready
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
                text: sessionEditor.message
                color: Theme.attention
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "readOnlyNote"
                visible: sessionEditor.readOnly && sessionEditor.ready
                text: sessionEditor.isSigned ? qsTr("This session is signed and cannot be changed. A correction is added as an amendment.")
                                             : qsTr("This draft belongs to another author and cannot be changed here.")
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }

            SectionTitle { text: qsTr("The session") }
            GridLayout {
                columns: 3
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing / 2
                Layout.fillWidth: true

                FieldLabel { text: qsTr("Date (YYYY-MM-DD)") }
                FieldLabel { text: qsTr("Started (HH:MM)") }
                FieldLabel { text: qsTr("Ended (HH:MM)") }

                DateField {
                    objectName: "dateField"
                    text: sessionEditor.date
                    readOnly: sessionEditor.readOnly
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Date of the session")
                    onEditingFinished: sessionEditor.date = text
                }
                TimeField {
                    objectName: "startTimeField"
                    text: sessionEditor.startTime
                    readOnly: sessionEditor.readOnly
                    Accessible.name: qsTr("Time the session started")
                    onEditingFinished: sessionEditor.startTime = text
                }
                TimeField {
                    objectName: "endTimeField"
                    text: sessionEditor.endTime
                    readOnly: sessionEditor.readOnly
                    Accessible.name: qsTr("Time the session ended")
                    onEditingFinished: sessionEditor.endTime = text
                }
            }

            FieldLabel { text: qsTr("Participants, one per line") }
            NoteArea {
                objectName: "participantsField"
                text: sessionEditor.participantsText
                readOnly: sessionEditor.readOnly
                placeholderText: qsTr("Name, role")
                Accessible.name: qsTr("Participants, one per line")
                onTextChanged: if (text !== sessionEditor.participantsText) sessionEditor.participantsText = text
            }

            SectionTitle { text: qsTr("Form of support") }
            Label {
                objectName: "supportFormsText"
                visible: sessionEditor.readOnly
                text: sessionEditor.supportForms.checkedText.length > 0 ? sessionEditor.supportForms.checkedText
                                                                          : qsTr("None chosen")
                font.bold: true
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            GridLayout {
                visible: !sessionEditor.readOnly
                columns: page.width > 900 ? 2 : 1
                columnSpacing: Theme.spacing
                rowSpacing: 0
                Layout.fillWidth: true
                Repeater {
                    model: sessionEditor.supportForms
                    delegate: SupportFormDelegate {
                        forms: sessionEditor.supportForms
                        Layout.fillWidth: true
                    }
                }
            }

            SectionTitle { text: qsTr("Content") }
            FieldLabel { text: qsTr("Themes") }
            NoteArea {
                objectName: "themesField"
                text: sessionEditor.themes
                readOnly: sessionEditor.readOnly
                Layout.minimumHeight: Theme.touchTarget * 3
                Accessible.name: qsTr("Themes")
                onTextChanged: if (text !== sessionEditor.themes) sessionEditor.themes = text
            }
            FieldLabel { text: qsTr("The family's needs") }
            NoteArea {
                objectName: "familyNeedsField"
                text: sessionEditor.familyNeeds
                readOnly: sessionEditor.readOnly
                Accessible.name: qsTr("The family's needs")
                onTextChanged: if (text !== sessionEditor.familyNeeds) sessionEditor.familyNeeds = text
            }
            FieldLabel { text: qsTr("Agreed actions") }
            NoteArea {
                objectName: "agreedActionsField"
                text: sessionEditor.agreedActions
                readOnly: sessionEditor.readOnly
                Accessible.name: qsTr("Agreed actions")
                onTextChanged: if (text !== sessionEditor.agreedActions) sessionEditor.agreedActions = text
            }

            FieldLabel { text: qsTr("Next session (YYYY-MM-DD)") }
            RowLayout {
                spacing: Theme.spacing / 2
                Layout.fillWidth: true
                DateField {
                    objectName: "nextSessionField"
                    text: sessionEditor.nextSession
                    readOnly: sessionEditor.readOnly
                    Layout.preferredWidth: Theme.touchTarget * 4
                    Accessible.name: qsTr("Date of the next session")
                    onEditingFinished: sessionEditor.nextSession = text
                }
                Repeater {
                    model: [2, 4, 6]
                    delegate: ActionButton {
                        required property int modelData
                        text: qsTr("In %n week(s)", "", modelData)
                        visible: !sessionEditor.readOnly
                        Accessible.name: qsTr("Next session in %n week(s)", "", modelData)
                        onClicked: sessionEditor.planNextSessionInWeeks(modelData)
                    }
                }
            }

            SectionTitle { text: qsTr("The family's rating of the support") }
            Label {
                objectName: "familyRatingText"
                text: sessionEditor.familyScore > 0 ? qsTr("%1 of 10").arg(sessionEditor.familyScore)
                      : sessionEditor.hasFamilyRating ? qsTr("No score given")
                      : sessionEditor.readOnly ? qsTr("The family did not rate this session.")
                      : qsTr("Not rated. Hand the tablet over to the family to let them rate the support.")
                font.bold: sessionEditor.familyScore > 0
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                visible: sessionEditor.familyComment.length > 0
                text: "“" + sessionEditor.familyComment + "”"
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }

            RowLayout {
                visible: !sessionEditor.readOnly
                Layout.topMargin: Theme.spacing
                Layout.fillWidth: true
                Label {
                    objectName: "blockingSummary"
                    text: sessionEditor.violations.count > 0
                          ? qsTr("%n thing(s) left before the session can be signed.", "", sessionEditor.violations.count)
                          : qsTr("Ready to sign.")
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                ActionButton {
                    objectName: "signButtonBottom"
                    text: qsTr("Sign…")
                    highlighted: true
                    enabled: sessionEditor.ready && !sessionEditor.isSigned && !sessionEditor.readOnly
                    Accessible.name: qsTr("Sign the session")
                    onClicked: signDialog.open()
                }
            }
        }
    }

    SignDialog {
        id: signDialog
        editor: sessionEditor
        signName: qsTr("Sign the supervision session")
        pinName: qsTr("Sign the session with your PIN")
        blockedName: qsTr("Signing is blocked")
        blockedText: qsTr("%n thing(s) must be completed before the session can be signed:", "",
                          sessionEditor.violations.count)
        notice: qsTr("A signed session cannot be changed; a correction is added as an amendment. Enter your PIN to sign.")
        backText: qsTr("Back to the session")
    }

    // Popups live above the lock screen: the dialog must not outlive the open journal.
    Connections {
        target: sessionEditor
        function onReadyChanged() {
            if (!sessionEditor.ready)
                signDialog.close();
        }
    }

    // The family's hand-over covers the whole window, above the app's own header:
    // nothing of the journal can be reached from it, and Escape or a tap outside does
    // not close it.
    Popup {
        id: familyPopup
        objectName: "familyRatingPopup"
        parent: Overlay.overlay
        x: 0
        y: 0
        width: parent ? parent.width : page.width
        height: parent ? parent.height : page.height
        padding: 0
        modal: true
        focus: true
        closePolicy: Popup.NoAutoClose
        visible: familyRating.active

        FamilyRatingPage {
            anchors.fill: parent
            controller: familyRating
        }
    }
}
