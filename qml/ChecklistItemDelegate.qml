pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Homevisit

// One item of the child-participation checklist: the question, whether it is required
// and done, the answer buttons, and the follow-up the answer calls for (the reason when
// the child was not spoken with alone, the views topic by topic, a concern to
// describe). Which follow-up shows, and what is still missing, comes from the model.
Frame {
    id: item

    required property int index
    required property string key
    required property int number
    required property string label
    required property bool required
    required property bool answered
    required property bool done
    required property string kind
    required property var value // a string, or a list of strings for "multi"
    required property var options // [{value, label}]
    required property list<string> problems
    required property string summary
    required property bool reasonVisible
    required property string reason
    required property var reasonOptions // [{value, label}]
    required property bool reasonTextVisible
    required property string reasonText
    required property bool detailVisible
    required property bool detailRequired
    required property string detailLabel
    required property string detailText

    property ParticipationChecklistModel checklist
    property ViewTopicsModel topics
    property bool readOnly: false

    readonly property string stateText: item.done ? qsTr("Done")
                                        : item.required && !item.answered ? qsTr("Required")
                                        : item.answered ? qsTr("Something is missing")
                                        : qsTr("Optional")

    // A signed visit shows its answers as text (full contrast), not as disabled buttons.
    readonly property string answerText: item.kind === "topics" ? ""
                                         : item.labelsOf(item.options, item.kind === "multi" ? item.value : [item.value])
    readonly property string reasonLabel: item.labelsOf(item.reasonOptions, [item.reason])

    function labelsOf(options: var, values: var): string {
        const labels = [];
        for (const option of options)
            if (values.indexOf(option.value) >= 0)
                labels.push(option.label);
        return labels.length > 0 ? labels.join(", ") : qsTr("Not answered");
    }

    objectName: "checklist_" + key
    padding: Theme.spacing
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Item %1: %2. %3").arg(number).arg(label).arg(stateText)

    background: Rectangle {
        color: item.required && !item.done ? Theme.attentionSurface : Theme.surface
        border.color: item.done ? Theme.ok : item.required ? Theme.attention : Theme.border
        border.width: 2
        radius: 8
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacing / 2

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Rectangle {
                implicitWidth: Theme.touchTarget * 0.8
                implicitHeight: implicitWidth
                radius: width / 2
                color: item.done ? Theme.ok : item.required ? Theme.attention : Theme.border
                Layout.alignment: Qt.AlignTop
                Label {
                    anchors.centerIn: parent
                    text: item.done ? "✓" : String(item.number)
                    color: Theme.textOnAccent
                    font.bold: true
                }
            }
            Label {
                text: item.label
                font.bold: true
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "checklist_" + item.key + "_state"
                text: item.stateText
                color: item.done ? Theme.ok : item.required ? Theme.attention : Theme.mutedText
                font.bold: item.required
                Layout.alignment: Qt.AlignTop
            }
        }

        // yes / no, or the safety answer: one choice.
        Label {
            objectName: "answerText"
            visible: item.readOnly && item.kind !== "topics"
            text: item.answerText
            font.bold: true
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }

        Flow {
            visible: !item.readOnly && (item.kind === "yes_no" || item.kind === "choice")
            spacing: Theme.spacing / 2
            Layout.fillWidth: true
            Repeater {
                model: item.kind === "yes_no" || item.kind === "choice" ? item.options : []
                delegate: ChoiceButton {
                    required property var modelData
                    objectName: "answer_" + item.key + "_" + modelData.value
                    text: modelData.label
                    checked: item.value === modelData.value
                    enabled: !item.readOnly
                    Accessible.name: qsTr("%1: %2").arg(item.label).arg(modelData.label)
                    onClicked: item.checklist.setAnswer(item.key, modelData.value)
                }
            }
        }

        // The methods: any number of them.
        Flow {
            visible: !item.readOnly && item.kind === "multi"
            spacing: Theme.spacing / 2
            Layout.fillWidth: true
            Repeater {
                model: item.kind === "multi" ? item.options : []
                delegate: CheckBox {
                    id: methodBox
                    required property var modelData
                    objectName: "answer_" + item.key + "_" + modelData.value
                    text: modelData.label
                    checked: item.value.indexOf(modelData.value) >= 0
                    enabled: !item.readOnly
                    implicitHeight: Theme.touchTarget
                    Accessible.role: Accessible.CheckBox
                    Accessible.name: qsTr("%1: %2").arg(item.label).arg(modelData.label)
                    // The model decides; the box follows its binding again afterwards.
                    onToggled: item.checklist.setMethod(methodBox.modelData.value, methodBox.checked)
                    Keys.onReturnPressed: item.checklist.setMethod(methodBox.modelData.value, !methodBox.checked)
                    Keys.onEnterPressed: item.checklist.setMethod(methodBox.modelData.value, !methodBox.checked)
                }
            }
        }

        // Item 2, answered no: why (IVO wants the reason a child was not heard).
        ColumnLayout {
            objectName: "reasonSection"
            visible: item.reasonVisible
            spacing: Theme.spacing / 2
            Layout.fillWidth: true
            Label {
                text: qsTr("Why was the child not spoken with alone?")
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                visible: item.readOnly
                text: item.reasonLabel
                font.bold: true
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Flow {
                visible: !item.readOnly
                spacing: Theme.spacing / 2
                Layout.fillWidth: true
                Repeater {
                    model: item.reasonVisible ? item.reasonOptions : []
                    delegate: ChoiceButton {
                        required property var modelData
                        objectName: "reason_" + modelData.value
                        text: modelData.label
                        checked: item.reason === modelData.value
                        enabled: !item.readOnly
                        Accessible.name: qsTr("Reason: %1").arg(modelData.label)
                        onClicked: item.checklist.setReason(modelData.value)
                    }
                }
            }
            NoteArea {
                Layout.minimumHeight: Theme.touchTarget
                objectName: "reasonText"
                visible: item.reasonTextVisible
                text: item.reasonText
                readOnly: item.readOnly
                placeholderText: qsTr("Explain why (required)")
                Accessible.name: qsTr("Explain why the child was not spoken with alone")
                onTextChanged: if (text !== item.reasonText) item.checklist.setReasonText(text)
            }
        }

        // Item 3: the views, topic by topic.
        ColumnLayout {
            visible: item.kind === "topics"
            spacing: Theme.spacing / 2
            Layout.fillWidth: true
            Label {
                text: item.summary
                color: Theme.mutedText
                Layout.fillWidth: true
            }
            // Not a layout's direct child: on Qt 6.4 a layout can keep a delegate the Repeater
            // destroyed when its model changes and crash in its next rearrange.
            Column {
                id: topicColumn
                spacing: Theme.spacing / 2
                visible: topicColumnRepeater.count > 0
                Layout.fillWidth: true
                Repeater {
                    id: topicColumnRepeater
                    model: item.kind === "topics" ? item.topics : null
                    delegate: ViewTopicDelegate {
                        topicsModel: item.topics
                        readOnly: item.readOnly
                        width: topicColumn.width
                    }
                }
            }
        }

        // Items 4, 7 and 8: the text the answer calls for.
        NoteArea {
            Layout.minimumHeight: Theme.touchTarget
            objectName: "detail_" + item.key
            visible: item.detailVisible
            text: item.detailText
            readOnly: item.readOnly
            placeholderText: item.detailRequired ? qsTr("%1 (required)").arg(item.detailLabel)
                                                 : item.detailLabel
            Accessible.name: item.detailLabel
            onTextChanged: if (text !== item.detailText) item.checklist.setDetailText(item.key, text)
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
                model: item.problems
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
