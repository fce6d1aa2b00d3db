pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Homevisit

// A signed record, read-only: its sections, its amendments beside it (later
// corrections, with date and reason; the original is never changed) and the
// supervisor's review. A supervisor signs off or returns someone else's record; the
// author adds an amendment to her own. What is allowed comes from RecordViewer.
Page {
    id: page

    required property string recordId
    required property StackView stack

    objectName: "recordViewPage"
    background: Rectangle { color: Theme.background }

    RecordViewer {
        id: viewer
        session: Session
        recordId: page.recordId
    }

    readonly property bool hasSide: viewer.amendments.count > 0 || viewer.reviews.count > 0

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Button {
                objectName: "recordBackButton"
                text: qsTr("Back")
                Layout.preferredHeight: Theme.touchTarget
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Back")
                onClicked: page.stack.pop()
            }
            ColumnLayout {
                spacing: 0
                Layout.fillWidth: true
                Label {
                    objectName: "recordTitle"
                    // "Besök hos Noah Hägg Karlsson 2026-12-03"; the kind alone when no
                    // name is known.
                    text: (viewer.subject.length === 0 ? viewer.kindLabel
                           : viewer.kind === "supervision_session" ? qsTr("Supervision session – %1").arg(viewer.subject)
                           : qsTr("Visit with %1").arg(viewer.subject))
                          + (viewer.eventDate.length > 0 ? " " + viewer.eventDate : "")
                    font.pixelSize: Theme.titleFontSize
                    font.bold: true
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "recordAuthorLabel"
                    text: qsTr("Written by %1").arg(viewer.authorName)
                          + (viewer.isSigned ? " · " + qsTr("signed %1").arg(viewer.signedAt) : " · " + qsTr("draft"))
                    color: Theme.mutedText
                    visible: viewer.ready
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                }
                // Who signed, on which tablet, and whether the signature holds.
                Label {
                    objectName: "signatureText"
                    text: viewer.signatureText
                    visible: viewer.ready && text.length > 0
                    color: viewer.signatureState === "invalid" ? Theme.attention
                           : viewer.isGenuine ? Theme.ok : Theme.mutedText
                    font.bold: viewer.signatureState === "invalid"
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                }
            }
            Label {
                text: qsTr("Concern")
                visible: viewer.concern
                color: Theme.attention
                font.bold: true
            }
        }

        // The review state: what the supervisor decided, and her comment.
        Rectangle {
            objectName: "reviewBanner"
            visible: viewer.ready && viewer.isSigned
            color: viewer.reviewState === "returned" ? Theme.attentionSurface : Theme.surface
            border.color: viewer.reviewState === "returned" ? Theme.attention
                          : viewer.reviewState === "signed_off" ? Theme.ok : Theme.border
            border.width: 2
            radius: 6
            implicitHeight: banner.implicitHeight + Theme.spacing
            Layout.fillWidth: true
            Accessible.role: Accessible.StaticText
            Accessible.name: reviewStateLabel.text + (reviewCommentLabel.visible ? ": " + reviewCommentLabel.text : "")
            ColumnLayout {
                id: banner
                anchors.fill: parent
                anchors.margins: Theme.spacing / 2
                spacing: 2
                Label {
                    id: reviewStateLabel
                    objectName: "reviewStateLabel"
                    text: viewer.reviewStateLabel
                          + (viewer.reviewedBy.length > 0 ? " · " + viewer.reviewedBy + " " + viewer.reviewedAt : "")
                    font.bold: true
                    color: viewer.reviewState === "returned" ? Theme.attention
                           : viewer.reviewState === "signed_off" ? Theme.ok : Theme.text
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Label {
                    id: reviewCommentLabel
                    objectName: "reviewCommentLabel"
                    text: viewer.reviewComment
                    visible: text.length > 0
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }
        }

        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            Layout.fillHeight: true

            ListView {
                id: sectionList
                objectName: "sectionList"
                model: viewer.sections
                clip: true
                spacing: Theme.spacing / 3
                focus: true
                keyNavigationEnabled: true
                activeFocusOnTab: true
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 3
                Accessible.role: Accessible.List
                Accessible.name: qsTr("The record")
                ScrollBar.vertical: ScrollBar {}
                delegate: RecordSectionDelegate {
                    width: ListView.view.width - Theme.spacing
                }
            }

            // Beside the original: the corrections and the reviews, newest last.
            ScrollView {
                id: side
                objectName: "amendmentColumn"
                visible: page.hasSide
                clip: true
                contentWidth: availableWidth
                Layout.fillHeight: true
                Layout.fillWidth: true
                Layout.preferredWidth: 2
                Accessible.role: Accessible.Pane
                Accessible.name: qsTr("Amendments and reviews")
                ColumnLayout {
                    width: side.availableWidth
                    spacing: Theme.spacing / 2
                    Label {
                        text: qsTr("Amendments (later corrections)")
                        visible: viewer.amendments.count > 0
                        font.bold: true
                        Layout.fillWidth: true
                    }
                    // Not a layout's direct child: on Qt 6.4 a layout can keep a delegate the Repeater
                    // destroyed when its model changes and crash in its next rearrange.
                    Column {
                        id: amendmentColumn
                        spacing: Theme.spacing / 2
                        visible: amendmentColumnRepeater.count > 0
                        Layout.fillWidth: true
                        Repeater {
                            id: amendmentColumnRepeater
                            objectName: "amendmentRepeater"
                            model: viewer.amendments
                            delegate: RecordSectionDelegate {
                                width: amendmentColumn.width
                            }
                        }
                    }
                    Label {
                        text: qsTr("Reviews")
                        visible: viewer.reviews.count > 0
                        font.bold: true
                        topPadding: Theme.spacing / 2
                        Layout.fillWidth: true
                    }
                    // Not a layout's direct child: on Qt 6.4 a layout can keep a delegate the Repeater
                    // destroyed when its model changes and crash in its next rearrange.
                    Column {
                        id: reviewColumn
                        spacing: Theme.spacing / 2
                        visible: reviewColumnRepeater.count > 0
                        Layout.fillWidth: true
                        Repeater {
                            id: reviewColumnRepeater
                            model: viewer.reviews
                            delegate: RecordSectionDelegate {
                                width: reviewColumn.width
                            }
                        }
                    }
                }
            }
        }

        Label {
            objectName: "recordMessage"
            text: viewer.message
            visible: text.length > 0 && !reviewDialog.visible && !amendmentDialog.visible
            color: Theme.attention
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }

        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            visible: viewer.canAmend || viewer.canReview
            Item { Layout.fillWidth: true }
            Button {
                objectName: "amendButton"
                visible: viewer.canAmend
                text: qsTr("Make a correction")
                Layout.preferredHeight: Theme.touchTarget
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Make a correction to this signed record")
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                onClicked: amendmentDialog.open()
            }
            Button {
                objectName: "returnButton"
                visible: viewer.canReview
                text: qsTr("Return for completion")
                Layout.preferredHeight: Theme.touchTarget
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Return the record to the author for completion")
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                onClicked: {
                    reviewDialog.returning = true;
                    reviewDialog.open();
                }
            }
            Button {
                objectName: "signOffButton"
                visible: viewer.canReview
                text: qsTr("Sign off")
                highlighted: true
                Layout.preferredHeight: Theme.touchTarget
                Layout.minimumWidth: Theme.touchTarget * 2
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Sign off the record")
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                onClicked: {
                    reviewDialog.returning = false;
                    reviewDialog.open();
                }
            }
        }
    }

    ReviewDialog {
        id: reviewDialog
        viewer: viewer
    }
    AmendmentDialog {
        id: amendmentDialog
        viewer: viewer
    }
}
