// The whole app as `homevisit --demo` builds it (AppWindow: the controllers, Main.qml,
// the lock screen above every page and dialog), offscreen, driven with the keyboard:
// unlocking, the caseload, and the idle lock that covers an open visit and returns to
// it with the text typed just before.
#include "catchrunner.h"
#include "demoapp.h"
#include "qml/appwindow.h"
#include "session/usersession.h"
#include "sync/engine/syncengine.h"
#include "ui/caseloadmodel.h"
#include "ui/devicelistmodel.h"
#include "ui/journalthread.h"
#include "ui/visit/childvisiteditor.h"

#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
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

// docs/security.md, "Re-enrollment and new devices": what the last sync round stored from
// GET /v1/devices, shown above the caseload; "It was me" keeps her approval for the next
// round (the demo has no server, so it waits, calmly).
TEST_CASE("a new tablet enrolled for her account is shown above the pages, and 'It was me' "
          "keeps her approval",
          "[app][devices]")
{
    DemoApp demo;
    demo.unlockWithKeyboard();
    REQUIRE(demo.session().state() == State::Unlocked);
    sync::DeviceInfo mine;
    mine.deviceId = QStringLiteral("5e0c4a1b-2c3d-4e5f-8a9b-0c1d2e3f4a5b");
    mine.deviceName = QStringLiteral("Surfplatta 14");
    mine.enrolledAt = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    mine.issuedBy = QStringLiteral("demo");
    mine.thisDevice = true;
    sync::DeviceInfo newcomer = mine;
    newcomer.deviceId = QStringLiteral("6f1d5b2c-3d4e-4f60-9bac-1d2e3f4a5b6c");
    newcomer.deviceName = QStringLiteral("Surfplatta 15");
    newcomer.enrolledAt = QDateTime(QDate(2026, 12, 4), QTime(13, 2), Qt::UTC);
    newcomer.issuedBy = QStringLiteral("admin");
    newcomer.state = sync::DeviceState::Pending;
    newcomer.holdUntil = QDateTime(QDate(2026, 12, 7), QTime(13, 2), Qt::UTC);
    newcomer.thisDevice = false;
    JournalThread &journal = demo.session().journal();
    bool stored = false;
    journal.run(
        &demo.session(),
        [&journal, list = sync::DeviceList{{mine, newcomer}}] {
            journal.session()->journal().setSetting(sync::settingKey::Devices,
                                                    QString::fromUtf8(sync::encode(list)));
        },
        [&] { stored = true; });
    REQUIRE(waitFor([&] { return stored; }));
    demo.session().reloadViews();

    QQuickItem *text = demo.ui.waitForItem("deviceNoticeText");
    CHECK(text->property("text").toString().startsWith(
        "A new tablet has been enrolled for your account: Surfplatta 15, 4 december kl. "));
    demo.ui.snapshot("device-notice");
    demo.ui.press("itWasMe");
    REQUIRE(waitFor([&] { return !demo.ui.shown("deviceNotice"); }));

    QString queued;
    bool read = false;
    journal.run<QString>(
        &demo.session(),
        [&journal] {
            return journal.session()->journal().setting(sync::settingKey::DeviceDecisions);
        },
        [&](const QString &value) {
            queued = value;
            read = true;
        });
    REQUIRE(waitFor([&] { return read; }));
    CHECK(QJsonDocument::fromJson(queued.toUtf8()).object().value(newcomer.deviceId) == "approve");

    // Her tablets, from the settings: both, the new one waiting for the next round.
    demo.ui.press("settingsButton");
    REQUIRE(waitFor([&] { return demo.ui.popupOpen("settingsDialog"); }));
    demo.ui.press("myTabletsButton");
    QQuickItem *list = demo.ui.waitForItem("deviceList");
    REQUIRE(waitFor([&] { return list->property("count").toInt() == 2; }));
    auto *devices =
        qobject_cast<DeviceListModel *>(qvariant_cast<QObject *>(list->property("model")));
    REQUIRE(devices);
    CHECK(devices->index(1, 0).data(DeviceListModel::QueuedRole).toBool());
    demo.ui.snapshot("devices-page");
}

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    return homevisit::test::runCatch(argc, argv);
}
