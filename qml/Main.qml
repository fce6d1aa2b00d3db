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

    // Her tablets: the notice about a new one above every page (docs/security.md,
    // "Re-enrollment and new devices").
    DeviceListModel {
        id: devices
        session: Session
    }
    DeviceNotice {
        id: deviceNotice
        objectName: "deviceNotice"
        devices: devices
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        visible: Session.state === Session.Unlocked
                 && (devices.notice.length > 0 || devices.waitingText.length > 0)
        onDevicesRequested: pages.push(Qt.resolvedUrl("DevicesPage.qml"), {devices: devices})
    }

    StackView {
        id: pages
        objectName: "pages"
        anchors.fill: parent
        anchors.topMargin: deviceNotice.visible ? deviceNotice.height : 0
        anchors.bottomMargin: window.keyboardHeight
        visible: Session.state === Session.Unlocked
    }

    // The first page follows the role: a social secretary's children, a foster-home
    // secretary's foster homes, a supervisor's review queue. Unlocking again keeps the
    // stack, so the user returns to the screen she left.
    property int homeRole: -1
    function showHome() {
        pages.clear();
        window.homeRole = Session.role;
        if (Session.role === Session.FosterHomeSecretary)
            pages.push(fosterHomes);
        else if (Session.role === Session.Supervisor)
            pages.push(reviewQueue);
        else
            pages.push(caseload);
    }
    Connections {
        target: Session
        function onStateChanged() {
            if (Session.state === Session.Unlocked) {
                if (pages.depth === 0 || window.homeRole !== Session.role)
                    window.showHome();
            } else if (Session.state === Session.Enrollment || Session.state === Session.Erased) {
                pages.clear();
                window.homeRole = -1;
            }
        }
    }

    Component {
        id: reviewQueue
        ReviewQueuePage {}
    }
    Component {
        id: caseload
        CaseloadPage {
            onChildOpened: (childId, name, summary) => pages.push(
                               Qt.resolvedUrl("ChildPage.qml"),
                               {childId: childId, childName: name, summary: summary, stack: pages})
        }
    }
    Component {
        id: fosterHomes
        FosterHomesPage {
            onFosterHomeOpened: fosterHomeId => pages.push(Qt.resolvedUrl("FosterHomePage.qml"),
                                                           {fosterHomeId: fosterHomeId, stack: pages})
        }
    }

    // The lock screens are a popup above every other popup, so a dialog that was open
    // when the tablet locked (settings, signing) stays covered until the PIN is given.
    Popup {
        id: lockScreen
        objectName: "lockScreen"
        parent: Overlay.overlay
        x: 0
        y: 0
        z: 1000
        width: window.width
        height: window.height - window.keyboardHeight
        padding: 0
        modal: true
        // A modal popup without a dimmer refuses every press outside itself, the on-screen
        // keyboard's too; with one (invisible here) it refuses presses on what lies below it
        // only, and the keyboard above it gets the PIN (tests/ui_keyboard).
        dim: true
        Overlay.modal: Item {}
        focus: true
        closePolicy: Popup.NoAutoClose
        visible: Session.state !== Session.Unlocked
        contentItem: Loader {
            focus: true
            sourceComponent: Session.state === Session.Enrollment ? enrollment
                             : Session.state === Session.Erased ? erased : unlock
        }
    }

    Component {
        id: unlock
        UnlockPage {}
    }
    Component {
        id: enrollment
        EnrollmentPage {}
    }
    Component {
        id: erased
        ErasedPage {}
    }

    SettingsDialog {
        id: settingsDialog
        anchors.centerIn: parent
        onDevicesRequested: pages.push(Qt.resolvedUrl("DevicesPage.qml"), {devices: devices})
    }

    // The on-screen keyboard of a touch kiosk (qml/onscreenkeyboard.h says when). In the
    // overlay above every popup, the lock screen's included: the PIN is typed there. From
    // its own file, so the app starts where Qt Virtual Keyboard is not installed.
    Loader {
        id: keyboard
        objectName: "keyboardLoader"
        parent: Overlay.overlay
        z: 2000
        width: window.width
        y: window.height - window.keyboardHeight
        active: OnScreenKeyboard.enabled
        // Built between frames: the panel costs about as much as the rest of the first
        // screen, and the PIN field shows first (bench_ui_startup).
        asynchronous: true
        source: "KeyboardPanel.qml"
    }
    // What the keyboard covers; the pages and the lock screen end above it.
    readonly property real keyboardHeight: keyboard.status === Loader.Ready
                                           && OnScreenKeyboard.shown ? keyboard.height : 0
}
