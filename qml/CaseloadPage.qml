import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Homevisit

// My children: overdue first, then by the date the next visit is due.
Page {
    id: page

    signal childOpened(string childId, string name, string summary)

    background: Rectangle { color: Theme.background }

    CaseloadModel {
        id: caseload
        session: Session
    }
    RecordListModel {
        id: returned
        session: Session
        filter: RecordListModel.Returned
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("My children")
                font.pixelSize: Theme.titleFontSize
                font.bold: true
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("%n overdue", "", caseload.overdueCount)
                visible: caseload.overdueCount > 0
                color: Theme.attention
                font.bold: true
            }
            // Records the supervisor returned for completion (they arrive with a sync).
            Button {
                objectName: "returnedButton"
                visible: returned.returnedCount > 0
                text: qsTr("%n returned for completion", "", returned.returnedCount)
                Layout.preferredHeight: Theme.touchTarget
                Accessible.role: Accessible.Button
                Accessible.name: text
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                onClicked: page.StackView.view.push(Qt.resolvedUrl("ReviewQueuePage.qml"),
                                                    {team: false, initialFilter: RecordListModel.Returned})
            }
        }
        ListView {
            id: list
            objectName: "caseloadList"
            model: caseload
            clip: true
            spacing: Theme.spacing / 2
            focus: true
            keyNavigationEnabled: true
            // A reloaded model leaves no current row; the keyboard starts at the first.
            onCountChanged: if (currentIndex < 0 && count > 0) currentIndex = 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("My children")
            delegate: CaseloadDelegate {
                width: ListView.view.width
                // Qt 6.4 has no "pragma ComponentBehavior: Bound", so qmllint cannot see
                // that the delegate only lives inside this page.
                // qmllint disable unqualified
                onOpened: page.childOpened(childId, name,
                                           fosterHome + " · " + address + " · " + legalBasis)
                // qmllint enable unqualified
            }
        }
        Label {
            text: qsTr("No children in your caseload yet. They arrive with the next sync.")
            visible: caseload.ready && list.count === 0
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }
}
