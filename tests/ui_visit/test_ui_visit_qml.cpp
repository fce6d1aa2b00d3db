// The child-visit pages themselves (ChildVisitPage, SignDialog, ChildModePage) in an
// offscreen window on a real store, driven with the keyboard as a hardware-keyboard
// user would (focus, Space, Enter, Tab): signing is blocked until the checklist is
// complete, the reason field appears when the child was not spoken with alone, and
// child mode cannot be left without the PIN.
#include "catchrunner.h"

#include <catch2/catch.hpp>

#include "i18n/translations.h"
#include "qml/qmltypes.h"
#include "qml/visittypes.h"
#include "uidriver.h"
#include "visitfixture.h"

#include <QGuiApplication>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>

Q_IMPORT_QML_PLUGIN(HomevisitPlugin)

using namespace homevisit;
using namespace homevisit::ui;
using homevisit::test::waitFor;

using homevisit::test::findItem;

namespace {

// The page as the app's StackView would hold it.
const QByteArray hostQml = R"(
import QtQuick
import QtQuick.Controls
import Homevisit

ApplicationWindow {
    id: window
    required property string childId
    width: 1280
    height: 800
    visible: true
    font.pixelSize: Theme.fontSize // as Main.qml
    StackView {
        id: stack
        anchors.fill: parent
        initialItem: ChildVisitPage {
            childId: window.childId
            recordId: ""
            stack: stack
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

struct VisitWindow : test::UiDriver
{
    test::VisitTablet tablet;
    SyncIndicator indicator{tablet.session.get()};
    UiSettings settings{tablet.user.path()};
    QQmlApplicationEngine engine;
    QObject *page = nullptr;
    ChildVisitEditor *editor = nullptr;

    explicit VisitWindow(bool youngChild = true)
    {
        SessionSingleton::instance = tablet.session.get();
        SyncIndicatorSingleton::instance = &indicator;
        UiSettingsSingleton::instance = &settings;
        // The module's qmldir and QML files are resources under qrc:/Homevisit.
        engine.addImportPath(QStringLiteral("qrc:/"));
        engine.setInitialProperties(
            {{"childId", youngChild ? tablet.youngChild : tablet.olderChild}});
        engine.loadData(hostQml, QUrl(QStringLiteral("qrc:/ui_visit_test/Host.qml")));
        REQUIRE(engine.rootObjects().size() == 1);
        window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        REQUIRE(window);
        REQUIRE(QTest::qWaitForWindowExposed(window));
        page = item("childVisitPage");
        REQUIRE(page);
        editor = qvariant_cast<ChildVisitEditor *>(page->property("editor"));
        REQUIRE(editor);
        REQUIRE(waitFor([&] { return editor->ready(); }));
    }

    // For looking at the pages: PNGs into $VISIT_SCREENSHOTS when it is set.
    void snapshot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("VISIT_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        QTest::qWait(50);
        window->grabWindow().save(dir + u'/' + name + QStringLiteral(".png"));
    }

    QObject *popup(const QString &name) { return page->findChild<QObject *>(name); }
    bool popupVisible(const QString &name) { return popup(name)->property("visible").toBool(); }
};

} // namespace

TEST_CASE("QML: signing is blocked until the checklist is complete", "[qml][visit][sign]")
{
    VisitWindow w;
    CHECK(w.item("saveIndicator")->property("text").toString() == "Saved");
    w.snapshot("visit-new");

    // The sign dialog lists exactly what blocks signing; no PIN field yet.
    w.press("signButton");
    REQUIRE(waitFor([&] { return w.popupVisible("signDialog"); }));
    QQuickItem *list = w.item("violationList");
    REQUIRE(list);
    CHECK(list->isVisible());
    CHECK(list->property("count").toInt() == 2 + 7); // items 1, 2 and the seven topics
    CHECK_FALSE(w.item("pinField")->isVisible());
    CHECK_FALSE(w.item("confirmSignButton")->isVisible());
    CHECK(w.item("signBlockedLabel")->isVisible());
    w.snapshot("sign-blocked");
    w.press("signCancelButton");
    REQUIRE(waitFor([&] { return !w.popupVisible("signDialog"); }));

    // Items 1-3 through the page's own buttons.
    CHECK(w.item("checklist_told_purpose_state")->property("text").toString() == "Required");
    w.press("answer_told_purpose_yes");
    CHECK(w.item("checklist_told_purpose_state")->property("text").toString() == "Done");
    w.press("answer_spoken_alone_yes");
    for (const QString &topic : domain::DomainSettings::defaultViewTopics())
        w.press("topic_" + topic + "_not_discussed");
    CHECK(w.editor->canSign());
    CHECK(w.item("checklist_views_state")->property("text").toString() == "Done");

    // Now the dialog asks for the PIN. A wrong one does not sign.
    w.press("signButtonBottom");
    REQUIRE(waitFor([&] { return w.popupVisible("signDialog"); }));
    CHECK_FALSE(w.item("violationList")->isVisible());
    w.snapshot("sign-pin");
    QQuickItem *pin = w.item("pinField");
    REQUIRE(pin->isVisible());
    REQUIRE(waitFor([&] { return pin->hasActiveFocus(); }));
    w.typeText("135792");
    QTest::keyClick(w.window, Qt::Key_Return);
    REQUIRE(waitFor([&] { return !w.editor->signing(); }));
    REQUIRE(waitFor([&] { return !w.editor->message().isEmpty(); }));
    CHECK_FALSE(w.editor->isSigned());
    CHECK(w.popupVisible("signDialog"));
    CHECK(w.item("signMessage")->isVisible());

    // The right one signs, closes the dialog and makes the page read-only.
    REQUIRE(waitFor(
        [&] { return pin->hasActiveFocus() && pin->property("text").toString().isEmpty(); }));
    w.typeText(w.tablet.user.pin);
    QTest::keyClick(w.window, Qt::Key_Return);
    REQUIRE(waitFor([&] { return w.editor->isSigned(); }));
    REQUIRE(waitFor([&] { return !w.popupVisible("signDialog"); }));
    CHECK(w.item("saveIndicator")->property("text").toString() == "Signed");
    w.snapshot("visit-signed");
    CHECK_FALSE(w.item("signButton")->isVisible());
    CHECK_FALSE(w.item("answer_told_purpose_no")->isVisible());
    // Answers read as text now, not as disabled buttons.
    QQuickItem *answer = findItem(w.item("checklist_told_purpose"), "answerText");
    CHECK(answer->isVisible());
    CHECK(answer->property("text").toString() == "Yes");
    CHECK(w.item("observationsField")->property("readOnly").toBool());
    CHECK(w.tablet.stored(w.editor->recordId())->status == store::RecordStatus::Signed);
}

TEST_CASE("QML: the reason field appears when the child was not spoken with alone",
          "[qml][visit][reason]")
{
    VisitWindow w;
    // Every checklist row has these (hidden); item 2's are the ones that matter.
    QQuickItem *item2 = w.item("checklist_spoken_alone");
    QQuickItem *reasons = findItem(item2, "reasonSection");
    QQuickItem *reasonText = findItem(item2, "reasonText");
    REQUIRE(reasons);
    REQUIRE(reasonText);
    CHECK_FALSE(reasons->isVisible());

    w.press("answer_spoken_alone_no");
    CHECK(reasons->isVisible());
    CHECK_FALSE(reasonText->isVisible());
    CHECK(w.item("checklist_spoken_alone_state")->property("text").toString() ==
          "Something is missing");

    w.press("reason_practical_obstacle");
    CHECK(reasonText->isVisible());
    w.snapshot("visit-reason");
    CHECK(w.editor->violations()->violations().contains(
        domain::RuleViolation{"checklist.not_alone_reason_text", "reason_text_required"}));
    reasonText->forceActiveFocus(Qt::TabFocusReason);
    w.typeText("Inget rum att prata ostört i.");
    CHECK(w.editor->draft()->visit().checklist.notAloneReasonText ==
          "Inget rum att prata ostört i.");
    CHECK_FALSE(w.editor->violations()->violations().contains(
        domain::RuleViolation{"checklist.not_alone_reason_text", "reason_text_required"}));

    w.press("reason_too_young");
    CHECK_FALSE(reasonText->isVisible());
    w.press("answer_spoken_alone_yes");
    CHECK_FALSE(reasons->isVisible());

    // Item 8 by keyboard: Space and Enter on the method boxes; "other" asks for words.
    QQuickItem *item8 = w.item("checklist_methods");
    QQuickItem *other = findItem(item8, "answer_methods_other");
    REQUIRE(other);
    other->forceActiveFocus(Qt::TabFocusReason);
    QTest::keyClick(w.window, Qt::Key_Space);
    QQuickItem *conversation = findItem(item8, "answer_methods_conversation");
    conversation->forceActiveFocus(Qt::TabFocusReason);
    QTest::keyClick(w.window, Qt::Key_Return);
    CHECK(w.editor->draft()->visit().checklist.methods ==
          QList<domain::ParticipationMethod>{domain::ParticipationMethod::Conversation,
                                             domain::ParticipationMethod::Other});
    CHECK(other->property("checked").toBool());
    CHECK(conversation->property("checked").toBool());
    QQuickItem *otherText = findItem(item8, "detail_methods");
    CHECK(otherText->isVisible());
    CHECK(w.editor->violations()->violations().contains(
        domain::RuleViolation{"checklist.method_other_text", "other_text_required"}));
    other->forceActiveFocus(Qt::TabFocusReason);
    QTest::keyClick(w.window, Qt::Key_Space);
    CHECK_FALSE(other->property("checked").toBool());
    CHECK_FALSE(otherText->isVisible());

    // Typing into the notes shows the autosave following ("Saving…", then "Saved").
    QQuickItem *indicator = w.item("saveIndicator");
    REQUIRE(waitFor([&] { return indicator->property("text").toString() == "Saved"; }));
    QSignalSpy shown(indicator, SIGNAL(textChanged(QString)));
    w.type("observationsField", "Lugnt besök.");
    REQUIRE(waitFor([&] { return indicator->property("text").toString() == "Saved"; }));
    REQUIRE(shown.count() >= 2);
    CHECK(shown.first().first().toString() == "Saving…");
    CHECK(shown.last().first().toString() == "Saved");
    CHECK(w.tablet.stored(w.editor->recordId())->body.value("observations").toString() ==
          "Lugnt besök.");
}

TEST_CASE("QML: child mode covers everything and cannot be left without the PIN",
          "[qml][visit][childmode]")
{
    VisitWindow w;
    w.press("childModeButton");
    REQUIRE(waitFor([&] { return w.popupVisible("childModePopup"); }));
    QQuickItem *childPage = w.item("childModePage");
    REQUIRE(childPage);
    CHECK(childPage->isVisible());
    CHECK(childPage->width() >= w.window->width() - 1); // the whole window
    CHECK_FALSE(w.item("childModeQuestion")->property("text").toString().isEmpty());

    // Escape does not leave, and Tab never reaches the journal behind.
    w.press("face_4");
    QTest::keyClick(w.window, Qt::Key_Escape);
    CHECK(w.popupVisible("childModePopup"));
    for (int i = 0; i < 25; ++i) {
        QTest::keyClick(w.window, Qt::Key_Tab);
        CHECK(isInside(w.window->activeFocusItem(), childPage));
    }
    w.type("childWordsField", "Katten är bäst");
    w.snapshot("child-mode");

    // The adult's button opens the PIN; a wrong PIN keeps child mode.
    QQuickItem *adult = w.item("adultButton");
    adult->forceActiveFocus();
    QTest::keyClick(w.window, Qt::Key_Return);
    REQUIRE(waitFor(
        [&] { return w.item("leavePinField") && w.item("leavePinField")->hasActiveFocus(); }));
    w.typeText("975310");
    QTest::keyClick(w.window, Qt::Key_Return);
    REQUIRE(
        waitFor([&] { return !w.item("leaveMessage")->property("text").toString().isEmpty(); }));
    CHECK(w.popupVisible("childModePopup"));

    REQUIRE(waitFor([&] { return w.item("leavePinField")->hasActiveFocus(); }));
    w.typeText(w.tablet.user.pin);
    QTest::keyClick(w.window, Qt::Key_Return);
    REQUIRE(waitFor([&] { return !w.popupVisible("childModePopup"); }));

    w.snapshot("visit-after-child-mode");
    const auto &answers = w.editor->draft()->visit().childAnswers;
    REQUIRE(answers.size() == 1);
    CHECK(answers[0].score == 4);
    CHECK(answers[0].words == "Katten är bäst");
    REQUIRE(waitFor([&] { return w.editor->saveState() == ChildVisitEditor::SaveState::Saved; }));
    CHECK(w.tablet.stored(w.editor->recordId())->body.value("child_answers").toArray().size() == 1);
}

TEST_CASE("QML: locking hides the visit and closes the dialog; unlocking shows it again",
          "[qml][visit][lock]")
{
    VisitWindow w;
    w.type("observationsField", "Syns inte när plattan är låst.");
    REQUIRE(waitFor([&] { return w.editor->saveState() == ChildVisitEditor::SaveState::Saved; }));
    w.press("signButton");
    REQUIRE(waitFor([&] { return w.popupVisible("signDialog"); }));

    w.tablet.session->lock();
    QCoreApplication::processEvents();
    CHECK_FALSE(w.popupVisible("signDialog")); // popups sit above the lock screen
    CHECK_FALSE(w.item("visitForm")->isVisible());
    CHECK(w.item("observationsField")->property("text").toString().isEmpty());

    w.tablet.unlock();
    REQUIRE(waitFor([&] { return w.editor->ready(); }));
    CHECK(w.item("visitForm")->isVisible());
    CHECK(w.item("observationsField")->property("text").toString() ==
          "Syns inte när plattan är låst.");
}

TEST_CASE("QML: the visit in Swedish", "[qml][visit][sv]")
{
    REQUIRE(installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Swedish)));
    {
        VisitWindow w;
        CHECK(w.item("saveIndicator")->property("text").toString() == "Sparat");
        CHECK(w.item("checklist_told_purpose_state")->property("text").toString() == "Krävs");
        CHECK(w.item("answer_told_purpose_yes")->property("text").toString() == "Ja");
        ViolationsModel &v = *w.editor->violations();
        CHECK(v.data(v.index(0), ViolationsModel::FieldLabelRole)
                  .toString()
                  .startsWith("1. Barnet har fått veta"));
        CHECK(v.data(v.index(2), ViolationsModel::FieldLabelRole).toString() ==
              "3. Barnets synpunkter: att bo i familjehemmet");
        CHECK(v.data(v.index(0), ViolationsModel::MessageRole).toString() ==
              domain::RuleViolation{"checklist.told_purpose", "required"}.message());
        CHECK_FALSE(
            v.data(v.index(0), ViolationsModel::MessageRole).toString().startsWith("Answer"));
        w.press("childModeButton");
        REQUIRE(waitFor([&] { return w.popupVisible("childModePopup"); }));
        CHECK(w.item("childModeQuestion")->property("text").toString() == "Hur är det att bo här?");
        w.snapshot("sv-child-mode");
    }
    installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
}

int main(int argc, char **argv)
{
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    return homevisit::test::runCatch(argc, argv);
}
