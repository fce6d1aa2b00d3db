import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Homevisit

// One record in a list: the date, draft or signed, its sync state (with the server's
// reason when refused), the concern flag and the supervisor's review; in the review
// queue (showAuthor) also whom it is about and who wrote it, by name: "Besök hos Noah
// Hägg Karlsson · Anna Lind".
ItemDelegate {
    id: row

    required property string recordId
    required property string eventDate
    required property bool signed
    required property bool concern
    required property string syncState
    required property string syncLabel
    required property string syncReason
    required property int amendments
    required property string review
    required property string reviewComment
    required property string kind
    required property string authorName
    required property string subject
    required property string signatureState
    required property string signatureWarning

    // Lists across children: a line with the child (or foster home), and in the review
    // queue the author's name.
    property bool showAuthor: false
    property bool showSubject: showAuthor

    signal opened()

    readonly property string reviewText: review === "signed_off" ? qsTr("Signed off")
                                         : review === "returned" ? qsTr("Returned for completion")
                                         : ""

    height: Math.max(Theme.touchTarget * 1.3, implicitContentHeight + topPadding + bottomPadding)
    Accessible.role: Accessible.ListItem
    // What it is and whom it is about; the bare kind when the tablet knows no name.
    readonly property string whatText: kind === "supervision_session"
                                       ? (subject.length > 0 ? qsTr("Supervision session – %1").arg(subject)
                                                             : qsTr("Supervision session"))
                                       : (subject.length > 0 ? qsTr("Visit with %1").arg(subject)
                                                             : qsTr("Child visit"))
    readonly property string whoText: whatText + (showAuthor ? " · " + authorName : "")

    Accessible.name: eventDate + ", " + (showSubject ? whoText + ", " : "")
                     + (signed ? qsTr("signed") : qsTr("draft")) + ", " + syncLabel
                     + (concern ? ", " + qsTr("Concern") : "")
                     + (reviewText.length > 0 ? ", " + reviewText : "")
                     + (signatureWarning.length > 0 ? ", " + signatureWarning : "")
    onClicked: row.opened()
    Keys.onReturnPressed: row.opened()

    background: Rectangle {
        color: row.review === "returned" || row.syncState === "refused"
               || row.signatureState === "invalid" ? Theme.attentionSurface : Theme.surface
        border.color: row.activeFocus ? Theme.accent : Theme.border
        border.width: row.activeFocus ? 3 : 1
        radius: 6
    }

    contentItem: ColumnLayout {
        spacing: 2
        RowLayout {
            Layout.fillWidth: true
            Label {
                text: row.eventDate + " · " + (row.signed ? qsTr("Signed") : qsTr("Draft"))
                      + (row.amendments > 0 ? " · " + qsTr("%n amendment(s)", "", row.amendments) : "")
                font.bold: true
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Concern")
                visible: row.concern
                color: Theme.attention
                font.bold: true
            }
            Label {
                text: row.syncLabel
                color: row.syncState === "refused" ? Theme.attention
                       : row.syncState === "synced" ? Theme.ok : Theme.mutedText
            }
        }
        Label {
            objectName: "recordWhoLabel"
            text: row.whoText
            visible: row.showSubject
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            text: row.signatureWarning
            visible: text.length > 0
            color: Theme.attention
            font.bold: true
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            text: row.syncReason
            visible: row.syncState === "refused" && text.length > 0
            color: Theme.attention
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            text: row.reviewText + (row.reviewComment.length > 0 ? ": " + row.reviewComment : "")
            visible: row.reviewText.length > 0
            color: row.review === "returned" ? Theme.attention : Theme.ok
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }
}
