import QtQuick
import QtQuick.Controls
import Homevisit

// The window: the pages of an unlocked session in a StackView, and the lock screens on
// top of it. Locking covers the pages instead of clearing them, so unlocking returns
// to the same screen (the models reload; nothing of the journal stays while locked).
ApplicationWindow {
    id: window

    required property bool kiosk

    width: 1280
    height: 800
    visible: true
    visibility: kiosk ? Window.FullScreen : Window.AutomaticVisibility
    flags: kiosk ? (Qt.Window | Qt.FramelessWindowHint | Qt.WindowStaysOnTopHint) : Qt.Window
    title: qsTr("Hembesök")
    color: Theme.background
    font.pixelSize: Theme.fontSize

    // A kiosk has no way out to the desktop: closing the window is refused.
    onClosing: close => close.accepted = !window.kiosk

    header: AppHeader {
        visible: Session.state === Session.Unlocked
        onSettingsRequested: settingsDialog.open()
        onHomeRequested: pages.pop(null)
    }

    StackView {
        id: pages
        anchors.fill: parent
        visible: Session.state === Session.Unlocked
        initialItem: caseload
    }

    Component {
        id: caseload
        CaseloadPage {
            onChildOpened: (childId, name, summary) => pages.push(
                               Qt.resolvedUrl("ChildPage.qml"),
                               {childId: childId, childName: name, summary: summary, stack: pages})
        }
    }

    Loader {
        id: lockScreen
        anchors.fill: parent
        active: Session.state !== Session.Unlocked
        sourceComponent: Session.state === Session.Enrolment ? enrolment
                         : Session.state === Session.Erased ? erased : unlock
    }

    Component {
        id: unlock
        UnlockPage {}
    }
    Component {
        id: enrolment
        EnrolmentPage {}
    }
    Component {
        id: erased
        ErasedPage {}
    }

    SettingsDialog {
        id: settingsDialog
        anchors.centerIn: parent
    }
}
