import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Homevisit

// One part of a read-only record (RecordViewer's sections): a heading, a question and
// its answer, a text, the child's own words, a concern; or an amendment or review with
// its date and author. Amendments are marked as later corrections, never mixed into
// the original's text.
Rectangle {
    id: section

    required property string kind
    required property string label
    required property string value
    required property string detail
    required property string date
    required property string author
    required property string signature
    required property bool genuine

    readonly property bool boxed: kind === "amendment" || kind === "review" || kind === "warning"
    readonly property bool returned: kind === "review" && detail === "returned"

    implicitHeight: column.implicitHeight + (boxed ? Theme.spacing : Theme.spacing / 3)
    color: kind === "warning" || returned ? Theme.attentionSurface
           : kind === "amendment" || kind === "review" ? Theme.surface : "transparent"
    border.color: kind === "amendment" ? Theme.accent : returned || kind === "warning" ? Theme.attention
                  : Theme.border
    border.width: boxed ? (kind === "amendment" ? 2 : 1) : 0
    radius: 6

    Accessible.role: kind === "heading" ? Accessible.Heading : Accessible.StaticText
    Accessible.name: (section.kind === "amendment"
                      ? qsTr("Amendment %1 by %2: %3. Reason: %4").arg(section.date).arg(section.author)
                        .arg(section.value).arg(section.detail)
                      : section.kind === "review"
                        ? section.label + " " + section.date + " " + section.author + (section.value.length > 0 ? ": " + section.value : "")
                        : section.label + (section.value.length > 0 ? ": " + section.value : "")
                          + (section.detail.length > 0 ? ". " + section.detail : ""))
                     + (section.genuine ? "" : ". " + section.signature)

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: section.boxed ? Theme.spacing / 2 : 0
        spacing: 2

        Label {
            text: section.kind === "amendment"
                  ? qsTr("Amendment, added %1 by %2").arg(section.date).arg(section.author)
                  : section.kind === "review" ? section.label + " · " + section.date + " · " + section.author
                  : section.label
            font.bold: true
            font.pixelSize: section.kind === "heading" ? Theme.titleFontSize * 0.8 : Theme.smallFontSize
            color: section.kind === "heading" ? Theme.text
                   : section.kind === "amendment" ? Theme.accent
                   : section.kind === "warning" || section.returned ? Theme.attention : Theme.mutedText
            topPadding: section.kind === "heading" ? Theme.spacing : 0
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            // The child's own words are quoted: they are hers, not the secretary's.
            text: section.kind === "words" ? "”" + section.value + "”" : section.value
            visible: section.value.length > 0 && section.kind !== "heading"
            font.italic: section.kind === "words"
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            text: section.signature
            visible: text.length > 0
            color: section.genuine ? Theme.mutedText : Theme.attention
            font.bold: !section.genuine
            font.pixelSize: Theme.smallFontSize
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            text: section.kind === "amendment" ? qsTr("Reason: %1").arg(section.detail) : section.detail
            visible: section.detail.length > 0 && section.kind !== "review"
            color: Theme.mutedText
            font.pixelSize: Theme.smallFontSize
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }
}
