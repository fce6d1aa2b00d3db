// The foster-home secretary's pages (FosterHomesPage, FosterHomePage,
// SupervisionSessionPage, its sign dialog and the family's rating) in an offscreen
// window on a real store, driven with the keyboard as a hardware-keyboard user would:
// the overdue home first, signing blocked until the required fields are filled, then
// signed; the family's hand-over cannot be left without the PIN and the rating lands
// in the record. Screenshots at 1280x800 into $SUPERVISION_SCREENSHOTS when set.
#include "catchrunner.h"

#include <catch2/catch.hpp>

#include "qml/qmltypes.h"
#include "qml/supervisiontypes.h"
#include "qml/visittypes.h"
#include "supervisionfixture.h"
#include "uidriver.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTest>

Q_IMPORT_QML_PLUGIN(HomevisitPlugin)

using namespace homevisit;
using namespace homevisit::ui;
using homevisit::test::waitFor;

using homevisit::test::findItem;

namespace {

// The pages as Main.qml stacks them for a foster-home secretary.
const QByteArray hostQml = R"(
import QtQuick
import QtQuick.Controls
import Homevisit

ApplicationWindow {
    id: window
    width: 1280
    height: 800
    visible: true
    font.pixelSize: Theme.fontSize // as Main.qml
    StackView {
        id: stack
        objectName: "stack"
        anchors.fill: parent
        initialItem: FosterHomesPage {
            onFosterHomeOpened: fosterHomeId => stack.push(Qt.resolvedUrl("qrc:/Homevisit/FosterHomePage.qml"),
                                                           {fosterHomeId: fosterHomeId, stack: stack})
        }
    }
}
)";

bool isInside(QQuickItem *item, QQuickItem *ancestor)
{
    for (; item; item = item->parentItem())
        if (item == ancestor)
            return true;
    return false;
}

struct SupervisionWindow : test::UiDriver
{
    test::SupervisionTablet tablet;
    SyncIndicator indicator{tablet.session.get()};
    UiSettings settings{tablet.user.path()};
    QQmlApplicationEngine engine;

    SupervisionWindow()
    {
        SessionSingleton::instance = tablet.session.get();
        SyncIndicatorSingleton::instance = &indicator;
        UiSettingsSingleton::instance = &settings;
        engine.addImportPath(QStringLiteral("qrc:/"));
        engine.loadData(hostQml, QUrl(QStringLiteral("qrc:/ui_supervision_test/Host.qml")));
        REQUIRE(engine.rootObjects().size() == 1);
        window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        REQUIRE(window);
        REQUIRE(QTest::qWaitForWindowExposed(window));
        REQUIRE(waitFor([&] {
            QQuickItem *list = item("fosterHomeList");
            return list && list->property("count").toInt() == 11;
        }));
    }

    QObject *top() { return item("stack")->property("currentItem").value<QObject *>(); }
    SupervisionSessionEditor *editor()
    {
        return qvariant_cast<SupervisionSessionEditor *>(top()->property("editor"));
    }

    void openNewSession()
    {
        openRow("fosterHomeList", 0); // the overdue home
        REQUIRE(waitFor([&] { return top()->objectName() == "fosterHomePage"; }));
        press("newSessionButton");
        REQUIRE(waitFor([&] { return top()->objectName() == "supervisionSessionPage"; }));
        REQUIRE(waitFor([&] { return editor() && editor()->ready(); }));
    }

    void snapshot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("SUPERVISION_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        // After the StackView's push transition and the layouts' polish.
        REQUIRE(waitFor([&] { return !item("stack")->property("busy").toBool(); }));
        QTest::qWait(300);
        window->grabWindow().save(dir + u'/' + name + QStringLiteral(".png"));
    }

    QObject *popup(const QString &name) { return top()->findChild<QObject *>(name); }
    bool popupVisible(const QString &name) { return popup(name)->property("visible").toBool(); }
};

} // namespace

TEST_CASE("QML: my foster homes, overdue first; a foster home's page", "[qml][fosterhomes]")
{
    SupervisionWindow w;
    w.snapshot("foster-homes");
    QQuickItem *overdue = w.item("overdueHomesLabel");
    CHECK(overdue->property("text").toString() == "1 overdue");
    CHECK(overdue->isVisible());
    // Beside the title at the right, whole: not over the title, not off the edge.
    CHECK(overdue->x() > w.window->width() / 2);
    CHECK(overdue->mapToScene({overdue->width(), 0}).x() <= w.window->width());
    QQuickItem *first = w.item("fosterHome_" + w.tablet.overdueHome);
    REQUIRE(first);
    CHECK(first->y() == 0); // the first row

    w.openRow("fosterHomeList", 0);
    REQUIRE(waitFor([&] { return w.top()->objectName() == "fosterHomePage"; }));
    REQUIRE(waitFor([&] {
        QQuickItem *t = w.item("fosterHomeTitle");
        return t && t->property("text").toString() == "Familjen Hägg";
    }));
    CHECK(w.item("placedChildren")->property("text").toString().contains("Noah Hägg Karlsson"));
    REQUIRE(waitFor([&] { return w.item("sessionHistory")->property("count").toInt() == 6; }));
    w.snapshot("foster-home");
}

TEST_CASE("QML: signing is blocked until the required fields are filled, then signed",
          "[qml][sign]")
{
    SupervisionWindow w;
    w.openNewSession();
    CHECK(w.item("saveIndicator")->property("text").toString() == "Saved");
    w.snapshot("session-new");

    // The dialog lists exactly what blocks signing; no PIN field yet.
    w.press("signButton");
    REQUIRE(waitFor([&] { return w.popupVisible("signDialog"); }));
    QQuickItem *list = w.item("violationList");
    REQUIRE(list);
    CHECK(list->isVisible());
    CHECK(list->property("count").toInt() == 2); // participants, form of support
    CHECK_FALSE(w.item("pinField")->isVisible());
    w.snapshot("session-sign-blocked");
    w.press("signCancelButton");
    REQUIRE(waitFor([&] { return !w.popupVisible("signDialog"); }));

    // Typed and ticked with the keyboard; the autosave follows.
    w.type("participantsField", "Karin Holm\nPer Hägg");
    w.press("supportForm_home_visit");
    CHECK(w.item("supportForm_home_visit")->property("checked").toBool());
    w.press("supportForm_phone");
    w.press("supportForm_phone"); // ticked and unticked again
    CHECK_FALSE(w.item("supportForm_phone")->property("checked").toBool());
    w.type("themesField", "Umgänget.");
    CHECK(w.editor()->canSign());
    CHECK(w.item("blockingSummary")->property("text").toString() == "Ready to sign.");
    REQUIRE(
        waitFor([&] { return w.item("saveIndicator")->property("text").toString() == "Saved"; }));
    const QString id = w.editor()->recordId();
    CHECK(w.tablet.stored(id)->body.value("themes").toString() == "Umgänget.");
    w.snapshot("session-filled");

    // A wrong PIN does not sign; the right one does and the page turns read-only.
    w.press("signButtonBottom");
    REQUIRE(waitFor([&] { return w.popupVisible("signDialog"); }));
    QQuickItem *pin = w.item("pinField");
    REQUIRE(waitFor([&] { return pin->hasActiveFocus(); }));
    w.typeText("975310");
    QTest::keyClick(w.window, Qt::Key_Return);
    REQUIRE(waitFor([&] { return !w.editor()->message().isEmpty(); }));
    CHECK_FALSE(w.editor()->isSigned());
    CHECK(w.item("signMessage")->isVisible());
    CHECK(w.tablet.stored(id)->status == store::RecordStatus::Draft);

    REQUIRE(waitFor(
        [&] { return pin->hasActiveFocus() && pin->property("text").toString().isEmpty(); }));
    w.typeText(w.tablet.user.pin);
    QTest::keyClick(w.window, Qt::Key_Return);
    REQUIRE(waitFor([&] { return w.editor()->isSigned(); }));
    REQUIRE(waitFor([&] { return !w.popupVisible("signDialog"); }));
    CHECK(w.item("saveIndicator")->property("text").toString() == "Signed");
    CHECK_FALSE(w.item("signButton")->isVisible());
    CHECK_FALSE(w.item("familyRatingButton")->isVisible());
    CHECK(w.item("readOnlyNote")->isVisible());
    CHECK(w.item("supportFormsText")->property("text").toString() == "Home visit");
    CHECK(w.item("themesField")->property("readOnly").toBool());
    CHECK(w.tablet.stored(id)->status == store::RecordStatus::Signed);
    w.snapshot("session-signed");

    // Back on the foster home's page the signed session is in the history.
    w.press("sessionBackButton");
    REQUIRE(waitFor([&] { return w.top()->objectName() == "fosterHomePage"; }));
    REQUIRE(waitFor([&] { return w.item("sessionHistory")->property("count").toInt() == 7; }));
}

TEST_CASE("QML: the family's rating covers everything and needs the PIN to leave", "[qml][rating]")
{
    SupervisionWindow w;
    w.openNewSession();
    w.press("familyRatingButton");
    REQUIRE(waitFor([&] { return w.popupVisible("familyRatingPopup"); }));
    QQuickItem *ratingPage = w.item("familyRatingPage");
    REQUIRE(ratingPage);
    CHECK(ratingPage->width() >= w.window->width() - 1); // the whole window
    CHECK(ratingPage->height() >= w.window->height() - 1);

    // Escape does not leave, and Tab never reaches the journal behind.
    w.press("score_8");
    CHECK(w.editor()->familyScore() == 8);
    QTest::keyClick(w.window, Qt::Key_Escape);
    CHECK(w.popupVisible("familyRatingPopup"));
    for (int i = 0; i < 20; ++i) {
        QTest::keyClick(w.window, Qt::Key_Tab);
        CHECK(isInside(w.window->activeFocusItem(), ratingPage));
    }
    w.type("familyCommentField", "Tryggt stöd");
    w.snapshot("family-rating");
    w.press("familyDoneButton");
    CHECK(w.item("familyQuestion")->property("text").toString().startsWith("Thank you"));

    // The secretary's button opens the PIN; a wrong PIN keeps the hand-over.
    QQuickItem *secretary = w.item("secretaryButton");
    secretary->forceActiveFocus();
    QTest::keyClick(w.window, Qt::Key_Return);
    REQUIRE(waitFor(
        [&] { return w.item("leavePinField") && w.item("leavePinField")->hasActiveFocus(); }));
    w.typeText("975310");
    QTest::keyClick(w.window, Qt::Key_Return);
    REQUIRE(
        waitFor([&] { return !w.item("leaveMessage")->property("text").toString().isEmpty(); }));
    CHECK(w.popupVisible("familyRatingPopup"));
    w.snapshot("family-rating-pin");

    REQUIRE(waitFor([&] { return w.item("leavePinField")->hasActiveFocus(); }));
    w.typeText(w.tablet.user.pin);
    QTest::keyClick(w.window, Qt::Key_Return);
    REQUIRE(waitFor([&] { return !w.popupVisible("familyRatingPopup"); }));

    CHECK(w.item("familyRatingText")->property("text").toString() == "8 of 10");
    REQUIRE(waitFor(
        [&] { return w.editor()->saveState() == SupervisionSessionEditor::SaveState::Saved; }));
    const QJsonObject rating =
        w.tablet.stored(w.editor()->recordId())->body.value("family_rating").toObject();
    CHECK(rating.value("score").toInt() == 8);
    CHECK(rating.value("comment").toString() == "Tryggt stöd");
    w.snapshot("session-rated");
}

TEST_CASE("QML: an existing session opens from the foster home's history", "[qml][history]")
{
    SupervisionWindow w;
    w.openRow("fosterHomeList", 0);
    REQUIRE(waitFor([&] { return w.top()->objectName() == "fosterHomePage"; }));
    REQUIRE(waitFor([&] { return w.item("sessionHistory")->property("count").toInt() == 6; }));
    w.openRow("sessionHistory", 0); // the latest signed one
    REQUIRE(waitFor([&] { return w.top()->objectName() == "supervisionSessionPage"; }));
    REQUIRE(waitFor([&] { return w.editor() && w.editor()->ready(); }));
    CHECK(w.editor()->isSigned());
    CHECK(w.item("readOnlyNote")->isVisible());
    CHECK_FALSE(w.item("signButton")->isVisible());
    CHECK_FALSE(w.item("themesField")->property("text").toString().isEmpty());
    w.snapshot("session-read-only");
}

int main(int argc, char **argv)
{
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    return homevisit::test::runCatch(argc, argv);
}
