pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Homevisit

// One foster home: the family, address, kind of home and the children placed there,
// when the next session is due, a new supervision session, and the session history
// (drafts and signed ones) with each record's sync and review state.
Page {
    id: page

    required property string fosterHomeId
    required property StackView stack

    objectName: "fosterHomePage"
    background: Rectangle { color: Theme.background }

    // The summary comes from the model, not from the list page: it leaves memory on
    // lock like every other journal content and comes back after unlocking.
    FosterHomeListModel {
        id: home
        session: Session
        fosterHomeId: page.fosterHomeId
    }

    RecordListModel {
        id: history
        session: Session
        fosterHomeId: page.fosterHomeId
    }

    StackView.onActivated: {
        home.reload();
        history.reload();
    }

    function openSession(recordId: string) {
        page.stack.push(Qt.resolvedUrl("SupervisionSessionPage.qml"),
                        {fosterHomeId: page.fosterHomeId, recordId: recordId, stack: page.stack});
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Button {
                id: backButton
                text: qsTr("Back")
                Layout.preferredHeight: Theme.touchTarget
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Back to my foster homes")
                Keys.onReturnPressed: backButton.clicked()
                onClicked: page.stack.pop()
            }
            Label {
                text: qsTr("Foster home")
                color: Theme.mutedText
                Layout.fillWidth: true
            }
            Button {
                id: newButton
                objectName: "newSessionButton"
                text: qsTr("New supervision session")
                highlighted: true
                Layout.preferredHeight: Theme.touchTarget
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Start a new supervision session with the family")
                Keys.onReturnPressed: newButton.clicked()
                onClicked: page.openSession("")
            }
        }

        // Not a layout's direct child: on Qt 6.4 a layout can keep a delegate the Repeater
        // destroyed when its model resets (reload() on activation) and crash in its next
        // rearrange (seen in ui_screens on a window resize). The Column owns the delegates.
        Column {
            id: summaryColumn
            Layout.fillWidth: true
            visible: summaryRepeater.count > 0
            Repeater {
                id: summaryRepeater
                model: home
                delegate: Frame {
                    id: summary
                    required property string familyName
                    required property string address
                    required property string phone
                    required property string homeTypeLabel
                    required property string childrenText
                    required property string lastSession
                    required property string dueText
                    required property bool overdue
                    objectName: "fosterHomeSummary"
                    padding: Theme.spacing
                    width: summaryColumn.width
                    background: Rectangle {
                        color: summary.overdue ? Theme.attentionSurface : Theme.surface
                        border.color: Theme.border
                        radius: 6
                    }
                    GridLayout {
                        anchors.fill: parent
                        columns: 2
                        columnSpacing: Theme.spacing
                        rowSpacing: 4
                        Label {
                            objectName: "fosterHomeTitle"
                            text: summary.familyName
                            font.pixelSize: Theme.titleFontSize
                            font.bold: true
                            elide: Text.ElideRight
                            Layout.columnSpan: 2
                            Layout.fillWidth: true
                        }
                        Label { text: qsTr("Kind of home"); color: Theme.mutedText }
                        Label { text: summary.homeTypeLabel; Layout.fillWidth: true; wrapMode: Text.WordWrap }
                        Label { text: qsTr("Address"); color: Theme.mutedText }
                        Label {
                            text: summary.address + (summary.phone.length > 0 ? " · " + summary.phone : "")
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                        }
                        Label { text: qsTr("Children placed"); color: Theme.mutedText }
                        Label {
                            objectName: "placedChildren"
                            text: summary.childrenText.length > 0 ? summary.childrenText
                                                              : qsTr("No child placed here on this tablet's records.")
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                        }
                        Label { text: qsTr("Next session"); color: Theme.mutedText }
                        Label {
                            text: (summary.overdue ? "⚠ " : "") + summary.dueText
                                  + (summary.lastSession.length > 0 ? " · " + qsTr("last session %1").arg(summary.lastSession) : "")
                            color: summary.overdue ? Theme.attention : Theme.text
                            font.bold: summary.overdue
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                        }
                    }
                }
            }
        }

        Label {
            text: qsTr("Supervision sessions")
            font.bold: true
        }
        ListView {
            id: list
            objectName: "sessionHistory"
            model: history
            clip: true
            spacing: Theme.spacing / 2
            focus: true
            keyNavigationEnabled: true
            // A reloaded model leaves no current row; the keyboard starts at the first.
            onCountChanged: if (currentIndex < 0 && count > 0) currentIndex = 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Supervision sessions")
            ScrollBar.vertical: ScrollBar {}
            delegate: RecordDelegate {
                id: record
                width: ListView.view.width
                onOpened: page.openSession(record.recordId)
            }
        }
        Label {
            text: qsTr("No supervision sessions recorded yet.")
            visible: list.count === 0
            Layout.fillWidth: true
        }
    }
}
