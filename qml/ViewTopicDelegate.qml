pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Homevisit

// One view topic of checklist item 3: discussed or not discussed ("not discussed" is
// an answer), the child's own words when discussed, and the secretary's notes. What is
// missing comes from the model's `problems` (the domain rules), never from here.
Frame {
    id: topicRow

    required property string topic
    required property string label
    required property string status
    required property string childWords
    required property string notes
    required property bool answered
    required property bool childWordsRequired
    required property list<string> problems

    property ViewTopicsModel topicsModel
    property bool readOnly: false

    objectName: "topic_" + topic
    padding: Theme.spacing / 2
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("The child's views on %1").arg(label)

    background: Rectangle {
        color: Theme.background
        border.color: topicRow.problems.length > 0 ? Theme.attention : Theme.border
        border.width: topicRow.activeFocus ? 3 : 1
        radius: 6
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacing / 2

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing / 2
            Label {
                text: topicRow.label.charAt(0).toUpperCase() + topicRow.label.slice(1)
                font.bold: true
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                visible: topicRow.readOnly
                text: topicRow.status === "discussed" ? qsTr("Discussed")
                      : topicRow.status === "not_discussed" ? qsTr("Not discussed")
                      : qsTr("Not answered")
                font.bold: true
            }
            ChoiceButton {
                Layout.minimumWidth: Theme.touchTarget * 2
                objectName: "topic_" + topicRow.topic + "_discussed"
                text: qsTr("Discussed")
                checked: topicRow.status === "discussed"
                visible: !topicRow.readOnly
                Accessible.name: qsTr("%1: discussed").arg(topicRow.label)
                onClicked: topicRow.topicsModel.setStatus(topicRow.topic, "discussed")
            }
            ChoiceButton {
                Layout.minimumWidth: Theme.touchTarget * 2
                objectName: "topic_" + topicRow.topic + "_not_discussed"
                text: qsTr("Not discussed")
                checked: topicRow.status === "not_discussed"
                visible: !topicRow.readOnly
                Accessible.name: qsTr("%1: not discussed").arg(topicRow.label)
                onClicked: topicRow.topicsModel.setStatus(topicRow.topic, "not_discussed")
            }
        }

        NoteArea {

            Layout.minimumHeight: Theme.touchTarget
            objectName: "topic_" + topicRow.topic + "_words"
            visible: topicRow.childWordsRequired || topicRow.childWords.length > 0
            text: topicRow.childWords
            readOnly: topicRow.readOnly
            placeholderText: qsTr("The child's own words (required)")
            Accessible.name: qsTr("The child's own words on %1").arg(topicRow.label)
            onTextChanged: if (text !== topicRow.childWords)
                               topicRow.topicsModel.setChildWords(topicRow.topic, text)
        }

        NoteArea {

            Layout.minimumHeight: Theme.touchTarget
            objectName: "topic_" + topicRow.topic + "_notes"
            visible: topicRow.answered || topicRow.notes.length > 0
            text: topicRow.notes
            readOnly: topicRow.readOnly
            placeholderText: topicRow.status === "not_discussed" ? qsTr("Why not, or when it will be discussed")
                                                                 : qsTr("Your notes (optional)")
            Accessible.name: qsTr("Your notes on %1").arg(topicRow.label)
            onTextChanged: if (text !== topicRow.notes)
                               topicRow.topicsModel.setNotes(topicRow.topic, text)
        }

        // Not a layout's direct child: on Qt 6.4 a layout can keep a delegate the Repeater
        // destroyed when its model changes and crash in its next rearrange.
        Column {
            id: problemColumn
            spacing: Theme.spacing / 2
            visible: problemColumnRepeater.count > 0
            Layout.fillWidth: true
            Repeater {
                id: problemColumnRepeater
                model: topicRow.problems
                delegate: Label {
                    required property string modelData
                    text: "⚠ " + modelData
                    color: Theme.attention
                    wrapMode: Text.WordWrap
                    width: problemColumn.width
                }
            }
        }
    }
}
