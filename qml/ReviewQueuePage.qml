pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Homevisit

// The supervisor's home page: her team's signed records (synced from the other
// tablets), newest first, with the filters of her internal control (unreviewed,
// concern flag, returned for completion). With team false it is the caseworker's own
// records, opened on the returned ones from her caseload page. The filtering and the
// counts come from RecordListModel.
Page {
    id: page

    property bool team: true
    property int initialFilter: RecordListModel.All

    objectName: "reviewQueuePage"
    background: Rectangle { color: Theme.background }

    // Back from a record: a review or amendment made there shows in the list and counts.
    StackView.onActivated: queue.reload()

    RecordListModel {
        id: queue
        session: Session
        teamOnly: page.team
        filter: page.initialFilter
    }

    function openRecord(recordId: string) {
        page.StackView.view.push(Qt.resolvedUrl("RecordViewPage.qml"),
                                 {recordId: recordId, stack: page.StackView.view});
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Button {
                objectName: "queueBackButton"
                visible: page.StackView.index > 0
                text: qsTr("Back")
                Layout.preferredHeight: Theme.touchTarget
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Back")
                onClicked: page.StackView.view.pop()
            }
            Label {
                text: page.team ? qsTr("The team's records") : qsTr("My records")
                font.pixelSize: Theme.titleFontSize
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                objectName: "unreviewedSummary"
                visible: page.team
                text: qsTr("%n not reviewed", "", queue.unreviewedCount)
                color: queue.unreviewedCount > 0 ? Theme.attention : Theme.ok
                font.bold: true
            }
        }

        // The filter bar: one button per filter with its count. A Row, not a RowLayout:
        // the counts rebuild the buttons, and on Qt 6.4 a layout can keep a delegate the
        // Repeater destroyed and crash in its next rearrange.
        Row {
            id: filterBar
            spacing: Theme.spacing / 2
            Layout.fillWidth: true
            Accessible.role: Accessible.ToolBar
            Accessible.name: qsTr("Filter")

            Repeater {
                model: [
                    {filter: RecordListModel.All, name: "filterAll", label: qsTr("All"), count: queue.allCount},
                    {filter: RecordListModel.Unreviewed, name: "filterUnreviewed", label: qsTr("Unreviewed"), count: queue.unreviewedCount},
                    {filter: RecordListModel.Concern, name: "filterConcern", label: qsTr("Concern"), count: queue.concernCount},
                    {filter: RecordListModel.Returned, name: "filterReturned", label: qsTr("Returned"), count: queue.returnedCount}
                ]
                delegate: Button {
                    id: filterButton
                    required property var modelData
                    objectName: modelData.name
                    text: modelData.label + " (" + modelData.count + ")"
                    checkable: true
                    checked: queue.filter === modelData.filter
                    highlighted: checked
                    leftPadding: Theme.spacing
                    rightPadding: Theme.spacing
                    height: Theme.touchTarget
                    width: Math.max(implicitWidth, Theme.touchTarget * 2)
                    Accessible.role: Accessible.RadioButton
                    Accessible.name: qsTr("%1, %n record(s)", "", modelData.count).arg(modelData.label)
                    Accessible.checked: checked
                    Keys.onReturnPressed: filterButton.clicked()
                    Keys.onEnterPressed: filterButton.clicked()
                    // The model decides what passes; the button only chooses the filter.
                    onClicked: queue.filter = filterButton.modelData.filter
                }
            }
        }

        ListView {
            id: list
            objectName: "reviewList"
            model: queue
            clip: true
            spacing: Theme.spacing / 2
            focus: true
            keyNavigationEnabled: true
            activeFocusOnTab: true
            Layout.fillWidth: true
            Layout.fillHeight: true
            Accessible.role: Accessible.List
            Accessible.name: page.team ? qsTr("The team's records") : qsTr("My records")
            ScrollBar.vertical: ScrollBar {}
            delegate: RecordDelegate {
                id: record
                width: ListView.view.width
                showAuthor: page.team
                showSubject: true
                onOpened: page.openRecord(record.recordId)
            }
        }
        Label {
            objectName: "emptyQueueLabel"
            text: queue.filter === RecordListModel.All
                  ? (page.team ? qsTr("No signed records from the team yet. They arrive with the next sync.")
                               : qsTr("No records yet."))
                  : qsTr("No records match this filter.")
            visible: list.count === 0
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }
}
