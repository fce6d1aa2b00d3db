import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Homevisit

// One foster home: the family, the kind of home and the children placed there, and
// when the next supervision session is due.
ItemDelegate {
    id: row

    required property string fosterHomeId
    required property string familyName
    required property string address
    required property string homeTypeLabel
    required property string childrenText
    required property string lastSession
    required property string dueText
    required property bool overdue
    required property int draftCount

    signal opened()

    objectName: "fosterHome_" + fosterHomeId
    height: Math.max(Theme.touchTarget * 1.4, implicitContentHeight + topPadding + bottomPadding)
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1, %2, next session %3").arg(familyName).arg(homeTypeLabel).arg(dueText)
    onClicked: row.opened()
    Keys.onReturnPressed: row.opened()
    Keys.onEnterPressed: row.opened()
    Keys.onSpacePressed: row.opened()

    background: Rectangle {
        color: row.overdue ? Theme.attentionSurface : Theme.surface
        border.color: row.activeFocus ? Theme.accent : Theme.border
        border.width: row.activeFocus ? 3 : 1
        radius: 6
    }

    contentItem: RowLayout {
        spacing: Theme.spacing
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Label {
                text: row.familyName
                font.bold: true
                Layout.fillWidth: true
                elide: Text.ElideRight
            }
            Label {
                text: row.homeTypeLabel
                      + (row.childrenText.length > 0 ? " · " + row.childrenText : "")
                color: Theme.mutedText
                font.pixelSize: Theme.smallFontSize
                Layout.fillWidth: true
                elide: Text.ElideRight
            }
        }
        Label {
            text: qsTr("%n draft(s)", "", row.draftCount)
            visible: row.draftCount > 0
            color: Theme.mutedText
            font.pixelSize: Theme.smallFontSize
        }
        ColumnLayout {
            spacing: 2
            Label {
                text: row.overdue ? "⚠ " + row.dueText : row.dueText
                color: row.overdue ? Theme.attention : Theme.text
                font.bold: row.overdue
                Layout.alignment: Qt.AlignRight
            }
            Label {
                text: row.lastSession.length > 0 ? qsTr("Last session %1").arg(row.lastSession)
                                                 : qsTr("No session yet")
                color: Theme.mutedText
                font.pixelSize: Theme.smallFontSize
                Layout.alignment: Qt.AlignRight
            }
        }
    }
}
