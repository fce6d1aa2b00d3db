import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Homevisit

// One child: name and age, the foster home, and when the next visit is due.
ItemDelegate {
    id: row

    required property string childId
    required property string name
    required property int age
    required property string fosterHome
    required property string address
    required property string legalBasis
    required property string dueText
    required property bool overdue

    signal opened()

    height: Math.max(Theme.touchTarget * 1.4, implicitContentHeight + topPadding + bottomPadding)
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1, %2 years, %3, next visit %4").arg(name).arg(age).arg(fosterHome).arg(dueText)
    onClicked: row.opened()
    Keys.onReturnPressed: row.opened()

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
                text: qsTr("%1, %2 years").arg(row.name).arg(row.age)
                font.bold: true
                Layout.fillWidth: true
                elide: Text.ElideRight
            }
            Label {
                text: row.fosterHome + (row.legalBasis.length > 0 ? " · " + row.legalBasis : "")
                color: Theme.mutedText
                font.pixelSize: Theme.smallFontSize
                Layout.fillWidth: true
                elide: Text.ElideRight
            }
        }
        Label {
            text: row.overdue ? "⚠ " + row.dueText : row.dueText
            color: row.overdue ? Theme.attention : Theme.text
            font.bold: row.overdue
        }
    }
}
