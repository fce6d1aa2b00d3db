pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Homevisit

// The foster-home secretary's home page: my foster homes, overdue first, then by the
// date the next supervision session is due (FosterHomeListModel decides both).
Page {
    id: page

    signal fosterHomeOpened(string fosterHomeId)

    objectName: "fosterHomesPage"
    background: Rectangle { color: Theme.background }

    FosterHomeListModel {
        id: homes
        objectName: "fosterHomes"
        session: Session
    }

    // Back from a session: its signature may have moved the next date.
    StackView.onActivated: homes.reload()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        // Anchored, not a RowLayout: in Qt 6.4 the row kept the overdue label's width
        // from before the model loaded, and the label ran off the window's edge.
        Item {
            Layout.fillWidth: true
            implicitHeight: title.implicitHeight
            Label {
                id: title
                text: qsTr("My foster homes")
                font.pixelSize: Theme.titleFontSize
                font.bold: true
                elide: Text.ElideRight
                anchors.left: parent.left
                anchors.right: overdueLabel.left
                anchors.rightMargin: Theme.spacing
            }
            Label {
                id: overdueLabel
                objectName: "overdueHomesLabel"
                text: qsTr("%n overdue", "", homes.overdueCount)
                visible: homes.overdueCount > 0
                color: Theme.attention
                font.bold: true
                anchors.right: parent.right
                anchors.verticalCenter: title.verticalCenter
            }
        }
        ListView {
            id: list
            objectName: "fosterHomeList"
            model: homes
            clip: true
            spacing: Theme.spacing / 2
            focus: true
            keyNavigationEnabled: true
            // A reloaded model leaves no current row; the keyboard starts at the first.
            onCountChanged: if (currentIndex < 0 && count > 0) currentIndex = 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("My foster homes")
            ScrollBar.vertical: ScrollBar {}
            delegate: FosterHomeDelegate {
                id: home
                width: ListView.view.width
                onOpened: page.fosterHomeOpened(home.fosterHomeId)
            }
        }
        Label {
            text: qsTr("No foster homes assigned to you yet. They arrive with the next sync.")
            visible: homes.ready && list.count === 0
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }
}
