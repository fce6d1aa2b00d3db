// The whole app as `homevisit --demo` builds it (AppWindow: the controllers, Main.qml,
// the lock screen above every page and dialog), offscreen, driven with the keyboard:
// unlocking, the caseload, and the idle lock that covers an open visit and returns to
// it with the text typed just before.
#define CATCH_CONFIG_RUNNER
#include "appwindow.h"
#include "caseloadmodel.h"
#include "childvisiteditor.h"
#include "demoapp.h"

#include <QGuiApplication>
#include <QQmlEngineExtensionPlugin>
#include <QTemporaryDir>

Q_IMPORT_QML_PLUGIN(HomevisitPlugin)

using namespace homevisit;
using namespace homevisit::ui;
using homevisit::test::DemoApp;
using homevisit::test::waitFor;
using State = SessionController::State;

TEST_CASE("the app opens on the lock screen and unlocks to the caseload, overdue first",
          "[app][unlock]")
{
    DemoApp demo;
    CHECK(demo.ui.popupOpen("lockScreen"));
    demo.unlockWithKeyboard("135799");
    CHECK(demo.session().state() == State::Locked);
    CHECK(demo.session().message().contains("Wrong PIN"));
    demo.unlockWithKeyboard();
    REQUIRE(demo.session().state() == State::Unlocked);
    REQUIRE(waitFor([&] { return !demo.ui.popupOpen("lockScreen"); }));

    QQuickItem *list = demo.ui.waitForItem("caseloadList");
    REQUIRE(waitFor([&] { return list->property("count").toInt() > 0; }));
    auto *model = qobject_cast<CaseloadModel *>(qvariant_cast<QObject *>(list->property("model")));
    REQUIRE(model);
    CHECK(model->rowCount() == 17);
    CHECK(model->data(model->index(0, 0), CaseloadModel::OverdueRole).toBool());
    CHECK_FALSE(model->data(model->index(1, 0), CaseloadModel::OverdueRole).toBool());
    demo.ui.snapshot("caseload");
}

TEST_CASE("the idle lock covers an open visit; unlocking returns to it with what was typed",
          "[app][lock]")
{
    DemoApp demo;
    demo.unlockWithKeyboard();

    // The first child, opened from the keyboard; "New visit" starts a draft.
    demo.ui.openFirstRow("caseloadList");
    demo.ui.press("newVisitButton");
    QQuickItem *page = demo.ui.waitForItem("childVisitPage");
    auto *editor = qvariant_cast<ChildVisitEditor *>(page->property("editor"));
    REQUIRE(editor);
    REQUIRE(waitFor([&] { return editor->ready(); }));
    const QString recordId = editor->recordId();
    REQUIRE_FALSE(recordId.isEmpty());

    // Typed, and the tablet left alone: it locks before the autosave would have run.
    demo.session().setIdleLockSeconds(15);
    demo.ui.type("observationsField", "Lugn stämning i köket");
    const QString typed = QStringLiteral("Lugn stämning i köket");
    REQUIRE(waitFor([&] { return demo.session().state() == State::Locked; }, 20'000));
    CHECK(demo.ui.popupOpen("lockScreen"));
    CHECK(editor->observations().isEmpty()); // nothing of the journal stays in memory

    // Unlocking returns to the same visit, with the text.
    demo.unlockWithKeyboard();
    REQUIRE(demo.session().state() == State::Unlocked);
    REQUIRE(waitFor([&] { return editor->ready() && editor->recordId() == recordId; }));
    CHECK(demo.ui.shown("childVisitPage"));
    CHECK(editor->observations() == typed);
}

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
