// End to end through the real app and the real central system: the app window exactly
// as `homevisit` builds it (AppWindow: controllers, Main.qml, the sync service) and a
// real homevisit-central process over TLS on loopback. Anna enrolls with her one-time
// code, unlocks, starts a visit, is blocked from signing until the checklist is
// complete, signs, and the visit syncs by itself. Her supervisor Bodil enrolls on her own
// app instance, finds the visit in her review queue and signs it off; Anna's app then
// shows the sign-off. Driven with the keyboard, offscreen.
#include "catchrunner.h"
#include "domain/childvisit.h"
#include "platform/devicesecret.h"
#include "qml/appwindow.h"
#include "session/usersession.h"
#include "sync/engine/syncengine.h"
#include "sync_e2e/e2esupport.h"
#include "ui/caseloadmodel.h"
#include "ui/recordlistmodel.h"
#include "ui/visit/childvisiteditor.h"
#include "uidriver.h"

#include <QGuiApplication>
#include <QQmlEngineExtensionPlugin>
#include <QTemporaryDir>

Q_IMPORT_QML_PLUGIN(HomevisitPlugin)

using namespace homevisit;
using namespace homevisit::ui;
using homevisit::e2e::Certificate;
using homevisit::e2e::Gateway;
using homevisit::test::UiDriver;
using homevisit::test::waitFor;
using State = SessionController::State;

namespace {

const QString annaPin = QStringLiteral("583920");
const QString bodilPin = QStringLiteral("740316");

// One user's tablet running the app: its own data directory, one AppWindow at a time.
struct TabletApp
{
    QString dataDir;
    QString serverUrl;
    std::unique_ptr<AppWindow> app;
    UiDriver ui;

    TabletApp(QString dir, QString server) : dataDir(std::move(dir)), serverUrl(std::move(server))
    {}
    SessionController &session() { return app->session(); }

    QString language = QStringLiteral("en");

    void start()
    {
        UiSettings(dataDir).setLanguage(language);
        app = std::make_unique<AppWindow>(
            AppWindow::Options{.session = {.dataDir = dataDir, .serverUrl = serverUrl}});
        REQUIRE(app->load());
        ui.window = app->window();
        REQUIRE(QTest::qWaitForWindowExposed(ui.window));
        app->session().start();
        REQUIRE(waitFor([&] { return session().state() != State::Starting; }));
    }
    void stop() { app.reset(); }

    // First start: the enrollment form, filled in as the secretary would.
    void enroll(const QString &serverKey, const QString &credential, const QString &pin)
    {
        REQUIRE(session().state() == State::Enrollment);
        CHECK(ui.item("serverField")->property("text").toString() == serverUrl);
        ui.type("serverKeyField", serverKey);
        ui.type("credentialField", credential);
        ui.type("newPinField", pin);
        ui.type("pinAgainField", pin);
        ui.press("enrollButton");
        const bool enrolled = waitFor([&] { return session().state() == State::Unlocked; }, 30'000);
        INFO("the enrollment page says: " << session().message().toStdString());
        REQUIRE(enrolled);
    }

    void unlock(const QString &pin)
    {
        REQUIRE(session().state() == State::Locked);
        ui.type("pinField", pin);
        ui.key(Qt::Key_Return);
        REQUIRE(waitFor([&] { return session().state() == State::Unlocked; }));
    }

    QAbstractItemModel *listModel(const QString &listName)
    {
        QQuickItem *list = ui.waitForItem(listName);
        return qobject_cast<QAbstractItemModel *>(
            qvariant_cast<QObject *>(list->property("model")));
    }
};

// The value of `role` in the row of `recordId`, or an invalid QVariant.
QVariant rowValue(QAbstractItemModel *model, const QString &recordId, int role)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(RecordListModel::RecordIdRole).toString() == recordId)
            return index.data(role);
    }
    return {};
}

} // namespace

TEST_CASE("a visit goes from Anna's app through the central system to her supervisor and back",
          "[e2e][app]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    Certificate cert(tmp.path());
    Gateway gateway(tmp.path() + "/central", cert);
    TabletApp anna(tmp.path() + "/tablet-anna", gateway.url());

    // Enroll and unlock: the caseload arrives with the first sync.
    anna.start();
    anna.enroll(cert.pin, gateway.credential("anna"), annaPin);
    QAbstractItemModel *caseload = anna.listModel("caseloadList");
    REQUIRE(caseload);
    REQUIRE(waitFor([&] { return caseload->rowCount() > 0; }, 30'000));
    const QString childName = caseload->index(0, 0).data(CaseloadModel::NameRole).toString();
    REQUIRE_FALSE(childName.isEmpty());
    anna.ui.openFirstRow("caseloadList");
    anna.ui.press("newVisitButton");
    QQuickItem *page = anna.ui.waitForItem("childVisitPage");
    auto *editor = qvariant_cast<ChildVisitEditor *>(page->property("editor"));
    REQUIRE(editor);
    REQUIRE(waitFor([&] { return editor->ready(); }));
    const QString visitId = editor->recordId();
    const QString childId = editor->childId();

    // Blocked: the dialog lists what is missing and asks for no PIN.
    anna.ui.press("signButton");
    REQUIRE(waitFor([&] { return anna.ui.popupOpen("signDialog"); }));
    CHECK(anna.ui.shown("violationList"));
    CHECK_FALSE(anna.ui.shown("confirmSignButton"));
    anna.ui.press("signCancelButton");
    REQUIRE(waitFor([&] { return !anna.ui.popupOpen("signDialog"); }));

    // Completed through the checklist's own buttons, then signed with her PIN.
    anna.ui.press("answer_told_purpose_yes");
    anna.ui.press("answer_spoken_alone_yes");
    for (const QString &topic : domain::DomainSettings::defaultViewTopics())
        anna.ui.press("topic_" + topic + "_not_discussed");
    anna.ui.type("observationsField", "Lugnt besök, Maja visade sitt rum.");
    REQUIRE(waitFor([&] { return editor->canSign(); }));
    anna.ui.press("signButton");
    REQUIRE(waitFor([&] { return anna.ui.popupOpen("signDialog"); }));
    anna.ui.type("pinField", annaPin);
    anna.ui.key(Qt::Key_Return);
    REQUIRE(waitFor([&] { return editor->isSigned(); }));

    // Synced by itself (the round after signing); the child's history says so.
    anna.ui.press("visitBackButton");
    QAbstractItemModel *history = anna.listModel("visitHistoryList");
    REQUIRE(history);
    REQUIRE(waitFor(
        [&] {
            return rowValue(history, visitId, RecordListModel::SyncStateRole).toString() ==
                   "synced";
        },
        30'000));
    anna.stop();

    // Bodil, on her own tablet: the visit is in her review queue; she signs it off.
    TabletApp bodil(tmp.path() + "/tablet-bodil", gateway.url());
    bodil.start();
    bodil.enroll(cert.pin, gateway.credential("bodil"), bodilPin);
    QAbstractItemModel *queue = bodil.listModel("reviewList");
    REQUIRE(queue);
    REQUIRE(waitFor(
        [&] { return rowValue(queue, visitId, RecordListModel::RecordIdRole).isValid(); }, 30'000));
    CHECK(queue->rowCount() == 1); // the team's one signed record
    CHECK(rowValue(queue, visitId, RecordListModel::AuthorRole).toString() == "anna");
    // Her tablet holds none of Anna's children: the gateway named the child and Anna.
    CHECK(rowValue(queue, visitId, RecordListModel::SubjectRole).toString() == childName);
    CHECK(rowValue(queue, visitId, RecordListModel::AuthorNameRole).toString() == "Anna Lind");
    bodil.ui.openFirstRow("reviewList");
    QQuickItem *view = bodil.ui.waitForItem("recordViewPage");
    CHECK(view->property("recordId").toString() == visitId);
    bodil.ui.press("signOffButton");
    REQUIRE(waitFor([&] { return bodil.ui.popupOpen("reviewDialog"); }));
    bodil.ui.type("reviewPinField", bodilPin);
    bodil.ui.press("confirmReviewButton");
    REQUIRE(waitFor([&] { return !bodil.ui.popupOpen("reviewDialog"); }));
    REQUIRE(waitFor(
        [&] {
            return rowValue(queue, visitId, RecordListModel::ReviewRole).toString() == "signed_off";
        },
        10'000));
    // The sign-off leaves with the round that signing starts; nothing waits after it.
    SyncIndicator &bodilSync = bodil.app->syncIndicator();
    REQUIRE(waitFor(
        [&] {
            return !bodilSync.running() && bodilSync.waiting() == 0 && bodilSync.refused() == 0 &&
                   !bodilSync.needsAttention() && bodilSync.line().contains("Synced");
        },
        30'000));
    QTest::qWait(3000); // past the round after signing
    REQUIRE(waitFor([&] { return !bodilSync.running() && bodilSync.waiting() == 0; }, 30'000));
    bodil.stop();

    // Anna again: after unlocking, the first round brings the sign-off to her visit.
    anna.start();
    anna.unlock(annaPin);
    anna.ui.openRowWith("caseloadList", CaseloadModel::ChildIdRole, childId);
    history = anna.listModel("visitHistoryList");
    REQUIRE(waitFor(
        [&] {
            return rowValue(history, visitId, RecordListModel::ReviewRole).toString() ==
                   "signed_off";
        },
        30'000));
}

TEST_CASE("a tablet kept offline past the limit shows no journal until the server confirms it",
          "[e2e][app][offline]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    Certificate cert(tmp.path());
    Gateway gateway(tmp.path() + "/central", cert);
    TabletApp anna(tmp.path() + "/tablet-anna", gateway.url());
    anna.language = QStringLiteral("sv");
    anna.start();
    anna.enroll(cert.pin, gateway.credential("anna"), annaPin);
    REQUIRE(waitFor([&] { return anna.listModel("caseloadList")->rowCount() > 0; }, 30'000));
    anna.stop();

    // The last token refresh 31 days ago, in her real encrypted store.
    {
        auto device = createDeviceSecret(anna.dataDir);
        auto session = UserSession::unlock(anna.dataDir, "anna", annaPin, *device);
        const qint64 monthAgo = QDateTime::currentMSecsSinceEpoch() - 31LL * 24 * 60 * 60 * 1000;
        session->journal().setSetting(sync::settingKey::LastTokenRefreshMs,
                                      QString::number(monthAgo));
    }

    // The server out of reach: the right PIN opens nothing, and says why, calmly.
    gateway.stop();
    anna.start();
    REQUIRE(anna.session().state() == State::Locked);
    const int generation = anna.session().generation();
    anna.ui.type("pinField", annaPin);
    anna.ui.key(Qt::Key_Return);
    REQUIRE(waitFor(
        [&] {
            return anna.session().state() == State::Locked && !anna.session().message().isEmpty();
        },
        60'000));
    const QString sentence = "Surfplattan har inte kunnat nå servern på 30 dagar. Anslut till "
                             "nätet och lås upp igen, så kontrolleras att kontot fortfarande "
                             "gäller.";
    CHECK(anna.session().message() == sentence);
    QQuickItem *shown = anna.ui.waitForItem("unlockMessage");
    CHECK(shown->property("text").toString() == sentence);
    CHECK(anna.session().generation() == generation); // no view was loaded
    CHECK(anna.ui.item("caseloadList") == nullptr);
    // A right PIN is no failed attempt.
    CHECK(anna.session().attemptsLeft() == LockoutPolicy::MaxFailures);

    // Online again: unlocking again asks the server and opens her journal.
    gateway.start();
    anna.unlock(annaPin);
    REQUIRE(waitFor([&] { return anna.listModel("caseloadList")->rowCount() > 0; }, 30'000));
    anna.stop();
}

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    return homevisit::test::runCatch(argc, argv);
}
