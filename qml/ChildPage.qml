import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Homevisit

// One child: the placement in a line, a new visit, and the visit history with each
// record's sync and review state.
Page {
    id: page

    required property string childId
    required property string childName
    required property string summary
    required property StackView stack

    background: Rectangle { color: Theme.background }

    RecordListModel {
        id: history
        session: Session
        childId: page.childId
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            Button {
                text: qsTr("Back")
                Layout.preferredHeight: Theme.touchTarget
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Back to my children")
                onClicked: page.stack.pop()
            }
            Label {
                text: page.childName
                font.pixelSize: Theme.titleFontSize
                font.bold: true
                Layout.fillWidth: true
                elide: Text.ElideRight
            }
            Button {
                objectName: "newVisitButton"
                text: qsTr("New visit")
                highlighted: true
                Layout.preferredHeight: Theme.touchTarget
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Start a new visit with %1").arg(page.childName)
                onClicked: page.stack.push(Qt.resolvedUrl("ChildVisitPage.qml"),
                                           {childId: page.childId, recordId: "", stack: page.stack})
            }
        }
        Label {
            text: page.summary
            color: Theme.mutedText
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("Visits")
            font.bold: true
        }
        ListView {
            id: list
            objectName: "visitHistoryList"
            model: history
            clip: true
            spacing: Theme.spacing / 2
            keyNavigationEnabled: true
            // A reloaded model leaves no current row; the keyboard starts at the first.
            onCountChanged: if (currentIndex < 0 && count > 0) currentIndex = 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Visits")
            delegate: RecordDelegate {
                width: ListView.view.width
                // A signed visit opens read-only (amendments, the review); a draft in the editor.
                // qmllint disable unqualified
                onOpened: signed ? page.stack.push(Qt.resolvedUrl("RecordViewPage.qml"),
                                                   {recordId: recordId, stack: page.stack})
                                 : page.stack.push(Qt.resolvedUrl("ChildVisitPage.qml"),
                                                   {childId: page.childId, recordId: recordId, stack: page.stack})
                // qmllint enable unqualified
            }
        }
        Label {
            text: qsTr("No visits recorded yet.")
            visible: list.count === 0
        }
    }
}
